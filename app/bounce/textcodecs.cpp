#include "textcodecs.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTextCodec>

#include <algorithm>
#include <cstring>
#include <limits>

namespace {

bool hasIso2022Escape(QByteArrayView bytes)
{
    // The escapes ESC $ B, ESC $ @, ESC ( J and ESC $ ( D, looked for at each ESC (most text
    // has none) instead of four searches of the whole text.
    const char *from = bytes.data();
    const char *const end = from + bytes.size();
    while (from < end) {
        const void *const found = std::memchr(from, '\x1b', size_t(end - from));
        if (!found)
            return false;
        const QByteArrayView escape(static_cast<const char *>(found), end);
        for (const char *sequence : {"\x1b$B", "\x1b$@", "\x1b(J", "\x1b$(D"}) {
            const size_t size = std::strlen(sequence);
            if (size_t(escape.size()) >= size && std::memcmp(escape.data(), sequence, size) == 0)
                return true;
        }
        from = escape.data() + 1;
    }
    return false;
}

// What decode() needs to know of bytes to choose a decoder.
struct Composition
{
    bool ascii;   // no byte above 0x7F
    bool iso2022; // an ISO-2022-JP escape sequence
};

// One pass looks for both a byte above 0x7F and an ESC (a loop the compiler vectorises); only
// text with an ESC is searched for the escape sequences.
Composition compositionOf(QByteArrayView bytes)
{
    unsigned char any = 0;    // all bits of all bytes
    unsigned char escape = 0; // whether an ESC was seen
    for (const char c : bytes) {
        any |= static_cast<unsigned char>(c);
        escape |= static_cast<unsigned char>(c == '\x1b');
    }
    return {any < 0x80, escape && hasIso2022Escape(bytes)};
}

bool isValidUtf8(QByteArrayView bytes)
{
    constexpr qsizetype Run = 16;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Most UTF-8 in mail is ASCII: a run of it is passed over at once.
        if (end - p >= Run) {
            unsigned char any = 0;
            for (qsizetype i = 0; i < Run; ++i)
                any |= p[i];
            if (any < 0x80) {
                p += Run;
                continue;
            }
        }
        // A run with a multibyte character in it: a character at a time.
        const unsigned char *const runEnd = end - p >= Run ? p + Run : end;
        while (p < runEnd) {
            const unsigned char c = *p;
            int extra = 0;
            if (c < 0x80)
                extra = 0;
            else if (c >= 0xc2 && c <= 0xdf)
                extra = 1;
            else if (c >= 0xe0 && c <= 0xef)
                extra = 2;
            else if (c >= 0xf0 && c <= 0xf4)
                extra = 3;
            else
                return false;
            if (end - p <= extra)
                return extra == 0;
            for (int i = 1; i <= extra; ++i) {
                if ((p[i] & 0xc0) != 0x80)
                    return false;
            }
            p += extra + 1;
        }
    }
    return true;
}

// Mail programs write charset names Qt does not know, or mean a superset of what they name.
QByteArray canonicalName(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    static const QHash<QByteArray, QByteArray> aliases = {
        {"shift_jis", "Shift_JIS"},
        {"shift-jis", "Shift_JIS"},
        {"sjis", "Shift_JIS"},
        {"x-sjis", "Shift_JIS"},
        {"cp932", "Shift_JIS"},
        {"ms932", "Shift_JIS"},
        {"windows-31j", "Shift_JIS"},
        {"x-ms-cp932", "Shift_JIS"},
        {"iso-2022-jp", "ISO-2022-JP"},
        {"iso-2022-jp-1", "ISO-2022-JP"},
        {"iso-2022-jp-2", "ISO-2022-JP-2"},
        {"iso-2022-jp-3", "ISO-2022-JP"},
        {"cp50220", "ISO-2022-JP"},
        {"cp50221", "ISO-2022-JP"},
        {"cp50222", "ISO-2022-JP"},
        {"x-euc-jp", "EUC-JP"},
        {"euc-jp", "EUC-JP"},
        {"eucjp", "EUC-JP"},
        {"ks_c_5601-1987", "windows-949"},
        {"euc-kr", "windows-949"},
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},
        {"big5-hkscs", "Big5-HKSCS"},
        {"us-ascii", "UTF-8"},
        {"ascii", "UTF-8"},
        {"ansi_x3.4-1968", "UTF-8"},
        {"utf8", "UTF-8"},
        {"utf-8", "UTF-8"},
        {"iso-8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"cp1252", "windows-1252"},
    };
    const auto alias = aliases.constFind(name);
    return alias == aliases.cend() ? name : alias.value();
}

QString decodeWith(QTextCodec *codec, QByteArrayView bytes)
{
    return TextCodecs::withoutLoneSurrogates(codec->toUnicode(bytes.data(), int(bytes.size())));
}

