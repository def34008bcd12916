#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

// Bytes in a declared charset to text. QTextCodec (Qt6::Core5Compat) rather than
// QStringDecoder: without ICU, Qt 6's own converter knows only UTF-8/16/32 and Latin-1, while
// Core5Compat carries its own Japanese, Chinese, Korean and Windows-125x tables (README,
// "Character sets"). Never fails: unknown or lying charsets fall back to a guess.
class QTextCodec;

namespace TextCodecs {

// QTextCodec::codecForName(), remembered: looking a name up is slow where Qt uses ICU.
// Thread-safe; nullptr for a name Qt does not know.
QTextCodec *codecForName(const QByteArray &name);

// Decodes `bytes` declared as `charset` (any case, MIME or Windows alias, may be empty).
QString decode(QByteArrayView bytes, const QByteArray &charset);

// Decodes bytes whose charset is unknown: ISO-2022-JP escapes, UTF-8, Shift_JIS or EUC-JP
// (whichever decodes cleanly), else Windows-1252.
QString decodeGuess(QByteArrayView bytes);

// `text` with every lone surrogate replaced by U+FFFD. Both functions above return text that
// is already valid UTF-16: a decoder fed broken UTF-16 bytes can leave half a pair.
QString withoutLoneSurrogates(QString text);

} // namespace TextCodecs

// Pattern matching over text known to be valid UTF-16 (decoded by TextCodecs, or cut at a
// pattern's match boundaries). PCRE2 otherwise checks the whole subject again on every
// match() call, which cost more than the matching itself when ~170 patterns ran over each
// bounce. Never use these on text cut at arbitrary positions: half a surrogate pair there is
// undefined behaviour for PCRE2.
namespace ValidText {

inline QRegularExpressionMatch match(const QRegularExpression &pattern, const QString &text,
                                     qsizetype offset = 0)
{
    return pattern.match(text, offset, QRegularExpression::NormalMatch,
                         QRegularExpression::DontCheckSubjectStringMatchOption);
}

inline QRegularExpressionMatch match(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text, 0, QRegularExpression::NormalMatch,
                         QRegularExpression::DontCheckSubjectStringMatchOption);
}

inline bool contains(const QRegularExpression &pattern, const QString &text)
{
    return match(pattern, text).hasMatch();
}

inline bool contains(const QRegularExpression &pattern, QStringView text)
{
    return match(pattern, text).hasMatch();
}

inline QRegularExpressionMatchIterator globalMatch(const QRegularExpression &pattern,
                                                   const QString &text, qsizetype offset = 0)
{
    return pattern.globalMatch(text, offset, QRegularExpression::NormalMatch,
                               QRegularExpression::DontCheckSubjectStringMatchOption);
}

} // namespace ValidText
