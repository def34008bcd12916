#include "bouncecommand.h"

#include "bounce/bouncereader.h"
#include "bouncejson.h"
#include "bouncetext.h"
#include "commandsupport.h"
#include "core/errortext.h"
#include "core/logging.h"
#include "lookup/blocklistchecker.h"
#include "output.h"
#include "reporttext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

using namespace CommandSupport;

namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(BounceCommand)
};

BounceReport readStandardInput(const BounceReader &reader)
{
    QFile input;
    BounceReport report;
    report.file = QStringLiteral("-");
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        report.error = Tr::tr("Standard input could not be read.");
        return report;
    }
    const QByteArray data = input.read(BounceReader::MaxInputBytes + 1);
    return reader.read(data, QStringLiteral("-"));
}

// Runs every suggested target of every message through one check; returns the reports in
// the order of `targets`.
QList<TargetReport> checkAll(const QList<Target> &targets, const Catalog &catalog,
                             const DnsServer &server, int timeoutMs)
{
    BlocklistChecker checker;
    QEventLoop loop;
    QObject::connect(&checker, &BlocklistChecker::finished, &loop, &QEventLoop::quit);
    checker.start(targets, catalog.selection({}, nullptr), server, timeoutMs);
    if (checker.isRunning())
        loop.exec();
    return checker.reports();
}

} // namespace

int BounceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Reads returned mails (bounces): who refused the mail, "
                                            "why, and which blocklist was named."));
    parser.addHelpOption();
    const CommonOptions common = commonOptions();
    const QCommandLineOption &json = common.json;
    const QCommandLineOption &dnsServer = common.dnsServer;
    const QCommandLineOption &catalogFile = common.catalog;
    const QCommandLineOption &timeout = common.timeout;
    const QCommandLineOption check(
        QStringLiteral("check"),
        Tr::tr("Also check the IP addresses and domains the bounce names against the blocklists."));
    parser.addOptions({json, check, dnsServer, catalogFile, timeout});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("Bounce files (.eml, .msg, .txt), or - to read standard input."),
        QStringLiteral("FILE...|-"));
    if (const std::optional<int> answered = parseOrAnswer(parser, arguments))
        return *answered;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Tr::tr("Give at least one bounce file, or - to read standard input."));
    int timeoutMs = 0;
    if (!parseTimeout(parser, timeout, &timeoutMs))
        return ExitUsage;
    // The DNS server matters only for --check; a given one is still validated.
    DnsServer server;
    if ((parser.isSet(check) || parser.isSet(dnsServer)) &&
        !parseDnsServer(parser, dnsServer, &server))
        return ExitUsage;
    Catalog catalog;
    if (!loadCatalog(parser.values(catalogFile), &catalog))
        return ExitUsage;

    const BounceReader reader(catalog);
    QList<BounceReport> reports;
    bool unreadable = false;
    for (const QString &file : files) {
        reports.append(file == QLatin1String("-") ? readStandardInput(reader)
                                                  : reader.readFile(file));
        unreadable = unreadable || !reports.last().error.isEmpty();
    }

    // One check over the distinct targets of all messages, then each message gets its own.
    QList<QList<CheckSuggestion>> suggestions;
    QList<Target> targets;
    QStringList targetNames;
    for (const BounceReport &report : std::as_const(reports)) {
        suggestions.append(parser.isSet(check) && report.error.isEmpty()
                               ? BounceReader::suggestions(report)
                               : QList<CheckSuggestion>());
        for (const CheckSuggestion &suggestion : suggestions.last()) {
            if (!targetNames.contains(suggestion.target)) {
                targetNames.append(suggestion.target);
                targets.append(TargetParser::parse(suggestion.target));
            }
        }
    }
    QList<TargetReport> checked;
    if (!targets.isEmpty())
        checked = checkAll(targets, catalog, server, timeoutMs);
    qCInfo(lcCli) << "bounce done," << reports.size() << "messages," << checked.size() << "targets";
    const auto checksFor = [&](qsizetype index) {
        QList<TargetReport> mine;
        for (const CheckSuggestion &suggestion : suggestions.at(index)) {
            const qsizetype at = targetNames.indexOf(suggestion.target);
            if (at >= 0 && at < checked.size())
                mine.append(checked.at(at));
        }
        return mine;
    };

    if (parser.isSet(json)) {
        QList<QJsonObject> messages;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            std::optional<QList<TargetReport>> checks;
            if (parser.isSet(check))
                checks = checksFor(i);
            messages.append(BounceJson::message(reports.at(i), checks, timeoutMs));
        }
        Output::out(QString::fromUtf8(
            QJsonDocument(BounceJson::document(messages)).toJson(QJsonDocument::Indented)));
    } else {
        QString out;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            out += BounceText::message(reports.at(i));
            const QList<TargetReport> mine = checksFor(i);
            for (qsizetype j = 0; j < mine.size(); ++j) {
                out += BounceText::checking(suggestions.at(i).at(j));
                out += ReportText::target(mine.at(j), timeoutMs);
            }
        }
        Output::out(out);
    }

    if (!parser.isSet(check))
        return unreadable ? ExitUsage : 0;
    const int status = exitStatus(checked);
    if (status == ExitListed)
        return status;
    return unreadable ? ExitUsage : status;
}
