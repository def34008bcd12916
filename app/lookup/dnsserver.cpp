#include "dnsserver.h"

#include "core/logging.h"
#include "target/target.h"

#include <QFile>
#include <QRegularExpression>
#include <QVersionNumber>

namespace {

// Qt before 6.6 on Unix writes an IPv4 server into glibc's resolver state but leaves a first
// nameserver that came from resolv.conf as IPv6 in place, so the query silently goes there.
bool qtOverridesOnlyIpv4NameserverSlot()
{
#if defined(Q_OS_LINUX)
    return QVersionNumber::fromString(QString::fromLatin1(qVersion())) < QVersionNumber(6, 6);
#else
    return false;
#endif
}

bool firstNameserverIsIpv6(const QString &resolvConf)
{
    QFile file(resolvConf);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine(1024)).trimmed();
        if (!line.startsWith(QLatin1String("nameserver")))
            continue;
        const QString value = line.mid(10).trimmed();
        QHostAddress address;
        return address.setAddress(value.section(QLatin1Char('%'), 0, 0)) &&
               address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return false;
}

bool isLoopbackIpv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol &&
           (address.toIPv4Address() >> 24) == 127;
}

} // namespace

DnsServerProblem DnsServers::parse(const QString &rawText, DnsServer *server,
                                   const QString &resolvConf)
{
    const QString text = rawText.trimmed();
    *server = DnsServer{};
    if (text.isEmpty() || text == QLatin1String("system"))
        return checkAllowed(*server);

    static const QRegularExpression withPort(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}:\\d+$"));
    if (withPort.match(text).hasMatch())
        return DnsServerProblem::PortUnsupported;
    QHostAddress ipv6;
    if (ipv6.setAddress(text) && ipv6.protocol() == QAbstractSocket::IPv6Protocol)
        return DnsServerProblem::Ipv6Unsupported;
    quint32 v4 = 0;
    if (!TargetParser::parseDottedQuad(text, &v4))
        return DnsServerProblem::NotAnAddress;
    const QHostAddress address(v4);
    if (v4 == 0 || v4 == 0xffffffffu || (v4 >> 28) == 0xe)
        return DnsServerProblem::NotUsable;
    if (qtOverridesOnlyIpv4NameserverSlot() && firstNameserverIsIpv6(resolvConf))
        return DnsServerProblem::SystemResolverIpv6First;
    server->address = address;
    return checkAllowed(*server);
}

DnsServerProblem DnsServers::checkAllowed(const DnsServer &server)
{
    if (qEnvironmentVariableIntValue("BLOCKLISTDOCTOR_LOOPBACK_DNS_ONLY") == 1 &&
        !isLoopbackIpv4(server.address))
        return DnsServerProblem::OutsideLoopback;
    return DnsServerProblem::None;
}

void DnsServers::boundResolverWait(int queryTimeoutMs)
{
    if (qEnvironmentVariableIsSet("RES_OPTIONS"))
        return;
    // glibc waits `timeout`, then 2 x `timeout` on the retry: keep the total within the deadline.
    const int seconds = qMax(1, queryTimeoutMs / 3000);
    const QByteArray options = "timeout:" + QByteArray::number(seconds) + " attempts:2";
    qputenv("RES_OPTIONS", options);
    qCDebug(lcLookup) << "RES_OPTIONS" << options;
}
