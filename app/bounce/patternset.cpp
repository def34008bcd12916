#include "patternset.h"

#include <QHash>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

namespace {

constexpr qsizetype MaxTexts = 16; // exact texts kept for a piece of a pattern, then lists only

// Case folding as PCRE2 compares caselessly: its caseless sets are the Unicode simple case
// foldings ("K" (Kelvin sign) ~ "k", "ſ" ~ "s" are the only ones that reach ASCII letters).
char16_t foldedBeyondAscii(char16_t c)
{
    const char32_t fold = QChar::toCaseFolded(char32_t(c));
    return fold > 0xffff ? c : char16_t(fold);
}

// Characters from U+3000 to U+9FFF (CJK symbols, kana, ideographs), the Hangul syllables and
// the specials (U+FFFD, the replacement character) have no case.
constexpr char16_t FirstCaselessCjk = 0x3000;
constexpr char16_t EndCaselessCjk = 0xa000;
constexpr char16_t FirstHangulSyllable = 0xac00;
constexpr char16_t EndHangulSyllables = 0xd7a4;
constexpr char16_t FirstSpecial = 0xfff0;

// The foldings of U+0080 to U+07FF (Latin, Greek, Cyrillic, Hebrew, Arabic, …), looked up.
// Made on first use: a PatternSet may be built while statics are.
constexpr char16_t EndFoldTable = 0x800;
const char16_t *foldTable()
{
    static const std::array<char16_t, EndFoldTable - 0x80> table = [] {
        std::array<char16_t, EndFoldTable - 0x80> folds{};
        for (char16_t c = 0x80; c < EndFoldTable; ++c)
            folds[c - 0x80] = foldedBeyondAscii(c);
        return folds;
    }();
    return table.data();
}

inline char16_t folded(char16_t c)
{
    if (Q_LIKELY(c < 0x80))
        return unsigned(c - u'A') < 26 ? char16_t(c | 0x20) : c;
    if (c < EndFoldTable)
        return foldTable()[c - 0x80];
    if (unsigned(c - FirstCaselessCjk) < unsigned(EndCaselessCjk - FirstCaselessCjk) ||
        unsigned(c - FirstHangulSyllable) < unsigned(EndHangulSyllables - FirstHangulSyllable) ||
        c >= FirstSpecial)
        return c;
    return foldedBeyondAscii(c);
}

// Whether the `count` characters at `text`, case-folded, are those at `literal`.
inline bool sameFolded(const char16_t *text, const char16_t *literal, qsizetype count)
{
    for (qsizetype k = 0; k < count; ++k) {
        if (folded(text[k]) != literal[k])
            return false;
    }
    return true;
}

// sameFolded() for four characters: when they are ASCII, all at once, capitals found by adding
// to each 16-bit lane what carries 'A'…'Z' (and only those) into bit 7 across 0x80.
inline bool sameFolded4(const char16_t *text, const char16_t *literal)
{
    quint64 chars;
    quint64 literalChars;
    memcpy(&chars, text, sizeof chars);
    memcpy(&literalChars, literal, sizeof literalChars);
    if (Q_UNLIKELY(chars & Q_UINT64_C(0xff80ff80ff80ff80)))
        return sameFolded(text, literal, 4);
    const quint64 capitals = (chars + Q_UINT64_C(0x003f003f003f003f)) &
                             ~(chars + Q_UINT64_C(0x0025002500250025)) &
                             Q_UINT64_C(0x0080008000800080);
    return (chars | capitals >> 2) == literalChars;
}

// sameFolded() four characters at a time; the last four may overlap those before them.
inline bool sameFoldedText(const char16_t *text, const char16_t *literal, qsizetype count)
{
    if (count < 4)
        return sameFolded(text, literal, count);
    for (qsizetype k = 0; k + 4 < count; k += 4) {
        if (!sameFolded4(text + k, literal + k))
            return false;
    }
    return sameFolded4(text + count - 4, literal + count - 4);
}

// A set of ASCII characters as a bit per character modulo 64 (some share one).
inline quint64 bitOf(char16_t c)
{
    return quint64(1) << (c % 64);
}

// The ASCII characters that fold to `c`, itself case-folded: `c`, and a small letter's capital.
QVarLengthArray<char16_t, 2> asciiFoldingTo(char16_t c)
{
    QVarLengthArray<char16_t, 2> chars;
    if (c < 0x80)
        chars.append(c);
    if (c >= u'a' && c <= u'z')
        chars.append(char16_t(c - u'a' + u'A'));
    return chars;
}

quint64 asciiSetFoldingTo(char16_t c)
{
    quint64 set = 0;
    for (const char16_t ascii : asciiFoldingTo(c))
        set |= bitOf(ascii);
    return set;
}

// Whether `c` can be one of the characters `set` is made of, or fold to one of them.
inline bool mayBeIn(quint64 set, char16_t c)
{
    return c >= 0x80 || (set & bitOf(c));
}

// How often a case-folded character is in a text, roughly, per thousand characters of English
// prose and mail.
int commonness(char16_t c)
{
    if (c >= 0x80)
        return 10;
    if (c >= u'0' && c <= u'9')
        return 30;
    switch (c) {
    case u' ':
        return 160;
    case u'e':
        return 100;
    case u't':
        return 75;
    case u'a':
    case u'o':
        return 70;
    case u'i':
    case u'n':
        return 65;
    case u's':
    case u'r':
        return 60;
    case u'h':
    case u'l':
        return 40;
    case u'd':
        return 35;
    case u'c':
    case u'u':
        return 30;
    case u'm':
        return 28;
    case u'\n':
        return 25;
    case u'p':
        return 22;
    case u'f':
    case u'.':
        return 20;
    case u'g':
        return 18;
    case u'w':
    case u'y':
    case u'\r':
        return 15;
    case u'b':
        return 12;
    case u'-':
    case u':':
    case u',':
        return 10;
    case u'v':
        return 9;
    case u'/':
        return 8;
    case u'k':
        return 7;
    case u'@':
    case u'<':
    case u'>':
    case u'\t':
        return 5;
    case u'(':
    case u')':
    case u'=':
    case u'_':
    case u'"':
    case u'\'':
    case u';':
        return 4;
    case u'x':
        return 3;
    case u'j':
    case u'[':
    case u']':
    case u'+':
    case u'!':
    case u'?':
    case u'%':
    case u'&':
    case u'*':
        return 2;
    default:
        return 1;
    }
}

// How often a pair of case-folded characters is in a text, roughly, per million pairs: the
// commonest pairs of English and mail as counted, a space and a letter by how many words start
// or end with the letter, any other as if its characters were independent.
int pairCommonness(char16_t first, char16_t second)
{
    static const struct
    {
        char pair[3];
        int perMillion;
    } commonest[] = {
        {"th", 35600}, {"he", 30700}, {"in", 24300}, {"er", 20500}, {"an", 19900}, {"re", 18500},
        {"on", 17600}, {"at", 14900}, {"en", 14500}, {"nd", 13500}, {"ti", 13400}, {"es", 13400},
        {"or", 12800}, {"te", 12000}, {"of", 11700}, {"ed", 11700}, {"is", 11300}, {"it", 11200},
        {"al", 10900}, {"ar", 10700}, {"st", 10500}, {"to", 10400}, {"nt", 10400}, {"ng", 9500},
        {"se", 9300},  {"ha", 9300},  {"as", 8700},  {"ou", 8700},  {"io", 8300},  {"le", 8300},
        {"ve", 8300},  {"co", 7900},  {"me", 7900},  {"de", 7600},  {"hi", 7600},  {"ri", 7300},
        {"ro", 7300},  {"ic", 7000},  {"ne", 6900},  {"ea", 6900},  {"ra", 6900},  {"ce", 6500},
        {"li", 6200},  {"ch", 6000},  {"ll", 5800},  {"be", 5800},  {"ma", 5700},  {"si", 5500},
        {"om", 5500},  {"ur", 5400},  {"ai", 5000},  {"il", 5000},  {"mt", 3000},  {"tp", 3000},
        {"mp", 3000},  {".c", 3000},  {"ss", 3000},  {"ec", 3000},  {"ct", 3000},  {"ac", 3000},
    };
    for (const auto &common : commonest) {
        if (first == char16_t(common.pair[0]) && second == char16_t(common.pair[1]))
            return common.perMillion;
    }
    // Per thousand words, how many start / end with a letter.
    static const int wordStarts[26] = {117, 44, 52, 32, 28, 40, 16,  42, 63, 6,  6, 24, 37,
                                       23,  76, 43, 2,  28, 67, 160, 12, 8,  55, 1, 8,  1};
    static const int wordEnds[26] = {26, 2,  6,  100, 190, 40,  24,  30, 5, 1,  10, 46, 20,
                                     70, 55, 10, 1,   58,  140, 100, 5,  1, 10, 3,  65, 1};
    const auto letter = [](char16_t c) {
        return c >= u'a' && c <= u'z';
    };
    if (first == u' ' && letter(second))
        return commonness(u' ') * wordStarts[second - u'a'];
    if (second == u' ' && letter(first))
        return commonness(u' ') * wordEnds[first - u'a'];
    return commonness(first) * commonness(second);
}

// Where in `literal` (two characters or more) its rarest pair of adjacent characters starts.
qsizetype anchorOffset(const QString &literal)
{
    qsizetype best = 0;
    int bestScore = INT_MAX;
    for (qsizetype k = 0; k + 1 < literal.size(); ++k) {
        const int score = pairCommonness(literal.at(k).unicode(), literal.at(k + 1).unicode());
        if (score < bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return best;
}

// What a piece of a pattern needs in the text.
struct Needs
{
    bool exact = false; // `texts` are all the piece can match (case-folded, few, short)
    // Exact with nothing but literal text in it (no assertion, option or atomic group): it
    // matches wherever one of its texts is.
    bool plain = false;
    QStringList texts;
    QList<QStringList> all; // and one literal of each of these lists
};

Needs exactly(const QStringList &texts, bool plain = false)
{
    Needs needs;
    needs.exact = true;
    needs.plain = plain;
    needs.texts = texts;
    return needs;
}

// A list helps only if none of its literals is empty or a single character (nearly any text has
// those).
bool usable(const QStringList &list)
{
    if (list.isEmpty())
        return false;
    for (const QString &literal : list) {
        if (literal.size() < 2)
            return false;
    }
    return true;
}

// The list of `needs` least likely to be in a text: longest shortest literal, then fewest.
QStringList strongest(const Needs &needs)
{
    QList<QStringList> lists = needs.all;
    if (needs.exact)
        lists.append(needs.texts);
    QStringList best;
    qsizetype bestShortest = 0;
    for (const QStringList &list : std::as_const(lists)) {
        if (!usable(list))
            continue;
        qsizetype shortest = list.first().size();
        for (const QString &literal : list)
            shortest = qMin(shortest, literal.size());
        if (shortest > bestShortest || (shortest == bestShortest && list.size() < best.size())) {
            best = list;
            bestShortest = shortest;
        }
    }
    return best;
}

// `list` without the literals that contain another of its literals: "client host [" is there
// only where "client " is, so {"client host [", "client "} needs no more than {"client "}.
QStringList withoutLonger(const QStringList &list)
{
    QStringList shortest;
    for (const QString &literal : list) {
        const auto within = [&literal](const QString &other) {
            return other.size() < literal.size() && literal.contains(other);
        };
        if (!std::any_of(list.cbegin(), list.cend(), within) && !shortest.contains(literal))
            shortest.append(literal);
    }
    return shortest;
}

QStringList joined(const QStringList &heads, const QStringList &tails)
{
    QStringList texts;
    for (const QString &head : heads) {
        for (const QString &tail : tails) {
            const QString text = head + tail;
            if (!texts.contains(text))
                texts.append(text);
        }
    }
    return texts;
}

// Reads a PCRE2 pattern far enough to know which literals every match contains. It gives up on
// any syntax it does not know (the pattern then always runs): it must never claim a literal that
// a match can lack. Lookarounds and anchors consume nothing; classes, backreferences and
// quantified pieces that may be absent need nothing.
class LiteralReader
{
public:
    explicit LiteralReader(const QString &pattern)
        : m_pattern(pattern)
    {
    }

    // The ways the pattern can match, one per top-level branch: every list of a way has one of
    // its literals in the text. Empty when some branch needs nothing this reader can tell.
    // `plain` (when given) tells of each way whether it is plain text: then it matches wherever
    // one of the literals of its only list is.
    QList<QList<QStringList>> needs(QList<bool> *plain = nullptr)
    {
        const QList<Needs> ways = branches();
        if (m_failed || m_at != m_pattern.size())
            return {};
        QList<QList<QStringList>> needed;
        for (const Needs &way : ways) {
            QList<QStringList> lists = way.all;
            if (way.exact)
                lists.append(way.texts);
            QList<QStringList> wayNeeds;
            for (const QStringList &list : std::as_const(lists)) {
                const QStringList shortest = withoutLonger(list);
                if (usable(shortest) && !wayNeeds.contains(shortest))
                    wayNeeds.append(shortest);
            }
            if (wayNeeds.isEmpty())
                return {};
            needed.append(wayNeeds);
            // Each text of a plain way contains one of its list's literals, which is one of them.
            if (plain)
                plain->append(way.exact && way.plain);
        }
        return needed;
    }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_pattern.size() ? m_pattern.at(m_at + ahead) : QChar();
    }
    bool atEnd() const { return m_at >= m_pattern.size(); }
    Needs fail()
    {
        m_failed = true;
        return {};
    }

    QList<Needs> branches()
    {
        QList<Needs> branches{sequence()};
        while (!m_failed && peek() == u'|') {
            ++m_at;
            branches.append(sequence());
        }
        return branches;
    }

    Needs alternation()
    {
        const QList<Needs> branches = this->branches();
        if (branches.size() == 1)
            return branches.first();
        QStringList texts;
        bool exact = true;
        bool plain = true;
        for (const Needs &branch : std::as_const(branches)) {
            exact = exact && branch.exact;
            plain = plain && branch.plain;
            for (const QString &text : branch.texts) {
                if (exact && !texts.contains(text))
                    texts.append(text);
            }
        }
        if (exact && texts.size() <= MaxTexts)
            return exactly(texts, plain);
        QStringList anyOf; // one branch matches: one of the branches' strongest literals is there
        for (const Needs &branch : std::as_const(branches)) {
            const QStringList best = strongest(branch);
            if (best.isEmpty())
                return {};
            for (const QString &literal : best) {
                if (!anyOf.contains(literal))
                    anyOf.append(literal);
            }
        }
        Needs needs;
        needs.all.append(anyOf);
        return needs;
    }

    Needs sequence()
    {
        Needs needs;
        needs.exact = true;
        needs.plain = true;
        QStringList run{QString()}; // the exact texts of the pieces read since the last gap
        while (!m_failed && !atEnd() && peek() != u'|' && peek() != u')') {
            const Needs piece = quantified(atom());
            needs.plain = needs.plain && piece.plain;
            if (piece.exact && run.size() * piece.texts.size() <= MaxTexts) {
                run = joined(run, piece.texts);
                continue;
            }
            needs.exact = false;
            needs.plain = false;
            if (usable(run))
                needs.all.append(run);
            needs.all += piece.all;
            run = piece.exact ? piece.texts : QStringList{QString()};
        }
        if (needs.exact) {
            needs.texts = run;
        } else if (usable(run)) {
            needs.all.append(run);
        }
        return needs;
    }

    Needs quantified(const Needs &piece)
    {
        int min = 1;
        int max = 1;
        if (!quantifier(&min, &max))
            return piece;
        // Lazy or possessive: the same texts, but a possessive piece is never given back ("x?+y"
        // does not match "xy" where x is "xy"), so it is not plain.
        bool plain = piece.plain;
        if (peek() == u'?' || peek() == u'+') {
            plain = plain && peek() == u'?';
            ++m_at;
        }
        if (min == 1 && max == 1) {
            Needs same = piece;
            same.plain = plain;
            return same;
        }
        if (min == 0) { // "x?" is "" or x; "x*" can be anything
            QStringList texts = piece.texts;
            if (!texts.contains(QString()))
                texts.append(QString());
            return max == 1 && piece.exact && texts.size() <= MaxTexts ? exactly(texts, plain)
                                                                       : Needs();
        }
        Needs needs; // at least once: whatever one copy needs
        needs.all = piece.all;
        if (piece.exact && usable(piece.texts))
            needs.all.append(piece.texts);
        return needs;
    }

    // "*", "+", "?", "{n}", "{n,}", "{n,m}"; false when none follows.
    bool quantifier(int *min, int *max)
    {
        const QChar c = peek();
        if (c == u'*' || c == u'+' || c == u'?') {
            ++m_at;
            *min = c == u'+' ? 1 : 0;
            *max = c == u'?' ? 1 : -1;
            return true;
        }
        if (c != u'{')
            return false;
        qsizetype at = m_at + 1;
        const auto number = [this, &at](int *value) {
            const qsizetype start = at;
            *value = 0;
            while (at < m_pattern.size() && at - start < 6 && m_pattern.at(at).isDigit() &&
                   m_pattern.at(at).unicode() < 0x80)
                *value = *value * 10 + (m_pattern.at(at++).unicode() - u'0');
            return at > start;
        };
        int low = 0;
        int high = 0;
        if (!number(&low)) { // "{" that is no quantifier is a literal to PCRE2: not read here
            m_failed = true;
            return false;
        }
        high = low;
        if (at < m_pattern.size() && m_pattern.at(at) == u',') {
            ++at;
            if (!number(&high))
                high = -1;
        }
        if (at >= m_pattern.size() || m_pattern.at(at) != u'}') {
            m_failed = true;
            return false;
        }
        m_at = at + 1;
        *min = low;
        *max = high;
        return true;
    }

    Needs atom()
    {
        const QChar c = peek();
        ++m_at;
        switch (c.unicode()) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'\\':
            return escape();
        case u'.':
            return {};
        case u'^':
        case u'$':
            return exactly({QString()});
        case u'*':
        case u'+':
        case u'?':
        case u'{':
            return fail();
        default:
            return literal(c);
        }
    }

    Needs literal(QChar c)
    {
        if (c.isSurrogate())
            return {};
        // Beyond ASCII, only characters without case: a cased one's caseless set is PCRE2's.
        if (c.unicode() >= 0x80 && (c.toLower() != c || c.toUpper() != c || c.toCaseFolded() != c))
            return {};
        return exactly({QString(QChar(folded(c.unicode())))}, true);
    }

    Needs escape()
    {
        if (atEnd())
            return fail();
        const QChar c = m_pattern.at(m_at++);
        switch (c.unicode()) {
        case u'd':
        case u'D':
        case u'w':
        case u'W':
        case u's':
        case u'S': // classes
        case u'h':
        case u'H':
        case u'v':
        case u'V':
        case u'R':
        case u'X':
        case u'C':
            return {};
        case u'b':
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G':
        case u'K': // assertions
            return exactly({QString()});
        case u't':
            return literal(QChar(u'\t'));
        case u'n':
            return literal(QChar(u'\n'));
        case u'r':
            return literal(QChar(u'\r'));
        case u'f':
            return literal(QChar(u'\f'));
        case u'e':
            return literal(QChar(u'\x1b'));
        case u'a':
            return literal(QChar(u'\a'));
        default:
            // Backreferences, \x.., \p{..}, \Q..\E, \g, \k, …: beyond this reader. Any other
            // escaped sign is itself ("\." is ".").
            if (c.unicode() < 0x80 && c.isLetterOrNumber())
                return fail();
            return literal(c);
        }
    }

    Needs characterClass()
    {
        // One character of a set: no literal; only where it ends matters.
        if (peek() == u'^')
            ++m_at;
        if (peek() == u']') // a leading "]" is a member
            ++m_at;
        while (!atEnd()) {
            const QChar c = m_pattern.at(m_at++);
            if (c == u'\\') {
                // Escapes that could swallow a "]" (\c], \Q]\E, \N{…}) are not read here.
                if (atEnd() || QStringLiteral("cQENkg").contains(peek()))
                    return fail();
                ++m_at;
            } else if (c == u'[' && peek() == u':') { // [:alpha:]
                const qsizetype end = m_pattern.indexOf(QLatin1String(":]"), m_at);
                if (end < 0)
                    return fail();
                m_at = end + 2;
            } else if (c == u']') {
                return {};
            }
        }
        return fail();
    }

    Needs group()
    {
        if (peek() == u'*') // (*VERB)
            return fail();
        bool consumes = true;
        bool atomic = false; // what it matched is never given back
        if (peek() == u'?') {
            ++m_at;
            const QChar kind = peek();
            const QChar next = peek(1);
            if (kind == u':' || kind == u'|' || kind == u'>') { // plain, branch reset, atomic
                atomic = kind == u'>';
                ++m_at;
            } else if (kind == u'=' || kind == u'!') { // lookahead
                ++m_at;
                consumes = false;
            } else if (kind == u'<' && (next == u'=' || next == u'!')) { // lookbehind
                m_at += 2;
                consumes = false;
            } else if (kind == u'<' || kind == u'\'' || (kind == u'P' && next == u'<')) {
                const qsizetype end = m_pattern.indexOf(kind == u'\'' ? u'\'' : u'>', m_at + 1);
                if (end < 0)
                    return fail();
                m_at = end + 1; // a named group
            } else {
                return options();
            }
        }
        Needs inner = alternation();
        if (m_failed || peek() != u')')
            return fail();
        ++m_at;
        inner.plain = inner.plain && !atomic;
        return consumes ? inner : exactly({QString()});
    }

    // "(?i)", "(?-i:…)": option settings. Case does not matter here (all is case-folded); the
    // extended syntax ("x"), recursion ("(?R)", "(?1)"), conditions and callouts are not read.
    Needs options()
    {
        while (!atEnd() && QStringLiteral("imnsJU-^").contains(peek()))
            ++m_at;
        if (peek() == u')') {
            ++m_at;
            return exactly({QString()});
        }
        if (peek() != u':')
            return fail();
        ++m_at;
        Needs inner = alternation();
        if (m_failed || peek() != u')')
            return fail();
        ++m_at;
        inner.plain = false; // "(?-i:…)" compares case, unlike the literals
        return inner;
    }

    const QString m_pattern;
    qsizetype m_at = 0;
    bool m_failed = false;
};

} // namespace

