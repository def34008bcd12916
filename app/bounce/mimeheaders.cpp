#include "mimeheaders.h"

#include "mimeentity.h"

#include "textcodecs.h"

#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

// Field names compare case-insensitively, as qstrnicmp() does (ASCII letters only), in a loop
// that gives up at the first difference: lengths first (most fields differ in length), then the
// first bytes, without a call into Qt for every field of a lookup.
bool isNamed(QByteArrayView fieldName, QByteArrayView name)
{
    if (fieldName.size() != name.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char a = fieldName.at(i);
        const char b = name.at(i);
        if (a != b && ((a | 0x20) != (b | 0x20) || (a | 0x20) < 'a' || (a | 0x20) > 'z'))
            return false;
    }
    return true;
}

// The bytes a field name is made of: printable ASCII but the colon (a table, as names are
// scanned byte by byte in every header block).
struct FieldNameBytes
{
    bool allowed[256] = {};
    constexpr FieldNameBytes()
    {
        for (int c = 33; c < 127; ++c)
            allowed[c] = c != ':';
    }
};
constexpr FieldNameBytes fieldNameBytes;

// The white space QByteArray::trimmed() removes.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// RFC 2047 "Q" encoding: quoted-printable with "_" for space (an encoded underscore is "=5F",
// so replacing first is right).
QByteArray decodeQWord(QByteArray text)
{
    text.replace('_', ' ');
    return TransferEncoding::decodeQuotedPrintable(text);
}

struct EncodedWord
{
    int start = -1;
    int end = -1; // one past "?="
    QByteArray charset;
    QByteArray bytes;
};

// Finds the next "=?charset?B|Q?text?=" at or after `from`.
EncodedWord nextEncodedWord(const QByteArray &value, int from)
{
    EncodedWord word;
    int start = value.indexOf("=?", from);
    while (start >= 0) {
        const int q1 = value.indexOf('?', start + 2);
        const bool shaped = q1 >= 0 && q1 + 2 < value.size() && value.at(q1 + 2) == '?';
        const int q3 = shaped ? value.indexOf("?=", q1 + 3) : -1;
        if (q3 < 0) { // not a word: "=?" as text; look further
            start = value.indexOf("=?", start + 2);
            continue;
        }
        const char encoding = char(value.at(q1 + 1) | 0x20);
        if (encoding == 'b' || encoding == 'q') {
            word.start = start;
            word.end = q3 + 2;
            word.charset = value.mid(start + 2, q1 - start - 2);
            const int star = word.charset.indexOf('*'); // RFC 2231 language suffix
            if (star >= 0)
                word.charset.truncate(star);
            const QByteArray text = value.mid(q1 + 3, q3 - q1 - 3);
            word.bytes = encoding == 'b' ? QByteArray::fromBase64(text) : decodeQWord(text);
            return word;
        }
        start = value.indexOf("=?", start + 2);
    }
    return word;
}

bool isBlank(const QByteArray &text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// Whether `value` contains "=?", the start of an encoded word.
bool hasEncodedWordStart(QByteArrayView value)
{
    const char *from = value.data();
    const char *const end = from + value.size();
    while (from < end) {
        const void *const equals = std::memchr(from, '=', size_t(end - from));
        if (!equals)
            return false;
        from = static_cast<const char *>(equals) + 1;
        if (from < end && *from == '?')
            return true;
    }
    return false;
}

// decodeHeaderWords() of a value not copied out of its header block.
QString decodeWords(QByteArrayView view)
{
    static const QByteArray utf8("utf-8");
    if (!hasEncodedWordStart(view)) // nearly every value: no copy of it, no name to make
        return TextCodecs::decode(view, utf8);
    const QByteArray value = view.toByteArray();
    QString out;
    int position = 0;
    QByteArray pendingCharset;
    QByteArray pendingBytes; // adjacent words of one charset are decoded together (split chars)
    const auto flush = [&] {
        if (!pendingBytes.isEmpty())
            out += TextCodecs::decode(pendingBytes, pendingCharset);
        pendingBytes.clear();
    };
    while (position < value.size()) {
        const EncodedWord word = nextEncodedWord(value, position);
        if (word.start < 0)
            break;
        const QByteArray between = value.mid(position, word.start - position);
        // RFC 2047 §6.2: white space between two encoded words is not part of the text.
        if (!(isBlank(between) && !pendingBytes.isEmpty())) {
            flush();
            out += TextCodecs::decode(between, utf8);
        }
        if (word.charset.compare(pendingCharset, Qt::CaseInsensitive) != 0)
            flush();
        pendingCharset = word.charset;
        pendingBytes += word.bytes;
        position = word.end;
        // Stateful encodings end every word in ASCII: decode each on its own, or one word's
        // closing escape meets the next one's opening escape.
        if (word.charset.toLower().startsWith("iso-2022"))
            flush();
    }
    flush();
    out += TextCodecs::decode(value.mid(position), utf8);
    return out;
}

} // namespace

