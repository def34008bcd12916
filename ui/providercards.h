#pragma once

#include "bounce/bouncereport.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// One card per reputation system named in the bounce that cannot be asked by DNS (Trend Micro
// ERS, Microsoft, Gmail, …): its name, the one-line instruction, and its lookup and removal
// buttons (catalog URLs only). A provider named by several bounces gets one card.
class ProviderCards final : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderCards(QWidget *parent = nullptr);
    // Shows the panel when at least one provider is named; hides it otherwise.
    void showBounces(const QList<BounceReport> &bounces);
    void clear();
    int cardCount() const;
    // Every URL a button of the cards can emit (for the window's UrlGuard).
    QStringList urls() const;

Q_SIGNALS:
    void urlActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QWidget *makeCard(const NamedBlocklist &provider);

    QLabel *m_heading = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_cards;
    QList<NamedBlocklist> m_providers;
};