PatternSet::PatternSet(const QList<QRegularExpression> &patterns)
    : m_patterns(patterns)
{
    QHash<QString, int> ids;
    const auto idOf = [this, &ids](const QString &literal) {
        auto id = ids.constFind(literal);
        if (id == ids.cend()) {
            id = ids.insert(literal, int(m_literals.size()));
            m_literals.append(literal);
        }
        return id.value();
    };
    m_patternWays.append(0);
    m_wayLists.append(0);
    m_listIds.append(0);
    // Options under which a plain branch matches exactly where the literals are: caseless, and
    // none that changes what a literal character matches.
    constexpr QRegularExpression::PatternOptions PlainOptions =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DontCaptureOption |
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption |
        QRegularExpression::InvertedGreedinessOption;
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpression::PatternOptions options = pattern.patternOptions();
        const bool readable = !(options & QRegularExpression::ExtendedPatternSyntaxOption);
        const bool plainOptions =
            (options & QRegularExpression::CaseInsensitiveOption) && !(options & ~PlainOptions);
        QList<bool> plainWays;
        const QList<QList<QStringList>> ways =
            readable ? LiteralReader(pattern.pattern()).needs(&plainWays)
                     : QList<QList<QStringList>>();
        for (qsizetype w = 0; w < ways.size(); ++w) {
            const QList<QStringList> &way = ways.at(w);
            m_wayPlain.append(plainOptions && plainWays.at(w));
            for (const QStringList &list : way) {
                for (const QString &literal : list)
                    m_ids.append(idOf(literal));
                m_listIds.append(int(m_ids.size()));
                m_listWay.append(int(m_wayPattern.size()));
            }
            m_wayLists.append(int(m_listIds.size() - 1));
            m_wayPattern.append(int(m_patternWays.size() - 1));
        }
        m_patternWays.append(int(m_wayLists.size() - 1));
    }
    QList<QList<int>> literalLists(m_literals.size());
    for (int list = 0; list + 1 < m_listIds.size(); ++list) {
        for (int k = m_listIds.at(list); k < m_listIds.at(list + 1); ++k) {
            QList<int> &lists = literalLists[m_ids.at(k)];
            if (lists.isEmpty() || lists.last() != list)
                lists.append(list);
        }
    }
    m_literalListStart.append(0);
    for (const QList<int> &lists : std::as_const(literalLists)) {
        m_literalLists += lists;
        m_literalListStart.append(int(m_literalLists.size()));
    }
    // The literals by anchor, the anchors of ASCII characters first: their ids fit the table.
    QMap<quint32, QList<Anchored>> byAnchor;
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        const QString &literal = m_literals.at(i);
        const qsizetype offset = anchorOffset(literal);
        const quint32 pair =
            quint32(literal.at(offset).unicode()) << 16 | literal.at(offset + 1).unicode();
        byAnchor[pair].append(
            Anchored{int(i), int(m_literalChars.size()), int(literal.size()), int(offset)});
        m_literalChars += literal;
    }
    const auto isAscii = [](quint32 pair) {
        return (pair & 0xff80ff80) == 0;
    };
    m_asciiAnchors.fill(0, 128 * 128);
    for (const bool ascii : {true, false}) {
        for (auto anchor = byAnchor.cbegin(); anchor != byAnchor.cend(); ++anchor) {
            if (isAscii(anchor.key()) == ascii)
                addAnchor(anchor.key(), anchor.value());
        }
    }
}

