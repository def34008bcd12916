#pragma once

#include "verdict/targetreport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

// One row per list and target, filled as results arrive. Status is an icon *and* a word.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        ListColumn,
        MeaningColumn, // what the listing means, or in one line why the list could not be checked
        ReasonColumn,  // the list's own TXT reason (plain text)
        ActionColumn,  // "Request removal" (listed rows) / "Look up" (see ActionDelegate)
        ColumnCount
    };
    enum Role
    {
        ResultRole = Qt::UserRole + 1, // the ListResult
        RemovalUrlRole,                // https URL from the catalog (listed rows only), or empty
        LookupUrlRole,                 // https URL from the catalog, or empty
        IsListedRole,                  // counts as listed (spam or policy)
        IsProblemRole,                 // refused / unusable / failed
        TargetRole,                    // the target's text
        CatalogOrderRole               // position of the list in setListOrder(), or a large number
    };

    explicit ResultsModel(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setTargets(const QStringList &targets); // index → text, for multi-target checks
    // The list ids in catalog order, so ResultsFilter can keep rows in catalog order whatever
    // order the answers arrive in. Lists not named here sort after the named ones.
    void setListOrder(const QStringList &listIds);
    void clear();
    // Call after a language change: every text is made on request, so the view only needs to
    // be told that all of it changed.
    void retranslate();
    void addResult(const ListResult &result); // replaces a row of the same list and target
    const QList<ListResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The resource path of the status icon (":/icons/listed.svg", …) for a result.
    static QString iconPath(const ListResult &result);
    // The status word, saying so for a policy-only or informational listing.
    static QString statusText(const ListResult &result);
    // What the Meaning column shows: the listing's meanings, or one line on why there is no answer.
    static QString meaningText(const ListResult &result, int timeoutMs);
    // The list's own TXT text made safe to show as plain text (no control or direction marks).
    static QString plainTxt(const ListResult &result);
    // The full explanation, one paragraph per entry: why, what to do, how removal works.
    QStringList detailParagraphs(const ListResult &result) const;

private:
    QString listLabel(const ListResult &result) const;
    QString targetText(const ListResult &result) const;
    QVariant displayData(const QModelIndex &index, const ListResult &result) const;
    QString accessibleText(const QModelIndex &index, const ListResult &result) const;

    QList<ListResult> m_results;
    QStringList m_targets;
    QHash<QString, int> m_listOrder;
    mutable QHash<QString, QIcon> m_icons;
    int m_timeoutMs = 4000;
};
