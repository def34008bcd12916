#include "catalog/catalog.h"
#include "lookup/selftest.h"
#include "verdict/answerdecoder.h"
#include "verdict/targetreport.h"

#include <QTest>

namespace {

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

DnsReply answer(std::initializer_list<const char *> addresses)
{
    DnsReply reply;
    reply.outcome = DnsOutcome::Answer;
    for (const char *a : addresses)
        reply.addresses.append(ip(a));
    return reply;
}

DnsReply outcome(DnsOutcome what)
{
    DnsReply reply;
    reply.outcome = what;
    return reply;
}

} // namespace

class TestAnswerDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodes_data();
    void decodes();
    void failuresAreNeverNotListed_data();
    void failuresAreNeverNotListed();
    void bitmaskCombinesMeanings();
    void selfTest_data();
    void selfTest();
    void selfTestCacheExpires();
    void overallVerdict();

private:
    Catalog m_catalog;
};

void TestAnswerDecoder::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QVERIFY2(m_catalog.lists().size() >= 30, "the built-in catalog did not load");
}

void TestAnswerDecoder::decodes_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("severity");

    const auto row = [](const char *name, const char *list, QStringList answers, const char *status,
                        Severity severity = Severity::Spam) {
        QTest::newRow(name) << QString::fromLatin1(list) << answers << QString::fromLatin1(status)
                            << int(severity);
    };
    row("zen sbl", "spamhaus-zen", {"127.0.0.2"}, "listed");
    row("zen xbl reserved range", "spamhaus-zen", {"127.0.0.6"}, "listed");
    row("zen pbl is policy", "spamhaus-zen", {"127.0.0.10"}, "listed", Severity::Policy);
    row("zen sbl+pbl is spam", "spamhaus-zen", {"127.0.0.11", "127.0.0.2"}, "listed");
    row("zen typo code", "spamhaus-zen", {"127.255.255.252"}, "refused");
    row("zen public resolver", "spamhaus-zen", {"127.255.255.254"}, "refused");
    row("zen over limit", "spamhaus-zen", {"127.255.255.255"}, "refused");
    row("dbl phishing", "spamhaus-dbl", {"127.0.1.4"}, "listed");
    row("dbl ip queried", "spamhaus-dbl", {"127.0.1.255"}, "refused");
    row("dbl public resolver", "spamhaus-dbl", {"127.255.255.254"}, "refused");
    row("uribl refused", "uribl", {"127.0.0.1"}, "refused");
    row("uribl black", "uribl", {"127.0.0.2"}, "listed");
    row("surbl refused", "surbl", {"127.0.0.1"}, "refused");
    row("surbl phishing", "surbl", {"127.0.0.8"}, "listed");
    row("senderscore unregistered", "senderscore", {"127.255.255.255"}, "refused");
    row("0spam uses .1 as a listing", "0spam", {"127.0.0.1"}, "listed");
    row("undocumented code is still listed", "spamcop", {"127.0.0.77"}, "listed");
    row("answer outside 127/8", "spamcop", {"10.0.0.1"}, "failed");
    row("mixed answers outside 127/8", "spamhaus-zen", {"127.0.0.2", "92.242.132.24"}, "failed");
}

void TestAnswerDecoder::decodes()
{
    QFETCH(QString, list);
    QFETCH(QStringList, answers);
    QFETCH(QString, status);
    QFETCH(int, severity);
    const Blocklist *blocklist = m_catalog.find(list);
    QVERIFY2(blocklist, qPrintable(list + QStringLiteral(" missing from the catalog")));
    DnsReply reply = outcome(DnsOutcome::Answer);
    for (const QString &a : answers)
        reply.addresses.append(QHostAddress(a).toIPv4Address());
    ListResult result;
    AnswerDecoder::decode(*blocklist, reply, &result);
    QCOMPARE(ListStatusNames::name(result.status), status);
    if (result.status == ListStatus::Listed) {
        QCOMPARE(int(result.severity), severity);
        QCOMPARE(result.answers.size(), answers.size());
    }
    if (result.status == ListStatus::Refused)
        QVERIFY2(!result.refusal.isEmpty(), "a refusal must carry the catalog's explanation");
    if (result.status == ListStatus::Failed)
        QCOMPARE(result.reason, ResultReason::BadAnswer);
}

void TestAnswerDecoder::failuresAreNeverNotListed_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("reason");
    QTest::newRow("timeout") << int(DnsOutcome::Timeout) << int(ResultReason::Timeout);
    QTest::newRow("servfail") << int(DnsOutcome::ServerFailure) << int(ResultReason::ServerFailure);
    QTest::newRow("refused") << int(DnsOutcome::Refused) << int(ResultReason::ServerRefused);
    QTest::newRow("no answer") << int(DnsOutcome::NoAnswer) << int(ResultReason::NoAnswer);
    QTest::newRow("no network") << int(DnsOutcome::ResolverError)
                                << int(ResultReason::ResolverError);
}

void TestAnswerDecoder::failuresAreNeverNotListed()
{
    QFETCH(int, outcome);
    QFETCH(int, reason);
    ListResult result;
    AnswerDecoder::decode(*m_catalog.find(QStringLiteral("spamcop")),
                          ::outcome(DnsOutcome(outcome)), &result);
    QCOMPARE(result.status, ListStatus::Failed);
    QCOMPARE(int(result.reason), reason);

    ListResult nx;
    AnswerDecoder::decode(*m_catalog.find(QStringLiteral("spamcop")),
                          ::outcome(DnsOutcome::NxDomain), &nx);
    QCOMPARE(nx.status, ListStatus::NotListed);
}

