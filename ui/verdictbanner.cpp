#include "verdictbanner.h"

#include "verdict/resulttext.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be called outside any namespace; the icons live in the ui library, which
// is static, so its resources are registered explicitly (registering twice is harmless).
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace {

constexpr int IconExtent = 32;

// `amount` of `over` mixed into `under`; alpha stays opaque.
QColor mixed(const QColor &under, const QColor &over, qreal amount)
{
    const auto channel = [amount](qreal a, qreal b) {
        return a + (b - a) * amount;
    };
    return QColor::fromRgbF(float(channel(under.redF(), over.redF())),
                            float(channel(under.greenF(), over.greenF())),
                            float(channel(under.blueF(), over.blueF())));
}

VerdictBanner::Tone toneFor(const TargetReport &report)
{
    switch (report.verdict) {
    case Verdict::Listed:
        // A policy listing (Spamhaus PBL) is not a spam listing: something to look at, not a
        // red alarm.
        return report.onlyPolicyListings ? VerdictBanner::Tone::Warning : VerdictBanner::Tone::Bad;
    case Verdict::Clean:
        return VerdictBanner::Tone::Good;
    case Verdict::Incomplete:
    case Verdict::NotCheckable:
        break;
    }
    return VerdictBanner::Tone::Warning;
}

QLabel *makeTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // targets are user input: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::Text); // pairs with the Base colour the tint is made of
    return label;
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("verdictIcon"));
    m_icon->setFixedSize(IconExtent, IconExtent);
    m_icon->setAlignment(Qt::AlignCenter);

    m_headline = makeTextLabel(QStringLiteral("verdictHeadline"), this);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);

    m_detail = makeTextLabel(QStringLiteral("verdictDetail"), this);

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);

    clear();
}

QIcon VerdictBanner::toneIcon(Tone tone)
{
    static const bool registered = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(registered)
    switch (tone) {
    case Tone::Good:
        return QIcon(QStringLiteral(":/icons/clean.svg"));
    case Tone::Warning:
        return QIcon(QStringLiteral(":/icons/problem.svg"));
    case Tone::Bad:
        return QIcon(QStringLiteral(":/icons/listed.svg"));
    case Tone::Neutral:
        break;
    }
    return QIcon(QStringLiteral(":/icons/info.svg"));
}

QString VerdictBanner::toneWord(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        //: Spoken name of the green tick icon of the verdict banner.
        return tr("OK");
    case Tone::Warning:
        //: Spoken name of the amber triangle icon of the verdict banner.
        return tr("Warning");
    case Tone::Bad:
        //: Spoken name of the red cross icon of the verdict banner (e.g. listed on a blocklist).
        return tr("Problem");
    case Tone::Neutral:
        break;
    }
    //: Spoken name of the blue "i" icon of the verdict banner.
    return tr("Information");
}

QColor VerdictBanner::toneColor(Tone tone)
{
    // The same colours as the icons, so the tint and the icon agree.
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0xf2, 0xa9, 0x00);
    case Tone::Bad:
        return QColor(0xd3, 0x2f, 0x2f);
    case Tone::Neutral:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

void VerdictBanner::showReports(const QList<TargetReport> &reports, bool cancelled)
{
    m_shown = Shown::Reports;
    m_reports = reports;
    m_cancelled = cancelled;
    refresh();
}

void VerdictBanner::showMessage(Tone tone, const QString &headline, const QString &detail)
{
    m_shown = Shown::Message;
    m_reports.clear();
    setTexts(tone, headline, detail);
}

void VerdictBanner::showChecking(int answered, int total)
{
    m_shown = Shown::Checking;
    m_reports.clear();
    m_answered = answered;
    m_total = total;
    refresh();
}

