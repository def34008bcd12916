#include "textscanner.h"

#include "textcodecs.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace {

// A text's lines, in place; most texts' fit on the stack.
using Lines = QVarLengthArray<QStringView, 256>;

// Calls `visit` with each line of `text` as QStringView::split(u'\n') would list them (an empty
// text is one empty line), without building the list.
template <typename Visit> void forEachLine(QStringView text, Visit visit)
{
    TextScanner::UnitFinder lineBreaks(text, u'\n');
    qsizetype start = 0;
    for (qsizetype end = lineBreaks.next(); end >= 0; end = lineBreaks.next()) {
        visit(text.sliced(start, end - start));
        start = end + 1;
    }
    visit(text.sliced(start));
}

// The lines of `text` as QStringView::split(u'\n') lists them.
Lines linesOf(QStringView text)
{
    Lines lines;
    forEachLine(text, [&lines](QStringView line) { lines.append(line); });
    return lines;
}

// PCRE2 without Unicode properties, as the patterns here run: \s, \d and \w are ASCII only, and a
// caseless ASCII letter matches its other case and, for "s" and "k", "ſ" and the Kelvin sign.
bool isRegexSpace(QChar c) // \s
{
    return c == QLatin1Char(' ') || (c.unicode() >= 9 && c.unicode() <= 13);
}

bool isAsciiDigit(QStringView text, qsizetype i)
{
    return i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
}

// The end of the digits at `i` if there are one to three of them followed by `next`, else -1.
qsizetype shortNumberBefore(QStringView line, qsizetype i, bool (*next)(QChar))
{
    qsizetype end = i;
    while (isAsciiDigit(line, end) && end - i <= 3)
        ++end;
    return end > i && end - i <= 3 && end < line.size() && next(line.at(end)) ? end : -1;
}

bool isRegexWordCharacter(QChar c) // \w, and so what \b tells apart
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// `c` as compared caselessly with a lower-case ASCII letter.
char16_t caselessLetter(QChar c)
{
    const char16_t unit = c.unicode();
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit | 0x20) : unit;
    if (unit == 0x017f)
        return u's';
    return unit == 0x212a ? u'k' : unit;
}

// Whether `lower` (lower-case ASCII) stands in `text` at `at`, compared as a caseless pattern does.
bool caselessAt(QStringView text, qsizetype at, std::string_view lower)
{
    if (at + qsizetype(lower.size()) > text.size())
        return false;
    for (size_t i = 0; i < lower.size(); ++i) {
        if (caselessLetter(text.at(at + qsizetype(i))) != char16_t(lower[i]))
            return false;
    }
    return true;
}

// The pairs of characters that open a list of words (lower-case ASCII, two characters or more),
// either case, so that a search for the words passes over all other places (nearly all) after
// two table lookups, without a branch on each character. A pair with a character beyond ASCII
// ("ſ", the Kelvin sign, other scripts) is always tried.
class WordStarts
{
public:
    template <size_t Count> constexpr explicit WordStarts(const std::string_view (&words)[Count])
    {
        for (const std::string_view word : words)
            add(word[0], word.substr(1, 1));
    }

    // Adds the pairs of `first` and each of `seconds`.
    constexpr void add(char first, std::string_view seconds)
    {
        if (m_firstIndex[uchar(first)] == 0) {
            ++m_firsts;
            for (const char c : {first, otherCase(first)})
                m_firstIndex[uchar(c)] = m_firsts;
        }
        for (const char second : seconds) {
            for (const char c : {second, otherCase(second)})
                m_seconds[uchar(c)] |= quint32(1) << m_firstIndex[uchar(first)];
        }
    }

    bool mayStartAt(QStringView text, qsizetype at) const
    {
        const char16_t first = text.at(at).unicode();
        const char16_t second = at + 1 < text.size() ? text.at(at + 1).unicode() : 0;
        if ((first | second) >= 0x80)
            return true;
        return ((m_seconds[second] >> m_firstIndex[first]) & 1) != 0;
    }

private:
    static constexpr char otherCase(char c)
    {
        return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }

    uchar m_firsts = 0;           // at most 31: a shift past that fails the constant expression
    uchar m_firstIndex[128] = {}; // 1 and up for a first character, 0 for none (bit 0 is never set)
    quint32 m_seconds[128] = {};  // for each second character, a bit for each first it may follow
};

// An address is what "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*"
// matches; read by hand, because a header value went through that pattern several times per
// bounce and it tried every position of every word. Its character classes are looked up in a
// table of the ASCII characters.
enum AddressClass : uchar
{
    DomainClass = 1,
    LocalClass = 2
};

struct AddressClasses
{
    uchar of[128] = {};

    constexpr AddressClasses()
    {
        for (char16_t c = 0; c < 128; ++c) {
            const bool domain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                                (c >= u'0' && c <= u'9') || c == u'-';
            const bool local = domain || std::u16string_view(u".!#$%&'*+/=?^_`{|}~").find(c) !=
                                             std::u16string_view::npos;
            of[c] = uchar((domain ? DomainClass : 0) | (local ? LocalClass : 0));
        }
    }
};

bool isInAddressClass(QChar c, AddressClass addressClass)
{
    static constexpr AddressClasses classes;
    return c.unicode() < 128 && (classes.of[c.unicode()] & addressClass) != 0;
}

bool isDomainCharacter(QChar c)
{
    return isInAddressClass(c, DomainClass);
}

bool isLocalCharacter(QChar c)
{
    return isInAddressClass(c, LocalClass);
}

