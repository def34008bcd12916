#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

// DNS server (system or an IPv4 address, validated), lists in use with the catalog's notes, keys
// for key-only lists, per-query timeout and language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Catalog &catalog, AppSettings *settings, QWidget *parent = nullptr);

    // Validates and stores; false (with the problem shown in the dialog) when the DNS server is
    // not usable. A changed language is installed at once (UiLanguage::install), so every open
    // window retranslates itself.
    bool apply();
    QString problem() const; // the current validation message, empty when fine

    void accept() override;

    // Tests: the resolver configuration DnsServers::parse consults (default /etc/resolv.conf).
    void setResolverConfiguration(const QString &path);

    // The table's columns (objectName "lists").
    enum Column
    {
        ColumnUse,
        ColumnName,
        ColumnOperator,
        ColumnKey,
        ColumnNotes,
        ColumnCount
    };

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fillLists();
    void retranslate();
    void retranslateRow(int row);
    void updateDnsMode();
    void showProblem(const QString &problem);
    void onItemChanged(QTableWidgetItem *item);
    void toggleRow(int row);
    bool rowHasKey(int row) const;

    const Catalog m_catalog;
    AppSettings *m_settings = nullptr;
    QComboBox *m_dnsMode = nullptr;
    QLineEdit *m_dnsAddress = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_language = nullptr;
    QTableWidget *m_lists = nullptr;
    class QLabel *m_problem = nullptr;

    QLabel *m_problemIcon = nullptr;
    QLabel *m_dnsLabel = nullptr;
    QLabel *m_dnsHint = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_languageHint = nullptr;
    QLabel *m_listsLabel = nullptr;
    QLabel *m_listsHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_resolvConf;
    int m_initialTimeoutSeconds = 0;
    bool m_updatingRows = false;
};
