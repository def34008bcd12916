#include "mimeentity.h"

#include "textcodecs.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

constexpr int MaxDepth = 12; // nested multiparts and messages
constexpr int MaxEntities = 400;

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

// The lines "--boundary" (optionally "--boundary--") of one multipart body. They are found as
// "\n--boundary" with Horspool's algorithm, its shift table made once for the whole body (Qt's
// indexOf() makes one on every call, more work than a short part's search).
class BoundaryLines
{
public:
    BoundaryLines(QByteArrayView content, QByteArrayView delimiter)
        : m_content(content)
        , m_delimiter(delimiter)
        , m_needle('\n' + delimiter.toByteArray())
    {
        // Shifts are capped at 255: a shorter shift than allowed never skips a match.
        const qsizetype size = m_needle.size();
        std::memset(m_shift, int(std::min<qsizetype>(size, 255)), sizeof m_shift);
        for (qsizetype i = 0; i + 1 < size; ++i)
            m_shift[static_cast<unsigned char>(m_needle.at(i))] =
                static_cast<unsigned char>(std::min<qsizetype>(size - 1 - i, 255));
    }

    // The offset of the first such line at or after `from`, or -1.
    qsizetype next(qsizetype from) const
    {
        if (from == 0 && m_content.startsWith(m_delimiter))
            return 0;
        const char *const text = m_content.data();
        const qsizetype size = m_needle.size();
        const char last = m_needle.back();
        for (qsizetype at = from == 0 ? 0 : from - 1; at + size <= m_content.size();) {
            const char c = text[at + size - 1];
            if (c == last && std::memcmp(text + at, m_needle.constData(), size_t(size - 1)) == 0)
                return at + 1; // the line after the "\n"
            at += m_shift[static_cast<unsigned char>(c)];
        }
        return -1;
    }

private:
    const QByteArrayView m_content;
    const QByteArrayView m_delimiter;
    const QByteArray m_needle;
    unsigned char m_shift[256];
};

} // namespace

QByteArray MimeEntity::normalizeLineEndings(const QByteArray &data)
{
    if (!data.contains('\r'))
        return data;
    // Copies the runs between CRs whole, with memchr and memcpy into a buffer sized once: a
    // character at a time was most of the parsing time, and QByteArray::indexOf/append per line
    // (a CRLF message has a CR on every line) were still a quarter of the reading time.
    QByteArray out(data.size(), Qt::Uninitialized);
    const char *in = data.constData();
    const char *const inEnd = in + data.size();
    char *to = out.data();
    while (in < inEnd) {
        const void *found = std::memchr(in, '\r', size_t(inEnd - in));
        const char *const cr = found ? static_cast<const char *>(found) : inEnd;
        std::memcpy(to, in, size_t(cr - in));
        to += cr - in;
        if (cr == inEnd)
            break;
        *to++ = '\n';
        in = cr + 1 < inEnd && cr[1] == '\n' ? cr + 2 : cr + 1;
    }
    out.truncate(to - out.constData());
    return out;
}

MimeEntity MimeEntity::parse(const QByteArray &message)
{
    int budget = MaxEntities;
    return parseEntity(message, 0, message.size(), 0, &budget);
}

// The entity in [start, start + size) of `source`. Its parts and body stay in `source`.
MimeEntity MimeEntity::parseEntity(const QByteArray &source, qsizetype start, qsizetype size,
                                   int depth, int *budget)
{
    MimeEntity entity;
    --*budget;
    const QByteArrayView raw = QByteArrayView(source).sliced(start, size);
    qsizetype bodyStart = -1;
    entity.m_headers = MimeHeaders::parseHead(source, start, size, &bodyStart);
    const QByteArrayView header =
        bodyStart < 0 ? raw : raw.first(bodyStart == 1 ? 0 : bodyStart - 2);
    qsizetype bodyFrom = bodyStart < 0 ? size : bodyStart; // within `raw`
    if (entity.m_headers.isEmpty() && !header.isEmpty())
        bodyFrom = 0; // not a header block at all: the whole thing is text
    // Only the type is read now; a parameter is read when it is asked for (most never are).
    QByteArray unfoldedType;
    const QByteArrayView contentType = entity.m_headers.rawView("Content-Type", &unfoldedType);
    entity.m_type = HeaderValue::parseValue(contentType);
    static const QByteArray textPlain("text/plain");
    if (entity.m_type.isEmpty() || !entity.m_type.contains('/'))
        entity.m_type = textPlain;
    QByteArray unfoldedEncoding;
    const QByteArrayView encoding =
        entity.m_headers.rawView("Content-Transfer-Encoding", &unfoldedEncoding).trimmed();
    if (isLoweredAs(encoding, "base64"))
        entity.m_encoding = Encoding::Base64;
    else if (isLoweredAs(encoding, "quoted-printable"))
        entity.m_encoding = Encoding::QuotedPrintable;

    const bool nested = depth<MaxDepth && * budget> 0;
    if (entity.isMultipart() && nested) {
        entity.splitMultipart(HeaderValue::parameterIn(contentType, "boundary"), source,
                              start + bodyFrom, size - bodyFrom, depth, budget);
        if (!entity.m_parts.isEmpty())
            return entity;
        entity.m_type = textPlain; // a multipart without its boundary: read it as text
    }
    entity.m_source = source;
    entity.m_bodyStart = start + bodyFrom;
    entity.m_bodySize = size - bodyFrom;
    if (entity.isMessage() && nested) {
        // The embedded message is parsed where it is, unless it has to be decoded first.
        const bool inPlace = !entity.isTransferEncoded() && !entity.rawBody().contains('\r');
        const QByteArray message =
            inPlace ? source : MimeEntity::normalizeLineEndings(entity.body());
        entity.m_parts.append(parseEntity(message, inPlace ? entity.m_bodyStart : 0,
                                          inPlace ? entity.m_bodySize : message.size(), depth + 1,
                                          budget));
        entity.m_source.clear(); // a message has a part, not a body
        entity.m_bodyStart = entity.m_bodySize = 0;
    }
    return entity;
}

