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

// Why this finds what globalMatch() finds: let `at` be the first anchor at or after
// `anchorFrom`. A match starting in [matchFrom, at] has `at` as its first anchor, so it starts
// no earlier than `at` - maxPrefix - (white space before `at`) and ends before the line break
// after `at`: the search below, limited to that window, finds the first such match, or one
// whose own anchor is further on the same line (an earlier match would hold an anchor before
// it). A match whose first anchor lies further on starts after `at`; when its first anchor is
// on the same line, it lies inside the window too. So when the window holds no match, no match
// starts before `at` + 1, and none has its first anchor before the line break: the search goes
// on with the anchors of the next line, and one long line is searched once, not once for each
// of its anchors.
QList<QRegularExpressionMatch> find(const QRegularExpression &pattern, const QString &text,
                                    const Anchor &anchor)
{
    QList<QRegularExpressionMatch> matches;
    const QStringView all(text);
    qsizetype matchFrom = 0;  // every match starting before this one is found
    qsizetype anchorFrom = 0; // every match whose first anchor is before this one is found
    while (anchorFrom < text.size()) {
        const qsizetype at = anchorAt(anchor, all, anchorFrom);
        if (at < 0)
            break;
        if (anchor.mayBeFirstAnchor && !anchor.mayBeFirstAnchor(all, at)) {
            matchFrom = anchorFrom = at + 1; // a match starting up to `at` would have it first
            continue;
        }
        qsizetype start = at;
        // Wider than \s on purpose (any Unicode space): starting earlier is never wrong.
        while (start > matchFrom && text.at(start - 1).isSpace())
            --start;
        start = qMax(matchFrom, start - anchor.maxPrefix);
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
        if (lineEnd < 0)
            lineEnd = text.size();
        // The window ends at a line break, never inside a surrogate pair; PCRE2 still sees the
        // text before `start` for \b and lookbehinds.
        const QRegularExpressionMatch match = matchIn(pattern, all.first(lineEnd), start);
        if (!match.hasMatch()) {
            matchFrom = at + 1;
            anchorFrom = lineEnd;
            continue;
        }
        matches.append(match);
        matchFrom = anchorFrom = match.capturedEnd(); // past `at`: a match holds its anchor
    }
    return matches;
}

} // namespace AnchoredMatches