void PatternSet::addAnchor(quint32 pair, const QList<Anchored> &literals)
{
    const int id = int(m_anchors.size());
    Anchor anchor{int(m_anchored.size()), 0, 0, 0};
    for (const Anchored &anchored : literals) {
        const QString &literal = m_literals.at(anchored.literal);
        const qsizetype after = anchored.offset + 2;
        anchor.before |= anchored.offset == 0
                             ? ~quint64(0)
                             : asciiSetFoldingTo(literal.at(anchored.offset - 1).unicode());
        anchor.after |=
            after == literal.size() ? ~quint64(0) : asciiSetFoldingTo(literal.at(after).unicode());
        m_anchored.append(anchored);
    }
    anchor.end = int(m_anchored.size());
    m_anchors.append(anchor);
    const char16_t first = char16_t(pair >> 16);
    const char16_t second = char16_t(pair & 0xffff);
    if (first >= 0x80 || second >= 0x80) {
        m_wideAnchorPairs.append(pair); // in order: the map's
        m_wideAnchors.append(id);
        return;
    }
    // Every pair of ASCII characters that folds to the anchor.
    for (const char16_t x : asciiFoldingTo(first)) {
        for (const char16_t y : asciiFoldingTo(second))
            m_asciiAnchors[x * 128 + y] = quint16(id + 1);
    }
}