// How unlikely `text` is as a decoding of `bytes` with `codec`: replacement characters, C1
// controls (EUC-JP maps 0x80–0x9F to them without complaint), half-width katakana (what Latin or
// EUC-JP text looks like read as Shift_JIS) and bytes the decoder silently dropped.
int implausibility(QTextCodec *codec, QByteArrayView bytes, const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xfffd || (u >= 0x80 && u <= 0x9f))
            score += 2;
        else if (u >= 0xff61 && u <= 0xff9f)
            score += 1;
    }
    if (codec->fromUnicode(text) != bytes)
        score += 2;
    return score;
}

// The lowest of `count` units, each mapped by x ^ 0x5800 to a signed 16-bit number. The map
// takes the surrogates 0xD800-0xDFFF, and only them, to the lowest numbers 0x8000-0x87FF, so a
// minimum below 0x8800 means a surrogate. A loop without an early exit: the compiler
// vectorises it (SSE2 pminsw, eight units an instruction).
inline qint16 lowestMapped(const char16_t *units, qsizetype count)
{
    qint16 least = std::numeric_limits<qint16>::max();
    for (qsizetype i = 0; i < count; ++i)
        least = std::min(least, static_cast<qint16>(units[i] ^ 0x5800));
    return least;
}

// Where the first block of units holding a surrogate (lone or half of a pair) starts, or
// `size` when there is none, as in nearly all text. Blocks of a fixed size are unrolled by the
// compiler; the early exit is once per block.
qsizetype firstSurrogateBlock(const char16_t *units, qsizetype size)
{
    constexpr qint16 FirstNonSurrogate = -0x7800; // 0x8800 as a signed 16-bit number
    constexpr qsizetype Block = 128;
    qsizetype start = 0;
    for (; start + Block <= size; start += Block) {
        if (lowestMapped(units + start, Block) < FirstNonSurrogate)
            return start;
    }
    return lowestMapped(units + start, size - start) < FirstNonSurrogate ? start : size;
}

// decodeGuess() of bytes whose composition is known.
QString guess(QByteArrayView bytes, Composition composition)
{
    if (composition.ascii && !composition.iso2022)
        return QString::fromLatin1(bytes);
    if (composition.iso2022) {
        if (QTextCodec *codec = TextCodecs::codecForName("ISO-2022-JP"))
            return decodeWith(codec, bytes);
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QString best;
    int bestScore = -1;
    for (const char *name : {"Shift_JIS", "EUC-JP"}) {
        QTextCodec *codec = TextCodecs::codecForName(name);
        if (!codec)
            continue;
        const QString text = decodeWith(codec, bytes);
        const int score = implausibility(codec, bytes, text);
        if (bestScore < 0 || score < bestScore) {
            best = text;
            bestScore = score;
        }
    }
    if (bestScore == 0)
        return best;
    if (QTextCodec *codec = TextCodecs::codecForName("windows-1252"))
        return decodeWith(codec, bytes);
    return QString::fromLatin1(bytes);
}

} // namespace

namespace TextCodecs {

QTextCodec *codecForName(const QByteArray &name)
{
    // Where Qt uses ICU, each QTextCodec::codecForName() compares the name with every ICU
    // alias: about 300,000 instructions, more than reading a whole short bounce. The codecs
    // live as long as the program, so the pointers can be kept (nullptr too, for unknown names).
    static QMutex mutex;
    static QHash<QByteArray, QTextCodec *> known;
    const QMutexLocker locker(&mutex);
    const auto found = known.constFind(name);
    if (found != known.cend())
        return found.value();
    if (known.size() >= 256) // names come from untrusted mail: keep the cache small
        known.clear();
    QTextCodec *codec = QTextCodec::codecForName(name);
    known.insert(name, codec);
    return codec;
}

QString decode(QByteArrayView bytes, const QByteArray &charset)
{
    const Composition composition = compositionOf(bytes);
    if (composition.ascii && !composition.iso2022)
        return QString::fromLatin1(bytes);
    const QByteArray name = canonicalName(charset);
    if (name.isEmpty() || name == "unknown-8bit" || name == "x-unknown" || name == "unknown")
        return guess(bytes, composition);
    // Mail declared as ASCII or Latin-1 is often UTF-8 or ISO-2022-JP in fact.
    if (composition.iso2022 && !name.startsWith("ISO-2022-JP"))
        return guess(bytes, composition);
    if (name == "UTF-8") {
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        return guess(bytes, composition);
    }
    QTextCodec *codec = codecForName(name);
    if (!codec)
        return guess(bytes, composition);
    return decodeWith(codec, bytes);
}

QString decodeGuess(QByteArrayView bytes)
{
    return guess(bytes, compositionOf(bytes));
}

QString withoutLoneSurrogates(QString text)
{
    const qsizetype size = text.size();
    const qsizetype start = firstSurrogateBlock(QStringView(text).utf16(), size);
    const QChar *chars = text.constData();
    for (qsizetype i = start; i < size; ++i) {
        if (!chars[i].isSurrogate())
            continue;
        if (chars[i].isHighSurrogate() && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar::ReplacementCharacter; // detaches only when there is something to mend
        chars = text.constData();
    }
    return text;
}

} // namespace TextCodecs
