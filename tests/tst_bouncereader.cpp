// The bounce reader on our own fixtures (tests/data/bounces: one per blocklist or reputation
// vendor, in real MTA layouts) and on the cases users meet: traps, pasted lines, non-bounces,
// damaged input. Safety: every URL we offer comes from the catalog, never from the bounce.
#include "bounce/bouncereader.h"
#include "bounce/explanation.h"
#include "bounce/reasonclassifier.h"
#include "cli/bouncejson.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString fixtureDir()
{
    return QStringLiteral(BLOCKLISTDOCTOR_TEST_DATA_DIR "/bounces");
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The URL the catalog gives for `id` and `ip`, lookup or removal.
QString catalogUrl(const Catalog &catalog, const QString &id, const QString &ip, bool removal)
{
    if (const Blocklist *list = catalog.find(id))
        return removal ? list->removalUrlFor(ip) : list->lookupUrlFor(ip);
    if (const Provider *provider = catalog.findProvider(id))
        return removal ? provider->removalUrlFor(ip) : provider->lookupUrlFor(ip);
    return QStringLiteral("(not in the catalog)");
}

} // namespace

class TestBounceReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vendorFixtures_data();
    void vendorFixtures();
    void urlsComeOnlyFromTheCatalog_data() { vendorFixtures_data(); }
    void urlsComeOnlyFromTheCatalog();
    void kinds_data();
    void kinds();
    void headerBlockOrPastedText_data();
    void headerBlockOrPastedText();
    void traps_data();
    void traps();
    void unreadableInput_data();
    void unreadableInput();
    void suggestionsFallBackToReportingServerAndSenderDomain();
    void htmlOnlyBounceIsReadAsText();
    void explanationSpeaksToTheUser();

private:
    Catalog m_catalog;
    QJsonArray m_expected;
};

void TestBounceReader::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QFile file(fixtureDir() + QStringLiteral("/expected.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_expected = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY2(m_expected.size() >= 20, "one fixture per vendor is expected");
}

void TestBounceReader::vendorFixtures_data()
{
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue &value : std::as_const(m_expected)) {
        const QJsonObject object = value.toObject();
        QTest::newRow(qPrintable(object.value("file").toString())) << object;
    }
}

void TestBounceReader::vendorFixtures()
{
    QFETCH(QJsonObject, expected);
    const BounceReader reader(m_catalog);
    const BounceReport report =
        reader.readFile(fixtureDir() + QLatin1Char('/') + expected.value("file").toString());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.isBounce(), expected.value("is_bounce").toBool());
    QCOMPARE(BounceJson::kindName(report.kind), expected.value("kind").toString());

    QStringList recipients;
    for (const FailedRecipient &failure : report.failures) {
        if (!failure.recipient.isEmpty())
            recipients << failure.recipient;
    }
    QCOMPARE(recipients, strings(expected.value("recipients")));
    QVERIFY(!report.failures.isEmpty());
    const FailedRecipient &first = report.failures.first();
    QCOMPARE(first.replyCode, expected.value("reply_code").toString());
    QCOMPARE(first.status, expected.value("status").toString());
    QCOMPARE(first.reason, expected.value("reason").toString());
    QCOMPARE(report.citedIps, strings(expected.value("cited_ips")));
    QCOMPARE(report.citedDomains, strings(expected.value("cited_domains")));

    QStringList ids;
    for (const NamedBlocklist &named : report.blocklists)
        ids << named.id;
    QCOMPARE(ids, strings(expected.value("blocklists")));
    QCOMPARE(report.blocklists.first().receiverSide, expected.value("receiver_side").toBool());
}

void TestBounceReader::urlsComeOnlyFromTheCatalog()
{
    QFETCH(QJsonObject, expected);
    const BounceReader reader(m_catalog);
    const BounceReport report =
        reader.readFile(fixtureDir() + QLatin1Char('/') + expected.value("file").toString());
    const QString ip = report.citedIps.value(0);
    const QStringList inBounce = strings(expected.value("urls_in_bounce"));
    for (const NamedBlocklist &named : report.blocklists) {
        for (const bool removal : {false, true}) {
            const QString url = removal ? named.removalUrl : named.lookupUrl;
            if (url.isEmpty())
                continue;
            QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
            QCOMPARE(url, catalogUrl(m_catalog, named.id, ip, removal));
        }
        if (named.receiverSide) {
            QVERIFY2(named.removalUrl.isEmpty() && named.lookupUrl.isEmpty(),
                     "the receiver's own problem gets no removal page");
        }
    }
    // A link from the bounce (phishing included) is never offered, unless the catalog itself
    // has the very same address.
    for (const QString &link : inBounce) {
        for (const NamedBlocklist &named : report.blocklists) {
            if (named.lookupUrl == link || named.removalUrl == link)
                QCOMPARE(link, catalogUrl(m_catalog, named.id, ip, named.removalUrl == link));
        }
        QVERIFY2(!link.contains(QLatin1String("phish.example.net")) ||
                     !BounceExplanation::text(report).contains(link),
                 "a link from the bounce is never repeated as advice");
    }
}

