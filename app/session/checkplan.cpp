#include "checkplan.h"

#include "bounce/bouncereader.h"
#include "core/logging.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Longest token that can still be a mistyped target (a domain is at most 253 characters).
constexpr int MaxTokenLength = 253;

bool isSeparator(QChar c)
{
    // Blanks (ideographic space included), line breaks, commas and semicolons, half- and
    // full-width (Japanese keyboards type 、 ， ； between items).
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0x3001) ||
           c == QChar(0xFF0C) || c == QChar(0xFF1B);
}

// Full-width digits and letters typed with a Japanese input method ("１９２．０．２．１") are
// the same address: compatibility normalisation (NFKC) turns them into ASCII first.
QStringList tokens(const QString &text)
{
    QStringList out;
    QString current;
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normalized) {
        if (isSeparator(c)) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool isAddressShaped(const Target &target)
{
    return target.address.protocol() == QAbstractSocket::IPv4Protocol ||
           target.address.protocol() == QAbstractSocket::IPv6Protocol;
}

// "[x]" and "<x>" as mail writes them, as the target parser accepts them.
QString unwrapped(const QString &token)
{
    if ((token.startsWith(QLatin1Char('[')) && token.endsWith(QLatin1Char(']'))) ||
        (token.startsWith(QLatin1Char('<')) && token.endsWith(QLatin1Char('>'))))
        return token.mid(1, token.size() - 2);
    return token;
}

// A token that the user clearly meant as an IP address but mistyped: "999.1.1.1", "1.2.3".
bool looksLikeIpv4Attempt(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]+(\\.[0-9]*)+$"));
    return shape.match(text).hasMatch();
}

// "2001:db8::zz", "fe80::1%eth0": hex digits and colons, at least two of them.
bool looksLikeIpv6Attempt(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-z.]*:[0-9a-z.]*:[0-9a-z.:]*(%[0-9a-z._-]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape.match(text).hasMatch();
}

// "exa..mple.com", "-bad-.example", "例え..jp": name characters with a dot inside.
bool looksLikeDomainAttempt(const QString &text)
{
    if (text.size() < 3 || !text.contains(QLatin1Char('.')))
        return false;
    bool innerDot = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            innerDot |= i > 0 && i < text.size() - 1;
            continue;
        }
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return innerDot;
}

bool looksLikeEmailAttempt(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s<>\\[\\]]+@[^@\\s<>]+$"));
    return shape.match(text).hasMatch();
}

// Whether `token` is something the user typed as a target, and the target it gives.
bool targetFromToken(const QString &token, Target *target)
{
    if (token.size() > TargetParser::MaxInputLength)
        return false;
    *target = TargetParser::parse(token);
    const QString text = unwrapped(token);
    // A colon only ever belongs to an IPv6 address ("Subject:", "mailto:", "http://" do not).
    if (text.contains(QLatin1Char(':'))) {
        if (isAddressShaped(*target))
            return true;
        return token.size() <= MaxTokenLength && looksLikeIpv6Attempt(text);
    }
    if (target->isCheckable() || target->kind == TargetKind::NotPublic)
        return true;
    if (token.size() > MaxTokenLength)
        return false;
    switch (target->invalidReason) {
    case InvalidReason::BadIpv4:
        return looksLikeIpv4Attempt(text);
    case InvalidReason::BadEmail:
        return looksLikeEmailAttempt(text);
    case InvalidReason::BadDomain:
        return looksLikeIpv4Attempt(text) || looksLikeDomainAttempt(text);
    case InvalidReason::BadIpv6:
    case InvalidReason::None:
    case InvalidReason::Empty:
    case InvalidReason::TooLong:
    case InvalidReason::Whitespace:
        break;
    }
    return false;
}

CheckSuggestion::Origin typedOrigin(const Target &target)
{
    if (isAddressShaped(target) || target.invalidReason == InvalidReason::BadIpv4 ||
        target.invalidReason == InvalidReason::BadIpv6 ||
        (target.kind == TargetKind::Invalid && looksLikeIpv4Attempt(unwrapped(target.input))))
        return CheckSuggestion::Origin::CitedIp;
    return CheckSuggestion::Origin::CitedDomain;
}

