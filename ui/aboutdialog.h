#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

// Version, licence and the Qt notice.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_aboutQt = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