inline bool PatternSet::mayMatch(qsizetype i, const bool *found) const
{
    const int *patternWays = m_patternWays.constData();
    // Nothing known: always run.
    return patternWays[i] == patternWays[i + 1] || found[patternFlags() + i];
}

bool PatternSet::mayMatch(qsizetype i, const QList<bool> &literals) const
{
    return mayMatch(i, literals.constData());
}

bool PatternSet::mayMatch(qsizetype i, const Literals &literals) const
{
    return mayMatch(i, literals.constData());
}

// A plain way has one list.
bool PatternSet::surelyMatches(qsizetype i, const bool *found) const
{
    for (int way = m_patternWays.at(i); way < m_patternWays.at(i + 1); ++way) {
        if (m_wayPlain.at(way) && found[listFlags() + m_wayLists.at(way)])
            return true;
    }
    return false;
}

bool PatternSet::surelyMatches(qsizetype i, const QList<bool> &literals) const
{
    return surelyMatches(i, literals.constData());
}

bool PatternSet::surelyMatches(qsizetype i, const Literals &literals) const
{
    return surelyMatches(i, literals.constData());
}

QList<bool> PatternSet::candidates(QStringView text) const
{
    QVarLengthArray<bool, 1024> found(flagCount());
    std::fill(found.begin(), found.end(), false);
    find(text, found.data());
    QList<bool> candidates(m_patterns.size());
    bool *candidate = candidates.data();
    for (qsizetype i = 0; i < m_patterns.size(); ++i)
        candidate[i] = mayMatch(i, found.constData());
    return candidates;
}