// Whether `text` is `lower` once lower-cased as QByteArray::toLower() does (ASCII letters only).
bool isLoweredAs(QByteArrayView text, QByteArrayView lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text.at(i);
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
        if (c != lower.at(i))
            return false;
    }
    return true;
}

// A folded value: its first line's part, then its continuation lines (each trimmed), joined
// with single spaces as unfolding does, in one allocation instead of one per line.
QByteArray unfolded(QByteArrayView first, const QVarLengthArray<QByteArrayView, 8> &folds)
{
    if (folds.isEmpty())
        return first.toByteArray();
    qsizetype size = first.size();
    for (const QByteArrayView fold : folds)
        size += (size > 0) + fold.size(); // no space before the first text
    QByteArray value(size, Qt::Uninitialized);
    char *out = value.data();
    if (!first.isEmpty()) // memcpy() must not be given a null pointer, even for no bytes
        memcpy(out, first.data(), first.size());
    out += first.size();
    for (const QByteArrayView fold : folds) {
        if (out != value.constData())
            *out++ = ' ';
        if (!fold.isEmpty())
            memcpy(out, fold.data(), fold.size());
        out += fold.size();
    }
    return value;
}

MimeHeaders MimeHeaders::parseBlock(QByteArrayView block)
{
    return parseIn(block.toByteArray(), 0, block.size());
}

MimeHeaders MimeHeaders::parseIn(const QByteArray &source, qsizetype start, qsizetype size)
{
    return read(source, start, size, nullptr);
}

MimeHeaders MimeHeaders::parseHead(const QByteArray &source, qsizetype start, qsizetype size,
                                   qsizetype *bodyStart)
{
    *bodyStart = -1;
    return read(source, start, size, bodyStart);
}

// A line is a field when a name of printable ASCII (no blank) ends at its first colon; a line
// that starts with a blank continues the field before it; other lines are kept out (and do not
// end the field before them). With `bodyStart`, reading stops at the first blank line.
MimeHeaders MimeHeaders::read(const QByteArray &source, qsizetype start, qsizetype size,
                              qsizetype *bodyStart)
{
    MimeHeaders headers;
    const char *const bytes = source.constData();
    const char *const end = bytes + start + size;
    // Spans are collected on the stack and stored with one allocation of the right size.
    QVarLengthArray<Span, 32> fields;
    for (const char *line = bytes + start; line < end;) {
        const void *const newline = std::memchr(line, '\n', size_t(end - line));
        const char *const lineEnd = newline ? static_cast<const char *>(newline) : end;
        const char *const next = lineEnd + 1;
        if (lineEnd == line) { // a blank line
            if (bodyStart) {
                *bodyStart = next - (bytes + start);
                break;
            }
            line = next;
            continue;
        }
        const char first = *line;
        if ((first == ' ' || first == '\t') && !fields.isEmpty()) {
            fields.last().foldsEnd = lineEnd - bytes;
            line = next;
            continue;
        }
        const char *colon = line;
        if (newline) { // the line break is no name byte: it ends the scan
            while (fieldNameBytes.allowed[static_cast<unsigned char>(*colon)])
                ++colon;
        } else {
            while (colon < lineEnd && fieldNameBytes.allowed[static_cast<unsigned char>(*colon)])
                ++colon;
        }
        if (colon == line || colon == lineEnd || *colon != ':') {
            line = next;
            continue;
        }
        // Trimmed as QByteArrayView::trimmed() does, without a call for every field.
        const char *valueStart = colon + 1;
        const char *valueEnd = lineEnd;
        while (valueStart < valueEnd && isAsciiSpace(valueEnd[-1]))
            --valueEnd;
        while (valueStart < valueEnd && isAsciiSpace(*valueStart))
            ++valueStart;
        fields.append({line - bytes, colon - line, valueStart - bytes, valueEnd - valueStart, 0});
        line = next;
    }
    if (!fields.isEmpty()) {
        headers.m_bytes = source;
        headers.m_fields = QList<Span>(fields.constBegin(), fields.constEnd());
    }
    return headers;
}

