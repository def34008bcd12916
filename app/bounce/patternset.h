#pragma once

#include "textcodecs.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

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

    // What mayMatch() reads: which of the patterns' literals `text` (valid UTF-16) contains,
    // and so which of their lists of literals hold and which patterns may match.
    QList<bool> literalsIn(QStringView text) const;
    // False when pattern `i` certainly does not match the text `literals` were found in.
    bool mayMatch(qsizetype i, const QList<bool> &literals) const;
    // mayMatch() for every pattern.
    QList<bool> candidates(QStringView text) const;
    // True when pattern `i` certainly has a match in the text `literals` were found in: one of
    // its top-level branches is plain text ("(?:junk|spam) mail", nothing beyond literal
    // characters, groups and "?"), the pattern is caseless and the text has one of the branch's
    // texts. Where the match is, the pattern has to tell.
    bool surelyMatches(qsizetype i, const QList<bool> &literals) const;

    // literalsIn() into a buffer on the caller's stack (heap only past 2,048 flags), for callers
    // that read many short texts.
    using Literals = QVarLengthArray<bool, 2048>;
    void literalsIn(QStringView text, Literals *literals) const;
    bool mayMatch(qsizetype i, const Literals &literals) const;
    bool surelyMatches(qsizetype i, const Literals &literals) const;

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
    // The lists that hold once literal i is found: m_literalLists[m_literalListStart[i] ..
    // m_literalListStart[i + 1]); the way of each list, the pattern of each way.
    QList<int> m_literalListStart;
    QList<int> m_literalLists;
    QList<int> m_listWay;
    QList<int> m_wayPattern;
    // Whether way w is plain text: it matches wherever its only list holds.
    QList<bool> m_wayPlain;
    QStringList m_literals; // case-folded, two characters or more
    QString m_literalChars; // all of them in a row
    // Each literal is looked for only where its anchor is: the pair of its adjacent characters
    // least likely to be in a text, so that few places of a text need a closer look.
    struct Anchored
    {
        int literal;
        int start;  // of the literal in m_literalChars
        int length; // of the literal
        int offset; // of the anchor in the literal
    };
    struct Anchor
    {
        int first; // its literals are m_anchored[first .. end)
        int end;
        // The ASCII characters that can come just before / after the anchor in its literals
        // (any case), a bit per character modulo 64: other ASCII characters rule them all out.
        quint64 before;
        quint64 after;
    };
    QList<Anchored> m_anchored;
    QList<Anchor> m_anchors;
    // For each pair of ASCII characters x * 128 + y: 1 + the anchor they are, case-folded, or 0.
    QList<quint16> m_asciiAnchors;
    // The anchors with a character beyond ASCII, as first << 16 | second, sorted, and their ids.
    QList<quint32> m_wideAnchorPairs;
    QList<int> m_wideAnchors;

    void addAnchor(quint32 pair, const QList<Anchored> &literals);
    // What literalsIn() returns: a flag per literal (whether the text has it), then one per list
    // (whether it holds), then one per pattern (whether one of its ways holds).
    qsizetype listFlags() const { return m_literals.size(); }
    qsizetype patternFlags() const { return listFlags() + m_listWay.size(); }
    qsizetype flagCount() const { return patternFlags() + m_patterns.size(); }
    // Finds the literals in `text` and sets their flags, and those that follow, in `found`
    // (flagCount() flags, all false to start with).
    void find(QStringView text, bool *found) const;
    // Compares the literals of `anchor`, which is at `at` in `text`, and sets the flags of those
    // found that were not yet; how many.
    int findAt(const Anchor &anchor, QStringView text, qsizetype at, bool *found) const;
    // Sets the flags of the lists `literal` is in, and of the patterns that may match now.
    void holdLists(int literal, bool *found) const;
    bool mayMatch(qsizetype i, const bool *found) const;
    bool surelyMatches(qsizetype i, const bool *found) const;
};
