#include "bouncepanel.h"

#include "bounce/explanation.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

constexpr int MaxValueLength = 300; // a stranger's server wrote it: keep one value readable
constexpr int MaxErrorLinesShown = 7;

// Text from a bounce, made safe to show: control characters become spaces, and the invisible
// direction overrides that can make text read differently from what it is are dropped.
QString shown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c.category() == QChar::Other_Control ? QChar(QLatin1Char(' ')) : c);
    }
    return out.simplified();
}

QString shortened(const QString &text)
{
    if (text.size() <= MaxValueLength)
        return text;
    return text.left(MaxValueLength - 1) + QChar(0x2026);
}

// The distinct, non-empty values, each made safe, joined for one line of the summary.
QString joined(const QStringList &values)
{
    QStringList distinct;
    for (const QString &value : values) {
        const QString clean = shown(value);
        if (!clean.isEmpty() && !distinct.contains(clean, Qt::CaseInsensitive))
            distinct.append(clean);
    }
    return shortened(distinct.join(QLatin1String(", ")));
}

QLabel *makePlainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // a bounce must never inject markup or links
    label->setOpenExternalLinks(false);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BouncePanel::BouncePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bouncePanel"));

    m_title = makePlainLabel(QStringLiteral("bounceTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_summary = makePlainLabel(QStringLiteral("bounceSummary"), this);

    m_errorsLabel = makePlainLabel(QStringLiteral("errorLinesLabel"), this);

    // QPlainTextEdit has no rich text and no links by design: the lines stay exactly as written.
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("errorLines"));
    m_errors->setReadOnly(true);
    m_errors->setUndoRedoEnabled(false);
    m_errors->setTabChangesFocus(true); // Tab leaves the box: keyboard users are not trapped
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errors->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errors->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_errors->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_errorsLabel->setBuddy(m_errors);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_errors);

    clear();
}

void BouncePanel::showBounces(const QList<BounceReport> &bounces)
{
    m_bounces = bounces;
    refresh();
}

void BouncePanel::clear()
{
    m_bounces.clear();
    refresh();
}

QString BouncePanel::summaryText() const
{
    return m_summary->text();
}

QString BouncePanel::errorLines() const
{
    return m_errors->toPlainText();
}