void TestAnswerDecoder::bitmaskCombinesMeanings()
{
    // 127.0.0.24 = 8 (phishing) + 16 (malware) on SURBL.
    ListResult result;
    AnswerDecoder::decode(*m_catalog.find(QStringLiteral("surbl")), answer({"127.0.0.24"}),
                          &result);
    QCOMPARE(result.status, ListStatus::Listed);
    QCOMPARE(result.meanings.size(), 2);
}

void TestAnswerDecoder::selfTest_data()
{
    QTest::addColumn<DnsReply>("listed");
    QTest::addColumn<DnsReply>("notListed");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("reason");
    using S = SelfTestOutcome::State;
    const DnsReply nx = outcome(DnsOutcome::NxDomain);
    QTest::newRow("healthy") << answer({"127.0.0.2"}) << nx << int(S::Passed)
                             << int(ResultReason::None);
    QTest::newRow("lists the world")
        << answer({"127.0.0.2"}) << answer({"127.0.0.2"}) << int(S::Unusable)
        << int(ResultReason::SelfTestListsNegative);
    QTest::newRow("lists nothing")
        << nx << nx << int(S::Unusable) << int(ResultReason::SelfTestMissingPositive);
    QTest::newRow("rewritten answers") << answer({"92.242.132.24"}) << nx << int(S::Unusable)
                                       << int(ResultReason::SelfTestBadAnswer);
    QTest::newRow("public resolver refused")
        << answer({"127.255.255.254"}) << answer({"127.255.255.254"}) << int(S::Refused)
        << int(ResultReason::ListRefused);
    QTest::newRow("timeout is not unusable")
        << outcome(DnsOutcome::Timeout) << nx << int(S::Failed) << int(ResultReason::Timeout);
}

void TestAnswerDecoder::selfTest()
{
    QFETCH(DnsReply, listed);
    QFETCH(DnsReply, notListed);
    QFETCH(int, state);
    QFETCH(int, reason);
    const Blocklist &zen = *m_catalog.find(QStringLiteral("spamhaus-zen"));
    const SelfTestOutcome result = SelfTest::evaluate(zen, listed, notListed);
    QCOMPARE(int(result.state), state);
    QCOMPARE(int(result.reason), reason);

    // Only unusable and passed verdicts are remembered; failures say nothing about the list.
    SelfTestCache cache;
    cache.store(QStringLiteral("k"), result);
    const bool remembered = cache.find(QStringLiteral("k")).has_value();
    QCOMPARE(remembered, state == int(SelfTestOutcome::State::Passed) ||
                             state == int(SelfTestOutcome::State::Unusable));
}

void TestAnswerDecoder::selfTestCacheExpires()
{
    SelfTestOutcome passed;
    passed.state = SelfTestOutcome::State::Passed;
    SelfTestOutcome unusable;
    unusable.state = SelfTestOutcome::State::Unusable;
    unusable.reason = ResultReason::SelfTestListsNegative;

    SelfTestCache cache;
    cache.store(QStringLiteral("passed"), passed);
    cache.store(QStringLiteral("unusable"), unusable);
    QVERIFY(cache.find(QStringLiteral("passed")).has_value());
    QCOMPARE(cache.find(QStringLiteral("unusable"))->reason, ResultReason::SelfTestListsNegative);

    // A lifetime already over: both verdicts are forgotten, so the list is tested again.
    cache.setLifetimes(-1, -1);
    QVERIFY(!cache.find(QStringLiteral("passed")).has_value());
    QVERIFY(!cache.find(QStringLiteral("unusable")).has_value());
    // Each verdict has its own lifetime.
    cache.setLifetimes(60 * 60 * 1000, -1);
    QVERIFY(cache.find(QStringLiteral("passed")).has_value());
    QVERIFY(!cache.find(QStringLiteral("unusable")).has_value());
}

void TestAnswerDecoder::overallVerdict()
{
    TargetReport report;
    report.target = TargetParser::parse(QStringLiteral("153.127.20.8"));
    ListResult listed;
    listed.status = ListStatus::Listed;
    listed.severity = Severity::Policy;
    ListResult clean;
    clean.status = ListStatus::NotListed;
    ListResult failed;
    failed.status = ListStatus::Failed;
    ListResult skipped;
    skipped.status = ListStatus::Skipped;

    report.results = {clean, skipped};
    report.summarize();
    QCOMPARE(report.verdict, Verdict::Clean);
    QCOMPARE(report.applicableCount, 1);

    report.results = {clean, failed};
    report.summarize();
    QCOMPARE(report.verdict, Verdict::Incomplete);

    report.results = {listed, failed, clean};
    report.summarize();
    QCOMPARE(report.verdict, Verdict::Listed);
    QCOMPARE(report.listedCount, 1);
    QCOMPARE(report.applicableCount, 3);
    QVERIFY(report.onlyPolicyListings);

    report.results = {skipped};
    report.summarize();
    QCOMPARE(report.verdict, Verdict::NotCheckable);
}

QTEST_APPLESS_MAIN(TestAnswerDecoder)
#include "tst_answerdecoder.moc"
