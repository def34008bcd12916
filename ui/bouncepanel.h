#pragma once

#include "bounce/bouncereport.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

// "What the returned mail says", in plain words: who refused it, for which recipients, why, the
// blocklist or provider named and the cited IP, with the original error lines as selectable
// plain text (never a live link). Every text here comes from a stranger's server, so every label
// is plain text and nothing is clickable.
class BouncePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BouncePanel(QWidget *parent = nullptr);
    // Shows the panel for a non-empty list (bounces and other returned mails alike, each with
    // its explanation); hides it for an empty one.
    void showBounces(const QList<BounceReport> &bounces);
    void clear();
    QString summaryText() const; // what the labels show, for tests
    QString errorLines() const;

    // The plain-language account of one returned mail, as the summary label shows it.
    static QString describe(const BounceReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_errorsLabel = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QList<BounceReport> m_bounces;
};