void VerdictBanner::clear()
{
    m_shown = Shown::Nothing;
    m_reports.clear();
    m_cancelled = false;
    setTexts(Tone::Neutral, QString(), QString());
    hide();
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

void VerdictBanner::refresh()
{
    switch (m_shown) {
    case Shown::Reports:
        refreshReports();
        return;
    case Shown::Checking:
        if (m_total <= 0) {
            //: The verdict banner while a check starts, before the number of lists is known.
            setTexts(Tone::Neutral, tr("Checking…"), QString());
            return;
        }
        //: The verdict banner during a check: %1 lists have answered so far, of %2.
        setTexts(Tone::Neutral, tr("Checking %1 of %2 blocklists…").arg(m_answered).arg(m_total),
                 QString());
        return;
    case Shown::Message:
    case Shown::Nothing:
        return; // the caller's own words: nothing to say again
    }
}

void VerdictBanner::refreshReports()
{
    //: Said when the user pressed Stop: results so far are shown, the rest is unknown.
    const QString stopped = tr("The check was stopped before every blocklist answered.");

    if (m_reports.isEmpty()) {
        if (m_cancelled)
            setTexts(Tone::Warning, stopped, QString());
        else
            //: The verdict banner when a check ended without any address to check.
            setTexts(Tone::Neutral, tr("Nothing was checked."), QString());
        return;
    }

    if (m_reports.size() == 1) {
        const TargetReport &report = m_reports.constFirst();
        const QString sentence = ResultText::verdictSentence(report);
        const Tone tone = toneFor(report);
        if (!m_cancelled)
            setTexts(tone, sentence, QString());
        else if (tone == Tone::Bad) // a listing found before the stop is still a listing
            setTexts(tone, sentence, stopped);
        else
            setTexts(Tone::Warning, stopped, sentence);
        return;
    }

    int listed = 0;    // listed for spam (not only a policy listing)
    int needsLook = 0; // incomplete, not checkable, or only a policy listing
    QStringList sentences;
    for (const TargetReport &report : std::as_const(m_reports)) {
        sentences.append(ResultText::verdictSentence(report));
        switch (toneFor(report)) {
        case Tone::Bad:
            ++listed;
            break;
        case Tone::Warning:
            ++needsLook;
            break;
        case Tone::Good:
        case Tone::Neutral:
            break;
        }
    }
    const int total = int(m_reports.size());
    QString detail = sentences.join(QLatin1Char('\n'));

    if (listed > 0) {
        //: Several addresses or domains were checked; %n of them are listed, %1 is the total.
        const QString headline =
            tr("%n of %1 addresses are listed on blocklists.", nullptr, listed).arg(total);
        if (m_cancelled)
            detail = stopped + QLatin1Char('\n') + detail;
        setTexts(Tone::Bad, headline, detail);
    } else if (m_cancelled) {
        setTexts(Tone::Warning, stopped, detail);
    } else if (needsLook > 0) {
        //: Several addresses or domains were checked; none is listed for spam, but %n of them
        //: could not be fully checked or have a policy listing. %1 is the total.
        const QString headline =
            tr("No address is listed for spam, but %n of %1 addresses need a closer look.", nullptr,
               needsLook)
                .arg(total);
        setTexts(Tone::Warning, headline, detail);
    } else {
        //: Several addresses or domains were checked and every blocklist answered "not listed".
        setTexts(Tone::Good,
                 tr("None of the %n addresses is listed on any blocklist.", nullptr, total),
                 detail);
    }
}

void VerdictBanner::setTexts(Tone tone, const QString &headline, const QString &detail)
{
    const bool changed = headline != m_headline->text() || detail != m_detail->text();
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    applyTone(tone);

    // Screen readers read the banner by its name: the headline, with the detail as description.
    setAccessibleName(headline);
    setAccessibleDescription(detail);
    m_headline->setAccessibleName(headline);
    m_detail->setAccessibleName(detail);
    if (!headline.isEmpty())
        show();
    if (changed && QAccessible::isActive()) {
        QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        QAccessibleEvent descriptionChanged(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&descriptionChanged);
    }
}

void VerdictBanner::applyTone(Tone tone)
{
    m_tone = tone;
    const QString word = toneWord(tone);
    m_icon->setAccessibleName(word);
    m_icon->setToolTip(word);
    updateIcon();
    update();
}

void VerdictBanner::updateIcon()
{
    m_icon->setPixmap(
        toneIcon(m_tone).pixmap(QSize(IconExtent, IconExtent), m_icon->devicePixelRatioF()));
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    const QColor signal = toneColor(m_tone);
    // Low alpha for the fill (text stays readable on it in light and dark mode), a stronger
    // frame, and a solid bar at the start edge so the tone shows even in high contrast.
    const qreal fillAmount = m_tone == Tone::Neutral ? 0.06 : 0.14;
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(mixed(base, signal, 0.6), 1.0));
    painter.setBrush(mixed(base, signal, fillAmount));
    painter.drawRoundedRect(frame, 6, 6);

    const qreal barWidth = 4;
    const QRectF bar = layoutDirection() == Qt::RightToLeft
                           ? QRectF(frame.right() - barWidth, frame.top(), barWidth, frame.height())
                           : QRectF(frame.left(), frame.top(), barWidth, frame.height());
    painter.save();
    painter.setClipRect(bar);
    painter.setPen(Qt::NoPen);
    painter.setBrush(signal);
    painter.drawRoundedRect(frame, 6, 6);
    painter.restore();
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        applyTone(m_tone); // the icon's spoken word
    }
}

bool VerdictBanner::event(QEvent *event)
{
    const bool result = QWidget::event(event);
    // A move to a screen with another scale factor: render the icon again, crisp.
    if (event->type() == QEvent::ScreenChangeInternal)
        updateIcon();
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    if (event->type() == QEvent::DevicePixelRatioChange)
        updateIcon();
#endif
    return result;
}
