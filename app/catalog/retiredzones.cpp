#include "retiredzones.h"

#include "core/logging.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QHash<QString, QString> loadRetired()
{
    QHash<QString, QString> retired;
    QFile file(QStringLiteral(":/catalog/retired.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCatalog) << "the list of retired blocklists is missing from the build";
        return retired;
    }
    const QJsonArray zones =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("retired")).toArray();
    for (const QJsonValue &entry : zones) {
        const QJsonObject object = entry.toObject();
        retired.insert(object.value(QStringLiteral("zone")).toString(),
                       object.value(QStringLiteral("reason")).toString());
    }
    return retired;
}

} // namespace

QString RetiredZones::reasonFor(const QString &zone)
{
    static const QHash<QString, QString> retired = loadRetired();
    // Match the zone itself and every parent: "new.spam.dnsbl.sorbs.net" is SORBS too.
    QString candidate = zone.toLower();
    while (!candidate.isEmpty()) {
        const auto it = retired.constFind(candidate);
        if (it != retired.constEnd())
            return it.value();
        const int dot = candidate.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        candidate = candidate.mid(dot + 1);
    }
    return {};
}
