#include "checkcommand.h"

#include "catalog/catalog.h"
#include "commandsupport.h"
#include "core/errortext.h"
#include "core/logging.h"
#include "lookup/blocklistchecker.h"
#include "output.h"
#include "reportjson.h"
#include "reporttext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

using namespace CommandSupport;

namespace {

// The translation context of the CLI's own words.
class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks IP addresses, domains or e-mail addresses against public DNS blocklists."));
    parser.addHelpOption();
    const CommonOptions common = commonOptions();
    const QCommandLineOption &json = common.json;
    const QCommandLineOption &dnsServer = common.dnsServer;
    const QCommandLineOption &catalogFile = common.catalog;
    const QCommandLineOption &timeout = common.timeout;
    const QCommandLineOption lists(QStringLiteral("lists"),
                                   Tr::tr("Check only these lists (ids, separated by commas)."),
                                   QStringLiteral("ID,..."));
    parser.addOptions({json, dnsServer, catalogFile, lists, timeout});
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 Tr::tr("IP addresses, domains or e-mail addresses to check."),
                                 QStringLiteral("TARGET..."));
    if (const std::optional<int> answered = parseOrAnswer(parser, arguments))
        return *answered;
    if (parser.positionalArguments().isEmpty())
        return usageError(
            Tr::tr("Give at least one IP address, domain or e-mail address to check."));

    int timeoutMs = 0;
    if (!parseTimeout(parser, timeout, &timeoutMs))
        return ExitUsage;

    DnsServer server;
    if (!parseDnsServer(parser, dnsServer, &server))
        return ExitUsage;

    Catalog catalog;
    if (!loadCatalog(parser.values(catalogFile), &catalog))
        return ExitUsage;
    QStringList ids;
    for (const QString &value : parser.values(lists))
        ids += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : ids)
        id = id.trimmed();
    QStringList unknown;
    const QList<Blocklist> selected = catalog.selection(ids, &unknown);
    if (!unknown.isEmpty())
        return usageError(Tr::tr("Unknown list id: %1. `blocklist-doctor catalog` shows the ids.")
                              .arg(unknown.join(QLatin1String(", "))));

    QList<Target> targets;
    for (const QString &input : parser.positionalArguments())
        targets.append(TargetParser::parse(input));

    BlocklistChecker checker;
    QEventLoop loop;
    QObject::connect(&checker, &BlocklistChecker::finished, &loop, &QEventLoop::quit);
    checker.start(targets, selected, server, timeoutMs);
    if (checker.isRunning())
        loop.exec();
    const QList<TargetReport> reports = checker.reports();
    qCInfo(lcCli) << "check done," << reports.size() << "targets";

    if (parser.isSet(json)) {
        const QJsonObject document = ReportJson::checkDocument(reports, server, timeoutMs);
        Output::out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        QString out;
        for (const TargetReport &report : reports)
            out += ReportText::target(report, timeoutMs);
        Output::out(out);
    }
    return exitStatus(reports);
}

int CatalogCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Prints the blocklists this program knows."));
    parser.addHelpOption();
    const CommonOptions common = commonOptions();
    const QCommandLineOption &json = common.json;
    const QCommandLineOption &catalogFile = common.catalog;
    parser.addOptions({json, catalogFile});
    if (const std::optional<int> answered = parseOrAnswer(parser, arguments))
        return *answered;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("`catalog` takes no other arguments."));
    Catalog catalog;
    if (!loadCatalog(parser.values(catalogFile), &catalog))
        return ExitUsage;
    if (parser.isSet(json))
        Output::out(QString::fromUtf8(
            QJsonDocument(ReportJson::catalogDocument(catalog)).toJson(QJsonDocument::Indented)));
    else
        Output::out(ReportText::catalog(catalog));
    return 0;
}
