#include "deliverystatus.h"

#include "textcodecs.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Whether `text` is one token ("smtp", "rfc822", "X-Postfix"), as the regular expression
// ^\s*[A-Za-z][A-Za-z0-9.-]*\s*$ reads it (\s: ASCII white space), without running one for
// every field of every report.
bool isTypeToken(QStringView text)
{
    const auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    const auto isLetter = [](char16_t c) {
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    };
    qsizetype i = 0;
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    if (i == text.size() || !isLetter(text.at(i).unicode()))
        return false;
    for (++i; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isLetter(c) && !(c >= u'0' && c <= u'9') && c != u'.' && c != u'-')
            break;
    }
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    return i == text.size();
}

// "rfc822; a@b" → "a@b"; "dns; mx.example.jp" → "mx.example.jp"
QString stripTypePrefix(const QString &value, QString *type = nullptr)
{
    // A type is one token ("smtp", "rfc822", "X-Postfix"); "554 Denied; see …" has none.
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (semicolon < 0 || semicolon > 20 || !isTypeToken(QStringView(value).first(semicolon)))
        return value.trimmed();
    if (type)
        *type = value.left(semicolon).trimmed().toLower();
    return value.mid(semicolon + 1).trimmed();
}

QString bareAddress(QString address)
{
    address = address.trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address.trimmed();
}

// The field names parse() reads; every other name is Other.
enum class Name
{
    Other,
    ReportingMta,
    ReceivedFromMta,
    FinalRecipient,
    OriginalRecipient,
    Action,
    Status,
    RemoteMta,
    DiagnosticCode
};

// The name `text` is once lower-cased (QString::toLower). Building that string for every field
// of every report was an allocation per field; an ASCII name compares caselessly as it stands, and
// only a name beyond ASCII (the Kelvin sign lowers to "k") still goes through toLower().
Name nameOf(QStringView text)
{
    static const struct
    {
        QLatin1String text;
        Name name;
    } known[] = {{QLatin1String("reporting-mta"), Name::ReportingMta},
                 {QLatin1String("received-from-mta"), Name::ReceivedFromMta},
                 {QLatin1String("final-recipient"), Name::FinalRecipient},
                 {QLatin1String("original-recipient"), Name::OriginalRecipient},
                 {QLatin1String("action"), Name::Action},
                 {QLatin1String("status"), Name::Status},
                 {QLatin1String("remote-mta"), Name::RemoteMta},
                 {QLatin1String("diagnostic-code"), Name::DiagnosticCode}};
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    QString lowered;
    if (!ascii)
        lowered = text.toString().toLower();
    for (const auto &entry : known) {
        // Caseless ASCII names can only match names of their own length.
        if (ascii ? entry.text.size() == text.size() &&
                        text.compare(entry.text, Qt::CaseInsensitive) == 0
                  : lowered == entry.text)
            return entry.name;
    }
    return Name::Other;
}

struct Field
{
    Name name = Name::Other;
    QString value; // empty for Other: nothing reads it
};

// QString::section(' ', 0, 0) without the list of sections it makes: the text up to the first
// space, null when that is empty.
QString firstWord(const QString &value)
{
    const QStringView word = QStringView(value).left(value.indexOf(QLatin1Char(' ')));
    return word.isEmpty() ? QString() : word.toString();
}

} // namespace

bool DeliveryStatus::looksLikeDeliveryStatus(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    static const QRegularExpression recipient(
        QStringLiteral("^(Final-Recipient|Original-Recipient):\\s*\\S"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression outcome(QStringLiteral("^(Action|Status):\\s*\\S"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::MultilineOption);
    return ValidText::contains(recipient, text) && ValidText::contains(outcome, text);
}

DeliveryStatus DeliveryStatus::parse(const QString &anyBody)
{
    const QString body = TextCodecs::withoutLoneSurrogates(anyBody); // see ValidText
    DeliveryStatus status;
    // Read line by line: a blank line ends a group of fields (one recipient, or the per-message
    // fields). A field is used once its continuation lines are in, when the next one starts.
    Recipient recipient;
    unsigned seen = 0;      // per-recipient fields of the group so far, a bit per Name
    bool groupEmpty = true; // no field in the group yet
    Field field;            // the group's last field, not used yet
    const auto finish = [&] {
        if (!recipient.finalRecipient.isEmpty() || !recipient.originalRecipient.isEmpty())
            status.recipients.append(recipient);
        recipient = Recipient();
        seen = 0;
    };
    const auto use = [&] {
        // Some MTAs leave out the blank line between recipients: a field seen twice
        // starts the next recipient, whatever order the fields come in.
        const bool perRecipient = field.name != Name::Other && field.name != Name::ReportingMta &&
                                  field.name != Name::ReceivedFromMta;
        if (perRecipient) {
            const unsigned bit = 1u << unsigned(field.name);
            if (seen & bit)
                finish();
            seen |= bit;
        }
        switch (field.name) {
        case Name::Other:
            break;
        case Name::ReportingMta:
            status.reportingMta = stripTypePrefix(field.value);
            break;
        case Name::ReceivedFromMta:
            status.receivedFromMta = stripTypePrefix(field.value);
            break;
        case Name::FinalRecipient:
            recipient.finalRecipient = bareAddress(stripTypePrefix(field.value));
            break;
        case Name::OriginalRecipient:
            recipient.originalRecipient = bareAddress(stripTypePrefix(field.value));
            break;
        case Name::Action:
            recipient.action = firstWord(field.value).toLower();
            break;
        case Name::Status:
            recipient.status = firstWord(field.value);
            break;
        case Name::RemoteMta:
            recipient.remoteMta = stripTypePrefix(field.value);
            break;
        case Name::DiagnosticCode:
            recipient.diagnostic =
                stripTypePrefix(field.value, &recipient.diagnosticType).simplified();
            break;
        }
    };
    const QStringView text(body);
    for (qsizetype from = 0;;) {
        const qsizetype newline = text.indexOf(u'\n', from);
        const QStringView line = text.sliced(from, (newline < 0 ? text.size() : newline) - from);
        from = newline + 1;
        if (line.trimmed().isEmpty()) {
            if (!groupEmpty) {
                use();
                finish();
                groupEmpty = true;
            }
        } else if ((line.front() == u' ' || line.front() == u'\t') && !groupEmpty) {
            if (field.name != Name::Other) {
                field.value += QLatin1Char(' ');
                field.value += line.trimmed();
            }
        } else {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0 && colon <= 40 && !line.left(colon).contains(QLatin1Char(' '))) {
                // An Other field stays in the group: its continuation lines must not join the
                // field before it.
                if (!groupEmpty)
                    use();
                const Name name = nameOf(line.left(colon).trimmed());
                field = {name, name == Name::Other ? QString()
                                                   : line.mid(colon + 1).trimmed().toString()};
                groupEmpty = false;
            }
        }
        if (newline < 0)
            break;
    }
    if (!groupEmpty)
        use();
    finish();
    return status;
}