// The end of the domain-character run at `at` (== `at` when there is none).
qsizetype domainRunEnd(QStringView text, qsizetype at)
{
    while (at < text.size() && isDomainCharacter(text.at(at)))
        ++at;
    return at;
}

// The next address at or after `from`, as the pattern's next match would find it: the local
// part is the whole run of local characters before an "@" (not starting before `from`), the
// domain its labels joined by single dots. Empty when there is none. `ats` finds the "@"s of
// `text` and has passed over none at or after `from` (no "@" is inside an address).
QStringView nextAddress(QStringView text, qsizetype from, TextScanner::UnitFinder &ats)
{
    for (qsizetype at = ats.next(); at >= 0; at = ats.next()) {
        qsizetype start = at;
        while (start > from && isLocalCharacter(text.at(start - 1)))
            --start;
        qsizetype end = domainRunEnd(text, at + 1);
        if (start == at || end == at + 1)
            continue; // no local part, or no domain
        for (qsizetype label = end; label < text.size() && text.at(label) == u'.';) {
            const qsizetype labelEnd = domainRunEnd(text, label + 1);
            if (labelEnd == label + 1)
                break;
            end = labelEnd;
            label = labelEnd;
        }
        return text.sliced(start, end - start);
    }
    return {};
}

// Whether an SMTP reply code starts at `at`, given the "4" or "5" there: what
// (^|[\s:(<>])([45]\d\d)([ -]|$) matches.
bool replyCodeAt(QStringView text, qsizetype at)
{
    if (at > 0) {
        const QChar before = text.at(at - 1);
        if (!isRegexSpace(before) && before != u':' && before != u'(' && before != u'<' &&
            before != u'>')
            return false;
    }
    if (!isAsciiDigit(text, at + 1) || !isAsciiDigit(text, at + 2))
        return false;
    const qsizetype after = at + 3;
    if (after == text.size())
        return true;
    const QChar next = text.at(after);
    // "$" also matches before a newline that ends the text.
    return next == u' ' || next == u'-' || (next == u'\n' && after + 1 == text.size());
}

// Whether an enhanced status code starts at `at`, given the "4" or "5" there: what
// \b[45]\.\d{1,3}\.\d{1,3}\b matches.
bool enhancedCodeAt(QStringView text, qsizetype at)
{
    if ((at > 0 && isRegexWordCharacter(text.at(at - 1))) || at + 1 >= text.size() ||
        text.at(at + 1) != u'.')
        return false;
    const qsizetype dot = shortNumberBefore(text, at + 2, [](QChar c) { return c == u'.'; });
    if (dot < 0)
        return false;
    qsizetype end = dot + 1;
    while (isAsciiDigit(text, end) && end - dot <= 3)
        ++end;
    const qsizetype digits = end - dot - 1;
    return digits >= 1 && digits <= 3 &&
           (end == text.size() || !isRegexWordCharacter(text.at(end)));
}

// An SMTP reply ("550 5.1.1 …", "550-5.7.1 …", "554 …", an enhanced code alone) or error words:
// what the caseless pattern
//   (^|[\s:(<>])([45]\d\d)([ -]|$)|\b[45]\.\d{1,3}\.\d{1,3}\b|blocked using|user unknown|
//   unknown user|no such user|does not exist|mailbox (is )?full|over quota|refused|rejected|
//   denied|exceed|quota|host unknown|unrouteable|timed out|not found|\bfull\b
// finds, tested by hand at each character ("over quota" is found as "quota"): it ran on most lines
// of every text.
bool hasErrorWording(QStringView text)
{
    static constexpr std::string_view words[] = {
        "blocked using", "does not exist", "denied",          "exceed",       "full",
        "host unknown",  "mailbox full",   "mailbox is full", "no such user", "not found",
        "quota",         "refused",        "rejected",        "timed out",    "user unknown",
        "unknown user",  "unrouteable"};
    static constexpr WordStarts starts = [] {
        WordStarts codes(words);
        codes.add('4', "0123456789.");
        codes.add('5', "0123456789.");
        return codes;
    }();
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (!starts.mayStartAt(text, at))
            continue;
        const auto word = [&text, at](std::string_view lower) {
            return caselessAt(text, at, lower);
        };
        bool found = false;
        switch (caselessLetter(text.at(at))) {
        case u'4':
        case u'5':
            found = replyCodeAt(text, at) || enhancedCodeAt(text, at);
            break;
        case u'b':
            found = word("blocked using");
            break;
        case u'd':
            found = word("does not exist") || word("denied");
            break;
        case u'e':
            found = word("exceed");
            break;
        case u'f':
            found = word("full") && (at == 0 || !isRegexWordCharacter(text.at(at - 1))) &&
                    (at + 4 == text.size() || !isRegexWordCharacter(text.at(at + 4)));
            break;
        case u'h':
            found = word("host unknown");
            break;
        case u'm':
            found = word("mailbox full") || word("mailbox is full");
            break;
        case u'n':
            found = word("no such user") || word("not found");
            break;
        case u'q':
            found = word("quota");
            break;
        case u'r':
            found = word("refused") || word("rejected");
            break;
        case u't':
            found = word("timed out");
            break;
        case u'u':
            found = word("user unknown") || word("unknown user") || word("unrouteable");
            break;
        default:
            break;
        }
        if (found)
            return true;
    }
    return false;
}

