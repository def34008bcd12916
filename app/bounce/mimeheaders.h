#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// An RFC 5322 header block: unfolded fields in order, looked up case-insensitively.
// The fields stay in the bytes they were read from (shared, not copied), and a value is
// unfolded only when asked for: most fields of a message (Received, DKIM-Signature, …) never are.
class MimeHeaders final
{
public:
    struct Field
    {
        QByteArray name;  // as written
        QByteArray value; // unfolded, trimmed, still encoded (RFC 2047 words left as they are)
    };

    // Parses `block` (LF line endings, no blank line inside). Lines that are not fields are kept
    // out; a block of which no line is a field gives an empty header set.
    static MimeHeaders parse(const QByteArray &block) { return parseIn(block, 0, block.size()); }
    // The same, for a block inside a bigger buffer (copied once).
    static MimeHeaders parseBlock(QByteArrayView block);
    // The same, for the block [start, start + size) of `source`, which is shared, not copied.
    static MimeHeaders parseIn(const QByteArray &source, qsizetype start, qsizetype size);
    // The header block at the start of the entity [start, start + size) of `source`: the fields
    // up to its first blank line. *bodyStart is where the line after that blank line starts
    // (relative to `start`), or -1 when there is no blank line.
    static MimeHeaders parseHead(const QByteArray &source, qsizetype start, qsizetype size,
                                 qsizetype *bodyStart);

    bool isEmpty() const { return m_fields.isEmpty(); }
    QList<Field> fields() const; // made on each call
    bool contains(const char *name) const;

    // The first field's raw value, or empty.
    QByteArray raw(const char *name) const;
    // The same without a copy: a view of these headers' bytes, or of *unfolded when the value
    // had to be unfolded. Valid while both live.
    QByteArrayView rawView(const char *name, QByteArray *unfolded) const;
    // Every value of a repeated field, in order.
    QList<QByteArray> all(const char *name) const;
    // The first value with RFC 2047 words decoded.
    QString text(const char *name) const;

private:
    // Offsets into m_bytes.
    struct Span
    {
        qsizetype name;
        qsizetype nameSize;
        qsizetype value; // on the field's own line, trimmed
        qsizetype valueSize;
        qsizetype foldsEnd; // continuation lines end here; 0 when there are none
    };

    static MimeHeaders read(const QByteArray &source, qsizetype start, qsizetype size,
                            qsizetype *bodyStart);
    const Span *find(QByteArrayView name) const;
    QByteArrayView nameOf(const Span &span) const
    {
        return QByteArrayView(m_bytes).sliced(span.name, span.nameSize);
    }
    QByteArray valueOf(const Span &span) const;

    QByteArray m_bytes;
    QList<Span> m_fields;
};

// Whether `text` is `lower` once lower-cased as QByteArray::toLower() does (ASCII letters only),
// without the copy toLower() makes.
bool isLoweredAs(QByteArrayView text, QByteArrayView lower);

// RFC 2047 encoded words ("=?ISO-2022-JP?B?…?=") in a header value, decoded; the rest is read as
// UTF-8 (or guessed) because many mailers put raw 8-bit text in headers.
QString decodeHeaderWords(const QByteArray &value);

// A Content-Type (or Content-Disposition) value: "type/subtype; name=value; …", with RFC 2231
// continuations and charset-tagged parameters (name*0*=utf-8''…) joined and decoded.
struct HeaderValue
{
    QByteArray value;                             // lower-cased "type/subtype" or disposition
    QList<QPair<QByteArray, QString>> parameters; // names lower-cased

    static HeaderValue parse(const QByteArray &raw) { return parseView(raw); }
    // The same, for a value not copied out of its header block.
    static HeaderValue parseView(QByteArrayView raw);
    // parseView(raw).value, without reading the parameters.
    static QByteArray parseValue(QByteArrayView raw);
    // parseView(raw).parameter(name), decoding only that parameter.
    static QString parameterIn(QByteArrayView raw, const char *name);
    QString parameter(const char *name) const;
};