void TestBounceReader::kinds_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("kind");
    QTest::newRow("delay")
        << QByteArray(
               "From: MAILER-DAEMON@mail.example.jp\nSubject: Delayed Mail (still being retried)\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n"
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.jp\n\n"
               "Final-Recipient: rfc822; a@example.com\nAction: delayed\nStatus: 4.4.1\n"
               "Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25: Connection "
               "timed out\n"
               "\n--b--\n")
        << "delay";
    QTest::newRow("delivered")
        << QByteArray(
               "From: MAILER-DAEMON@mail.example.jp\nSubject: Successful Mail Delivery Report\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n"
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.jp\n\n"
               "Final-Recipient: rfc822; a@example.com\nAction: delivered\nStatus: 2.0.0\n"
               "\n--b--\n")
        << "delivered";
    QTest::newRow("ARF feedback")
        << QByteArray(
               "From: staff@fbl.example.net\nSubject: FW: hello\n"
               "Content-Type: multipart/report; report-type=feedback-report; boundary=b\n\n--b\n"
               "Content-Type: text/plain\n\nThis is an abuse report.\n--b\n"
               "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: x/1\n"
               "Version: 1\nSource-IP: 203.0.113.5\n\n--b--\n")
        << "feedback";
    QTest::newRow("out of office") << QByteArray("From: hanako@example.com\nSubject: Out of "
                                                 "Office: hello\nAuto-Submitted: auto-replied\n"
                                                 "\nI am away until Monday.\n")
                                   << "autoreply";
    QTest::newRow("Japanese out of office")
        << QByteArray("From: hanako@example.com\nSubject: =?UTF-8?B?6Ieq5YuV5b+c562U?=\n"
                      "Content-Type: text/plain; "
                      "charset=utf-8\n\n\xe4\xb8\x8d\xe5\x9c\xa8\xe3\x81\xa7\xe3\x81\x99\n")
        << "autoreply";
    QTest::newRow("ordinary mail")
        << QByteArray(
               "From: boss@example.jp\nTo: taro@example.jp\nSubject: lunch\n\nThe server was "
               "listed in the meeting notes; see you at 12.\n")
        << "not_bounce";
    QTest::newRow("pasted prose") << QByteArray("Hello, how are you?") << "not_bounce";
}

void TestBounceReader::kinds()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, kind);
    const BounceReport report = BounceReader(m_catalog).read(message, QStringLiteral("test"));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(BounceJson::kindName(report.kind), kind);
    if (kind != QLatin1String("delay"))
        QVERIFY2(report.failures.isEmpty(), "only failures and delays list failed recipients");
    if (kind == QLatin1String("feedback"))
        QCOMPARE(report.citedIps, QStringList{"203.0.113.5"});
    if (kind == QLatin1String("not_bounce"))
        QVERIFY2(report.blocklists.isEmpty(), "an ordinary mail names no blocklist");
}

void TestBounceReader::headerBlockOrPastedText_data()
{
    // A message is read with its header (its subject shows) only when its first line starts with
    // a field name and a colon, or with an mbox "From " line.
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("subject");

    QTest::newRow("fields") << QByteArray("Subject: hi\nFrom: a@example.jp\n\nbody") << "hi";
    QTest::newRow("odd field name") << QByteArray("X-Weird_Name!: 1\nSubject: hi\n\nbody") << "hi";
    QTest::newRow("mbox line") << QByteArray(
                                      "From me to you\nSubject: hi\nFrom: a@example.jp\n\nbody")
                               << "hi";
    QTest::newRow("quoted mbox line") << QByteArray(">From me\nSubject: hi\n\nbody") << "hi";
    QTest::newRow("pasted reply") << QByteArray("550 5.7.1 blocked\nSubject: hi\n\nbody") << "";
    QTest::newRow("space before the colon")
        << QByteArray("Subject hi: there\nFrom: a@example.jp\n\nbody") << "";
    QTest::newRow("no name") << QByteArray(": no name\nSubject: hi\n\nbody") << "";
    QTest::newRow("lower-case from") << QByteArray("from me\nSubject: hi\n\nbody") << "";
    QTest::newRow("colon at byte 200")
        << QByteArray(199, 'a') + QByteArray(":x\nSubject: hi\n\nbody") << "hi";
    QTest::newRow("colon after byte 200")
        << QByteArray(200, 'a') + QByteArray(":x\nSubject: hi\n\nbody") << "";
    QTest::newRow("name beyond ASCII") << QByteArray("Subj\xc3\xa9"
                                                     "ct: x\nSubject: hi\n\nbody")
                                       << "";
}

