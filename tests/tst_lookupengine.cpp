// The engine against a real rbldnsd on 127.0.0.153:53, and against a fault-injecting proxy on
// 127.0.0.154:53 in front of it for lists that time out, fail or get rewritten answers.
#include "catalog/catalog.h"
#include "core/errortext.h"
#include "dnsfaultproxy.h"
#include "lookup/blocklistchecker.h"
#include "lookup/qdnslookuptransport.h"
#include "rbldnsdserver.h"
#include "verdict/resulttext.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QVersionNumber>

namespace {

const QHostAddress kRbldnsd(QStringLiteral("127.0.0.153"));
const QHostAddress kProxy(QStringLiteral("127.0.0.154"));

} // namespace

class TestLookupEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listedIpv4WithReason();
    void notListedIpv4IsClean();
    void ipv6Listing();
    void domainListing();
    void refusalCodes_data();
    void refusalCodes();
    void zoneListingEverythingIsUnusable();
    void zoneNotServedIsFailed();
    void dnsFaults_data();
    void dnsFaults();
    void silentListDoesNotHoldUpTheRest();
    void resultsArriveAsTheyComeIn();
    void cancelStopsAtOnce();
    void selfTestIsCached();
    void wholeCatalog();
    void dnsServerChoice();

private:
    struct Run
    {
        QList<TargetReport> reports;
        qint64 elapsedMs = 0;
        QList<qint64> arrivalMs;
        bool cancelled = false;
    };
    Run check(const QStringList &targets, const QStringList &listIds,
              const QHostAddress &server = kRbldnsd, int timeoutMs = 3000);
    ListResult only(const Run &run, const QString &listId, int target = 0);

    Catalog m_catalog;
    RbldnsdServer m_rbldnsd;
    DnsFaultProxyThread m_proxy;
    BlocklistChecker *m_checker = nullptr;
};

void TestLookupEngine::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QVERIFY(m_catalog.lists().size() >= 30);
    m_rbldnsd.serveCatalogTestPoints(m_catalog);
    const QString ip4 = QStringLiteral("ip4set");
    m_rbldnsd.addData(QStringLiteral("zen.spamhaus.org"), ip4,
                      {QStringLiteral("153.127.20.8 :127.0.0.2:Listed in the SBL, see "
                                      "https://check.spamhaus.org/sbl/query/SBL1"),
                       QStringLiteral("45.67.89.10 :127.0.0.10:PBL: dynamic range"),
                       QStringLiteral("45.67.89.254 :127.255.255.254:Error: open resolver")});
    m_rbldnsd.addData(QStringLiteral("zen.spamhaus.org"), QStringLiteral("ip6trie"),
                      {QStringLiteral("2a01:4f8:1:2::25 :127.0.0.2:IPv6 listing")});
    m_rbldnsd.addData(
        QStringLiteral("bl.spamcop.net"), ip4,
        {QStringLiteral(
            "153.127.20.8 :127.0.0.2:Blocked - see https://www.spamcop.net/bl.shtml?$")});
    m_rbldnsd.addData(QStringLiteral("bl.score.senderscore.com"), ip4,
                      {QStringLiteral("153.127.20.8 :127.255.255.255:not registered")});
    const QString dnset = QStringLiteral("dnset");
    m_rbldnsd.addData(QStringLiteral("dbl.spamhaus.org"), dnset,
                      {QStringLiteral("phish-example.com :127.0.1.4:phishing domain"),
                       QStringLiteral("asked-with-ip.com :127.0.1.255:IP queried")});
    m_rbldnsd.addData(QStringLiteral("multi.uribl.com"), dnset,
                      {QStringLiteral("public-resolver.com :127.0.0.1:Query Refused")});
    m_rbldnsd.addData(QStringLiteral("multi.surbl.org"), dnset,
                      {QStringLiteral("public-resolver.com :127.0.0.1:blocked")});
    // A list that lists the whole Internet, and a list this server does not serve.
    m_rbldnsd.replaceZone(QStringLiteral("dnsbl-3.uceprotect.net"), QStringLiteral("ip4trie"),
                          {QStringLiteral("0.0.0.0/0 :127.0.0.2:everything")});
    m_rbldnsd.removeZone(QStringLiteral("bl.nordspam.com"));
    QString error;
    QVERIFY2(m_rbldnsd.start(kRbldnsd, &error), qPrintable(error));
    QVERIFY2(m_proxy.start(kProxy, kRbldnsd, 53, &error), qPrintable(error));
    m_checker = new BlocklistChecker(this);
}

