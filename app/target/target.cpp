#include "target.h"

#include "addressrange.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

Target invalid(const QString &input, InvalidReason reason)
{
    Target target;
    target.input = input;
    target.kind = TargetKind::Invalid;
    target.invalidReason = reason;
    return target;
}

Target classifiedAddress(const QString &input, const QHostAddress &address)
{
    Target target;
    target.input = input;
    target.address = address;
    target.checkedAs = address.toString();
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (AddressRanges::isRfc5782TestPoint(address)) {
        // The one exception to "not public": anyone may test a list with its test points.
        target.kind = v4 ? TargetKind::Ipv4 : TargetKind::Ipv6;
        target.isTestPoint = true;
        return target;
    }
    target.range = AddressRanges::classify(address);
    if (target.range == AddressRange::Public)
        target.kind = v4 ? TargetKind::Ipv4 : TargetKind::Ipv6;
    else
        target.kind = TargetKind::NotPublic;
    return target;
}

Target parseIpv4(const QString &input, const QString &text)
{
    quint32 value = 0;
    if (!TargetParser::parseDottedQuad(text, &value))
        return invalid(input, InvalidReason::BadIpv4);
    return classifiedAddress(input, QHostAddress(value));
}

Target parseIpv6(const QString &input, const QString &text)
{
    QHostAddress address;
    // A scope ("%eth0") makes no sense for a mail server seen from the Internet.
    if (text.contains(QLatin1Char('%')) || !address.setAddress(text) ||
        address.protocol() != QAbstractSocket::IPv6Protocol)
        return invalid(input, InvalidReason::BadIpv6);
    return classifiedAddress(input, address);
}

bool isValidAsciiDomain(const QString &ace)
{
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                            c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return false;
        }
    }
    // A top-level domain is never all digits; "1.2.3.999" is a mistyped address.
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(labels.constLast()).hasMatch())
        return false;
    const bool rfc5782TestName =
        labels.size() == 1 && (ace == QLatin1String("test") || ace == QLatin1String("invalid"));
    return labels.size() >= 2 || rfc5782TestName;
}

Target parseDomain(const QString &input, const QString &text, bool fromEmail)
{
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // Internationalised names (例え.jp) are queried in their ASCII form (xn--r8jz45g.jp).
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (!isValidAsciiDomain(ace))
        return invalid(input, fromEmail ? InvalidReason::BadEmail : InvalidReason::BadDomain);
    Target target;
    target.input = input;
    target.kind = TargetKind::Domain;
    target.checkedAs = ace;
    target.fromEmail = fromEmail;
    target.isTestPoint = ace == QLatin1String("test") || ace == QLatin1String("invalid");
    return target;
}

bool looksLikeIpv4(const QString &text)
{
    static const QRegularExpression numericDots(QStringLiteral("^[0-9.]+$"));
    return numericDots.match(text).hasMatch();
}

} // namespace

bool TargetParser::parseDottedQuad(const QString &text, quint32 *address)
{
    static const QRegularExpression dottedQuad(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = dottedQuad.match(text);
    if (!match.hasMatch())
        return false;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = match.capturedView(i).toInt();
        if (octet > 255)
            return false;
        value = (value << 8) | quint32(octet);
    }
    *address = value;
    return true;
}

Target TargetParser::parse(const QString &rawInput)
{
    const QString input = rawInput.trimmed();
    if (input.isEmpty())
        return invalid(input, InvalidReason::Empty);
    if (input.size() > MaxInputLength)
        return invalid(input.left(MaxInputLength), InvalidReason::TooLong);
    for (QChar c : input) {
        if (c.isSpace())
            return invalid(input, InvalidReason::Whitespace);
    }

    QString text = input;
    // "[192.0.2.1]" and "<user@example.com>" are how addresses appear in mail.
    if ((text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) ||
        (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>'))))
        text = text.mid(1, text.size() - 2);

    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (at == 0 || at == text.size() - 1)
            return invalid(input, InvalidReason::BadEmail);
        QString domain = text.mid(at + 1);
        if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']')))
            return invalid(input, InvalidReason::BadEmail); // address literal: check the IP
        return parseDomain(input, domain, true);
    }
    if (text.contains(QLatin1Char(':')))
        return parseIpv6(input, text);
    if (looksLikeIpv4(text))
        return parseIpv4(input, text);
    return parseDomain(input, text, false);
}

QString TargetParser::queryLabel(const Target &target)
{
    switch (target.kind) {
    case TargetKind::Ipv4: {
        const quint32 v4 = target.address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    case TargetKind::Ipv6: {
        // From the 16 raw bytes, never from a textual form that might have been compressed or
        // turned back into IPv4 (::ffff:7f00:2 must stay a 32-nibble name).
        const Q_IPV6ADDR bytes = target.address.toIPv6Address();
        static const char hex[] = "0123456789abcdef";
        QString label;
        label.reserve(63);
        for (int i = 15; i >= 0; --i) {
            if (i != 15)
                label += QLatin1Char('.');
            label += QLatin1Char(hex[bytes[i] & 0x0f]);
            label += QLatin1Char('.');
            label += QLatin1Char(hex[bytes[i] >> 4]);
        }
        return label;
    }
    case TargetKind::Domain:
        return target.checkedAs;
    case TargetKind::Invalid:
    case TargetKind::NotPublic:
        break;
    }
    return {};
}

QString TargetParser::testPointLabel(TargetKind kind, const QString &text)
{
    Target point;
    point.kind = kind;
    if (kind == TargetKind::Domain)
        point.checkedAs = text.toLower();
    else
        point.address = QHostAddress(text);
    return queryLabel(point);
}

QString TargetParser::kindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Ipv4:
        return QStringLiteral("ipv4");
    case TargetKind::Ipv6:
        return QStringLiteral("ipv6");
    case TargetKind::Domain:
        return QStringLiteral("domain");
    case TargetKind::NotPublic:
        return QStringLiteral("not_public");
    case TargetKind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}
