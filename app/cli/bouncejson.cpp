#include "bouncejson.h"

#include "bounce/explanation.h"
#include "core/version.h"
#include "reportjson.h"

#include <QJsonArray>

namespace {

// Absent text is null, never "", so scripts can test for it.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject failure(const FailedRecipient &failed)
{
    QJsonObject object;
    object.insert(QStringLiteral("recipient"), textOrNull(failed.recipient));
    object.insert(QStringLiteral("action"), failed.action);
    object.insert(QStringLiteral("reply_code"), textOrNull(failed.replyCode));
    object.insert(QStringLiteral("status"), textOrNull(failed.status));
    object.insert(QStringLiteral("reason"), failed.reason);
    object.insert(QStringLiteral("diagnostic"), textOrNull(failed.diagnostic));
    object.insert(QStringLiteral("remote_mta"), textOrNull(failed.remoteMta));
    return object;
}

QJsonObject blocklist(const NamedBlocklist &named)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), textOrNull(named.id));
    object.insert(QStringLiteral("name"), named.name);
    object.insert(QStringLiteral("evidence"), named.evidence);
    object.insert(QStringLiteral("receiver_side"), named.receiverSide);
    object.insert(QStringLiteral("lookup_url"), textOrNull(named.lookupUrl));
    object.insert(QStringLiteral("removal_url"), textOrNull(named.removalUrl));
    return object;
}

} // namespace

namespace BounceJson {

QString kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Failure:
        return QStringLiteral("failure");
    case MessageKind::Delay:
        return QStringLiteral("delay");
    case MessageKind::Feedback:
        return QStringLiteral("feedback");
    case MessageKind::AutoReply:
        return QStringLiteral("autoreply");
    case MessageKind::Delivered:
        return QStringLiteral("delivered");
    case MessageKind::NotBounce:
        break;
    }
    return QStringLiteral("not_bounce");
}

QJsonObject message(const BounceReport &report, const std::optional<QList<TargetReport>> &checks,
                    int timeoutMs)
{
    const bool readable = report.error.isEmpty();
    QJsonObject object;
    object.insert(QStringLiteral("file"), report.file);
    object.insert(QStringLiteral("error"), textOrNull(report.error));
    object.insert(QStringLiteral("is_bounce"), readable && report.isBounce());
    object.insert(QStringLiteral("kind"),
                  readable ? QJsonValue(kindName(report.kind)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("subject"), textOrNull(report.subject));
    object.insert(QStringLiteral("sender"), textOrNull(report.sender));
    object.insert(QStringLiteral("reporting_mta"), textOrNull(report.reportingMta));
    QJsonArray failures;
    for (const FailedRecipient &failed : report.failures)
        failures.append(failure(failed));
    object.insert(QStringLiteral("failures"), failures);
    object.insert(QStringLiteral("cited_ips"), QJsonArray::fromStringList(report.citedIps));
    object.insert(QStringLiteral("cited_domains"), QJsonArray::fromStringList(report.citedDomains));
    QJsonArray blocklists;
    for (const NamedBlocklist &named : report.blocklists)
        blocklists.append(blocklist(named));
    object.insert(QStringLiteral("blocklists"), blocklists);
    object.insert(QStringLiteral("explanation"), readable
                                                     ? QJsonValue(BounceExplanation::text(report))
                                                     : QJsonValue(QJsonValue::Null));
    if (checks) {
        QJsonArray targets;
        for (const TargetReport &target : *checks)
            targets.append(ReportJson::target(target, timeoutMs));
        object.insert(QStringLiteral("check"), targets);
    } else {
        object.insert(QStringLiteral("check"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

QJsonObject document(const QList<QJsonObject> &messages)
{
    QJsonArray array;
    for (const QJsonObject &message : messages)
        array.append(message);
    QJsonObject object;
    object.insert(QStringLiteral("version"), QStringLiteral(BLOCKLISTDOCTOR_VERSION));
    object.insert(QStringLiteral("messages"), array);
    return object;
}

} // namespace BounceJson