QString BouncePanel::describe(const BounceReport &report)
{
    if (!report.error.isEmpty())
        //: %1 says why a dropped or pasted returned mail could not be read.
        return tr("This could not be read: %1").arg(report.error);

    QStringList lines;
    lines.append(BounceExplanation::kind(report.kind));
    if (report.isBounce()) {
        QStringList servers;
        QStringList domains;
        QStringList recipients;
        QStringList reasons;
        for (const FailedRecipient &failure : report.failures) {
            servers.append(failure.remoteMta);
            recipients.append(failure.recipient);
            const qsizetype at = failure.recipient.lastIndexOf(QLatin1Char('@'));
            if (at >= 0)
                domains.append(failure.recipient.mid(at + 1));
            reasons.append(BounceExplanation::reason(failure.reason));
        }
        const QString server = joined(servers);
        const QString domain = joined(domains);
        if (!server.isEmpty() && !domain.isEmpty())
            //: Who refused the mail: %1 is a server name (mx.example.com), %2 the recipients'
            //: domain (example.com).
            lines.append(tr("Refused by: %1, the mail server of %2").arg(server, domain));
        else if (!server.isEmpty())
            //: Who refused the mail: %1 is a server name (mx.example.com).
            lines.append(tr("Refused by: %1").arg(server));
        else if (!domain.isEmpty())
            //: Who refused the mail: %1 is the recipients' domain (example.com).
            lines.append(tr("Refused by: the mail server of %1").arg(domain));
        else
            //: Who refused the mail, when the returned mail names neither server nor domain.
            lines.append(tr("Refused by: the recipient's mail server (the returned mail does not "
                            "name it)"));

        const QString recipientList = joined(recipients);
        if (recipientList.isEmpty())
            //: Shown instead of the recipients' addresses when the returned mail omits them.
            lines.append(tr("Recipients: not named in the returned mail"));
        else
            //: %1 is one or more e-mail addresses, separated by commas.
            lines.append(tr("Recipients: %1").arg(recipientList));

        if (!reasons.isEmpty())
            //: %1 is the reason in plain words, e.g. "Your mail server's address is blocked".
            lines.append(tr("Why: %1").arg(joined(reasons)));

        for (const NamedBlocklist &named : report.blocklists) {
            const QString name = shortened(shown(named.name));
            if (named.receiverSide)
                lines.append(tr("Blocklist named: %1. The recipient's server could not use it "
                                "properly, so this is a problem on the recipient's side.")
                                 .arg(name));
            else if (named.retired)
                lines.append(tr("Blocklist named: %1. This blocklist no longer works; a listing "
                                "there means nothing.")
                                 .arg(name));
            else if (named.provider)
                //: %1 is a provider's own filter that cannot be asked by DNS, e.g. "Gmail".
                lines.append(tr("Mail filter named: %1").arg(name));
            else
                //: %1 is a DNS blocklist, e.g. "Spamhaus ZEN".
                lines.append(tr("Blocklist named: %1").arg(name));
        }

        const QString ips = joined(report.citedIps);
        if (!ips.isEmpty())
            //: %1 is one or more IP addresses the refusal gives as the sending server.
            lines.append(tr("Sending IP address named: %1").arg(ips));
        const QString citedDomains = joined(report.citedDomains);
        if (!citedDomains.isEmpty())
            //: %1 is one or more domains the refusal says are on a blocklist.
            lines.append(tr("Domain named as listed: %1").arg(citedDomains));
    }
    lines.append(QString());
    lines.append(BounceExplanation::text(report));
    return lines.join(QLatin1Char('\n'));
}

void BouncePanel::refresh()
{
    //: Heading of the panel that explains a returned (bounced) mail.
    const QString title = tr("What the returned mail says");
    m_title->setText(title);
    setAccessibleName(title);
    m_errorsLabel->setText(tr("Original error lines (as the recipient's server wrote them):"));
    m_errors->setAccessibleName(tr("Original error lines"));
    m_errors->setAccessibleDescription(
        tr("The error lines exactly as the recipient's server wrote them, for your mail "
           "administrator. Select them to copy."));

    if (m_bounces.isEmpty()) {
        m_summary->clear();
        m_errors->clear();
        hide();
        return;
    }

    QStringList sections;
    QStringList errorLines;
    for (const BounceReport &report : std::as_const(m_bounces)) {
        QString section = describe(report);
        if (m_bounces.size() > 1) {
            const QString source =
                shortened(shown(report.file.isEmpty() ? report.subject : report.file));
            if (!source.isEmpty())
                //: Heading of one returned mail when several were read; %1 is its file name.
                section = tr("Returned mail: %1").arg(source) + QLatin1Char('\n') + section;
        }
        sections.append(section);
        for (const FailedRecipient &failure : report.failures) {
            const QString line = shown(failure.diagnostic);
            if (!line.isEmpty() && !errorLines.contains(line))
                errorLines.append(line);
        }
    }
    m_summary->setText(sections.join(QLatin1String("\n\n")));

    m_errors->setPlainText(errorLines.join(QLatin1Char('\n')));
    const bool hasErrors = !errorLines.isEmpty();
    m_errorsLabel->setVisible(hasErrors);
    m_errors->setVisible(hasErrors);
    const int visibleLines = qBound(2, int(errorLines.size()) + 1, MaxErrorLinesShown);
    const QMargins margins = m_errors->contentsMargins();
    m_errors->setMaximumHeight(m_errors->fontMetrics().lineSpacing() * visibleLines +
                               int(m_errors->document()->documentMargin() * 2) + margins.top() +
                               margins.bottom());
    show();
}

void BouncePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}