void TestBounceReader::headerBlockOrPastedText()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, subject);
    QCOMPARE(BounceReader(m_catalog).read(message, QStringLiteral("test")).subject, subject);
}

void TestBounceReader::traps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("citedIps");
    QTest::addColumn<QString>("blocklist");
    QTest::addColumn<bool>("receiverSide");
    QTest::newRow("open resolver")
        << QByteArray("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
                      "zen.spamhaus.org; Error: open resolver; "
                      "https://www.spamhaus.org/returnc/pub/198.51.100.53")
        << QStringList{"203.0.113.9"} << "spamhaus-zen" << true;
    QTest::newRow("Yahoo version code is not an IP")
        << QByteArray("421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to "
                      "unexpected volume or user complaints - 4.16.55.1; see "
                      "https://postmaster.yahooinc.com/error-codes")
        << QStringList{"203.0.113.25"} << "yahoo" << false;
    QTest::newRow("receiving server's own address")
        << QByteArray("<a@example.com>: host mx.example.com[198.51.100.3] said: 550 5.1.1 "
                      "<a@example.com>: Recipient address rejected: User unknown (in reply to "
                      "RCPT TO command)")
        << QStringList{} << QString() << false;
    QTest::newRow("answer codes are not IPs")
        << QByteArray("550 5.7.1 host 203.0.113.7 is listed at combined.mail.abusix.zone "
                      "(127.0.0.11, 127.0.0.4)")
        << QStringList{"203.0.113.7"} << "abusix" << false;
    QTest::newRow("private address cited")
        << QByteArray("554 5.7.1 Client host [192.168.1.10] blocked using bl.spamcop.net")
        << QStringList{"192.168.1.10"} << "spamcop" << false;
    QTest::newRow("dead list named") << QByteArray("554 5.7.1 Service unavailable; Client host "
                                                   "[203.0.113.8] blocked using dnsbl.sorbs.net")
                                     << QStringList{"203.0.113.8"} << "dnsbl.sorbs.net" << false;
    QTest::newRow("innocent words")
        << QByteArray("550 5.1.1 <a@example.com>: the mailbox is not listed here; "
                      "Cloudmark user group welcomes you")
        << QStringList{} << QString() << false;
}

void TestBounceReader::traps()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, citedIps);
    QFETCH(QString, blocklist);
    QFETCH(bool, receiverSide);
    const BounceReport report = BounceReader(m_catalog).read(text, QStringLiteral("pasted"));
    QVERIFY2(report.isBounce(), "a pasted error line is read as a failure");
    QCOMPARE(report.citedIps, citedIps);
    if (blocklist.isEmpty()) {
        QVERIFY2(report.blocklists.isEmpty(), qPrintable(report.blocklists.value(0).name));
        return;
    }
    QVERIFY(!report.blocklists.isEmpty());
    const NamedBlocklist &named = report.blocklists.first();
    QVERIFY2(named.id == blocklist || named.name == blocklist, qPrintable(named.name));
    QCOMPARE(named.receiverSide, receiverSide);
    if (blocklist == QLatin1String("dnsbl.sorbs.net")) {
        QVERIFY2(named.retired, "SORBS is shut down");
        QVERIFY(named.removalUrl.isEmpty());
    }
}

void TestBounceReader::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\n \n");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("damaged msg") << QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0", 11);
}

void TestBounceReader::unreadableInput()
{
    QFETCH(QByteArray, data);
    const BounceReport report = BounceReader(m_catalog).read(data, QStringLiteral("x"));
    QVERIFY2(!report.error.isEmpty(), "unreadable input is explained");
    QVERIFY(report.failures.isEmpty());
    QVERIFY(!report.isBounce());
}