QList<QList<QStringList>> PatternSet::needs(qsizetype i) const
{
    QList<QList<QStringList>> ways;
    for (int way = m_patternWays.at(i); way < m_patternWays.at(i + 1); ++way) {
        QList<QStringList> lists;
        for (int list = m_wayLists.at(way); list < m_wayLists.at(way + 1); ++list) {
            QStringList literals;
            for (int k = m_listIds.at(list); k < m_listIds.at(list + 1); ++k)
                literals.append(m_literals.at(m_ids.at(k)));
            lists.append(literals);
        }
        ways.append(lists);
    }
    return ways;
}

// A way holds once all its lists hold.
void PatternSet::holdLists(int literal, bool *found) const
{
    for (int k = m_literalListStart.at(literal); k < m_literalListStart.at(literal + 1); ++k) {
        const int list = m_literalLists.at(k);
        found[listFlags() + list] = true;
        const int way = m_listWay.at(list);
        bool holds = true;
        for (int other = m_wayLists.at(way); holds && other < m_wayLists.at(way + 1); ++other)
            holds = found[listFlags() + other];
        if (holds)
            found[patternFlags() + m_wayPattern.at(way)] = true;
    }
}

// Out of line: the scan's loop stays small enough for the instruction cache.
Q_NEVER_INLINE int PatternSet::findAt(const Anchor &anchor, QStringView text, qsizetype at,
                                      bool *found) const
{
    const char16_t *chars = text.utf16();
    const char16_t *literalChars = QStringView(m_literalChars).utf16();
    int newlyFound = 0;
    for (int k = anchor.first; k < anchor.end; ++k) {
        const Anchored &a = m_anchored.at(k);
        const qsizetype start = at - a.offset;
        if (found[a.literal] || start < 0 || start + a.length > text.size() ||
            !sameFoldedText(chars + start, literalChars + a.start, a.length))
            continue;
        found[a.literal] = true;
        holdLists(a.literal, found);
        ++newlyFound;
    }
    return newlyFound;
}