QByteArray MimeHeaders::valueOf(const Span &span) const
{
    const QByteArrayView bytes(m_bytes);
    const QByteArrayView first = bytes.sliced(span.value, span.valueSize);
    if (span.foldsEnd == 0)
        return first.toByteArray();
    // The continuation lines are the lines up to foldsEnd that start with a blank; the others
    // in between are lines that were not fields.
    QVarLengthArray<QByteArrayView, 8> folds;
    qsizetype from = bytes.indexOf('\n', span.value + span.valueSize) + 1;
    while (from < span.foldsEnd) {
        qsizetype lineEnd = bytes.indexOf('\n', from);
        if (lineEnd < 0 || lineEnd > span.foldsEnd)
            lineEnd = span.foldsEnd;
        const QByteArrayView line = bytes.sliced(from, lineEnd - from);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
            folds.append(line.trimmed());
        from = lineEnd + 1;
    }
    return unfolded(first, folds);
}

const MimeHeaders::Span *MimeHeaders::find(QByteArrayView name) const
{
    for (const Span &span : m_fields) {
        if (isNamed(nameOf(span), name))
            return &span;
    }
    return nullptr;
}

QList<MimeHeaders::Field> MimeHeaders::fields() const
{
    QList<Field> fields;
    fields.reserve(m_fields.size());
    for (const Span &span : m_fields)
        fields.append({nameOf(span).toByteArray(), valueOf(span)});
    return fields;
}

bool MimeHeaders::contains(const char *name) const
{
    return find(name) != nullptr;
}

QByteArray MimeHeaders::raw(const char *name) const
{
    const Span *span = find(name);
    return span ? valueOf(*span) : QByteArray();
}

QByteArrayView MimeHeaders::rawView(const char *name, QByteArray *unfolded) const
{
    const Span *span = find(name);
    if (!span)
        return {};
    if (span->foldsEnd == 0)
        return QByteArrayView(m_bytes).sliced(span->value, span->valueSize);
    *unfolded = valueOf(*span);
    return *unfolded;
}

QList<QByteArray> MimeHeaders::all(const char *name) const
{
    const QByteArrayView wanted(name);
    QList<QByteArray> values;
    for (const Span &span : m_fields) {
        if (isNamed(nameOf(span), wanted))
            values.append(valueOf(span));
    }
    return values;
}

QString MimeHeaders::text(const char *name) const
{
    QByteArray unfolded;
    return decodeWords(rawView(name, &unfolded));
}

QString decodeHeaderWords(const QByteArray &value)
{
    return decodeWords(value);
}

