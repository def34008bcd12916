#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// What the user asked us to check, after parsing and classification.
enum class TargetKind
{
    Ipv4,
    Ipv6,
    Domain,
    Invalid,
    NotPublic
};

// Why an input could not be understood at all.
enum class InvalidReason
{
    None,
    Empty,
    TooLong,
    Whitespace,
    BadIpv4,
    BadIpv6,
    BadDomain,
    BadEmail
};

// Why a well-formed address can never appear on a public blocklist.
enum class AddressRange
{
    Public,
    Private,       // RFC 1918
    Loopback,      // 127/8, ::1
    LinkLocal,     // 169.254/16, fe80::/10
    SharedCgnat,   // 100.64/10, RFC 6598
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20
    Benchmarking,  // 198.18/15
    Multicast,     // 224/4, ff00::/8
    Broadcast,     // 255.255.255.255
    Unspecified,   // 0/8, ::
    UniqueLocal,   // fc00::/7
    Ipv4Mapped,    // ::ffff:0:0/96 other than the RFC 5782 test points
    Reserved       // 240/4, 192.0.0/24, IPv6 outside 2000::/3
};

struct Target
{
    QString input; // as typed, trimmed
    TargetKind kind = TargetKind::Invalid;
    QString checkedAs;    // canonical address, or the ASCII (punycode) domain
    QHostAddress address; // for Ipv4, Ipv6 and NotPublic
    AddressRange range = AddressRange::Public;
    InvalidReason invalidReason = InvalidReason::None;
    bool fromEmail = false; // the domain was taken from an e-mail address
    bool isTestPoint = false;

    bool isCheckable() const
    {
        return kind == TargetKind::Ipv4 || kind == TargetKind::Ipv6 || kind == TargetKind::Domain;
    }
};
Q_DECLARE_METATYPE(Target)

namespace TargetParser {
// Longest input we try to understand; anything longer is pasted text, not a target.
constexpr int MaxInputLength = 320;

Target parse(const QString &input);

// Strict dotted-decimal IPv4 ("192.0.2.1"); QHostAddress also takes "1.2.3" and hex.
bool parseDottedQuad(const QString &text, quint32 *address);

// The label placed in front of a zone: reversed octets, reversed nibbles (RFC 5782 §2.4,
// built from the 16 raw bytes) or the domain itself.
QString queryLabel(const Target &target);

// The label for a self-test point, which may sit in a range a user could not check
// (127.0.0.2, an operator's own 127.0.0.x); `text` must already be valid for `kind`.
QString testPointLabel(TargetKind kind, const QString &text);

// "ipv4", "ipv6", "domain", "invalid", "not_public": the JSON contract.
QString kindName(TargetKind kind);
} // namespace TargetParser
