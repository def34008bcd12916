#pragma once

#include "mimeheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One MIME entity (RFC 2045/2046): its headers and either a body or its parts. A
// message/rfc822 or text/rfc822-headers entity holds the returned message as its only part.
// Untrusted input: nesting and part counts are capped, nothing is ever executed or written out.
// Entities share the message's bytes instead of copying their part of them, and a body is
// transfer-decoded only when asked for: an attached file is never decoded.
class MimeEntity final
{
public:
    // Parses a whole message. `message` must have LF line endings (see normalizeLineEndings).
    static MimeEntity parse(const QByteArray &message);

    // CRLF and CR-only line endings (both seen in real bounces) to LF.
    static QByteArray normalizeLineEndings(const QByteArray &data);

    const MimeHeaders &headers() const { return m_headers; }
    QByteArray mimeType() const { return m_type; } // lower case; "text/plain" when not given
    QString parameter(const char *name) const;     // of Content-Type
    bool isMultipart() const { return m_type.startsWith("multipart/"); }
    bool isMessage() const;    // an embedded message or its headers
    bool isAttachment() const; // Content-Disposition: attachment (never opened)

    QByteArray body() const; // transfer-decoded bytes of a leaf (decoded on each call)
    QString text() const;    // the body decoded in its charset
    const QList<MimeEntity> &parts() const { return m_parts; }

    // Depth-first list of every entity, this one first.
    void collect(QList<const MimeEntity *> *entities) const;

private:
    static MimeEntity parseEntity(const QByteArray &source, qsizetype start, qsizetype size,
                                  int depth, int *budget);
    void splitMultipart(const QString &boundary, const QByteArray &source, qsizetype start,
                        qsizetype size, int depth, int *budget);
    QByteArrayView rawBody() const
    {
        return QByteArrayView(m_source).sliced(m_bodyStart, m_bodySize);
    }
    bool isTransferEncoded() const;

    enum class Encoding // Content-Transfer-Encoding: the ones body() decodes, or none
    {
        Identity,
        Base64,
        QuotedPrintable
    };

    MimeHeaders m_headers;
    QByteArray m_type;
    Encoding m_encoding = Encoding::Identity;
    QByteArray m_source; // a leaf's body is [m_bodyStart, +m_bodySize) of these shared bytes
    qsizetype m_bodyStart = 0;
    qsizetype m_bodySize = 0;
    QList<MimeEntity> m_parts;
};

// Content-Transfer-Encoding decoders, tolerant of real-world damage.
namespace TransferEncoding {
QByteArray decodeQuotedPrintable(QByteArrayView data);
QByteArray decodeBase64(QByteArrayView data);
} // namespace TransferEncoding