// `address` without dots and dashes at its end, its domain lower-cased. `whole`, when given, is
// the string `address` views: returned as it stands (shared, not copied) when nothing changes.
QString normalizedAddress(QStringView address, const QString *whole)
{
    while (!address.isEmpty() &&
           (address.endsWith(QLatin1Char('.')) || address.endsWith(QLatin1Char('-'))))
        address.chop(1);
    if (whole && address.size() != whole->size())
        whole = nullptr;
    // The last "@", searched for from the end by hand (the domain is short, the call was not),
    // noting on the way whether the domain is ASCII and has a capital.
    qsizetype at = address.size() - 1;
    bool beyondAscii = false;
    bool capital = false;
    for (; at >= 0 && address.at(at) != u'@'; --at) {
        beyondAscii |= address.at(at).unicode() >= 0x80;
        capital |= char16_t(address.at(at).unicode() - u'A') < 26;
    }
    if (at < 0)
        return address.toString();
    // An ASCII domain (nearly always) is lower-cased in place, without the temporaries below,
    // and only when it has a capital.
    if (!beyondAscii) {
        if (!capital && whole)
            return *whole;
        QString normalized = address.toString();
        if (capital) {
            QChar *const units = normalized.data();
            for (qsizetype i = at; i < normalized.size(); ++i) {
                if (units[i] >= u'A' && units[i] <= u'Z')
                    units[i] = QChar(units[i].unicode() | 0x20);
            }
        }
        return normalized;
    }
    return address.first(at).toString() + address.sliced(at).toString().toLower();
}

QString normalizedAddress(const QString &address)
{
    return normalizedAddress(address, &address);
}

// No pattern runs here, so lone surrogates need no mending: they are never part of an address.
// `whole`, when given, is the string `text` views, shared by an address that is all of it.
QStringList addressesIn(QStringView text, const QString *whole = nullptr)
{
    QStringList found;
    TextScanner::UnitFinder ats(text, u'@');
    qsizetype from = 0;
    for (QStringView match = nextAddress(text, from, ats); !match.isEmpty();
         match = nextAddress(text, from, ats)) {
        from = match.data() - text.data() + match.size();
        QString address = normalizedAddress(match, match.size() == text.size() ? whole : nullptr);
        if (found.contains(address, Qt::CaseInsensitive))
            continue;
        if (found.isEmpty())
            found.reserve(1); // most texts hold one: allocated to size, not through growth
        found.append(std::move(address));
    }
    return found;
}

// Appends what simplified() keeps of `text` to `out`, a space first unless `out` is empty: for a
// simplified `out`, the same as out = (out + " " + text).simplified(), without the temporaries.
void appendSimplified(QString &out, QStringView text)
{
    // Most lines are simplified already once trimmed: then they are copied whole.
    const QStringView trimmed = TextScanner::trimmed(text);
    if (TextScanner::isSimpleAscii(trimmed)) {
        if (!trimmed.isEmpty() && !out.isEmpty())
            out += u' ';
        out += trimmed;
        return;
    }
    const qsizetype kept = out.size();
    out.resize(kept + 1 + text.size()); // the most it can grow
    QChar *const begin = out.data();
    QChar *end = begin + kept;
    bool spaceDue = end != begin;
    for (const QChar c : text) {
        if (c.isSpace()) {
            spaceDue = end != begin;
            continue;
        }
        if (spaceDue)
            *end++ = u' ';
        spaceDue = false;
        *end++ = c;
    }
    out.truncate(end - begin);
}

// `line` without `address` (found case-insensitively, as QString::remove() does) and without angle
// brackets, simplified.
QString withoutAddress(QStringView line, const QString &address)
{
    QString rest;
    const auto isAscii = [](QChar c) {
        return c.unicode() < 0x80;
    };
    if (!std::all_of(line.begin(), line.end(), isAscii) ||
        !std::all_of(address.begin(), address.end(), isAscii) || address.isEmpty()) {
        rest = line.toString();
        rest.remove(address, Qt::CaseInsensitive);
        rest.remove(QLatin1Char('<'));
        rest.remove(QLatin1Char('>'));
        return rest.simplified();
    }
    // All ASCII, where Qt's case folding is ASCII's: occurrences are skipped from the left, as
    // QString::remove() finds them, in the same pass as the brackets.
    const auto addressAt = [&line, &address](qsizetype at) {
        if (at + address.size() > line.size())
            return false;
        for (qsizetype i = 0; i < address.size(); ++i) {
            const char16_t a = line.at(at + i).unicode();
            const char16_t b = address.at(i).unicode();
            if (a != b && !((a | 0x20) == (b | 0x20) && (a | 0x20) >= u'a' && (a | 0x20) <= u'z'))
                return false;
        }
        return true;
    };
    QString kept(line.size(), Qt::Uninitialized);
    QChar *end = kept.data();
    for (qsizetype at = 0; at < line.size();) {
        if (addressAt(at)) {
            at += address.size();
            continue;
        }
        const QChar c = line.at(at++);
        if (c != u'<' && c != u'>')
            *end++ = c;
    }
    appendSimplified(rest, QStringView(kept.constData(), end - kept.constData()));
    return rest;
}

