#include "anchoredmatches.h"

namespace AnchoredMatches {

namespace {

QRegularExpressionMatch matchIn(const QRegularExpression &pattern, QStringView text, qsizetype from)
{
    return pattern.match(text, from, QRegularExpression::NormalMatch,
                         QRegularExpression::DontCheckSubjectStringMatchOption);
}

qsizetype anchorAt(const Anchor &anchor, QStringView text, qsizetype from)
{
    if (!anchor.character.isNull())
        return text.indexOf(anchor.character, from);
    const QRegularExpressionMatch found = matchIn(anchor.literal, text, from);
    return found.hasMatch() ? found.capturedStart() : -1;
}

} // namespace

// Why this finds what globalMatch() finds: let `at` be the first anchor at or after `from`.
// A match starting in [from, at] has `at` as its first anchor, so it starts no earlier than
// `at` - maxPrefix - (white space before `at`) and ends before the line break after `at`: the
// search below, limited to that window, finds the first such match. A match whose first anchor
// lies further on starts after `at`, so when the window holds no match, the search goes on
// from `at` + 1. A match found in the window whose own anchor is further on the same line is
// still the first match: an earlier one would hold an anchor before it.
QList<QRegularExpressionMatch> find(const QRegularExpression &pattern, const QString &text,
                                    const Anchor &anchor)
{
    QList<QRegularExpressionMatch> matches;
    const QStringView all(text);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype at = anchorAt(anchor, all, from);
        if (at < 0)
            break;
        qsizetype start = at;
        // Wider than \s on purpose (any Unicode space): starting earlier is never wrong.
        while (start > from && text.at(start - 1).isSpace())
            --start;
        start = qMax(from, start - anchor.maxPrefix);
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
        if (lineEnd < 0)
            lineEnd = text.size();
        // The window ends at a line break, never inside a surrogate pair; PCRE2 still sees the
        // text before `start` for \b and lookbehinds.
        const QRegularExpressionMatch match = matchIn(pattern, all.first(lineEnd), start);
        if (!match.hasMatch()) {
            from = at + 1;
            continue;
        }
        matches.append(match);
        from = match.capturedEnd(); // past `at`: a match holds its anchor
    }
    return matches;
}

} // namespace AnchoredMatches
