#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// Runs a pattern only near the '[' characters of a text instead of over all of it, with the
// matches QRegularExpression::globalMatch() would give. For patterns shaped like the receiving
// server's "…said: [192.0.2.1] text" or "550 5.7.1 [192.0.2.1] text", which otherwise cost more
// than any other pattern the reader runs: a bounce has many digits, colons and "s" for such a
// pattern to try, and few '['.
namespace BracketMatches {

// The matches of `pattern` in `text` (valid UTF-16, see ValidText), in order and without
// overlaps as globalMatch() finds them. Exact only for a pattern every match of which
// - holds exactly one '[',
// - has, before that '[', at most `maxPrefix` characters other than the white space (\s)
//   right before it, and
// - has no line break after that '['.
QList<QRegularExpressionMatch> find(const QRegularExpression &pattern, const QString &text,
                                    qsizetype maxPrefix);

} // namespace BracketMatches
