// Times a check of one IPv4 address against the whole catalog through rbldnsd on loopback,
// cold (self-tests included) and warm, with the server answering at once and with a delay
// added to every query by a proxy, and compares it with one single query.
// Run as root (port 53): build/release/tests/benchmarks/bench_check [rounds] [delay-ms]
#include "catalog/catalog.h"
#include "dnsfaultproxy.h"
#include "lookup/blocklistchecker.h"
#include "lookup/qdnslookuptransport.h"
#include "rbldnsdserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>

namespace {

const QHostAddress kRbldnsd(QStringLiteral("127.0.0.157"));
const QHostAddress kDelayed(QStringLiteral("127.0.0.158"));

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double singleQueryMs(const QHostAddress &server)
{
    QDnsLookupTransport transport(server);
    QEventLoop loop;
    QObject::connect(&transport, &DnsTransport::resolved, &loop, &QEventLoop::quit);
    DnsQuery query;
    query.id = 1;
    query.name = QStringLiteral("9.20.127.153.zen.spamhaus.org");
    QElapsedTimer clock;
    clock.start();
    transport.resolve(query);
    loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

double checkMs(BlocklistChecker &checker, const QList<Blocklist> &lists, const QHostAddress &server,
               int *queries)
{
    DnsServer dns;
    dns.address = server;
    QEventLoop loop;
    QObject::connect(&checker, &BlocklistChecker::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    checker.start({TargetParser::parse(QStringLiteral("153.127.20.9"))}, lists, dns, 10000);
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    *queries = checker.reports().first().applicableCount;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = qMax(1, app.arguments().value(1, QStringLiteral("5")).toInt());
    const int delayMs = app.arguments().value(2, QStringLiteral("50")).toInt();
    QTextStream out(stdout);

    const Catalog catalog = Catalog::builtIn();
    const QList<Blocklist> lists = catalog.selection({}, nullptr);
    RbldnsdServer rbldnsd;
    rbldnsd.serveCatalogTestPoints(catalog);
    DnsFaultProxyThread proxy;
    QString error;
    if (!rbldnsd.start(kRbldnsd, &error) || !proxy.start(kDelayed, kRbldnsd, 53, &error)) {
        out << "cannot start the DNS servers: " << error << '\n';
        return 1;
    }
    proxy.setDelay(delayMs);

    out << "Qt " << qVersion() << ", " << lists.size() << " enabled lists, " << rounds
        << " rounds, median wall time\n\n";
    out << "server                 single query   cold check   warm check   warm/single\n";
    for (const auto &[label, server] :
         {std::pair{QStringLiteral("rbldnsd direct"), kRbldnsd},
          std::pair{QStringLiteral("rbldnsd +%1 ms").arg(delayMs), kDelayed}}) {
        QList<double> single, cold, warm;
        int applicable = 0;
        for (int round = 0; round < rounds; ++round) {
            single.append(singleQueryMs(server));
            BlocklistChecker checker; // a new checker: nothing cached
            cold.append(checkMs(checker, lists, server, &applicable));
            warm.append(checkMs(checker, lists, server, &applicable));
        }
        out << QStringLiteral("%1 %2 ms %3 ms %4 ms %5x\n")
                   .arg(label, -20)
                   .arg(median(single), 12, 'f', 1)
                   .arg(median(cold), 10, 'f', 1)
                   .arg(median(warm), 10, 'f', 1)
                   .arg(median(warm) / qMax(0.001, median(single)), 10, 'f', 1);
        out.flush();
        Q_UNUSED(applicable)
    }
    return 0;
}
