#include "provider.h"

#include "blocklist.h"

QString Provider::lookupUrlFor(const QString &target) const
{
    return CatalogUrls::fill(lookupUrl, target);
}

QString Provider::removalUrlFor(const QString &target) const
{
    return CatalogUrls::fill(removalUrl, target);
}

QString Provider::evidenceIn(const QString &text) const
{
    for (const QRegularExpression &fingerprint : fingerprints) {
        const QRegularExpressionMatch match = fingerprint.match(text);
        if (match.hasMatch())
            return match.captured();
    }
    return {};
}
