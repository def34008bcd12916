#include "mimeheaders.h"

#include "mimeentity.h"

#include "textcodecs.h"

#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

bool isFieldName(QByteArrayView line, qsizetype colon)
{
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        if (c <= 32 || c >= 127)
            return false;
    }
    return true;
}

// A field name as written. The names nearly every message repeats are shared copies of one
// array each, so a header block allocates for its values but not again for every name.
QByteArray fieldName(QByteArrayView name)
{
    static const QByteArray common[] = {
        "Received",
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
        "Return-Path",
        "DKIM-Signature",
        "X-Received",
        "Final-Recipient",
        "Action",
        "Status",
        "Content-Description",
    };
    for (const QByteArray &known : common) {
        if (known.size() == name.size() && memcmp(known.constData(), name.data(), name.size()) == 0)
            return known;
    }
    return name.toByteArray();
}

// Field names compare case-insensitively (lengths first: most fields differ in length).
bool isNamed(const QByteArray &fieldName, QByteArrayView name)
{
    return fieldName.size() == name.size() &&
           qstrnicmp(fieldName.constData(), fieldName.size(), name.data(), name.size()) == 0;
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

} // namespace

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
    MimeHeaders headers;
    // About one field per 40 bytes: room for most blocks at once instead of growing step by step
    // (capped: a long text without a blank line is read as one big "header block").
    headers.m_fields.reserve(qMin<qsizetype>(block.size() / 40 + 4, 128));
    QByteArrayView value;                     // the last field's value, on its own line
    QVarLengthArray<QByteArrayView, 8> folds; // and on its continuation lines
    const auto finishValue = [&] {
        if (!headers.m_fields.isEmpty())
            headers.m_fields.last().value = unfolded(value, folds);
        folds.clear();
    };
    for (qsizetype from = 0; from <= block.size();) {
        qsizetype end = block.indexOf('\n', from);
        if (end < 0)
            end = block.size();
        const QByteArrayView line = block.sliced(from, end - from);
        from = end + 1;
        if (line.isEmpty())
            continue;
        const char first = line.at(0);
        if ((first == ' ' || first == '\t') && !headers.m_fields.isEmpty()) {
            folds.append(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (!isFieldName(line, colon))
            continue;
        finishValue();
        headers.m_fields.append({fieldName(line.first(colon)), QByteArray()});
        value = line.sliced(colon + 1).trimmed();
    }
    finishValue();
    return headers;
}

bool MimeHeaders::contains(const char *name) const
{
    const QByteArrayView wanted(name);
    for (const Field &field : m_fields) {
        if (isNamed(field.name, wanted))
            return true;
    }
    return false;
}

QByteArray MimeHeaders::raw(const char *name) const
{
    const QByteArrayView wanted(name);
    for (const Field &field : m_fields) {
        if (isNamed(field.name, wanted))
            return field.value;
    }
    return {};
}

QList<QByteArray> MimeHeaders::all(const char *name) const
{
    const QByteArrayView wanted(name);
    QList<QByteArray> values;
    for (const Field &field : m_fields) {
        if (isNamed(field.name, wanted))
            values.append(field.value);
    }
    return values;
}

QString MimeHeaders::text(const char *name) const
{
    return decodeHeaderWords(raw(name));
}

QString decodeHeaderWords(const QByteArray &value)
{
    if (!value.contains("=?"))
        return TextCodecs::decode(value, "utf-8");
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
            out += TextCodecs::decode(between, "utf-8");
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
    out += TextCodecs::decode(value.mid(position), "utf-8");
    return out;
}

namespace {

// Most values ("text/plain; charset=us-ascii") have no escapes and no RFC 2231 parts: they are
// read here without the general machinery of HeaderValue::parse (the same result, a fraction
// of the time). False when `raw` needs that machinery.
bool parseSimple(const QByteArray &raw, HeaderValue *result)
{
    if (raw.contains('\\') || raw.contains('*'))
        return false;
    const QByteArrayView whole(raw);
    QList<QByteArrayView> pieces; // split on ';' outside quotes
    bool quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole.at(i) == '"') {
            quoted = !quoted;
        } else if (whole.at(i) == ';' && !quoted) {
            pieces.append(whole.sliced(from, i - from));
            from = i + 1;
        }
    }
    pieces.append(whole.sliced(from));
    result->value = pieces.first().trimmed().toByteArray().toLower();
    QList<QByteArrayView> texts; // per parameter, the last value given for its name
    for (qsizetype p = 1; p < pieces.size(); ++p) {
        const qsizetype equals = pieces.at(p).indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = pieces.at(p).first(equals).trimmed().toByteArray().toLower();
        QByteArrayView text = pieces.at(p).sliced(equals + 1).trimmed();
        if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
            text = text.sliced(1, text.size() - 2);
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
        result->parameters[i].second = decodeHeaderWords(texts.at(i).toByteArray());
    return true;
}

} // namespace

HeaderValue HeaderValue::parse(const QByteArray &raw)
{
    HeaderValue result;
    if (parseSimple(raw, &result))
        return result;
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
