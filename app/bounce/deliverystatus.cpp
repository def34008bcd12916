#include "deliverystatus.h"

#include "textcodecs.h"
#include "textscanner.h"

#include <algorithm>

namespace {

// \s of a regular expression without Unicode properties: ASCII white space.
bool isPatternSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Whether `text` is one token ("smtp", "rfc822", "X-Postfix"), as the regular expression
// ^\s*[A-Za-z][A-Za-z0-9.-]*\s*$ reads it (\s: ASCII white space), without running one for
// every field of every report.
bool isTypeToken(QStringView text)
{
    const auto isLetter = [](char16_t c) {
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    };
    qsizetype i = 0;
    while (i < text.size() && isPatternSpace(text.at(i).unicode()))
        ++i;
    if (i == text.size() || !isLetter(text.at(i).unicode()))
        return false;
    for (++i; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isLetter(c) && !(c >= u'0' && c <= u'9') && c != u'.' && c != u'-')
            break;
    }
    while (i < text.size() && isPatternSpace(text.at(i).unicode()))
        ++i;
    return i == text.size();
}

// Whether `text` starts with the field name `name` (in lower case), a colon and then, after any
// white space (line breaks too), anything more: a match of ^name:\s*\S there as PCRE2 reads it
// caselessly without Unicode properties. \s is ASCII white space; a letter matches either case,
// and 's' also the long s (U+017F), 'k' the Kelvin sign (U+212A). Any other character, even
// half a surrogate pair, is \S.
bool startsField(QStringView text, QLatin1String name)
{
    if (text.size() < name.size() + 2)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t lower = char16_t(name.at(i).toLatin1());
        if (c == lower)
            continue;
        const bool letter = lower >= u'a' && lower <= u'z';
        if (!letter || !(c == lower - (u'a' - u'A') || (lower == u's' && c == u'\u017f') ||
                         (lower == u'k' && c == u'\u212a')))
            return false;
    }
    if (text.at(name.size()) != u':')
        return false;
    for (qsizetype i = name.size() + 1; i < text.size(); ++i) {
        if (!isPatternSpace(text.at(i).unicode()))
            return true;
    }
    return false;
}

// "rfc822; a@b" → "a@b"; "dns; mx.example.jp" → "mx.example.jp"
QStringView stripTypePrefix(QStringView value, QString *type = nullptr)
{
    // A type is one token ("smtp", "rfc822", "X-Postfix") before a semicolon among the first 21
    // characters; "554 Denied; see …" has none.
    const qsizetype reach = std::min<qsizetype>(value.size(), 21);
    qsizetype semicolon = 0;
    while (semicolon < reach && value.at(semicolon) != u';')
        ++semicolon;
    if (semicolon == reach || !isTypeToken(value.first(semicolon)))
        return TextScanner::trimmed(value);
    if (type) {
        // The token is ASCII letters, digits, "." and "-": lower-cased as toLower() would.
        const QStringView token = TextScanner::trimmed(value.first(semicolon));
        *type = QString(token.size(), Qt::Uninitialized);
        std::transform(token.begin(), token.end(), type->data(), [](QChar c) {
            return c >= u'A' && c <= u'Z' ? QChar(c.unicode() | 0x20) : c;
        });
    }
    return TextScanner::trimmed(value.sliced(semicolon + 1));
}

QString bareAddress(QStringView address)
{
    address = TextScanner::trimmed(address);
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.sliced(1, address.size() - 2);
    return TextScanner::trimmed(address).toString();
}

// text.toString().simplified() for a trimmed `text`: most diagnostics are simplified already and
// are copied as they stand.
QString simplifiedCopy(QStringView text)
{
    if (!text.isEmpty() && TextScanner::isSimpleAscii(text))
        return text.toString();
    return text.toString().simplified();
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

// Whether ASCII `text` is `lower` once lower-cased: for ASCII, what a caseless comparison
// finds, without Unicode case folding.
bool isAsciiLowered(QStringView text, QLatin1String lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != char16_t(lower.at(i).toLatin1()))
            return false;
    }
    return true;
}

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
    // A name that compares so is ASCII; only a name that does not is looked at for more.
    for (const auto &entry : known) {
        if (isAsciiLowered(text, entry.text))
            return entry.name;
    }
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return Name::Other;
    const QString lowered = text.toString().toLower();
    for (const auto &entry : known) {
        if (lowered == entry.text)
            return entry.name;
    }
    return Name::Other;
}

