#pragma once

#include <QByteArray>
#include <QString>

// Bytes in a declared charset to text. QTextCodec (Qt6::Core5Compat) rather than
// QStringDecoder: without ICU, Qt 6's own converter knows only UTF-8/16/32 and Latin-1, while
// Core5Compat carries its own Japanese, Chinese, Korean and Windows-125x tables (README,
// "Character sets"). Never fails: unknown or lying charsets fall back to a guess.
namespace TextCodecs {

// Decodes `bytes` declared as `charset` (any case, MIME or Windows alias, may be empty).
QString decode(const QByteArray &bytes, const QByteArray &charset);

// Decodes bytes whose charset is unknown: ISO-2022-JP escapes, UTF-8, Shift_JIS or EUC-JP
// (whichever decodes cleanly), else Windows-1252.
QString decodeGuess(const QByteArray &bytes);

} // namespace TextCodecs
