#include "msgmimewriter.h"

#include "mapimessage.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using Msg::kCc;
using Msg::kTo;
using Msg::Message;
using Msg::Recipient;

// One line of plain text: control characters (CR and LF above all) become spaces.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out.simplified();
}

bool isPrintableAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7E)
            return false;
    }
    return true;
}

// Long lines break at spaces: a header line may not exceed 998 octets.
QByteArray fold(const QByteArray &line)
{
    constexpr qsizetype limit = 900;
    QByteArray out;
    qsizetype start = 0;
    while (line.size() - start > limit) {
        qsizetype cut = line.lastIndexOf(' ', start + limit);
        if (cut <= start)
            cut = line.indexOf(' ', start + limit);
        if (cut < 0)
            break;
        out += line.mid(start, cut - start) + "\r\n";
        start = cut; // the space starts the continuation line
    }
    return out + line.mid(start);
}

// RFC 2047 encoded words for anything not plain ASCII, split on UTF-8 character boundaries.
QByteArray encodeText(const QString &text, bool asPhrase = false)
{
    const QByteArray utf8 = oneLine(text).toUtf8();
    if (isPrintableAscii(utf8) && utf8.size() <= 900) {
        static const QByteArray specials = "()<>[]:;@\\,.\"";
        if (!asPhrase ||
            std::none_of(utf8.begin(), utf8.end(), [](char c) { return specials.contains(c); }))
            return utf8;
        QByteArray quoted = utf8;
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + quoted + '"';
    }
    QByteArray out;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = std::min<qsizetype>(pos + 45, utf8.size());
        while (end < utf8.size() && end > pos + 1 && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(pos, end - pos).toBase64() + "?=";
        pos = end;
    }
    return out;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    QString addr = oneLine(address);
    addr.remove(QLatin1Char(' '));
    addr.remove(QLatin1Char('<'));
    addr.remove(QLatin1Char('>'));
    if (addr.isEmpty())
        return encodeText(name, true);
    if (oneLine(name).isEmpty() || oneLine(name) == addr)
        return addr.toUtf8();
    return encodeText(name, true) + " <" + addr.toUtf8() + '>';
}

QByteArray crlfText(const QString &text)
{
    QString normal = text;
    normal.remove(QChar(0));
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normal.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normal.toUtf8().replace("\n", "\r\n");
}

// The fields of a stored header block, folded as written; stops at the first blank line.
QList<QByteArray> headerFields(const QString &headers)
{
    QList<QByteArray> fields;
    static const QRegularExpression name(QStringLiteral("^[!-9;-~]+:"));
    const QStringList lines = QString(headers).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            break;
        if (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t')) {
            if (!fields.isEmpty())
                fields.last() += "\r\n" + oneLine(line).prepend(QLatin1Char(' ')).toUtf8();
        } else if (name.match(line).hasMatch()) {
            fields.append(oneLine(line).toUtf8());
        }
    }
    return fields;
}

QByteArray fieldName(const QByteArray &field)
{
    return field.left(field.indexOf(':')).trimmed().toLower();
}