void TestLookupEngine::cleanupTestCase()
{
    delete m_checker;
    m_proxy.stop();
    m_rbldnsd.stop();
}

TestLookupEngine::Run TestLookupEngine::check(const QStringList &targets,
                                              const QStringList &listIds,
                                              const QHostAddress &server, int timeoutMs)
{
    QList<Target> parsed;
    for (const QString &t : targets)
        parsed.append(TargetParser::parse(t));
    QStringList unknown;
    const QList<Blocklist> lists = m_catalog.selection(listIds, &unknown);
    if (!unknown.isEmpty())
        qFatal("unknown list ids in the test");
    DnsServer dns;
    dns.address = server;
    Run run;
    QElapsedTimer clock;
    clock.start();
    auto arrival = connect(m_checker, &BlocklistChecker::resultReady, this,
                           [&] { run.arrivalMs.append(clock.elapsed()); });
    QSignalSpy finished(m_checker, &BlocklistChecker::finished);
    m_checker->start(parsed, lists, dns, timeoutMs);
    if (!finished.wait(4 * timeoutMs + 5000))
        qWarning("the check did not finish");
    disconnect(arrival);
    run.elapsedMs = clock.elapsed();
    run.reports = m_checker->reports();
    run.cancelled = !finished.isEmpty() && finished.first().first().toBool();
    return run;
}

ListResult TestLookupEngine::only(const Run &run, const QString &listId, int target)
{
    for (const ListResult &r : run.reports.value(target).results) {
        if (r.listId == listId)
            return r;
    }
    qWarning() << "no result for" << listId;
    return {};
}

