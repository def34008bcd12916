#include "providercards.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *makePlainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Cards are keyed by catalog id; a provider outside the catalog by its name.
QString keyOf(const NamedBlocklist &provider)
{
    return provider.id.isEmpty() ? provider.name.toCaseFolded() : provider.id;
}

} // namespace

ProviderCards::ProviderCards(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("providerCards"));
    m_heading = makePlainLabel(QStringLiteral("providerHeading"), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_heading);
    clear();
}

void ProviderCards::showBounces(const QList<BounceReport> &bounces)
{
    m_providers.clear();
    QStringList seen;
    for (const BounceReport &report : bounces) {
        for (const NamedBlocklist &named : report.blocklists) {
            // The receiver's own trouble (receiverSide) is no provider to ask for removal.
            if (!named.provider || named.receiverSide)
                continue;
            const QString key = keyOf(named);
            if (seen.contains(key))
                continue;
            seen.append(key);
            m_providers.append(named);
        }
    }
    refresh();
}

void ProviderCards::clear()
{
    m_providers.clear();
    refresh();
}

int ProviderCards::cardCount() const
{
    return int(m_cards.size());
}

QStringList ProviderCards::urls() const
{
    QStringList out;
    for (const NamedBlocklist &provider : m_providers) {
        for (const QString &url : {provider.lookupUrl, provider.removalUrl}) {
            if (!url.isEmpty() && !out.contains(url))
                out.append(url);
        }
    }
    return out;
}

void ProviderCards::refresh()
{
    for (QWidget *card : std::as_const(m_cards)) {
        // Later, not now: this may run from a click on one of the card's own buttons.
        m_layout->removeWidget(card);
        card->hide();
        card->setParent(nullptr);
        card->deleteLater();
    }
    m_cards.clear();

    //: Heading above one card per provider filter (Gmail, Trend Micro, …) that refused the mail.
    m_heading->setText(tr("Mail filters that refused your mail"));
    setAccessibleName(m_heading->text());
    for (const NamedBlocklist &provider : std::as_const(m_providers)) {
        QWidget *card = makeCard(provider);
        m_layout->addWidget(card);
        m_cards.append(card);
    }
    setVisible(!m_cards.isEmpty());
}

QWidget *ProviderCards::makeCard(const NamedBlocklist &provider)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("providerCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(provider.name);

    auto *name = makePlainLabel(QStringLiteral("providerName"), card);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setText(provider.name);

    auto *instruction = makePlainLabel(QStringLiteral("providerInstruction"), card);
    if (!provider.instruction.isEmpty())
        instruction->setText(
            QCoreApplication::translate("Catalog", provider.instruction.toUtf8().constData()));
    else
        //: A filter the returned mail names but the catalog does not know; %1 is its name.
        instruction->setText(tr("%1 refused the mail because of your mail server's reputation. "
                                "Ask whoever runs your mail server to contact %1.")
                                 .arg(provider.name));
    card->setAccessibleDescription(instruction->text());

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    const auto addButton = [this, card, buttons](const QString &objectName, const QString &text,
                                                 const QString &accessibleName,
                                                 const QString &url) {
        auto *button = new QPushButton(text, card);
        button->setObjectName(objectName);
        button->setAccessibleName(accessibleName);
        button->setToolTip(url); // where it goes, before the click
        button->setAutoDefault(false);
        const QUrl target(url);
        connect(button, &QPushButton::clicked, this,
                [this, target] { Q_EMIT urlActivated(target); });
        buttons->addWidget(button);
        return button;
    };
    QPushButton *lookup = nullptr;
    if (!provider.lookupUrl.isEmpty())
        lookup = addButton(QStringLiteral("providerLookup"), tr("Open lookup page"),
                           //: Spoken name of a button; %1 is a provider such as "Gmail".
                           tr("Open the lookup page of %1").arg(provider.name), provider.lookupUrl);
    QPushButton *removal = nullptr;
    if (!provider.removalUrl.isEmpty())
        removal = addButton(QStringLiteral("providerRemoval"), tr("Request removal"),
                            //: Spoken name of a button; %1 is a provider such as "Trend Micro".
                            tr("Request removal from %1").arg(provider.name), provider.removalUrl);
    if (lookup && removal)
        setTabOrder(lookup, removal);

    auto *layout = new QVBoxLayout(card);
    layout->addWidget(name);
    layout->addWidget(instruction);
    layout->addLayout(buttons);
    return card;
}

void ProviderCards::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}
