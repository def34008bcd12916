#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

// Runs a pattern only around the places where a short literal (its "anchor") occurs, instead of
// over the whole text, with the matches QRegularExpression::globalMatch() would give. For
// patterns whose first characters are common ("said:" or a reply code, "mail", "messages") and
// which PCRE2 therefore tries almost everywhere, when their anchor ('[', "from ") is rare.
namespace AnchoredMatches {

struct Anchor
{
    // The literal, as a pattern with the same case option as the patterns it serves, so it is
    // found exactly where they would see it; or, when `character` is set, that one character
    // (found without PCRE2's cost per call).
    QRegularExpression literal;
    QChar character;
    // How far before the anchor a match may start, not counting the white space right before
    // the anchor.
    qsizetype maxPrefix = 0;
    // When set: false when no match can have the anchor at `at` in `text` as its first one
    // (a cheap look at what precedes it), so that anchor needs no search.
    bool (*mayBeFirstAnchor)(QStringView text, qsizetype at) = nullptr;
};

// The matches of `pattern` in `text` (valid UTF-16, see ValidText), in order and without
// overlaps as globalMatch() finds them. Exact only for a pattern every match of which
// - holds an occurrence of the anchor, the first one at or after the match's start lying at
//   most anchor.maxPrefix characters (plus the white space right before it) after that start,
// - has no line break from that occurrence to its end, and
// - reads a line break after it as it reads the end of the text (\b, (?!\w), (?=[a-z]), …).
QList<QRegularExpressionMatch> find(const QRegularExpression &pattern, const QString &text,
                                    const Anchor &anchor);

} // namespace AnchoredMatches
