#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// An RFC 5322 header block: unfolded fields in order, looked up case-insensitively.
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
    static MimeHeaders parse(const QByteArray &block) { return parseBlock(block); }
    // The same, for a block inside a bigger buffer (not copied out of it first).
    static MimeHeaders parseBlock(QByteArrayView block);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<Field> &fields() const { return m_fields; }
    bool contains(const char *name) const;

    // The first field's raw value, or empty.
    QByteArray raw(const char *name) const;
    // Every value of a repeated field, in order.
    QList<QByteArray> all(const char *name) const;
    // The first value with RFC 2047 words decoded.
    QString text(const char *name) const;

private:
    QList<Field> m_fields;
};

// RFC 2047 encoded words ("=?ISO-2022-JP?B?…?=") in a header value, decoded; the rest is read as
// UTF-8 (or guessed) because many mailers put raw 8-bit text in headers.
QString decodeHeaderWords(const QByteArray &value);

// A Content-Type (or Content-Disposition) value: "type/subtype; name=value; …", with RFC 2231
// continuations and charset-tagged parameters (name*0*=utf-8''…) joined and decoded.
struct HeaderValue
{
    QByteArray value;                             // lower-cased "type/subtype" or disposition
    QList<QPair<QByteArray, QString>> parameters; // names lower-cased

    static HeaderValue parse(const QByteArray &raw);
    QString parameter(const char *name) const;
};