QList<bool> PatternSet::literalsIn(QStringView text) const
{
    QList<bool> found(flagCount(), false);
    find(text, found.data());
    return found;
}

void PatternSet::literalsIn(QStringView text, Literals *literals) const
{
    literals->resize(flagCount());
    std::fill(literals->begin(), literals->end(), false);
    find(text, literals->data());
}

// One pass over `text`: wherever a pair of characters is, case-folded, some literals' anchor,
// those literals are compared with the text around it, case-folded on the way. Most pairs of
// ASCII characters are no anchor, and a table says so at the cost of one load: that test, not
// the comparisons, is what runs for nearly every character, sixteen pairs at a time.
void PatternSet::find(QStringView text, bool *found) const
{
    qsizetype missing = m_literals.size();
    const qsizetype size = text.size();
    if (missing == 0 || size < 2)
        return;
    const char16_t *chars = text.utf16();
    const quint16 *asciiAnchors = m_asciiAnchors.constData();
    // The literals of `anchor`, which is at `at`, after a look at the characters around it;
    // false once all literals are found.
    const auto compare = [&](int anchorId, qsizetype at) {
        const Anchor &anchor = m_anchors.at(anchorId);
        if ((at > 0 && !mayBeIn(anchor.before, chars[at - 1])) ||
            (at + 2 < size && !mayBeIn(anchor.after, chars[at + 2])))
            return true;
        // An anchor of one literal already found, such as "in", is no work.
        if (anchor.end - anchor.first == 1 && found[m_anchored.at(anchor.first).literal])
            return true;
        missing -= findAt(anchor, text, at, found);
        return missing != 0;
    };
    // The anchor that the case-folded pair `a`, `b` is, or -1. Beyond ASCII, case folding can
    // lead back into it ("K" (Kelvin sign) ~ "k").
    const auto anchorOf = [&](char16_t a, char16_t b) {
        if ((a | b) < 0x80)
            return asciiAnchors[a * 128 + b] - 1;
        const quint32 pair = quint32(a) << 16 | b;
        const auto wide =
            std::lower_bound(m_wideAnchorPairs.cbegin(), m_wideAnchorPairs.cend(), pair);
        return wide != m_wideAnchorPairs.cend() && *wide == pair
                   ? m_wideAnchors.at(wide - m_wideAnchorPairs.cbegin())
                   : -1;
    };
    // Whether the Block + 1 characters at `p` are all ASCII.
    constexpr qsizetype Block = 16;
    const auto ascii = [](const char16_t *p) {
        quint64 words[Block / 4];
        memcpy(words, p, sizeof words);
        quint64 any = p[Block];
        for (const quint64 word : words)
            any |= word;
        return (any & Q_UINT64_C(0xff80ff80ff80ff80)) == 0;
    };
    for (qsizetype at = 0; at + 1 < size;) {
        if (size - 1 - at >= Block && ascii(chars + at)) {
            const char16_t *p = chars + at;
#if defined(__GNUC__) // GCC and Clang; MSVC would warn about the unknown pragma
#pragma GCC unroll 16
#endif
            for (qsizetype k = 0; k < Block; ++k) {
                const quint16 entry = asciiAnchors[size_t(p[k]) * 128 + p[k + 1]];
                if (Q_UNLIKELY(entry != 0) && !compare(entry - 1, at + k))
                    return;
            }
            at += Block;
            continue;
        }
        // A character beyond ASCII is near: the next Block pairs one at a time, each character
        // folded once.
        const qsizetype end = std::min(at + Block, size - 1);
        char16_t a = folded(chars[at]);
        for (; at < end; ++at) {
            const char16_t b = folded(chars[at + 1]);
            const int anchor = anchorOf(a, b);
            if (anchor >= 0 && !compare(anchor, at))
                return;
            a = b;
        }
    }
}
