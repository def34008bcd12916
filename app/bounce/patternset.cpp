#include "patternset.h"

#include <QHash>

#include <algorithm>

namespace {

constexpr qsizetype MaxTexts = 16; // exact texts kept for a piece of a pattern, then lists only
constexpr int PairBuckets = 4096;  // literals are found by a hash of their first characters
constexpr int TripleBuckets = 16384;

// Case folding as PCRE2 compares caselessly: its caseless sets are the Unicode simple case
// foldings ("K" (Kelvin sign) ~ "k", "ſ" ~ "s" are the only ones that reach ASCII letters).
char16_t foldedBeyondAscii(char16_t c)
{
    const char32_t fold = QChar::toCaseFolded(char32_t(c));
    return fold > 0xffff ? c : char16_t(fold);
}

inline char16_t folded(char16_t c)
{
    if (Q_LIKELY(c < 0x80))
        return unsigned(c - u'A') < 26 ? char16_t(c | 0x20) : c;
    return foldedBeyondAscii(c);
}

// Bucket hashes: a text's running hash extends by one character at a time.
inline int extended(int hash, char16_t next)
{
    return hash * 31 + next;
}

inline int pairBucket(char16_t first, char16_t second)
{
    return extended(first, second) & (PairBuckets - 1);
}

inline int tripleBucket(char16_t first, char16_t second, char16_t third)
{
    return extended(extended(first, second), third) & (TripleBuckets - 1);
}

// What a piece of a pattern needs in the text.
struct Needs
{
    bool exact = false; // `texts` are all the piece can match (case-folded, few, short)
    QStringList texts;
    QList<QStringList> all; // and one literal of each of these lists
};

Needs exactly(const QStringList &texts)
{
    Needs needs;
    needs.exact = true;
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
    QList<QList<QStringList>> needs()
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
        for (const Needs &branch : std::as_const(branches)) {
            exact = exact && branch.exact;
            for (const QString &text : branch.texts) {
                if (exact && !texts.contains(text))
                    texts.append(text);
            }
        }
        if (exact && texts.size() <= MaxTexts)
            return exactly(texts);
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
        QStringList run{QString()}; // the exact texts of the pieces read since the last gap
        while (!m_failed && !atEnd() && peek() != u'|' && peek() != u')') {
            const Needs piece = quantified(atom());
            if (piece.exact && run.size() * piece.texts.size() <= MaxTexts) {
                run = joined(run, piece.texts);
                continue;
            }
            needs.exact = false;
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
        if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same texts
            ++m_at;
        if (min == 1 && max == 1)
            return piece;
        if (min == 0) { // "x?" is "" or x; "x*" can be anything
            QStringList texts = piece.texts;
            if (!texts.contains(QString()))
                texts.append(QString());
            return max == 1 && piece.exact && texts.size() <= MaxTexts ? exactly(texts) : Needs();
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
        return exactly({QString(QChar(folded(c.unicode())))});
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
        if (peek() == u'?') {
            ++m_at;
            const QChar kind = peek();
            const QChar next = peek(1);
            if (kind == u':' || kind == u'|' || kind == u'>') { // plain, branch reset, atomic
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
        const Needs inner = alternation();
        if (m_failed || peek() != u')')
            return fail();
        ++m_at;
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
        const Needs inner = alternation();
        if (m_failed || peek() != u')')
            return fail();
        ++m_at;
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
    for (const QRegularExpression &pattern : patterns) {
        const bool readable =
            !(pattern.patternOptions() & QRegularExpression::ExtendedPatternSyntaxOption);
        for (const QList<QStringList> &way :
             readable ? LiteralReader(pattern.pattern()).needs() : QList<QList<QStringList>>()) {
            for (const QStringList &list : way) {
                for (const QString &literal : list)
                    m_ids.append(idOf(literal));
                m_listIds.append(int(m_ids.size()));
            }
            m_wayLists.append(int(m_listIds.size() - 1));
        }
        m_patternWays.append(int(m_wayLists.size() - 1));
    }
    m_literalStart.append(0);
    for (const QString &literal : std::as_const(m_literals)) {
        m_literalChars += literal;
        m_literalStart.append(int(m_literalChars.size()));
    }
    QList<QList<int>> pairs(PairBuckets);
    QList<QList<int>> triples(TripleBuckets);
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        const QString &literal = m_literals.at(i);
        const char16_t first = literal.at(0).unicode();
        const char16_t second = literal.at(1).unicode();
        if (literal.size() == 2)
            pairs[pairBucket(first, second)].append(int(i));
        else
            triples[tripleBucket(first, second, literal.at(2).unicode())].append(int(i));
    }
    m_pairs = Index(pairs);
    m_triples = Index(triples);
    // Every pair of ASCII characters that folds to the start of a literal.
    m_asciiStarts = QByteArray(128 * 128, 0);
    for (const QString &literal : std::as_const(m_literals)) {
        const char16_t first = literal.at(0).unicode();
        const char16_t second = literal.at(1).unicode();
        const char kind = char(literal.size() == 2 ? PairStart : LongerStart);
        for (char16_t x = 0; x < 0x80; ++x) {
            if (folded(x) != first)
                continue;
            for (char16_t y = 0; y < 0x80; ++y) {
                if (folded(y) == second)
                    m_asciiStarts[x * 128 + y] = char(m_asciiStarts.at(x * 128 + y) | kind);
            }
        }
    }
}

PatternSet::Index::Index(const QList<QList<int>> &buckets)
{
    start.append(0);
    used.fill(0, (buckets.size() + 63) / 64);
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        literals += buckets.at(b);
        start.append(int(literals.size()));
        if (!buckets.at(b).isEmpty())
            used[b / 64] |= quint64(1) << (b % 64);
    }
}

bool PatternSet::mayMatch(qsizetype i, const QList<bool> &literals) const
{
    const int firstWay = m_patternWays.at(i);
    const int endWay = m_patternWays.at(i + 1);
    if (firstWay == endWay)
        return true; // nothing known: always run
    const bool *found = literals.constData();
    for (int way = firstWay; way < endWay; ++way) {
        bool holds = true;
        for (int list = m_wayLists.at(way); holds && list < m_wayLists.at(way + 1); ++list) {
            bool any = false;
            for (int k = m_listIds.at(list); !any && k < m_listIds.at(list + 1); ++k)
                any = found[m_ids.at(k)];
            holds = any;
        }
        if (holds)
            return true;
    }
    return false;
}

QList<bool> PatternSet::candidates(QStringView text) const
{
    const QList<bool> literals = literalsIn(text);
    QList<bool> candidates(m_patterns.size());
    for (qsizetype i = 0; i < m_patterns.size(); ++i)
        candidates[i] = mayMatch(i, literals);
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

// One pass over `text`: at every pair of characters, the literals that start there (found by a
// hash of their first two or three characters) are compared with the text, case-folded on the
// way. Most pairs of ASCII characters start no literal at all, and a table says so at the cost of
// one load: that test, not the comparisons, is what runs for nearly every character.
QList<bool> PatternSet::literalsIn(QStringView text) const
{
    QList<bool> present(m_literals.size(), false);
    qsizetype missing = m_literals.size();
    const qsizetype size = text.size();
    if (missing == 0 || size < 2)
        return present;
    bool *found = present.data();
    const char16_t *chars = text.utf16();
    const char16_t *literalChars = QStringView(m_literalChars).utf16();
    const int *literalStart = m_literalStart.constData();
    const auto *asciiStarts = reinterpret_cast<const quint8 *>(m_asciiStarts.constData());
    // Two-character literals `a` `b` (folded); false once all literals are found.
    const auto pair = [&](char16_t a, char16_t b) {
        const int bucket = pairBucket(a, b);
        if (!m_pairs.isUsed(bucket))
            return true;
        for (int k = m_pairs.start.at(bucket); k < m_pairs.start.at(bucket + 1); ++k) {
            const int id = m_pairs.literals.at(k);
            const char16_t *literal = literalChars + literalStart[id];
            if (!found[id] && literal[0] == a && literal[1] == b) {
                found[id] = true;
                if (--missing == 0)
                    return false;
            }
        }
        return true;
    };
    // Longer literals at `at`, whose first two characters are `a` `b` (folded); false once all
    // literals are found.
    const auto longer = [&](qsizetype at, char16_t a, char16_t b) {
        if (at + 2 >= size)
            return true;
        const char16_t c = folded(chars[at + 2]);
        const int bucket = tripleBucket(a, b, c);
        if (!m_triples.isUsed(bucket))
            return true;
        for (int k = m_triples.start.at(bucket); k < m_triples.start.at(bucket + 1); ++k) {
            const int id = m_triples.literals.at(k);
            const char16_t *literal = literalChars + literalStart[id];
            const qsizetype length = literalStart[id + 1] - literalStart[id];
            if (found[id] || literal[0] != a || literal[1] != b || literal[2] != c ||
                at + length > size)
                continue;
            qsizetype j = 3;
            while (j < length && folded(chars[at + j]) == literal[j])
                ++j;
            if (j == length) {
                found[id] = true;
                if (--missing == 0)
                    return false;
            }
        }
        return true;
    };
    const bool anyPairs = !m_pairs.literals.isEmpty();
    for (qsizetype at = 0; at + 1 < size; ++at) {
        const char16_t x = chars[at];
        const char16_t y = chars[at + 1];
        // Beyond ASCII, case folding can lead back into it ("K" (Kelvin sign) ~ "k"): always look.
        quint8 starts = PairStart | LongerStart;
        if (Q_LIKELY((x | y) < 0x80)) {
            starts = asciiStarts[x * 128 + y];
            if (Q_LIKELY(starts == 0))
                continue;
        }
        const char16_t a = folded(x);
        const char16_t b = folded(y);
        if ((starts & PairStart) && anyPairs && !pair(a, b))
            return present;
        if ((starts & LongerStart) && !longer(at, a, b))
            return present;
    }
    return present;
}