void TestLookupEngine::listedIpv4WithReason()
{
    const Run run = check({QStringLiteral("153.127.20.8")},
                          {QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop")});
    QCOMPARE(run.reports.size(), 1);
    const TargetReport &report = run.reports.first();
    QCOMPARE(report.verdict, Verdict::Listed);
    QCOMPARE(report.listedCount, 2);
    QCOMPARE(report.applicableCount, 2);
    const ListResult zen = only(run, QStringLiteral("spamhaus-zen"));
    QCOMPARE(zen.status, ListStatus::Listed);
    QCOMPARE(zen.answers, QList<quint32>{0x7f000002});
    QCOMPARE(zen.severity, Severity::Spam);
    QVERIFY(!zen.meanings.isEmpty());
    QCOMPARE(zen.txt, QStringList{QStringLiteral(
                          "Listed in the SBL, see https://check.spamhaus.org/sbl/query/SBL1")});
    QVERIFY(zen.removalUrl.startsWith(QLatin1String("https://")));
    const ListResult spamcop = only(run, QStringLiteral("spamcop"));
    QCOMPARE(spamcop.status, ListStatus::Listed);
    QCOMPARE(spamcop.txt, QStringList{QStringLiteral(
                              "Blocked - see https://www.spamcop.net/bl.shtml?153.127.20.8")});
    QCOMPARE(spamcop.lookupUrl, QStringLiteral("https://www.spamcop.net/bl.shtml?153.127.20.8"));

    const Run policy = check({QStringLiteral("45.67.89.10")}, {QStringLiteral("spamhaus-zen")});
    QCOMPARE(policy.reports.first().verdict, Verdict::Listed);
    QVERIFY(policy.reports.first().onlyPolicyListings);
}

void TestLookupEngine::notListedIpv4IsClean()
{
    const Run run = check({QStringLiteral("153.127.20.9")},
                          {QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop")});
    QCOMPARE(only(run, QStringLiteral("spamhaus-zen")).status, ListStatus::NotListed);
    QCOMPARE(only(run, QStringLiteral("spamcop")).status, ListStatus::NotListed);
    QCOMPARE(run.reports.first().verdict, Verdict::Clean);
}

void TestLookupEngine::ipv6Listing()
{
    const Run run = check(
        {QStringLiteral("2a01:4f8:1:2::25")},
        {QStringLiteral("spamhaus-zen"), QStringLiteral("sem-ipv6"), QStringLiteral("spamcop")});
    QCOMPARE(only(run, QStringLiteral("spamhaus-zen")).status, ListStatus::Listed);
    QCOMPARE(only(run, QStringLiteral("spamhaus-zen")).txt,
             QStringList{QStringLiteral("IPv6 listing")});
    QCOMPARE(only(run, QStringLiteral("sem-ipv6")).status, ListStatus::NotListed);
    const ListResult spamcop = only(run, QStringLiteral("spamcop"));
    QCOMPARE(spamcop.status, ListStatus::Skipped);
    QCOMPARE(spamcop.reason, ResultReason::WrongKind);
    QCOMPARE(run.reports.first().applicableCount, 2);
}

void TestLookupEngine::domainListing()
{
    const Run run =
        check({QStringLiteral("info@phish-example.com"), QStringLiteral("clean-example.com")},
              {QStringLiteral("spamhaus-dbl"), QStringLiteral("spamhaus-zen")});
    const ListResult dbl = only(run, QStringLiteral("spamhaus-dbl"));
    QCOMPARE(dbl.status, ListStatus::Listed);
    QCOMPARE(dbl.answers, QList<quint32>{0x7f000104});
    QCOMPARE(only(run, QStringLiteral("spamhaus-zen")).status, ListStatus::Skipped);
    QCOMPARE(run.reports.at(0).verdict, Verdict::Listed);
    QCOMPARE(only(run, QStringLiteral("spamhaus-dbl"), 1).status, ListStatus::NotListed);
    QCOMPARE(run.reports.at(1).verdict, Verdict::Clean);
}

void TestLookupEngine::refusalCodes_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("target");
    QTest::newRow("spamhaus public resolver") << "spamhaus-zen"
                                              << "45.67.89.254";
    QTest::newRow("dbl ip queried") << "spamhaus-dbl"
                                    << "asked-with-ip.com";
    QTest::newRow("uribl refused") << "uribl"
                                   << "public-resolver.com";
    QTest::newRow("surbl refused") << "surbl"
                                   << "public-resolver.com";
    QTest::newRow("senderscore unregistered") << "senderscore"
                                              << "153.127.20.8";
}

void TestLookupEngine::refusalCodes()
{
    QFETCH(QString, list);
    QFETCH(QString, target);
    const Run run = check({target}, {list});
    const ListResult result = only(run, list);
    QCOMPARE(result.status, ListStatus::Refused);
    QCOMPARE(result.reason, ResultReason::ListRefused);
    QVERIFY(!result.refusal.isEmpty());
    QCOMPARE(run.reports.first().verdict, Verdict::Incomplete);
    QVERIFY(ResultText::detail(result, 3000).contains(ResultText::catalogText(result.refusal)));
}

void TestLookupEngine::zoneListingEverythingIsUnusable()
{
    const Run run = check({QStringLiteral("153.127.20.9")},
                          {QStringLiteral("uceprotect-3"), QStringLiteral("spamcop")});
    const ListResult result = only(run, QStringLiteral("uceprotect-3"));
    QCOMPARE(result.status, ListStatus::Unusable);
    QCOMPARE(result.reason, ResultReason::SelfTestListsNegative);
    QVERIFY(result.duringSelfTest);
    // Its "listed" answer must not count: the verdict is incomplete, not listed.
    QCOMPARE(run.reports.first().verdict, Verdict::Incomplete);
    QCOMPARE(run.reports.first().listedCount, 0);
}

void TestLookupEngine::zoneNotServedIsFailed()
{
    const Run run = check({QStringLiteral("153.127.20.9")}, {QStringLiteral("nordspam")});
    const ListResult result = only(run, QStringLiteral("nordspam"));
    QCOMPARE(result.status, ListStatus::Failed);
    QCOMPARE(result.reason, ResultReason::ServerRefused);
    QCOMPARE(run.reports.first().verdict, Verdict::Incomplete);
}

void TestLookupEngine::dnsFaults_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    using F = DnsFaultProxy::Fault;
    QTest::newRow("servfail") << "barracuda" << int(F::ServFail) << int(ListStatus::Failed)
                              << int(ResultReason::ServerFailure);
    QTest::newRow("refused") << "mailspike" << int(F::Refused) << int(ListStatus::Failed)
                             << int(ResultReason::ServerRefused);
    QTest::newRow("rewritten answer")
        << "interserver" << int(F::BadAnswer) << int(ListStatus::Unusable)
        << int(ResultReason::SelfTestBadAnswer);
}

void TestLookupEngine::dnsFaults()
{
    QFETCH(QString, list);
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(int, reason);
    const QString zone = m_catalog.find(list)->zone;
    m_proxy.setFault(zone, DnsFaultProxy::Fault(fault));
    const Run run =
        check({QStringLiteral("153.127.20.8")}, {list, QStringLiteral("spamcop")}, kProxy);
    m_proxy.setFault(zone, DnsFaultProxy::Fault::None);
    const ListResult result = only(run, list);
    QCOMPARE(int(result.status), status);
    QCOMPARE(int(result.reason), reason);
    QCOMPARE(only(run, QStringLiteral("spamcop")).status, ListStatus::Listed);
    QVERIFY(!ResultText::detail(result, 3000).isEmpty());
}

void TestLookupEngine::silentListDoesNotHoldUpTheRest()
{
    const QString zone = m_catalog.find(QStringLiteral("psbl"))->zone;
    m_proxy.setFault(zone, DnsFaultProxy::Fault::Drop);
    const int timeoutMs = 1500;
    const Run run =
        check({QStringLiteral("153.127.20.8")},
              {QStringLiteral("psbl"), QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop")},
              kProxy, timeoutMs);
    m_proxy.setFault(zone, DnsFaultProxy::Fault::None);
    const ListResult psbl = only(run, QStringLiteral("psbl"));
    QCOMPARE(psbl.status, ListStatus::Failed);
    QCOMPARE(psbl.reason, ResultReason::Timeout);
    QCOMPARE(only(run, QStringLiteral("spamhaus-zen")).status, ListStatus::Listed);
    QCOMPARE(only(run, QStringLiteral("spamcop")).status, ListStatus::Listed);
    QVERIFY2(only(run, QStringLiteral("spamcop")).ms < timeoutMs,
             "a silent list held up the others");
    // The self-test query is the one that goes unanswered: one deadline, plus scheduling.
    QVERIFY2(run.elapsedMs < timeoutMs + 1000,
             qPrintable(QStringLiteral("the check took %1 ms").arg(run.elapsedMs)));
    QVERIFY(run.elapsedMs >= timeoutMs);
    QCOMPARE(run.reports.first().verdict, Verdict::Listed);
}

void TestLookupEngine::resultsArriveAsTheyComeIn()
{
    const QString zone = m_catalog.find(QStringLiteral("psbl"))->zone;
    m_proxy.setFault(zone, DnsFaultProxy::Fault::Drop);
    const Run run =
        check({QStringLiteral("153.127.20.9")},
              {QStringLiteral("psbl"), QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop")},
              kProxy, 1500);
    m_proxy.setFault(zone, DnsFaultProxy::Fault::None);
    QCOMPARE(run.arrivalMs.size(), 3);
    // The answering lists were delivered long before the silent one gave up.
    QVERIFY2(run.arrivalMs.at(1) + 800 < run.arrivalMs.at(2),
             qPrintable(QStringLiteral("arrivals at %1, %2 ms")
                            .arg(run.arrivalMs.at(1))
                            .arg(run.arrivalMs.at(2))));
}

void TestLookupEngine::cancelStopsAtOnce()
{
    m_proxy.setDefaultFault(DnsFaultProxy::Fault::Drop);
    QList<Target> targets{TargetParser::parse(QStringLiteral("153.127.20.77"))};
    DnsServer dns;
    dns.address = kProxy;
    QSignalSpy finished(m_checker, &BlocklistChecker::finished);
    QSignalSpy results(m_checker, &BlocklistChecker::resultReady);
    const int queriesBefore = m_proxy.queryCount();
    m_checker->start(targets, m_catalog.selection({}, nullptr), dns, 5000);
    // Cancel while queries are really outstanding at the (silent) server.
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy.queryCount() > queriesBefore, 5000);
    QVERIFY(m_checker->isRunning());
    QElapsedTimer clock;
    clock.start();
    m_checker->cancel();
    QCOMPARE(finished.size(), 1); // synchronous: nothing is waited for
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(clock.elapsed() < 100);
    QVERIFY(!m_checker->isRunning());
    // The lists that had not answered are unknown, not clean.
    const TargetReport &stopped = m_checker->reports().first();
    QCOMPARE(stopped.results.size(), m_catalog.selection({}, nullptr).size());
    QCOMPARE(stopped.verdict, Verdict::Incomplete);
    QVERIFY(std::any_of(stopped.results.cbegin(), stopped.results.cend(), [](const ListResult &r) {
        return r.status == ListStatus::Failed && r.reason == ResultReason::Cancelled;
    }));
    const int before = int(results.size());
    // Proving that nothing more arrives needs a quiet period; the events run meanwhile.
    QTest::qWait(300);
    QCOMPARE(int(results.size()), before);
    m_proxy.setDefaultFault(DnsFaultProxy::Fault::None);
    // The checker works again at once; it answers as soon as one of Qt's 5 lookup threads
    // comes back from the silent server (RES_OPTIONS bounds that to 3 s here). Only 5 lookups
    // were handed to Qt: the rest of the stopped check was never sent.
    QVERIFY(QDnsLookupTransport::lookupsInFlight() <= QDnsLookupTransport::MaxLookupsInFlight);
    const Run run =
        check({QStringLiteral("153.127.20.8")}, {QStringLiteral("spamcop")}, kProxy, 6000);
    QCOMPARE(only(run, QStringLiteral("spamcop")).status, ListStatus::Listed);
}

void TestLookupEngine::selfTestIsCached()
{
    // A new checker starts with an empty self-test cache; the shared one stays untouched.
    BlocklistChecker fresh;
    BlocklistChecker *shared = m_checker;
    m_checker = &fresh;
    const int start = m_proxy.queryCount();
    check({QStringLiteral("153.127.20.9")}, {QStringLiteral("spamcop")}, kProxy);
    const int first = m_proxy.queryCount() - start;
    check({QStringLiteral("153.127.20.10")}, {QStringLiteral("spamcop")}, kProxy);
    const int second = m_proxy.queryCount() - start - first;
    m_checker = shared;
    QCOMPARE(first, 3);  // 127.0.0.2, 127.0.0.1, then the target
    QCOMPARE(second, 1); // the self-test result was remembered
}

void TestLookupEngine::wholeCatalog()
{
    const Run run = check({QStringLiteral("153.127.20.8")}, {});
    const TargetReport &report = run.reports.first();
    int enabledForIpv4 = 0;
    for (const Blocklist &list : m_catalog.selection({}, nullptr))
        enabledForIpv4 += list.takesIpv4 ? 1 : 0;
    QCOMPARE(report.applicableCount, enabledForIpv4);
    QCOMPARE(report.listedCount, 2); // ZEN and SpamCop; UCEPROTECT-3 lists everything: unusable
    QCOMPARE(only(run, QStringLiteral("uceprotect-3")).status, ListStatus::Unusable);
    QCOMPARE(only(run, QStringLiteral("nordspam")).status, ListStatus::Failed);
    for (const ListResult &r : report.results) {
        if (r.listId != QLatin1String("uceprotect-3") && r.listId != QLatin1String("nordspam") &&
            r.status != ListStatus::Skipped && r.listId != QLatin1String("spamhaus-zen") &&
            r.listId != QLatin1String("spamcop"))
            QVERIFY2(r.status == ListStatus::NotListed,
                     qPrintable(r.listId + QStringLiteral(": ") + ListStatusNames::name(r.status)));
    }
    QCOMPARE(ResultText::verdictSentence(report),
             QStringLiteral("153.127.20.8 is listed on 2 of %1 blocklists.").arg(enabledForIpv4));
}

void TestLookupEngine::dnsServerChoice()
{
    DnsServer server;
    QCOMPARE(DnsServers::parse(QStringLiteral("127.0.0.153"), &server), DnsServerProblem::None);
    QCOMPARE(server.name(), QStringLiteral("127.0.0.153"));
    QCOMPARE(DnsServers::parse(QStringLiteral("::1"), &server), DnsServerProblem::Ipv6Unsupported);
    QCOMPARE(DnsServers::parse(QStringLiteral("127.0.0.153:5353"), &server),
             DnsServerProblem::PortUnsupported);
    QCOMPARE(DnsServers::parse(QStringLiteral("dns.example"), &server),
             DnsServerProblem::NotAnAddress);
    QCOMPARE(DnsServers::parse(QStringLiteral("0.0.0.0"), &server), DnsServerProblem::NotUsable);
    // The test guard: nothing outside 127.0.0.0/8, not even the system resolver.
    QCOMPARE(qgetenv("BLOCKLISTDOCTOR_LOOPBACK_DNS_ONLY"), QByteArray("1"));
    QCOMPARE(DnsServers::parse(QStringLiteral("192.0.2.53"), &server),
             DnsServerProblem::OutsideLoopback);
    QCOMPARE(DnsServers::parse(QStringLiteral("system"), &server),
             DnsServerProblem::OutsideLoopback);

    QTemporaryFile resolvConf;
    QVERIFY(resolvConf.open());
    resolvConf.write("# generated\nnameserver 2001:db8::53\nnameserver 192.0.2.53\n");
    resolvConf.close();
    const DnsServerProblem ipv6First =
        DnsServers::parse(QStringLiteral("127.0.0.153"), &server, resolvConf.fileName());
#if defined(Q_OS_LINUX)
    if (QVersionNumber::fromString(QString::fromLatin1(qVersion())) < QVersionNumber(6, 6))
        QCOMPARE(ipv6First, DnsServerProblem::SystemResolverIpv6First);
    else
        QCOMPARE(ipv6First, DnsServerProblem::None);
#endif
    // Every refusal has words for the user.
    for (DnsServerProblem problem :
         {DnsServerProblem::NotAnAddress, DnsServerProblem::Ipv6Unsupported,
          DnsServerProblem::PortUnsupported, DnsServerProblem::NotUsable,
          DnsServerProblem::SystemResolverIpv6First, DnsServerProblem::OutsideLoopback})
        QVERIFY(!ErrorText::dnsServerProblem(problem, QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLookupEngine)
#include "tst_lookupengine.moc"