void TestBounceReader::suggestionsFallBackToReportingServerAndSenderDomain()
{
    const QByteArray message =
        "From: MAILER-DAEMON@out.example.jp\nSubject: Undelivered Mail Returned to Sender\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n"
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.jp\n\n"
        "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.7.1\n"
        "Diagnostic-Code: smtp; 550 5.7.1 Message rejected\n\n--b\n"
        "Content-Type: text/rfc822-headers\n\nFrom: Taro <taro@example.co.jp>\n\n--b--\n";
    const BounceReport report = BounceReader(m_catalog).read(message);
    QCOMPARE(report.sender, QStringLiteral("taro@example.co.jp"));
    const QList<CheckSuggestion> suggestions = BounceReader::suggestions(report);
    QCOMPARE(suggestions.size(), 2);
    QCOMPARE(suggestions.at(0).target, QStringLiteral("out.example.jp"));
    QCOMPARE(suggestions.at(0).origin, CheckSuggestion::Origin::ReportingMta);
    QCOMPARE(suggestions.at(1).target, QStringLiteral("example.co.jp"));
    QCOMPARE(suggestions.at(1).origin, CheckSuggestion::Origin::SenderDomain);

    const BounceReport cited = BounceReader(m_catalog).read(
        "554 5.7.1 Client host [203.0.113.4] blocked using zen.spamhaus.org");
    const QList<CheckSuggestion> citedSuggestions = BounceReader::suggestions(cited);
    QCOMPARE(citedSuggestions.size(), 1);
    QCOMPARE(citedSuggestions.first().origin, CheckSuggestion::Origin::CitedIp);
}

void TestBounceReader::htmlOnlyBounceIsReadAsText()
{
    const QByteArray message =
        "From: postmaster@example.net\nSubject: Undeliverable: hello\n"
        "Content-Type: text/html; charset=utf-8\n\n<html><body><p><b>a@example.com</b></p>"
        "<p>Remote Server returned '550 5.7.1 Service unavailable; Client host [203.0.113.6] "
        "blocked using zen.spamhaus.org'</p><img src=\"https://tracker.example.net/x.png\">"
        "<script>alert(1)</script></body></html>\n";
    const BounceReport report = BounceReader(m_catalog).read(message);
    QVERIFY(report.isBounce());
    QCOMPARE(report.citedIps, QStringList{"203.0.113.6"});
    QVERIFY(!report.failures.isEmpty());
    QVERIFY2(!report.failures.first().diagnostic.contains(QLatin1String("<")),
             qPrintable(report.failures.first().diagnostic));
    QVERIFY(!report.failures.first().diagnostic.contains(QLatin1String("alert")));
}

void TestBounceReader::explanationSpeaksToTheUser()
{
    const BounceReport listed = BounceReader(m_catalog).read(
        "554 5.7.1 Client host [203.0.113.4] blocked using zen.spamhaus.org");
    QVERIFY(BounceExplanation::text(listed).contains(QLatin1String("203.0.113.4")));
    QVERIFY(BounceExplanation::text(listed).contains(QLatin1String("Spamhaus")));
    const BounceReport unknown = BounceReader(m_catalog).read(
        "<a@example.com>: host mx.example.com[198.51.100.3] said: 550 5.1.1 User unknown");
    QVERIFY(BounceExplanation::text(unknown).contains(QLatin1String("a@example.com")));
    // A temporary deferral is not a refusal (Yahoo [TSS04] in a Postfix delay notice).
    const BounceReport delayed = BounceReader(m_catalog).readFile(
        fixtureDir() + QStringLiteral("/07-yahoo-tss04-postfix-delay.eml"));
    QCOMPARE(delayed.kind, MessageKind::Delay);
    QVERIFY2(BounceExplanation::text(delayed).contains(QLatin1String("for now")) &&
                 !BounceExplanation::text(delayed).contains(QLatin1String("refused")),
             qPrintable(BounceExplanation::text(delayed)));
    QVERIFY2(ReasonClassifier::patternsAreValid(), "every reason phrase compiles");
    for (const QString &reason : ReasonClassifier::failureReasons())
        QVERIFY2(BounceExplanation::reason(reason) !=
                         BounceExplanation::reason(QStringLiteral("?")) ||
                     reason == QLatin1String("undefined"),
                 qPrintable(reason + QLatin1String(" has no words of its own")));
}

QTEST_GUILESS_MAIN(TestBounceReader)
#include "tst_bouncereader.moc"