namespace {

// `text` in lower case as QByteArray::toLower() makes it (ASCII letters only). The types and
// parameter names nearly every message uses are shared copies of one array each, so most values
// allocate nothing here.
QByteArray lowered(QByteArrayView text)
{
    // By length, so that only names of the text's length are compared.
    static const QByteArray common[] = {
        "name",
        "type",
        "delsp",
        "format",
        "inline",
        "charset",
        "boundary",
        "filename",
        "text/html",
        "attachment",
        "reply-type",
        "text/plain",
        "report-type",
        "message/rfc822",
        "multipart/mixed",
        "multipart/report",
        "multipart/related",
        "text/rfc822-headers",
        "multipart/alternative",
        "message/delivery-status",
        "application/octet-stream",
    };
    const auto sameLowered = [text](const QByteArray &known) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            char c = text.at(i);
            if (c >= 'A' && c <= 'Z')
                c = char(c + ('a' - 'A'));
            if (c != known.at(i))
                return false;
        }
        return true;
    };
    const auto shorter = [](const QByteArray &known, qsizetype size) {
        return known.size() < size;
    };
    for (auto known =
             std::lower_bound(std::cbegin(common), std::cend(common), text.size(), shorter);
         known != std::cend(common) && known->size() == text.size(); ++known) {
        if (text == QByteArrayView(*known) || sameLowered(*known)) // most are written in lower case
            return *known;
    }
    return text.toByteArray().toLower();
}

using Pieces = QVarLengthArray<QByteArrayView, 8>;

// The first `c` in [from, to), or null.
const char *findByte(const char *from, const char *to, char c)
{
    return from < to ? static_cast<const char *>(std::memchr(from, c, size_t(to - from))) : nullptr;
}

// Most values ("text/plain; charset=us-ascii") have no escapes and no RFC 2231 parts: they are
// split here on ';' outside quotes, without the general machinery of HeaderValue::parse (the
// same result, a fraction of the time). False when `whole` needs that machinery. The bytes that
// matter are found with memchr(), each byte looked at once.
bool splitSimple(QByteArrayView whole, Pieces *pieces)
{
    const char *const begin = whole.data();
    const char *const end = begin + whole.size();
    if (findByte(begin, end, '\\') || findByte(begin, end, '*'))
        return false;
    const char *pieceStart = begin;
    const char *semicolon = nullptr; // the first ';' at or after `at`, once looked for
    for (const char *at = begin; at < end;) {
        if (!semicolon || semicolon < at) {
            semicolon = findByte(at, end, ';');
            if (!semicolon)
                semicolon = end;
        }
        const char *const quote = findByte(at, semicolon, '"');
        if (!quote) { // the ';' is outside quotes
            if (semicolon == end)
                break;
            pieces->append(QByteArrayView(pieceStart, semicolon));
            pieceStart = at = semicolon + 1;
            continue;
        }
        const char *const closing = findByte(quote + 1, end, '"');
        if (!closing)
            break; // quoted to the end: no more pieces
        at = closing + 1;
    }
    pieces->append(QByteArrayView(pieceStart, end));
    return true;
}

// A parameter piece's name and text ("name = \"text\""), or false when it has no name.
bool splitParameter(QByteArrayView piece, QByteArrayView *name, QByteArrayView *text)
{
    const qsizetype equals = piece.indexOf('=');
    if (equals <= 0)
        return false;
    *name = piece.first(equals).trimmed();
    *text = piece.sliced(equals + 1).trimmed();
    if (text->size() >= 2 && text->startsWith('"') && text->endsWith('"'))
        *text = text->sliced(1, text->size() - 2);
    return true;
}

bool parseSimple(QByteArrayView whole, HeaderValue *result)
{
    Pieces pieces;
    if (!splitSimple(whole, &pieces))
        return false;
    result->value = lowered(pieces.first().trimmed());
    if (pieces.size() > 1)
        result->parameters.reserve(pieces.size() - 1);
    Pieces texts; // per parameter, the last value given for its name
    for (qsizetype p = 1; p < pieces.size(); ++p) {
        QByteArrayView nameView;
        QByteArrayView text;
        if (!splitParameter(pieces.at(p), &nameView, &text))
            continue;
        const QByteArray name = lowered(nameView);
        const auto known = std::find_if(
            result->parameters.cbegin(), result->parameters.cend(),
            [&name](const QPair<QByteArray, QString> &named) { return named.first == name; });
        if (known == result->parameters.cend()) {
            result->parameters.append({name, QString()});
            texts.append(text);
        } else {
            texts[known - result->parameters.cbegin()] = text;
        }
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        result->parameters[i].second = decodeWords(texts.at(i));
    return true;
}

} // namespace