QByteArray dateField(const QDateTime &date)
{
    return QLocale::c()
               .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

QByteArray addressList(const QList<Recipient> &recipients, int type)
{
    QByteArrayList list;
    for (const Recipient &r : recipients) {
        if (r.type == type)
            list.append(mailbox(r.name, r.address));
    }
    return list.join(",\r\n ");
}

// From, To, Cc, Subject, Date and Message-ID: the stored transport headers when the file kept
// them, otherwise built from the properties. Their own MIME fields are always dropped.
QList<QByteArray> messageHeaders(const Message &m)
{
    QList<QByteArray> fields;
    QSet<QByteArray> present;
    for (const QByteArray &field : headerFields(m.transportHeaders)) {
        const QByteArray key = fieldName(field);
        if (key.startsWith("content-") || key == "mime-version")
            continue;
        fields.append(field);
        present.insert(key);
    }
    const auto add = [&](const char *key, const QByteArray &value) {
        if (!value.isEmpty() && !present.contains(QByteArray(key).toLower()))
            fields.append(QByteArray(key) + ": " + value);
    };
    add("From", mailbox(m.senderName, m.senderAddress));
    if (m.isNdr()) {
        add("To", mailbox(m.receivedByName, m.receivedByAddress));
    } else {
        add("To", addressList(m.recipients, kTo));
        add("Cc", addressList(m.recipients, kCc));
    }
    add("Subject", encodeText(m.subject));
    if (m.date)
        add("Date", dateField(*m.date));
    QString id = oneLine(m.messageId).remove(QLatin1Char(' '));
    if (!id.isEmpty() && !id.startsWith(QLatin1Char('<')))
        id = QLatin1Char('<') + id + QLatin1Char('>');
    add("Message-ID", id.toUtf8());
    return fields;
}

// The enhanced status code (RFC 3463) for one failed recipient.
QByteArray statusOf(const Recipient &r)
{
    static const QRegularExpression enhanced(
        QStringLiteral("(?<![0-9.])[245]\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9]|\\.[0-9])"));
    for (const QString &text : {r.supplementaryInfo, r.reportText}) {
        const QRegularExpressionMatch match = enhanced.match(text.left(4096));
        if (match.hasMatch())
            return match.captured().toLatin1();
    }
    // [MS-OXCMAIL] stores Status as kind*100 + subject*10 + detail.
    if (r.statusCode && *r.statusCode >= 400 && *r.statusCode < 600) {
        const int code = *r.statusCode;
        return QByteArray::number(code / 100) + '.' + QByteArray::number(code / 10 % 10) + '.' +
               QByteArray::number(code % 10);
    }
    // MAPI_DIAG_* codes and the RFC 3463 status closest to each.
    static const QHash<int, QByteArray> byDiagnostic = {
        {0, "5.1.1"},  // OR name unrecognized
        {35, "5.1.1"}, // mail recipient unknown
        {1, "5.1.4"},  // OR name ambiguous
        {32, "5.1.3"}, // mail address incorrect
        {34, "5.1.3"}, // mail address incomplete
        {33, "5.1.2"}, // mail office incorrect or invalid
        {40, "5.1.6"}, // recipient moved
        {42, "5.1.6"}, // recipient departed
        {43, "5.1.6"}, // new address unknown
        {2, "5.4.5"},  // MTS congested
        {3, "5.4.6"},  // loop detected
        {27, "5.4.6"}, // redirection loop detected
        {5, "5.4.7"},  // maximum time expired
        {7, "5.3.4"},  // content too long
        {13, "5.2.3"}, // length constraint violated
        {15, "5.6.1"}, // content type unsupported
        {16, "5.5.3"}, // too many recipients
        {30, "5.2.4"}, // expansion failed
        {8, "5.6.3"},  // impractical to convert
        {9, "5.6.3"},  // prohibited to convert
        {19, "5.6.3"}, // conversion loss prohibited
        {29, "5.7.1"}, // submission prohibited
        {38, "5.7.1"}, // mail refused
        {46, "5.7.0"}, // secure messaging error
    };
    return byDiagnostic.value(r.diagCode.value_or(-1), "5.0.0");
}

QByteArray withoutType(const QString &value)
{
    QString text = oneLine(value);
    if (text.startsWith(QLatin1String("dns;"), Qt::CaseInsensitive))
        text = text.mid(4).trimmed();
    return text.toUtf8();
}

// RFC 3464 fields: one per-message block, then one block per failed recipient.
QByteArray deliveryStatus(const Message &m)
{
    QByteArrayList blocks;
    QByteArray perMessage;
    if (!m.reportingMta.trimmed().isEmpty())
        perMessage += "Reporting-MTA: dns; " + withoutType(m.reportingMta) + "\r\n";
    // Always present, so the per-message block is never empty.
    perMessage += "X-Outlook-Message-Class: " + oneLine(m.messageClass).toUtf8() + "\r\n";
    blocks.append(perMessage);

    const bool anyReport = std::any_of(m.recipients.cbegin(), m.recipients.cend(),
                                       [](const Recipient &r) { return r.hasReport(); });
    for (const Recipient &r : m.recipients) {
        if (anyReport && !r.hasReport())
            continue;
        QByteArray block;
        const QByteArray address = oneLine(r.address).remove(QLatin1Char(' ')).toUtf8();
        const bool rfc822 = r.smtp || address.contains('@');
        block += "Final-Recipient: " + QByteArray(rfc822 ? "rfc822; " : "x-unknown; ") +
                 (address.isEmpty() ? oneLine(r.name).toUtf8() : address) + "\r\n";
        block += "Action: failed\r\n";
        block += "Status: " + statusOf(r) + "\r\n";
        if (!r.remoteMta.trimmed().isEmpty())
            block += "Remote-MTA: dns; " + withoutType(r.remoteMta) + "\r\n";
        const QString diagnostic =
            oneLine(r.supplementaryInfo.isEmpty() ? r.reportText : r.supplementaryInfo);
        if (!diagnostic.isEmpty())
            block += fold("Diagnostic-Code: smtp; " + diagnostic.toUtf8()) + "\r\n";
        if (!oneLine(r.name).isEmpty() && oneLine(r.name) != oneLine(r.address))
            block += fold("X-Display-Name: " + oneLine(r.name).toUtf8()) + "\r\n";
        blocks.append(block);
    }
    return blocks.join("\r\n");
}

// The headers of the message the report is about: From, To and Subject only.
QByteArray originalHeaders(const Message &m)
{
    if (m.embedded.empty()) {
        if (m.originalSubject.isEmpty())
            return {};
        return "Subject: " + encodeText(m.originalSubject) + "\r\n";
    }
    QByteArray out;
    for (const QByteArray &field : messageHeaders(m.embedded.front())) {
        const QByteArray key = fieldName(field);
        if (key == "from" || key == "to" || key == "subject")
            out += field + "\r\n";
    }
    return out;
}

QByteArray textPart(const Message &m)
{
    QString text = m.body;
    if (m.isNdr() && text.trimmed().isEmpty())
        text = m.reportText;
    // Names only: attachments are never opened or passed on.
    QStringList list;
    for (const QString &name : m.attachmentNames) {
        if (!oneLine(name).isEmpty())
            list.append(QLatin1String("[Attachment: ") + oneLine(name).left(255) +
                        QLatin1Char(']'));
    }
    if (!list.isEmpty()) {
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        text +=
            (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + list.join(QLatin1Char('\n'));
    }
    return crlfText(text);
}

struct Part
{
    QByteArray headers;
    QByteArray body;
};

QByteArray multipart(const QByteArray &type, const QList<Part> &parts)
{
    // A boundary that appears in none of the parts (RFC 2046 5.1.1).
    QByteArray boundary;
    for (int salt = 0;; ++salt) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const Part &part : parts)
            hash.addData(part.body);
        hash.addData(QByteArray::number(salt));
        boundary = "=_bd_" + hash.result().toHex().left(24);
        if (std::none_of(parts.cbegin(), parts.cend(),
                         [&](const Part &p) { return p.body.contains(boundary); }))
            break;
    }
    QByteArray out = "Content-Type: " + type + "; boundary=\"" + boundary + "\"\r\n\r\n";
    for (const Part &part : parts)
        out += "--" + boundary + "\r\n" + part.headers + "\r\n" + part.body + "\r\n";
    return out + "--" + boundary + "--\r\n";
}

} // namespace

namespace Msg {

QByteArray writeMime(const Message &m)
{
    QByteArray out;
    for (const QByteArray &field : messageHeaders(m))
        out += field + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    const QByteArray textHeaders = "Content-Type: text/plain; charset=utf-8\r\n"
                                   "Content-Transfer-Encoding: 8bit\r\n";
    if (m.isNdr()) {
        QList<Part> parts{{textHeaders, textPart(m)},
                          {"Content-Type: message/delivery-status\r\n"
                           "Content-Transfer-Encoding: 8bit\r\n",
                           deliveryStatus(m)}};
        const QByteArray original = originalHeaders(m);
        if (!original.isEmpty())
            parts.append({"Content-Type: text/rfc822-headers; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n",
                          original});
        return out + multipart("multipart/report; report-type=delivery-status", parts);
    }
    if (!m.embedded.empty()) {
        // A forwarded bounce is an ordinary message carrying the report: keep it readable.
        QList<Part> parts{{textHeaders, textPart(m)}};
        for (const Message &inner : m.embedded)
            parts.append({"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n",
                          writeMime(inner)});
        return out + multipart("multipart/mixed", parts);
    }
    return out + textHeaders + "\r\n" + textPart(m);
}

} // namespace Msg