struct Field
{
    Name name = Name::Other;
    QStringView value; // in the body, or in `unfolded`; empty for Other: nothing reads it
    QString unfolded;  // the value and its continuation lines, when it has any
    bool folded = false;
};

// QString::section(' ', 0, 0) without the list of sections it makes: the text up to the first
// space, null when that is empty.
QString firstWord(QStringView value)
{
    qsizetype space = 0;
    while (space < value.size() && value.at(space) != u' ')
        ++space;
    const QStringView word = value.first(space);
    return word.isEmpty() ? QString() : word.toString();
}

} // namespace

bool DeliveryStatus::looksLikeDeliveryStatus(const QString &text)
{
    // Where ^(Final-Recipient|Original-Recipient):\s*\S and ^(Action|Status):\s*\S (caseless,
    // multiline) would both match: one pass over the lines, no copy of the text.
    const QStringView view(text);
    bool recipient = false;
    bool outcome = false;
    TextScanner::UnitFinder lineBreaks(view, u'\n');
    for (qsizetype line = 0; line < view.size();) {
        // Only lines starting with f, o, a or s (either case, or the long s) can be one.
        const char16_t first = view.at(line).unicode() | 0x20;
        if (first == u'f' || first == u'o' || first == u'a' || first == u's' ||
            first == (u'\u017f' | 0x20)) {
            const QStringView rest = view.sliced(line);
            recipient = recipient || startsField(rest, QLatin1String("final-recipient")) ||
                        startsField(rest, QLatin1String("original-recipient"));
            outcome = outcome || startsField(rest, QLatin1String("action")) ||
                      startsField(rest, QLatin1String("status"));
        }
        if (recipient && outcome)
            return true;
        const qsizetype newline = lineBreaks.next();
        if (newline < 0)
            break;
        line = newline + 1;
    }
    return false;
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
            status.recipients.append(std::move(recipient));
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
            status.reportingMta = stripTypePrefix(field.value).toString();
            break;
        case Name::ReceivedFromMta:
            status.receivedFromMta = stripTypePrefix(field.value).toString();
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
            recipient.remoteMta = stripTypePrefix(field.value).toString();
            break;
        case Name::DiagnosticCode:
            recipient.diagnostic =
                simplifiedCopy(stripTypePrefix(field.value, &recipient.diagnosticType));
            break;
        }
    };
    const QStringView text(body);
    TextScanner::UnitFinder lineBreaks(text, u'\n');
    for (qsizetype from = 0;;) {
        const qsizetype newline = lineBreaks.next();
        const QStringView line = text.sliced(from, (newline < 0 ? text.size() : newline) - from);
        from = newline + 1;
        if (std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); })) {
            if (!groupEmpty) {
                use();
                finish();
                groupEmpty = true;
            }
        } else if ((line.front() == u' ' || line.front() == u'\t') && !groupEmpty) {
            if (field.name != Name::Other) {
                if (!field.folded)
                    field.unfolded = field.value.toString();
                field.folded = true;
                field.unfolded += QLatin1Char(' ');
                field.unfolded += TextScanner::trimmed(line);
                field.value = field.unfolded;
            }
        } else {
            // A name is at most 40 characters, without spaces, before the line's first colon.
            const qsizetype reach = std::min<qsizetype>(line.size(), 41);
            qsizetype colon = 0;
            while (colon < reach && line.at(colon) != u':' && line.at(colon) != u' ')
                ++colon;
            if (colon > 0 && colon < reach && line.at(colon) == u':') {
                // An Other field stays in the group: its continuation lines must not join the
                // field before it.
                if (!groupEmpty)
                    use();
                const Name name = nameOf(TextScanner::trimmed(line.first(colon)));
                field = {name,
                         name == Name::Other ? QStringView()
                                             : TextScanner::trimmed(line.sliced(colon + 1)),
                         QString(), false};
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
