#include "commandsupport.h"

#include "core/errortext.h"
#include "output.h"

#include <QCoreApplication>

namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

} // namespace

namespace CommandSupport {

CommonOptions commonOptions()
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print one JSON document.")),
            QCommandLineOption(QStringLiteral("dns-server"),
                               Tr::tr("Ask this DNS server (an IPv4 address) instead of the "
                                      "system's."),
                               QStringLiteral("IPv4")),
            QCommandLineOption(QStringLiteral("catalog"),
                               Tr::tr("Add or override blocklists from this catalog file."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("timeout"),
                               Tr::tr("Seconds to wait for each answer (default 4)."),
                               QStringLiteral("SECONDS"))};
}

std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Output::out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

int usageError(const QString &message)
{
    Output::err(message + QLatin1Char('\n'));
    return ExitUsage;
}

bool loadCatalog(const QStringList &files, Catalog *catalog)
{
    *catalog = Catalog::builtIn();
    for (const QString &file : files) {
        CatalogError error;
        if (!catalog->mergeFile(file, &error)) {
            Output::err(ErrorText::catalogError(error) + QLatin1Char('\n'));
            return false;
        }
    }
    return true;
}

bool parseTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *ms)
{
    double seconds = DefaultTimeoutSeconds;
    if (parser.isSet(option)) {
        bool ok = false;
        seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 120) {
            usageError(Tr::tr("--timeout takes a number of seconds from 0.1 to 120."));
            return false;
        }
    }
    *ms = int(seconds * 1000);
    return true;
}

bool parseDnsServer(const QCommandLineParser &parser, const QCommandLineOption &option,
                    DnsServer *server)
{
    const QString text = parser.value(option);
    const DnsServerProblem problem = DnsServers::parse(text, server);
    if (problem == DnsServerProblem::None)
        return true;
    usageError(ErrorText::dnsServerProblem(problem, text));
    return false;
}

int exitStatus(const QList<TargetReport> &reports)
{
    bool listed = false;
    bool notCheckable = false;
    bool incomplete = false;
    for (const TargetReport &report : reports) {
        listed = listed || report.verdict == Verdict::Listed;
        notCheckable = notCheckable || report.verdict == Verdict::NotCheckable;
        incomplete = incomplete || report.verdict == Verdict::Incomplete;
    }
    if (listed)
        return ExitListed;
    if (notCheckable)
        return ExitUsage;
    return incomplete ? ExitIncomplete : 0;
}

} // namespace CommandSupport