QByteArray HeaderValue::parseValue(QByteArrayView raw)
{
    // Without a quote before the first ';' the value is the text before it, as parse() splits
    // it; quotes there (and escapes inside them) are left to the general machinery.
    const char *const begin = raw.data();
    const char *const end = begin + raw.size();
    const char *semicolon = findByte(begin, end, ';');
    if (!semicolon)
        semicolon = end;
    if (findByte(begin, semicolon, '"'))
        return parseView(raw).value;
    return lowered(QByteArrayView(begin, semicolon).trimmed());
}

QString HeaderValue::parameterIn(QByteArrayView raw, const char *name)
{
    Pieces pieces;
    if (!splitSimple(raw, &pieces))
        return parseView(raw).parameter(name);
    // As parseSimple() would: the last text given for the name, the name lower-cased.
    const QByteArrayView wanted(name);
    QByteArrayView found;
    bool given = false;
    for (qsizetype p = 1; p < pieces.size(); ++p) {
        QByteArrayView pieceName;
        QByteArrayView text;
        if (splitParameter(pieces.at(p), &pieceName, &text) && isLoweredAs(pieceName, wanted)) {
            found = text;
            given = true;
        }
    }
    return given ? decodeWords(found) : QString();
}

HeaderValue HeaderValue::parseView(QByteArrayView view)
{
    HeaderValue result;
    if (parseSimple(view, &result))
        return result;
    const QByteArray raw = view.toByteArray();
    // Split on ';' outside quotes.
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (int i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\\' && quoted && i + 1 < raw.size()) {
            current += raw.at(++i);
            continue;
        } else if (c == ';' && !quoted) {
            pieces.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    pieces.append(current);
    result.value = pieces.takeFirst().trimmed().toLower();

    // RFC 2231: name*0*=charset'lang'%xx…, name*1*=%xx…, name*2="plain" joined in order.
    struct Continuation
    {
        QMap<int, QPair<QByteArray, bool>> pieces; // index → (text, percent-encoded)
    };
    QMap<QByteArray, Continuation> continued;
    QList<QByteArray> order;
    for (const QByteArray &piece : std::as_const(pieces)) {
        const int equals = piece.indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray name = piece.left(equals).trimmed().toLower();
        QByteArray text = piece.mid(equals + 1).trimmed();
        if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
            text = text.mid(1, text.size() - 2);
        bool encoded = false;
        if (name.endsWith('*')) {
            encoded = true;
            name.chop(1);
        }
        int index = 0;
        const int star = name.indexOf('*');
        if (star >= 0) {
            bool ok = false;
            index = name.mid(star + 1).toInt(&ok);
            if (!ok || index < 0 || index > 999)
                continue;
            name.truncate(star);
        }
        if (!continued.contains(name))
            order.append(name);
        continued[name].pieces.insert(index, {text, encoded});
    }
    for (const QByteArray &name : std::as_const(order)) {
        const Continuation &parameter = continued.value(name);
        QByteArray charset;
        QByteArray bytes;
        bool anyEncoded = false;
        bool first = true;
        for (auto it = parameter.pieces.cbegin(); it != parameter.pieces.cend(); ++it) {
            QByteArray text = it.value().first;
            if (it.value().second) {
                anyEncoded = true;
                if (first) {
                    const int q1 = text.indexOf('\'');
                    const int q2 = q1 >= 0 ? text.indexOf('\'', q1 + 1) : -1;
                    if (q2 >= 0) {
                        charset = text.left(q1);
                        text = text.mid(q2 + 1);
                    }
                }
                bytes += QByteArray::fromPercentEncoding(text);
            } else {
                bytes += text;
            }
            first = false;
        }
        const QString decoded =
            anyEncoded ? TextCodecs::decode(bytes, charset) : decodeHeaderWords(bytes);
        result.parameters.append({name, decoded});
    }
    return result;
}

QString HeaderValue::parameter(const char *name) const
{
    for (const auto &parameter : parameters) {
        if (parameter.first == name)
            return parameter.second;
    }
    return {};
}
