#include "blocklist.h"

#include <QUrl>

#include <array>
#include <utility>

namespace {

const std::array<std::pair<Severity, const char *>, 4> kSeverityNames{{
    {Severity::Spam, "spam"},
    {Severity::Policy, "policy"},
    {Severity::Informational, "informational"},
    {Severity::Allowlisted, "allowlisted"},
}};

const std::array<std::pair<RemovalMethod, const char *>, 6> kRemovalNames{{
    {RemovalMethod::SelfService, "self_service"},
    {RemovalMethod::Expires, "expires"},
    {RemovalMethod::ThroughIsp, "through_isp"},
    {RemovalMethod::Account, "account"},
    {RemovalMethod::ByEmail, "by_email"},
    {RemovalMethod::None, "none"},
}};

} // namespace

bool ReturnCode::matches(quint32 answer) const
{
    if (match == Match::Range)
        return answer >= first && answer <= last;
    // Bitmask lists (SURBL, URIBL) answer 127.0.0.x with one bit per sub-list.
    return (answer & 0xffffff00u) == 0x7f000000u && (answer & bitmask) != 0;
}

bool Blocklist::takes(TargetKind kind) const
{
    switch (kind) {
    case TargetKind::Ipv4:
        return takesIpv4;
    case TargetKind::Ipv6:
        return takesIpv6;
    case TargetKind::Domain:
        return takesDomain;
    case TargetKind::Invalid:
    case TargetKind::NotPublic:
        break;
    }
    return false;
}

QString Blocklist::queryZone() const
{
    if (needsKey && !key.isEmpty())
        return key + QLatin1Char('.') + zone;
    return zone;
}

const TestPoints &Blocklist::testPoints(TargetKind kind) const
{
    if (kind == TargetKind::Ipv6)
        return ipv6Test;
    if (kind == TargetKind::Domain)
        return domainTest;
    return ipv4Test;
}

QString Blocklist::lookupUrlFor(const QString &target) const
{
    return CatalogUrls::fill(lookupUrl, target);
}

QString Blocklist::removalUrlFor(const QString &target) const
{
    return CatalogUrls::fill(removalUrl, target);
}

QString BlocklistNames::severityName(Severity severity)
{
    for (const auto &entry : kSeverityNames) {
        if (entry.first == severity)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

QString BlocklistNames::removalName(RemovalMethod method)
{
    for (const auto &entry : kRemovalNames) {
        if (entry.first == method)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

bool BlocklistNames::severityFromName(const QString &name, Severity *severity)
{
    for (const auto &entry : kSeverityNames) {
        if (name == QLatin1String(entry.second)) {
            *severity = entry.first;
            return true;
        }
    }
    return false;
}

bool BlocklistNames::removalFromName(const QString &name, RemovalMethod *method)
{
    for (const auto &entry : kRemovalNames) {
        if (name == QLatin1String(entry.second)) {
            *method = entry.first;
            return true;
        }
    }
    return false;
}

QString CatalogUrls::fill(const QString &urlTemplate, const QString &target)
{
    if (urlTemplate.isEmpty())
        return {};
    QString url = urlTemplate;
    // Percent-encode so a target can never change the shape of the catalog's URL; ':' stays
    // readable for IPv6 addresses. A template without "{target}" comes back as it is.
    url.replace(QLatin1String("{target}"),
                QString::fromLatin1(QUrl::toPercentEncoding(target, QByteArrayLiteral(":"))));
    return url;
}
