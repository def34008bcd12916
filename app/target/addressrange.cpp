#include "addressrange.h"

#include <array>

namespace {

struct Ipv4Block
{
    quint32 network;
    int prefix;
    AddressRange range;
};

constexpr quint32 ipv4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

// Order matters only where blocks nest; none of these do.
constexpr std::array<Ipv4Block, 16> kIpv4Blocks{{
    {ipv4(0, 0, 0, 0), 8, AddressRange::Unspecified},
    {ipv4(10, 0, 0, 0), 8, AddressRange::Private},
    {ipv4(100, 64, 0, 0), 10, AddressRange::SharedCgnat},
    {ipv4(127, 0, 0, 0), 8, AddressRange::Loopback},
    {ipv4(169, 254, 0, 0), 16, AddressRange::LinkLocal},
    {ipv4(172, 16, 0, 0), 12, AddressRange::Private},
    {ipv4(192, 0, 0, 0), 24, AddressRange::Reserved},
    {ipv4(192, 0, 2, 0), 24, AddressRange::Documentation},
    {ipv4(192, 88, 99, 0), 24, AddressRange::Reserved},
    {ipv4(192, 168, 0, 0), 16, AddressRange::Private},
    {ipv4(198, 18, 0, 0), 15, AddressRange::Benchmarking},
    {ipv4(198, 51, 100, 0), 24, AddressRange::Documentation},
    {ipv4(203, 0, 113, 0), 24, AddressRange::Documentation},
    {ipv4(224, 0, 0, 0), 4, AddressRange::Multicast},
    {ipv4(255, 255, 255, 255), 32, AddressRange::Broadcast},
    {ipv4(240, 0, 0, 0), 4, AddressRange::Reserved},
}};

AddressRange classifyIpv4(quint32 address)
{
    for (const Ipv4Block &block : kIpv4Blocks) {
        const quint32 mask = block.prefix == 0 ? 0 : ~quint32(0) << (32 - block.prefix);
        if ((address & mask) == block.network)
            return block.range;
    }
    return AddressRange::Public;
}

bool hasPrefix(const Q_IPV6ADDR &a, std::initializer_list<quint8> bytes, int bits)
{
    int bit = 0;
    for (quint8 expected : bytes) {
        const int take = qMin(8, bits - bit);
        if (take <= 0)
            break;
        const quint8 mask = quint8(0xff << (8 - take));
        if ((a[bit / 8] & mask) != (expected & mask))
            return false;
        bit += take;
    }
    return true;
}

AddressRange classifyIpv6(const Q_IPV6ADDR &a)
{
    bool allZero = true;
    for (int i = 0; i < 15; ++i)
        allZero = allZero && a[i] == 0;
    if (allZero && a[15] == 0)
        return AddressRange::Unspecified;
    if (allZero && a[15] == 1)
        return AddressRange::Loopback;
    if (hasPrefix(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96))
        return AddressRange::Ipv4Mapped;
    if (hasPrefix(a, {0xff}, 8))
        return AddressRange::Multicast;
    if (hasPrefix(a, {0xfe, 0x80}, 10))
        return AddressRange::LinkLocal;
    if (hasPrefix(a, {0xfc}, 7))
        return AddressRange::UniqueLocal;
    if (hasPrefix(a, {0x20, 0x01, 0x0d, 0xb8}, 32) || hasPrefix(a, {0x3f, 0xff}, 20))
        return AddressRange::Documentation;
    // Only 2000::/3 is allocated as global unicast; everything else is reserved.
    if (!hasPrefix(a, {0x20}, 3))
        return AddressRange::Reserved;
    return AddressRange::Public;
}

} // namespace

AddressRange AddressRanges::classify(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyIpv4(address.toIPv4Address());
    return classifyIpv6(address.toIPv6Address());
}

bool AddressRanges::isRfc5782TestPoint(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        return v4 == ipv4(127, 0, 0, 1) || v4 == ipv4(127, 0, 0, 2);
    }
    const Q_IPV6ADDR a = address.toIPv6Address();
    return hasPrefix(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0x7f, 0, 0}, 120) &&
           (a[15] == 1 || a[15] == 2);
}