// a.compare(b, Qt::CaseInsensitive) == 0, told at once for texts of other lengths: Qt compares
// them unit by unit (each folded), so equal texts have equal lengths.
bool equalCaseless(const QString &a, const QString &b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isIgnored(const QString &address, const QStringList &ignore)
{
    // Whether address.toLower() starts with `prefix`, without the copy: beyond A-Z only the
    // Kelvin sign lower-cases to an ASCII letter ("İ" gives two characters, "i" and a combining
    // dot, so it cannot start a match either way).
    const auto lowerStartsWith = [&address](std::string_view prefix) {
        if (address.size() < qsizetype(prefix.size()))
            return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            const char16_t unit = address.at(qsizetype(i)).unicode();
            const char16_t lower = unit >= u'A' && unit <= u'Z' ? char16_t(unit | 0x20)
                                   : unit == 0x212a             ? u'k'
                                                                : unit;
            if (lower != char16_t(prefix[i]))
                return false;
        }
        return true;
    };
    if (lowerStartsWith("mailer-daemon@") || lowerStartsWith("postmaster@"))
        return true;
    for (const QString &other : ignore) {
        if (equalCaseless(other, address))
            return true;
    }
    return false;
}

// A test that the heading pattern below can match `line` (trimmed), quicker than running it, for
// lines that mention an address in passing. The line must open as a heading does (a heading word,
// a quote, "<", "rfc822;" or the address itself), and the address must be followed by what may end
// a heading (">", the end, ":", "...", ",", ";" or "(expanded from …)", after spaces). Address
// characters include "ſ" and the Kelvin sign, which the caseless classes match.
bool mayBeHeading(QStringView line)
{
    const auto isDomainUnit = [](QChar c) {
        return isDomainCharacter(c) || c.unicode() == 0x017f || c.unicode() == 0x212a;
    };
    TextScanner::UnitFinder ats(line, u'@');
    const qsizetype firstAt = ats.next();
    if (firstAt < 0)
        return false;
    static constexpr std::string_view openings[] = {"failed recipient",
                                                    "original recipient",
                                                    "final recipient",
                                                    "intended recipient",
                                                    "recipient",
                                                    "to:",
                                                    "address:",
                                                    "*",
                                                    "\"",
                                                    "<",
                                                    "rfc822;"};
    const bool opens =
        std::any_of(std::begin(openings), std::end(openings),
                    [&line](std::string_view opening) { return caselessAt(line, 0, opening); }) ||
        std::all_of(line.begin(), line.begin() + firstAt,
                    [&isDomainUnit](QChar c) { return isLocalCharacter(c) || isDomainUnit(c); });
    if (!opens)
        return false;
    const auto mayEndAt = [&line](qsizetype end) {
        if (end < line.size() && line.at(end) == u'>')
            ++end;
        while (end < line.size() && isRegexSpace(line.at(end)))
            ++end;
        if (end == line.size())
            return true;
        const QChar next = line.at(end);
        return next == u':' || next == u',' || next == u';' || next == u'(' ||
               (next == u'.' && line.sliced(end).startsWith(u"..."));
    };
    for (qsizetype at = firstAt; at >= 0; at = ats.next()) {
        // The domain may end after any of its labels.
        for (qsizetype end = at + 1; end < line.size() && isDomainUnit(line.at(end));) {
            while (end < line.size() && isDomainUnit(line.at(end)))
                ++end;
            if (mayEndAt(end))
                return true;
            if (end + 1 >= line.size() || line.at(end) != u'.')
                break;
            ++end;
        }
    }
    return false;
}

// The heading pattern below in its plainest shapes, read by hand (running the pattern cost more
// than all the rest of a heading's reading): an address opening the line, in angle brackets or
// not, then maybe an "(expanded from …)", then the end or ":", "...", "," or ";" and the rest.
// These are the pattern's first match there, as it tries its greedy choices first. False for
// any other line, which may still match: a line opening with "*" or "recipient" (the pattern
// may take them for a heading word), or one that goes on otherwise after the address. "ſ" and
// the Kelvin sign, which the pattern's caseless classes take into an address, end one here, and
// then the line in a way that is none of these shapes.
bool plainHeading(QStringView line, QStringView *address, QStringView *rest)
{
    qsizetype start = 0;
    if (line.startsWith(u'<'))
        start = 1;
    else if (line.startsWith(u'*') || caselessAt(line, 0, "recipient"))
        return false;
    // No "rfc822;" can follow "<": ";" is no local character, and the local part runs to "@".
    qsizetype at = start;
    while (at < line.size() && isLocalCharacter(line.at(at)))
        ++at;
    if (at == start || at == line.size() || line.at(at) != u'@')
        return false;
    // The domain: two labels or more, joined by single dots.
    qsizetype end = domainRunEnd(line, at + 1);
    if (end == at + 1)
        return false;
    qsizetype labels = 1;
    while (end + 1 < line.size() && line.at(end) == u'.' && isDomainCharacter(line.at(end + 1))) {
        end = domainRunEnd(line, end + 1);
        ++labels;
    }
    if (labels < 2)
        return false;
    qsizetype next = end;
    if (next < line.size() && line.at(next) == u'>')
        ++next;
    qsizetype paren = next;
    while (paren < line.size() && isRegexSpace(line.at(paren)))
        ++paren;
    if (paren < line.size() && line.at(paren) == u'(' &&
        (caselessAt(line, paren + 1, "expanded from") ||
         caselessAt(line, paren + 1, "generated from"))) {
        const qsizetype close = line.indexOf(u')', paren);
        if (close < 0)
            return false;
        next = close + 1;
    }
    while (next < line.size() && isRegexSpace(line.at(next)))
        ++next;
    if (next == line.size()) {
        *rest = QStringView();
    } else if (line.at(next) == u':' || line.at(next) == u',' || line.at(next) == u';') {
        *rest = line.sliced(next + 1);
    } else if (line.sliced(next).startsWith(u"...")) {
        *rest = line.sliced(next + 3);
    } else {
        return false;
    }
    *address = line.sliced(start, end - start);
    return true;
}

