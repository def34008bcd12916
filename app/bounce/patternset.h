#pragma once

#include "textcodecs.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

// Patterns that run over the same text, each with the literal texts any match of it must
// contain, read from the pattern itself: "\\bERS-QIL\\b" needs "ers-qil", "(?:spam|junk) mail"
// needs "spam mail" or "junk mail". One pass over a text finds which of those literals occur; a
// pattern whose literals are missing cannot match and need not run. The results are exactly those
// of running every pattern (literals and text are compared case-folded, which is how PCRE2 compares
// caselessly); only the time changes. A pattern that needs no literal ("\\d+"), or whose syntax
// this reader does not know, is always a candidate.
class PatternSet final
{
public:
    PatternSet() = default;
    explicit PatternSet(const QList<QRegularExpression> &patterns);

    qsizetype size() const { return m_patterns.size(); }
    const QRegularExpression &at(qsizetype i) const { return m_patterns.at(i); }

    // Which of the patterns' literals `text` (valid UTF-16) contains: what mayMatch() reads.
    QList<bool> literalsIn(QStringView text) const;
    // False when pattern `i` certainly does not match the text `literals` were found in.
    bool mayMatch(qsizetype i, const QList<bool> &literals) const;
    // mayMatch() for every pattern.
    QList<bool> candidates(QStringView text) const;

    // What pattern `i` needs to match, case-folded: one of the ways (one per top-level branch),
    // each a list of literal lists that must all have a literal in the text. Empty when it always
    // runs. For tests, and for reading what a pattern costs.
    QList<QList<QStringList>> needs(qsizetype i) const;

private:
    QList<QRegularExpression> m_patterns;
    // Pattern i can match only when one of its ways [m_patternWays[i], m_patternWays[i + 1])
    // holds, and way w holds when each of its lists [m_wayLists[w], m_wayLists[w + 1]) has a
    // literal in the text; list l is the ids [m_listIds[l], m_listIds[l + 1]) of m_ids, which
    // index m_literals. Flat, because every read evaluates hundreds of them.
    QList<int> m_patternWays;
    QList<int> m_wayLists;
    QList<int> m_listIds;
    QList<int> m_ids;
    QStringList m_literals;    // case-folded, two characters or more
    QString m_literalChars;    // all of them in a row, literal i at
    QList<int> m_literalStart; // [m_literalStart[i], m_literalStart[i + 1])
    // Literals by a hash of their first characters: literals[start[b] .. start[b + 1]) are those
    // of bucket b.
    struct Index
    {
        QList<int> start;
        QList<int> literals;
        QList<quint64> used; // a bit per bucket that has literals

        explicit Index(const QList<QList<int>> &buckets = {});
        bool isUsed(int bucket) const
        {
            return used.at(bucket / 64) & (quint64(1) << (bucket % 64));
        }
    };
    Index m_pairs;   // two-character literals, by their two characters
    Index m_triples; // longer ones, by their first three
    // For each pair of ASCII characters x * 128 + y, whether a two-character literal
    // (PairStart) or a longer one (LongerStart) starts with them, case-folded.
    enum : quint8
    {
        PairStart = 1,
        LongerStart = 2
    };
    QByteArray m_asciiStarts;
};
