#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// Which DNS server answers our queries: the system's resolver, or one IPv4 address.
struct DnsServer
{
    QHostAddress address; // null: the system's resolver

    bool isSystem() const { return address.isNull(); }
    // "system" or the address: the JSON contract's "dns_server".
    QString name() const { return isSystem() ? QStringLiteral("system") : address.toString(); }
};
Q_DECLARE_METATYPE(DnsServer)

enum class DnsServerProblem
{
    None,
    NotAnAddress,            // not an IPv4 address at all
    Ipv6Unsupported,         // this Qt would quietly ask the system's server instead
    PortUnsupported,         // "1.2.3.4:5353": this Qt only speaks to port 53
    NotUsable,               // 0.0.0.0, broadcast, multicast
    SystemResolverIpv6First, // this Qt cannot replace an IPv6 first nameserver
    OutsideLoopback          // test runs may only query 127.0.0.0/8 (see below)
};

namespace DnsServers {
// Validates a --dns-server / settings value against what the running Qt can honour.
// `resolvConf` is the system resolver configuration consulted on Linux (a path for tests).
DnsServerProblem parse(const QString &text, DnsServer *server,
                       const QString &resolvConf = QStringLiteral("/etc/resolv.conf"));

// Checks a server choice against the test guard: when BLOCKLISTDOCTOR_LOOPBACK_DNS_ONLY=1,
// only 127.0.0.0/8 may be asked (the test suites set it; nothing else is reachable there).
DnsServerProblem checkAllowed(const DnsServer &server);

// Bounds how long the system resolver blocks one of Qt's lookup threads (glibc reads
// RES_OPTIONS once per process). Does nothing when the user set RES_OPTIONS already.
void boundResolverWait(int queryTimeoutMs);
} // namespace DnsServers