// A line that introduces a failed recipient, and the address on it.
// Shapes: "<a@b>", "a@b", "<a@b>:", "<a@b>: host … said: …", "  a@b", "a@b: …",
// "<a@b>... User unknown", "Recipient: a@b", "RCPT TO:<a@b>" is a transcript, not a heading.
bool recipientHeading(QStringView line, QString *address, QString *rest)
{
    const QStringView trimmed = TextScanner::trimmed(line);
    if (trimmed.isEmpty() || trimmed.size() > 400)
        return false;
    QStringView plainAddress;
    QStringView plainRest;
    if (plainHeading(trimmed, &plainAddress, &plainRest)) {
        *address = plainAddress.toString();
        *rest = TextScanner::trimmed(plainRest).toString();
        return true;
    }
    // The pattern needs an "@": most lines are passed over without running it.
    if (!mayBeHeading(trimmed))
        return false;
    static const QRegularExpression heading(
        QStringLiteral(
            "^(?:(?:failed |original |final |intended )?recipient(?: address)?s?:?\\s*|"
            "to:\\s*|address:\\s*|\\*\\s*)?"
            "(?:\"[^\"]*\"\\s*)?<?(?:rfc822;\\s*)?"
            "([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)>?"
            "(?:\\s*\\((?:expanded from|generated from)[^)]*\\))?"
            "(\\s*(?::|\\.\\.\\.|,|;)(.*)|\\s*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = ValidText::match(heading, trimmed);
    if (!match.hasMatch())
        return false;
    *address = match.captured(1);
    *rest = match.captured(3).trimmed();
    return true;
}

bool isQuotedHeaderLine(QStringView line)
{
    // What the case-insensitive pattern
    //   ^(From|To|Cc|Subject|Date|Reply-To|Return-Path|Sender|Delivered-To|Message-ID|X-[A-Za-z-]+):
    // matches, tested by hand: this runs for every line of every text, and running the pattern
    // cost more than the test. Every name is letters and "-", so it must run up to the colon:
    // most lines are passed over at their first space.
    qsizetype colon = 0;
    while (colon < line.size()) {
        const char16_t letter = caselessLetter(line.at(colon));
        if (!((letter >= u'a' && letter <= u'z') || letter == u'-'))
            break;
        ++colon;
    }
    if (colon < 2 || colon == line.size() || line.at(colon) != u':')
        return false;
    if (caselessLetter(line.at(0)) == u'x' && line.at(1) == u'-' && colon > 2)
        return true;
    static constexpr std::string_view names[] = {
        "from",     "to",          "cc",     "subject",      "date",
        "reply-to", "return-path", "sender", "delivered-to", "message-id"};
    return std::any_of(std::begin(names), std::end(names), [&line, colon](std::string_view name) {
        return qsizetype(name.size()) == colon && caselessAt(line, 0, name);
    });
}

// The host the caseless pattern
//   \bhost\s+([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\s*\[|\bhost\s+([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\s+said|
//   while talking to ([A-Za-z0-9.\-]+\.[A-Za-z]{2,})
// captures in its first match, read by hand (the pattern cost more than all the rest of a
// diagnostic's reading). Its letters are ASCII's and, caselessly, "ſ" and the Kelvin sign.
QString hostFrom(const QString &text)
{
    const auto isLetter = [](QChar c) {
        const char16_t letter = caselessLetter(c);
        return letter >= u'a' && letter <= u'z';
    };
    const auto isHostCharacter = [&isLetter](QChar c) {
        return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
    };
    const auto runEnd = [&text](qsizetype at, const auto &belongs) {
        while (at < text.size() && belongs(text.at(at)))
            ++at;
        return at;
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        // Only "H" and "W" match the first letters caselessly.
        const char16_t first = char16_t(text.at(at).unicode() | 0x20);
        if (first == u'h' && caselessAt(text, at, "host") &&
            (at == 0 || !isRegexWordCharacter(text.at(at - 1)))) {
            // "host", spaces, then a name that the next characters ("[", or spaces and "said")
            // cannot continue: the whole run of name characters, which must end in a dot and two
            // letters or more.
            const qsizetype start = runEnd(at + 4, isRegexSpace);
            const qsizetype end = runEnd(start, isHostCharacter);
            if (start == at + 4 || end == start)
                continue;
            qsizetype dot = end - 1;
            while (dot > start && text.at(dot) != u'.')
                --dot;
            if (dot == start || end - dot - 1 < 2 || runEnd(dot + 1, isLetter) != end)
                continue;
            const qsizetype after = runEnd(end, isRegexSpace);
            if ((after < text.size() && text.at(after) == u'[') ||
                (after > end && caselessAt(text, after, "said")))
                return text.sliced(start, end - start);
        } else if (first == u'w' && caselessAt(text, at, "while talking to ")) {
            // The name is cut after the last dot of the run that two letters follow, and the
            // letters there.
            const qsizetype start = at + 17;
            const qsizetype end = runEnd(start, isHostCharacter);
            for (qsizetype dot = end - 3; dot > start; --dot) {
                if (text.at(dot) == u'.' && isLetter(text.at(dot + 1)) &&
                    isLetter(text.at(dot + 2)))
                    return text.sliced(start, runEnd(dot + 1, isLetter) - start);
            }
        }
    }
    return {};
}

// Lines that mention an address in a sentence ("There was an error delivering your mail to
// <a@b>.", "User mailbox exceeds allowed size: a@b", "target mail address: a@b").
bool mentionsRecipient(QStringView line)
{
    // What the caseless patterns
    //   deliver|recipient|address|reach|user|mailbox|could not|failed|error|\bto:|unknown|
    //   rejected|refused|exceed|full|宛先|あて先
    // (delivery words) and
    //   contact|support|help|administrator|questions|inquir|please write|https?://|reply-to|
    //   from:|sender|cc:|問い合わせ
    // (contact words) find, tested by hand at each character as in hasErrorWording(): true for
    // a line with delivery words and no contact words.
    static constexpr std::string_view words[] = {
        "deliver",       "recipient", "address", "reach",        "user",    "mailbox",
        "could not",     "failed",    "error",   "to:",          "unknown", "rejected",
        "refused",       "exceed",    "full",    "contact",      "support", "help",
        "administrator", "questions", "inquir",  "please write", "http://", "https://",
        "reply-to",      "from:",     "sender",  "cc:"};
    static constexpr WordStarts starts(words);
    bool delivery = false;
    for (qsizetype at = 0; at < line.size(); ++at) {
        if (!starts.mayStartAt(line, at))
            continue;
        const auto word = [&line, at](std::string_view lower) {
            return caselessAt(line, at, lower);
        };
        bool contact = false;
        switch (caselessLetter(line.at(at))) {
        case u'a':
            delivery = delivery || word("address");
            contact = word("administrator");
            break;
        case u'c':
            delivery = delivery || word("could not");
            contact = word("contact") || word("cc:");
            break;
        case u'd':
            delivery = delivery || word("deliver");
            break;
        case u'e':
            delivery = delivery || word("error") || word("exceed");
            break;
        case u'f':
            delivery = delivery || word("failed") || word("full");
            contact = word("from:");
            break;
        case u'h':
            contact = word("help") || word("http://") || word("https://");
            break;
        case u'i':
            contact = word("inquir");
            break;
        case u'm':
            delivery = delivery || word("mailbox");
            break;
        case u'p':
            contact = word("please write");
            break;
        case u'q':
            contact = word("questions");
            break;
        case u'r':
            delivery = delivery || word("recipient") || word("reach") || word("rejected") ||
                       word("refused");
            contact = word("reply-to");
            break;
        case u's':
            contact = word("support") || word("sender");
            break;
        case u't':
            delivery =
                delivery || (word("to:") && (at == 0 || !isRegexWordCharacter(line.at(at - 1))));
            break;
        case u'u':
            delivery = delivery || word("user") || word("unknown");
            break;
        case u'\u5b9b': // 宛
            delivery = delivery || line.sliced(at).startsWith(u"宛先");
            break;
        case u'\u3042': // あ
            delivery = delivery || line.sliced(at).startsWith(u"あて先");
            break;
        case u'\u554f': // 問
            contact = line.sliced(at).startsWith(u"問い合わせ");
            break;
        default:
            break;
        }
        if (contact)
            return false;
    }
    return delivery;
}

// Error text near line `index` when the line itself has none: the next paragraph, else the
// previous non-empty line.
QString nearbyError(const Lines &lines, qsizetype index)
{
    if (index > 0 && hasErrorWording(lines.at(index - 1)))
        return lines.at(index - 1).trimmed().toString();
    for (qsizetype i = index + 1; i < lines.size() && i < index + 6; ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (hasErrorWording(line) || line.size() > 10) {
            QStringList paragraph{line.toString()};
            for (qsizetype j = i + 1; j < lines.size() && j < i + 4; ++j) {
                if (lines.at(j).trimmed().isEmpty())
                    break;
                paragraph.append(lines.at(j).trimmed().toString());
            }
            return paragraph.join(QLatin1Char(' '));
        }
    }
    for (qsizetype i = index - 1; i >= 0 && i > index - 4; --i) {
        const QStringView line = lines.at(i).trimmed();
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}

// What the caseless pattern (sent|written|submitted) by:?\s*$|^\s*from:?\s*$|sender:?\s*$
// matches, tested by hand.
bool isSenderPhrase(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && isRegexSpace(line.at(end - 1))) // also a final "\n", where "$" matches too
        --end;
    if (end > 0 && line.at(end - 1) == u':')
        --end;
    const auto endsWith = [&line, end](std::string_view lower) {
        return end >= qsizetype(lower.size()) && caselessAt(line, end - lower.size(), lower);
    };
    if (endsWith("sent by") || endsWith("written by") || endsWith("submitted by") ||
        endsWith("sender"))
        return true;
    qsizetype start = 0;
    while (start < end && isRegexSpace(line.at(start)))
        ++start;
    return end - start == 4 && caselessAt(line, start, "from");
}

bool precededBySenderPhrase(const Lines &lines, qsizetype index)
{
    for (qsizetype i = index - 1; i >= 0 && i >= index - 2; --i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        return isSenderPhrase(lines.at(i));
    }
    return false;
}

// Where a line's transcript marker ends: what ^\s*(?:<<<|>>>)?\s*(?:[245]\d\d-(?:[245]\.\d{1,3}
// \.\d{1,3}\s)?)? matches, worked out by hand (a pattern run on every line was a tenth of
// the reading time).
qsizetype markerEnd(QStringView line)
{
    const auto isClassDigit = [](QStringView text, qsizetype i) {
        return i < text.size() &&
               (text.at(i) == QLatin1Char('2') || text.at(i) == QLatin1Char('4') ||
                text.at(i) == QLatin1Char('5'));
    };
    qsizetype i = 0;
    while (i < line.size() && isRegexSpace(line.at(i)))
        ++i;
    const auto arrowAt = [&line](qsizetype at, QChar arrow) {
        return at + 3 <= line.size() && line.at(at) == arrow && line.at(at + 1) == arrow &&
               line.at(at + 2) == arrow;
    };
    if (arrowAt(i, QLatin1Char('<')) || arrowAt(i, QLatin1Char('>')))
        i += 3;
    while (i < line.size() && isRegexSpace(line.at(i)))
        ++i;
    if (!isClassDigit(line, i) || !isAsciiDigit(line, i + 1) || !isAsciiDigit(line, i + 2) ||
        i + 3 >= line.size() || line.at(i + 3) != QLatin1Char('-'))
        return i;
    i += 4; // "550-", then maybe "5.7.1 "
    if (!isClassDigit(line, i) || i + 1 >= line.size() || line.at(i + 1) != QLatin1Char('.'))
        return i;
    const qsizetype firstEnd =
        shortNumberBefore(line, i + 2, [](QChar c) { return c == QLatin1Char('.'); });
    const qsizetype secondEnd =
        firstEnd < 0 ? -1 : shortNumberBefore(line, firstEnd + 1, isRegexSpace);
    return secondEnd < 0 ? i : secondEnd + 1;
}

} // namespace

namespace TextScanner {

bool isSimpleAscii(QStringView text)
{
    if (text.isEmpty())
        return true;
    const char16_t *units = text.utf16();
    unsigned irregular = (char16_t(units[0] - 9) < 5) | (units[0] >= 0x80) | (units[0] == u' ') |
                         (units[text.size() - 1] == u' ');
    // Counted without an early exit, so the compiler vectorises the test.
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t unit = units[i];
        irregular +=
            (char16_t(unit - 9) < 5) | (unit >= 0x80) | ((unit == u' ') & (units[i - 1] == u' '));
    }
    return irregular == 0;
}

QStringList addresses(const QString &text)
{
    return addressesIn(text, &text);
}

qsizetype returnedMessageStart(const QString &text)
{
    // Where the caseless, multi-line pattern
    //   ^[\s\-=_*]*(original message|copy of the message|…|content of the original)[^\n]*$
    // first matches, found by hand (and so with no surrogates to mend): at a line start whose run
    // of rule characters ("---- ", blank lines) ends at a phrase. Line starts within one run share
    // its end, so each run is tested once.
    static constexpr std::string_view phrases[] = {
        "original message",        "copy of the message",         "returned message",
        "unsent message",          "undelivered message",         "header of the original",
        "message headers follow",  "this is a copy of",           "below this line is a copy",
        "returned mail follows",   "original mail follows",       "message follows",
        "headers of the original", "text of the message follows", "content of the original"};
    // The phrases' first letters, a bit each: most lines start with none of them.
    static constexpr quint32 phraseLetters = [] {
        quint32 letters = 0;
        for (const std::string_view words : phrases)
            letters |= quint32(1) << (words.front() - 'a');
        return letters;
    }();
    const auto isRuleCharacter = [](QChar c) {
        return isRegexSpace(c) || c == u'-' || c == u'=' || c == u'_' || c == u'*';
    };
    const QStringView view(text);
    TextScanner::UnitFinder lineBreaks(view, u'\n');
    qsizetype lineBreak = lineBreaks.next();
    for (qsizetype start = 0; start < view.size();) {
        qsizetype phrase = start;
        while (phrase < view.size() && isRuleCharacter(view.at(phrase)))
            ++phrase;
        const char16_t letter = phrase < view.size() ? caselessLetter(view.at(phrase)) : 0;
        if (letter >= u'a' && letter <= u'z' && (phraseLetters >> (letter - u'a') & 1) != 0 &&
            std::any_of(std::begin(phrases), std::end(phrases), [&](std::string_view words) {
                return char16_t(words.front()) == letter && caselessAt(view, phrase, words);
            }))
            return start;
        while (lineBreak >= 0 && lineBreak < phrase) // the rule may run over line breaks
            lineBreak = lineBreaks.next();
        if (lineBreak < 0)
            break;
        start = lineBreak + 1;
    }
    return -1;
}

QString firstErrorLine(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    static const QRegularExpression replyLine(QStringLiteral("^[245]\\d\\d[ -]"));
    const Lines lines = linesOf(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (isQuotedHeaderLine(line))
            continue;
        if (!hasErrorWording(line))
            continue;
        QString joined = line.trimmed().toString();
        // Continuation: indented lines, or "550-" multi-line replies.
        for (qsizetype j = i + 1; j < lines.size() && j < i + 8; ++j) {
            const QStringView next = lines.at(j);
            if (next.trimmed().isEmpty())
                break;
            if (next.startsWith(QLatin1Char(' ')) || next.startsWith(QLatin1Char('\t')) ||
                ValidText::contains(replyLine, next)) {
                joined += QLatin1Char(' ');
                joined += next.trimmed();
            } else {
                break;
            }
        }
        return joined.simplified();
    }
    return {};
}

QString flattenedTranscript(const QString &text)
{
    // A line gives at most its length and one character, so the result is at most one longer
    // than the text: written in place, without growing.
    QString out(text.size() + 1, Qt::Uninitialized);
    QChar *end = out.data();
    forEachLine(text, [&end](QStringView line) {
        const QStringView kept = trimmed(line);
        if (kept.isEmpty()) {
            *end++ = QLatin1Char('\n');
            return;
        }
        const QChar *keptStart = kept.begin();
        const QChar *const keptEnd = kept.end();
        // line.mid(markerEnd(line)).trimmed(), without trimming the end a second time. A marker
        // starts at the first character that is no space, with "<", ">", "2", "4" or "5": any
        // other line is kept as trimmed.
        const QChar first = *keptStart;
        if (first == u'<' || first == u'>' || first == u'2' || first == u'4' || first == u'5') {
            keptStart = line.begin() + markerEnd(line);
            while (keptStart < keptEnd && keptStart->isSpace())
                ++keptStart;
        }
        if (keptStart < keptEnd) // the marker may take the space that ends the line
            end = std::copy(keptStart, keptEnd, end);
        *end++ = QLatin1Char(' ');
    });
    out.truncate(end - out.constData());
    return out;
}

QList<Finding> scan(const QString &anyText, const QStringList &ignore)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    QList<Finding> findings;
    const Lines lines = linesOf(text);
    struct Heading
    {
        qsizetype line;
        QString address;
        QString rest;
    };
    QVarLengthArray<Heading, 8> headings; // most texts have a few
    // A line without an "@" holds no address: the "@"s are found in one search of the text, and
    // only their lines are tested (and kept for the sentences below).
    TextScanner::UnitFinder ats(text, u'@');
    QVarLengthArray<qsizetype, 32> atLines;
    qsizetype nextAt = ats.next();
    for (qsizetype i = 0; i < lines.size() && nextAt >= 0; ++i) {
        const qsizetype lineEnd = lines.at(i).end() - text.constData();
        if (nextAt >= lineEnd)
            continue;
        while (nextAt >= 0 && nextAt < lineEnd)
            nextAt = ats.next();
        atLines.append(i);
        QString address;
        QString rest;
        if (isQuotedHeaderLine(lines.at(i)))
            continue;
        if (!recipientHeading(lines.at(i), &address, &rest) || isIgnored(address, ignore))
            continue;
        // Postfix repeats the address inside its own wrapped error text: not a new heading.
        const bool indented =
            lines.at(i).startsWith(QLatin1Char(' ')) || lines.at(i).startsWith(QLatin1Char('\t'));
        if (indented && !headings.isEmpty() && headings.last().line >= i - 5 &&
            equalCaseless(headings.last().address, address))
            continue;
        // "A message sent by <a@b> could not be delivered": the sender, not a recipient.
        if (precededBySenderPhrase(lines, i))
            continue;
        headings.append({i, normalizedAddress(address), rest});
    }
    if (headings.isEmpty()) {
        // No address stands as a heading: take addresses mentioned in delivery sentences.
        for (const qsizetype i : atLines) { // a line without an "@" has no address
            const QStringView line = lines.at(i);
            if (isQuotedHeaderLine(line) || !(mentionsRecipient(line) || hasErrorWording(line)))
                continue;
            const QStringList found = addressesIn(line);
            if (found.size() != 1 || isIgnored(found.first(), ignore))
                continue;
            QString rest = withoutAddress(line, found.first());
            if (!hasErrorWording(rest))
                appendSimplified(rest, nearbyError(lines, i));
            bool known = false;
            for (const Finding &finding : std::as_const(findings))
                known |= equalCaseless(finding.recipient, found.first());
            if (!known)
                findings.append({normalizedAddress(found.first()), rest, hostFrom(rest)});
        }
        return findings;
    }
    findings.reserve(headings.size()); // at most one each
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const Heading &heading = headings.at(h);
        const qsizetype end = h + 1 < headings.size() ? headings.at(h + 1).line : lines.size();
        // The block's lines, joined and simplified as they are read, into room for all the lines
        // it may take: allocated once, not grown line by line.
        const qsizetype blockEnd = std::min(end, heading.line + 30);
        const qsizetype blockSize =
            blockEnd > heading.line + 1
                ? lines.at(blockEnd - 1).end() - lines.at(heading.line + 1).begin()
                : 0;
        QString diagnostic;
        diagnostic.reserve(heading.rest.size() + 1 + blockSize);
        appendSimplified(diagnostic, heading.rest);
        bool sawText = !heading.rest.isEmpty();
        bool lastEndsWithColon = heading.rest.endsWith(QLatin1Char(':'));
        for (qsizetype i = heading.line + 1; i < blockEnd; ++i) {
            const QStringView line = trimmed(lines.at(i));
            if (line.isEmpty()) {
                // "because:", "Technical details of permanent failure:" introduce the next
                // paragraph; anything else ends the block.
                if (sawText && lastEndsWithColon)
                    continue;
                if (sawText)
                    break;
                continue;
            }
            if (isQuotedHeaderLine(lines.at(i)))
                break;
            appendSimplified(diagnostic, line);
            sawText = true;
            lastEndsWithColon = line.endsWith(QLatin1Char(':'));
        }
        Finding finding;
        finding.recipient = heading.address;
        if (!diagnostic.isEmpty()) // else null, as before its room was reserved
            finding.diagnostic = std::move(diagnostic);
        finding.remoteMta = hostFrom(finding.diagnostic);
        // The same address listed twice (summary, then transcript): keep the richer one.
        bool merged = false;
        for (Finding &earlier : findings) {
            if (equalCaseless(earlier.recipient, finding.recipient)) {
                if (earlier.diagnostic.size() < finding.diagnostic.size() &&
                    hasErrorWording(finding.diagnostic))
                    earlier = finding;
                merged = true;
            }
        }
        if (!merged)
            findings.append(std::move(finding));
    }
    return findings;
}

} // namespace TextScanner