void MimeEntity::splitMultipart(const QString &boundary, const QByteArray &source, qsizetype start,
                                qsizetype size, int depth, int *budget)
{
    if (boundary.isEmpty())
        return;
    const QByteArray delimiter = "--" + boundary.toUtf8();
    const QByteArrayView content = QByteArrayView(source).sliced(start, size);
    const BoundaryLines boundaryLines(content, delimiter);
    // The parts' places first, then the parts into a list of the right size: growing it moved
    // every part parsed so far. No more places than the budget can pay for are kept.
    struct Place
    {
        qsizetype start;
        qsizetype end;
    };
    QVarLengthArray<Place, 16> places;
    qsizetype at = boundaryLines.next(0);
    while (at >= 0 && places.size() < *budget) {
        const qsizetype afterDelimiter = at + delimiter.size();
        if (content.sliced(afterDelimiter).startsWith("--"))
            break; // closing delimiter
        const qsizetype lineEnd = content.indexOf('\n', afterDelimiter);
        if (lineEnd < 0)
            break;
        const qsizetype partStart = lineEnd + 1;
        const qsizetype next = boundaryLines.next(partStart);
        qsizetype partEnd = next < 0 ? content.size() : next;
        if (partEnd > partStart && content.at(partEnd - 1) == '\n')
            --partEnd; // the line break before a delimiter belongs to the delimiter
        places.append({partStart, partEnd});
        at = next;
    }
    if (places.isEmpty())
        return;
    m_parts.reserve(places.size());
    for (const Place &place : places) {
        if (*budget <= 0)
            break;
        m_parts.append(
            parseEntity(source, start + place.start, place.end - place.start, depth + 1, budget));
    }
}

QString MimeEntity::parameter(const char *name) const
{
    QByteArray unfolded;
    return HeaderValue::parameterIn(m_headers.rawView("Content-Type", &unfolded), name);
}

bool MimeEntity::isMessage() const
{
    // Views of literals compare lengths first: most types fail there.
    const QByteArrayView type(m_type);
    return type == QByteArrayView("message/rfc822") ||
           type == QByteArrayView("text/rfc822-headers") ||
           type == QByteArrayView("message/global") ||
           type == QByteArrayView("message/global-headers") ||
           type == QByteArrayView("message/partial-rfc822");
}

bool MimeEntity::isAttachment() const
{
    const HeaderValue disposition = HeaderValue::parse(m_headers.raw("Content-Disposition"));
    return disposition.value == "attachment";
}

bool MimeEntity::isTransferEncoded() const
{
    return m_encoding != Encoding::Identity;
}

QByteArray MimeEntity::body() const
{
    const QByteArrayView raw = rawBody();
    if (m_encoding == Encoding::Base64)
        return TransferEncoding::decodeBase64(raw);
    if (m_encoding == Encoding::QuotedPrintable)
        return TransferEncoding::decodeQuotedPrintable(raw);
    return raw.size() == m_source.size() ? m_source : raw.toByteArray();
}

QString MimeEntity::text() const
{
    const QByteArray charset = parameter("charset").toLatin1();
    // Text that needs no transfer decoding is decoded straight from the message's bytes.
    return isTransferEncoded() ? TextCodecs::decode(body(), charset)
                               : TextCodecs::decode(rawBody(), charset);
}

void MimeEntity::collect(QList<const MimeEntity *> *entities) const
{
    entities->append(this);
    for (const MimeEntity &part : m_parts)
        part.collect(entities);
}

namespace TransferEncoding {

QByteArray decodeQuotedPrintable(QByteArrayView data)
{
    // Written straight into a buffer of the input's size (decoding never makes more bytes).
    QByteArray decoded(data.size(), Qt::Uninitialized);
    char *out = decoded.data();
    const int size = int(data.size());
    for (int i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c != '=') { // the run up to the next "=" as it is
            const qsizetype equals = data.indexOf('=', i);
            const int end = equals < 0 ? size : int(equals);
            memcpy(out, data.constData() + i, size_t(end - i));
            out += end - i;
            i = end - 1;
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
                *out++ = char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        *out++ = c;
    }
    decoded.truncate(out - decoded.constData());
    return decoded;
}

QByteArray decodeBase64(QByteArrayView data)
{
    // Some mailers pad every line ("YWI=\nY2Q=\n"): decode up to each padding, then go on.
    // Qt skips characters outside the alphabet (line breaks, stray blanks).
    QByteArray out;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype pad = data.indexOf('=', start);
        if (pad < 0) {
            out += QByteArray::fromBase64(
                QByteArray::fromRawData(data.data() + start, data.size() - start));
            break;
        }
        while (pad < data.size() && (data.at(pad) == '=' || data.at(pad) == '\n' ||
                                     data.at(pad) == '\r' || data.at(pad) == ' '))
            ++pad;
        out += QByteArray::fromBase64(QByteArray::fromRawData(data.data() + start, pad - start));
        start = pad;
    }
    return out;
}

} // namespace TransferEncoding
