#include "mimeentity.h"

#include "textcodecs.h"

namespace {

constexpr int MaxDepth = 12; // nested multiparts and messages
constexpr int MaxEntities = 400;

// Splits a raw entity into its header block and its body at the first blank line.
void splitHeaderAndBody(const QByteArray &raw, QByteArray *header, QByteArray *body)
{
    if (raw.startsWith('\n')) {
        header->clear();
        *body = raw.mid(1);
        return;
    }
    const int blank = raw.indexOf("\n\n");
    if (blank < 0) {
        *header = raw;
        body->clear();
        return;
    }
    *header = raw.left(blank);
    *body = raw.mid(blank + 2);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The offset of the line "--boundary" (optionally "--boundary--") at or after `from`, or -1.
int findBoundaryLine(const QByteArray &content, const QByteArray &delimiter, int from)
{
    int at = content.indexOf(delimiter, from);
    while (at >= 0) {
        if (at == 0 || content.at(at - 1) == '\n')
            return at;
        at = content.indexOf(delimiter, at + 1);
    }
    return -1;
}

} // namespace

QByteArray MimeEntity::normalizeLineEndings(const QByteArray &data)
{
    if (!data.contains('\r'))
        return data;
    QByteArray out;
    out.reserve(data.size());
    const int size = int(data.size());
    for (int i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < size && data.at(i + 1) == '\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

MimeEntity MimeEntity::parse(const QByteArray &message)
{
    int budget = MaxEntities;
    return parseEntity(message, 0, &budget);
}

MimeEntity MimeEntity::parseEntity(const QByteArray &raw, int depth, int *budget)
{
    MimeEntity entity;
    --*budget;
    QByteArray header;
    QByteArray body;
    splitHeaderAndBody(raw, &header, &body);
    entity.m_headers = MimeHeaders::parse(header);
    if (entity.m_headers.isEmpty() && !header.isEmpty()) {
        // Not a header block at all: the whole thing is text.
        body = raw;
    }
    entity.m_contentType = HeaderValue::parse(entity.m_headers.raw("Content-Type"));
    entity.m_type = entity.m_contentType.value;
    if (entity.m_type.isEmpty() || !entity.m_type.contains('/'))
        entity.m_type = "text/plain";

    const QByteArray encoding =
        entity.m_headers.raw("Content-Transfer-Encoding").trimmed().toLower();
    const bool nested = depth<MaxDepth && * budget> 0;
    if (entity.isMultipart() && nested) {
        entity.splitMultipart(body, depth, budget);
        if (!entity.m_parts.isEmpty())
            return entity;
        entity.m_type = "text/plain"; // a multipart without its boundary: read it as text
    }
    QByteArray decoded = body;
    if (encoding == "base64")
        decoded = TransferEncoding::decodeBase64(body);
    else if (encoding == "quoted-printable")
        decoded = TransferEncoding::decodeQuotedPrintable(body);
    if (entity.isMessage() && nested) {
        entity.m_parts.append(
            parseEntity(MimeEntity::normalizeLineEndings(decoded), depth + 1, budget));
        return entity;
    }
    entity.m_body = decoded;
    return entity;
}

void MimeEntity::splitMultipart(const QByteArray &content, int depth, int *budget)
{
    const QString boundary = m_contentType.parameter("boundary");
    if (boundary.isEmpty())
        return;
    const QByteArray delimiter = "--" + boundary.toUtf8();
    int at = findBoundaryLine(content, delimiter, 0);
    while (at >= 0 && *budget > 0) {
        int start = at + int(delimiter.size());
        if (content.mid(start, 2) == "--")
            return; // closing delimiter
        const int lineEnd = content.indexOf('\n', start);
        if (lineEnd < 0)
            return;
        start = lineEnd + 1;
        const int next = findBoundaryLine(content, delimiter, start);
        const int end = next < 0 ? int(content.size()) : next;
        QByteArray partRaw = content.mid(start, end - start);
        if (partRaw.endsWith('\n'))
            partRaw.chop(1); // the line break before a delimiter belongs to the delimiter
        m_parts.append(parseEntity(partRaw, depth + 1, budget));
        at = next;
    }
}

bool MimeEntity::isMessage() const
{
    return m_type == "message/rfc822" || m_type == "text/rfc822-headers" ||
           m_type == "message/global" || m_type == "message/global-headers" ||
           m_type == "message/partial-rfc822";
}

bool MimeEntity::isAttachment() const
{
    const HeaderValue disposition = HeaderValue::parse(m_headers.raw("Content-Disposition"));
    return disposition.value == "attachment";
}

QString MimeEntity::text() const
{
    return TextCodecs::decode(m_body, m_contentType.parameter("charset").toLatin1());
}

void MimeEntity::collect(QList<const MimeEntity *> *entities) const
{
    entities->append(this);
    for (const MimeEntity &part : m_parts)
        part.collect(entities);
}

namespace TransferEncoding {

QByteArray decodeQuotedPrintable(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    const int size = int(data.size());
    for (int i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < size && data.at(i + 1) == '\n') { // soft line break
            ++i;
            continue;
        }
        int j = i + 1; // "=" followed by trailing blanks then a line break is a soft break too
        while (j < size && (data.at(j) == ' ' || data.at(j) == '\t'))
            ++j;
        if (j > i + 1 && j < size && data.at(j) == '\n') {
            i = j;
            continue;
        }
        if (i + 2 < size) {
            const int high = hexValue(data.at(i + 1));
            const int low = hexValue(data.at(i + 2));
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray decodeBase64(const QByteArray &data)
{
    // Some mailers pad every line ("YWI=\nY2Q=\n"): decode up to each padding, then go on.
    // Qt skips characters outside the alphabet (line breaks, stray blanks).
    QByteArray out;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype pad = data.indexOf('=', start);
        if (pad < 0) {
            out += QByteArray::fromBase64(data.mid(start));
            break;
        }
        while (pad < data.size() && (data.at(pad) == '=' || data.at(pad) == '\n' ||
                                     data.at(pad) == '\r' || data.at(pad) == ' '))
            ++pad;
        out += QByteArray::fromBase64(data.mid(start, pad - start));
        start = pad;
    }
    return out;
}

} // namespace TransferEncoding
