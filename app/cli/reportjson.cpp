#include "reportjson.h"

#include "core/version.h"
#include "verdict/resulttext.h"

#include <QJsonArray>

namespace {

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonObject result(const ListResult &r, int timeoutMs)
{
    QStringList answers;
    for (quint32 answer : r.answers)
        answers.append(ListStatusNames::addressText(answer));
    QJsonObject object;
    object.insert(QStringLiteral("list"), r.listId);
    object.insert(QStringLiteral("name"), r.name);
    object.insert(QStringLiteral("zone"), r.zone);
    object.insert(QStringLiteral("status"), ListStatusNames::name(r.status));
    object.insert(QStringLiteral("answers"), strings(answers));
    object.insert(QStringLiteral("meanings"), strings(ResultText::meanings(r)));
    object.insert(QStringLiteral("txt"), strings(r.txt));
    object.insert(QStringLiteral("detail"), ResultText::detail(r, timeoutMs));
    object.insert(QStringLiteral("lookup_url"), r.lookupUrl);
    object.insert(QStringLiteral("removal_url"), r.removalUrl);
    object.insert(QStringLiteral("ms"), r.ms);
    return object;
}

QJsonArray takenKinds(const Blocklist &list)
{
    QJsonArray kinds;
    for (TargetKind kind : {TargetKind::Ipv4, TargetKind::Ipv6, TargetKind::Domain}) {
        if (list.takes(kind))
            kinds.append(TargetParser::kindName(kind));
    }
    return kinds;
}

QJsonObject testPoints(const TestPoints &points)
{
    QJsonObject object;
    object.insert(QStringLiteral("listed"),
                  points.listed.isEmpty() ? QJsonValue() : QJsonValue(points.listed));
    object.insert(QStringLiteral("not_listed"),
                  points.notListed.isEmpty() ? QJsonValue() : QJsonValue(points.notListed));
    return object;
}

} // namespace

QJsonObject ReportJson::target(const TargetReport &report, int timeoutMs)
{
    QJsonObject object;
    object.insert(QStringLiteral("input"), report.target.input);
    object.insert(QStringLiteral("kind"), TargetParser::kindName(report.target.kind));
    object.insert(QStringLiteral("checked_as"), report.target.checkedAs);
    object.insert(QStringLiteral("verdict"), Verdicts::name(report.verdict));
    object.insert(QStringLiteral("message"), ResultText::verdictSentence(report));
    QJsonArray results;
    for (const ListResult &r : report.results)
        results.append(result(r, timeoutMs));
    object.insert(QStringLiteral("results"), results);
    return object;
}

QJsonObject ReportJson::checkDocument(const QList<TargetReport> &reports, const DnsServer &server,
                                      int timeoutMs)
{
    QJsonArray targets;
    for (const TargetReport &report : reports)
        targets.append(target(report, timeoutMs));
    QJsonObject document;
    document.insert(QStringLiteral("version"), QStringLiteral(BLOCKLISTDOCTOR_VERSION));
    document.insert(QStringLiteral("dns_server"), server.name());
    document.insert(QStringLiteral("targets"), targets);
    return document;
}

QJsonObject ReportJson::blocklist(const Blocklist &list)
{
    QJsonArray codes;
    for (const ReturnCode &code : list.codes) {
        QJsonObject object;
        if (code.match == ReturnCode::Match::Bitmask) {
            object.insert(QStringLiteral("bitmask"), int(code.bitmask));
        } else {
            QString answer = ListStatusNames::addressText(code.first);
            if (code.last != code.first)
                answer += QLatin1Char('-') + ListStatusNames::addressText(code.last);
            object.insert(QStringLiteral("answer"), answer);
        }
        object.insert(QStringLiteral("severity"), BlocklistNames::severityName(code.severity));
        object.insert(QStringLiteral("meaning"), ResultText::catalogText(code.meaning));
        codes.append(object);
    }
    QJsonArray errors;
    for (const ErrorCode &error : list.errors) {
        QJsonObject object;
        object.insert(QStringLiteral("answer"), ListStatusNames::addressText(error.answer));
        object.insert(QStringLiteral("meaning"), ResultText::catalogText(error.meaning));
        errors.append(object);
    }
    QJsonObject tests;
    if (list.takesIpv4 && list.ipv4Test.enabled)
        tests.insert(QStringLiteral("ipv4"), testPoints(list.ipv4Test));
    if (list.takesIpv6 && list.ipv6Test.enabled)
        tests.insert(QStringLiteral("ipv6"), testPoints(list.ipv6Test));
    if (list.takesDomain && list.domainTest.enabled)
        tests.insert(QStringLiteral("domain"), testPoints(list.domainTest));

    QJsonObject object;
    object.insert(QStringLiteral("id"), list.id);
    object.insert(QStringLiteral("name"), list.name);
    object.insert(QStringLiteral("operator"), list.operatorName);
    object.insert(QStringLiteral("zone"), list.zone);
    object.insert(QStringLiteral("takes"), takenKinds(list));
    object.insert(QStringLiteral("enabled"), list.isUsable());
    object.insert(QStringLiteral("tier"),
                  list.major ? QStringLiteral("major") : QStringLiteral("minor"));
    object.insert(QStringLiteral("needs_key"), list.needsKey);
    object.insert(QStringLiteral("has_key"), !list.key.isEmpty());
    object.insert(QStringLiteral("codes"), codes);
    object.insert(QStringLiteral("errors"), errors);
    object.insert(QStringLiteral("txt"), list.txt);
    object.insert(QStringLiteral("lookup_url"), list.lookupUrl);
    object.insert(QStringLiteral("removal_url"), list.removalUrl);
    object.insert(QStringLiteral("removal"), BlocklistNames::removalName(list.removal));
    object.insert(QStringLiteral("removal_note"), ResultText::catalogText(list.removalNote));
    object.insert(QStringLiteral("notes"), ResultText::catalogText(list.notes));
    object.insert(QStringLiteral("test_points"), tests);
    object.insert(QStringLiteral("source"), list.source);
    return object;
}

QJsonObject ReportJson::catalogDocument(const Catalog &catalog)
{
    QJsonArray lists;
    for (const Blocklist &list : catalog.lists())
        lists.append(blocklist(list));
    QJsonObject document;
    document.insert(QStringLiteral("version"), QStringLiteral(BLOCKLISTDOCTOR_VERSION));
    document.insert(QStringLiteral("lists"), lists);
    return document;
}