// Two spellings of the same check ("[192.0.2.1]" and "192.0.2.1", "Example.COM" and
// "taro@example.com") are one target.
QString dedupKey(const Target &target)
{
    if (target.kind == TargetKind::Invalid)
        return QLatin1String("invalid:") + target.input;
    return TargetParser::kindName(target.kind) + QLatin1Char(':') + target.checkedAs;
}

void addSuggestion(CheckPlan *plan, QSet<QString> *seen, const CheckSuggestion &suggestion,
                   const Target &target)
{
    const QString key = dedupKey(target);
    if (seen->contains(key))
        return;
    seen->insert(key);
    plan->suggestions.append(suggestion);
    plan->targets.append(target);
}

void addReport(CheckPlan *plan, QSet<QString> *seen, const BounceReport &report)
{
    for (const CheckSuggestion &suggestion : BounceReader::suggestions(report))
        addSuggestion(plan, seen, suggestion, TargetParser::parse(suggestion.target));
}

// A report worth showing: a returned mail, or another kind of mail message (automatic reply,
// complaint, delivery notice), or one that names something to check.
bool isMailOfSomeKind(const BounceReport &report)
{
    return report.kind != MessageKind::NotBounce || !BounceReader::suggestions(report).isEmpty();
}

} // namespace

bool CheckPlan::looksLikeTargetList(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() ||
        trimmed.size() > qsizetype(MaxTypedTargets) * (TargetParser::MaxInputLength + 1))
        return false;
    const QStringList list = tokens(trimmed);
    if (list.isEmpty() || list.size() > MaxTypedTargets)
        return false;
    Target target;
    for (const QString &token : list) {
        if (!targetFromToken(token, &target))
            return false;
    }
    return true;
}

CheckPlan CheckPlan::fromText(const QString &text, const BounceReader &reader)
{
    CheckPlan plan;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        plan.problem = Problem::Empty;
        return plan;
    }
    QSet<QString> seen;
    if (looksLikeTargetList(trimmed)) {
        for (const QString &token : tokens(trimmed)) {
            const Target target = TargetParser::parse(token);
            addSuggestion(&plan, &seen, {target.input, typedOrigin(target)}, target);
        }
        qCInfo(lcBounce) << "input: typed list of" << plan.targets.size() << "targets";
        return plan;
    }
    //: The name shown for text the user pasted (instead of a file name).
    const BounceReport report = reader.read(trimmed.toUtf8(), tr("pasted text"));
    if (!report.error.isEmpty()) {
        plan.bounces.append(report);
        plan.problem = Problem::Unreadable;
        return plan;
    }
    if (!isMailOfSomeKind(report)) {
        plan.problem = Problem::NotUnderstood;
        return plan;
    }
    plan.bounces.append(report);
    addReport(&plan, &seen, report);
    qCInfo(lcBounce) << "input: pasted mail," << plan.targets.size() << "targets";
    return plan;
}

CheckPlan CheckPlan::fromInputs(const QList<Input> &inputs, const BounceReader &reader)
{
    CheckPlan plan;
    if (inputs.isEmpty()) {
        plan.problem = Problem::Empty;
        return plan;
    }
    QSet<QString> seen;
    bool anyRead = false;
    bool anyMail = false;
    for (const Input &input : inputs) {
        BounceReport report;
        if (!input.error.isEmpty()) {
            report.file = input.name;
            report.error = input.error;
        } else {
            report = reader.read(input.data, input.name);
        }
        if (report.error.isEmpty()) {
            anyRead = true;
            anyMail |= isMailOfSomeKind(report);
            addReport(&plan, &seen, report);
        }
        plan.bounces.append(report);
    }
    if (!anyRead)
        plan.problem = Problem::Unreadable;
    else if (!anyMail && plan.targets.isEmpty())
        plan.problem = Problem::NotUnderstood;
    qCInfo(lcBounce) << "input:" << inputs.size() << "files," << plan.targets.size() << "targets";
    return plan;
}
