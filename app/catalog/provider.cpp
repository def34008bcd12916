#include "provider.h"

#include <QUrl>

namespace {

QString fillTemplate(const QString &urlTemplate, const QString &target)
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

} // namespace

QString Provider::lookupUrlFor(const QString &target) const
{
    return fillTemplate(lookupUrl, target);
}

QString Provider::removalUrlFor(const QString &target) const
{
    return fillTemplate(removalUrl, target);
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
