#include "bracketmatches.h"

#include "textcodecs.h"

namespace BracketMatches {

// A match starting at or after `from` has its '[' at some b >= from, and starts no earlier than
// b - maxPrefix - (the white space right before b): its prefix holds no '['. So the first '['
// at or after `from` bounds where the next match can start, and the line it is on bounds where
// that match ends. When no match is found there, none starts before the '[' either, and the
// search goes on after it.
QList<QRegularExpressionMatch> find(const QRegularExpression &pattern, const QString &text,
                                    qsizetype maxPrefix)
{
    QList<QRegularExpressionMatch> matches;
    const QStringView all(text);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype bracket = text.indexOf(QLatin1Char('['), from);
        if (bracket < 0)
            break;
        qsizetype start = bracket;
        // Wider than \s on purpose (any Unicode space): starting earlier is never wrong.
        while (start > from && text.at(start - 1).isSpace())
            --start;
        start = qMax(from, start - maxPrefix);
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), bracket);
        if (lineEnd < 0)
            lineEnd = text.size();
        // The subject ends at a line break, never inside a surrogate pair; PCRE2 still sees the
        // text before `start` for \b and lookbehinds.
        const QRegularExpressionMatch match =
            pattern.match(all.first(lineEnd), start, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!match.hasMatch()) {
            from = bracket + 1;
            continue;
        }
        matches.append(match);
        // A pattern with '[' in every match never matches empty: this always moves on.
        from = qMax(match.capturedEnd(), bracket + 1);
    }
    return matches;
}

} // namespace BracketMatches
