// `blocklist-doctor bounce` as administrators' scripts use it: the real program, its JSON
// contract and exit status, with --check against rbldnsd on 127.0.0.159.
#include "catalog/catalog.h"
#include "programrunner.h"
#include "rbldnsdserver.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QHostAddress kRbldnsd(QStringLiteral("127.0.0.159"));

// A Postfix DSN whose remote server blames the sender's address on Spamhaus.
QByteArray postfixBounce(const QByteArray &ip, const QByteArray &extra = QByteArray())
{
    return "From: MAILER-DAEMON@mail.example.jp (Mail Delivery System)\n"
           "To: taro@example.jp\n"
           "Subject: Undelivered Mail Returned to Sender\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n"
           "\n"
           "--B1\n"
           "Content-Type: text/plain\n"
           "\n"
           "This is the mail system at host mail.example.jp.\n"
           "\n"
           "<hanako@partner.example>: host mx.partner.example[198.51.100.25] said: 554 5.7.1\n"
           "    Service unavailable; Client host [" +
           ip + "] blocked using zen.spamhaus.org;" + extra +
           " https://www.spamhaus.org/query/ip/" + ip +
           " (in reply to RCPT TO command)\n"
           "\n"
           "--B1\n"
           "Content-Type: message/delivery-status\n"
           "\n"
           "Reporting-MTA: dns; mail.example.jp\n"
           "\n"
           "Final-Recipient: rfc822; hanako@partner.example\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; mx.partner.example\n"
           "Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [" +
           ip + "] blocked using zen.spamhaus.org;" + extra +
           " https://www.spamhaus.org/query/ip/" + ip +
           "\n"
           "\n"
           "--B1\n"
           "Content-Type: text/rfc822-headers\n"
           "\n"
           "From: Taro <taro@example.jp>\n"
           "To: hanako@partner.example\n"
           "Subject: =?ISO-2022-JP?B?GyRCOGVGfBsoQg==?=\n"
           "\n"
           "--B1--\n";
}

// A bounce that names no IP: only the reporting server and the sender's domain are left.
QByteArray userUnknownBounce()
{
    return "From: MAILER-DAEMON@mail.example.jp\n"
           "Subject: Undelivered Mail Returned to Sender\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B2\"\n"
           "\n"
           "--B2\n"
           "Content-Type: message/delivery-status\n"
           "\n"
           "Reporting-MTA: dns; mail.example.jp\n"
           "\n"
           "Final-Recipient: rfc822; nobody@partner.example\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <nobody@partner.example>: User unknown\n"
           "\n"
           "--B2\n"
           "Content-Type: text/rfc822-headers\n"
           "\n"
           "From: taro@example.jp\n"
           "\n"
           "--B2--\n";
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestBounceCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonContract();
    void checkListedAddress();
    void checkCleanAddress();
    void receiverSideTrapIsNotAListing();
    void fallbackTargetsWhenNoIpIsCited();
    void unreadableFileDoesNotStopTheOthers();
    void standardInput();
    void usageErrors_data();
    void usageErrors();
    void humanOutputInEnglishAndJapanese();

private:
    QString write(const QString &name, const QByteArray &content);

    RbldnsdServer m_rbldnsd;
    QTemporaryDir m_dir;
};

void TestBounceCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(BLOCKLISTDOCTOR_EXECUTABLE)), BLOCKLISTDOCTOR_EXECUTABLE);
    QVERIFY(m_dir.isValid());
    m_rbldnsd.serveCatalogTestPoints(Catalog::builtIn());
    m_rbldnsd.addData(QStringLiteral("zen.spamhaus.org"), QStringLiteral("ip4set"),
                      {QStringLiteral("153.127.20.8 :127.0.0.2:Listed in the SBL")});
    QString error;
    QVERIFY2(m_rbldnsd.start(kRbldnsd, &error), qPrintable(error));
}

QString TestBounceCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write a test file");
    return path;
}

void TestBounceCli::jsonContract()
{
    const QString path = write(QStringLiteral("spamhaus.eml"), postfixBounce("153.127.20.8"));
    const ProgramResult r = runProgram({QStringLiteral("bounce"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = r.json();
    QCOMPARE(sortedKeys(root),
             QStringList({QStringLiteral("messages"), QStringLiteral("version")}));
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(sortedKeys(message),
             QStringList({"blocklists", "check", "cited_domains", "cited_ips", "error",
                          "explanation", "failures", "file", "is_bounce", "kind", "reporting_mta",
                          "sender", "subject"}));
    QCOMPARE(message.value("file").toString(), path);
    QVERIFY(message.value("error").isNull());
    QCOMPARE(message.value("is_bounce").toBool(), true);
    QCOMPARE(message.value("kind").toString(), QStringLiteral("failure"));
    QCOMPARE(message.value("subject").toString(),
             QStringLiteral("Undelivered Mail Returned to Sender"));
    QCOMPARE(message.value("sender").toString(), QStringLiteral("taro@example.jp"));
    QCOMPARE(message.value("reporting_mta").toString(), QStringLiteral("mail.example.jp"));
    QVERIFY2(message.value("check").isNull(), "without --check nothing is checked");

    const QJsonArray failures = message.value("failures").toArray();
    QCOMPARE(failures.size(), 1);
    const QJsonObject failure = failures.first().toObject();
    QCOMPARE(sortedKeys(failure), QStringList({"action", "diagnostic", "reason", "recipient",
                                               "remote_mta", "reply_code", "status"}));
    QCOMPARE(failure.value("recipient").toString(), QStringLiteral("hanako@partner.example"));
    QCOMPARE(failure.value("action").toString(), QStringLiteral("failed"));
    QCOMPARE(failure.value("reply_code").toString(), QStringLiteral("554"));
    QCOMPARE(failure.value("status").toString(), QStringLiteral("5.7.1"));
    QCOMPARE(failure.value("reason").toString(), QStringLiteral("blocked"));
    QCOMPARE(failure.value("remote_mta").toString(), QStringLiteral("mx.partner.example"));
    QVERIFY(failure.value("diagnostic").toString().contains("blocked using zen.spamhaus.org"));

    QCOMPARE(message.value("cited_ips").toArray(), QJsonArray({"153.127.20.8"}));
    QVERIFY2(!message.value("cited_ips").toArray().contains("198.51.100.25"),
             "the receiving server's own address is not the sender's");
    QCOMPARE(message.value("cited_domains").toArray(), QJsonArray());
    const QJsonArray blocklists = message.value("blocklists").toArray();
    QCOMPARE(blocklists.size(), 1);
    const QJsonObject named = blocklists.first().toObject();
    QCOMPARE(sortedKeys(named),
             QStringList({"evidence", "id", "lookup_url", "name", "receiver_side", "removal_url"}));
    QCOMPARE(named.value("id").toString(), QStringLiteral("spamhaus-zen"));
    QCOMPARE(named.value("receiver_side").toBool(), false);
    QVERIFY(named.value("evidence").toString().contains("zen.spamhaus.org"));
    const Catalog catalog = Catalog::builtIn();
    const Blocklist *zen = catalog.find(QStringLiteral("spamhaus-zen"));
    QVERIFY(zen);
    QCOMPARE(named.value("lookup_url").toString(), zen->lookupUrlFor("153.127.20.8"));
    QVERIFY(named.value("lookup_url").toString().startsWith("https://"));
    QVERIFY(!message.value("explanation").toString().isEmpty());
}

void TestBounceCli::checkListedAddress()
{
    const QString path = write(QStringLiteral("listed.eml"), postfixBounce("153.127.20.8"));
    const ProgramResult r =
        runProgram({"bounce", "--json", "--check", "--dns-server", kRbldnsd.toString(), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject message = r.json().value("messages").toArray().first().toObject();
    const QJsonArray check = message.value("check").toArray();
    QCOMPARE(check.size(), 1);
    const QJsonObject target = check.first().toObject();
    QCOMPARE(target.value("input").toString(), QStringLiteral("153.127.20.8"));
    QCOMPARE(target.value("verdict").toString(), QStringLiteral("listed"));
    bool zenListed = false;
    for (const QJsonValue &result : target.value("results").toArray()) {
        const QJsonObject object = result.toObject();
        if (object.value("list").toString() == QLatin1String("spamhaus-zen"))
            zenListed = object.value("status").toString() == QLatin1String("listed");
    }
    QVERIFY2(zenListed, r.out.constData());
}

void TestBounceCli::checkCleanAddress()
{
    const QString path = write(QStringLiteral("clean.eml"), postfixBounce("153.127.20.10"));
    const ProgramResult r =
        runProgram({"bounce", "--json", "--check", "--dns-server", kRbldnsd.toString(), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject target = r.json()
                                   .value("messages")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("check")
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(target.value("verdict").toString(), QStringLiteral("clean"));
}

void TestBounceCli::receiverSideTrapIsNotAListing()
{
    const QString path = write(QStringLiteral("resolver.eml"),
                               postfixBounce("153.127.20.8", " Error: open resolver;"));
    const ProgramResult r = runProgram({"bounce", "--json", path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject message = r.json().value("messages").toArray().first().toObject();
    const QJsonObject named = message.value("blocklists").toArray().first().toObject();
    QCOMPARE(named.value("id").toString(), QStringLiteral("spamhaus-zen"));
    QCOMPARE(named.value("receiver_side").toBool(), true);
    QVERIFY2(named.value("removal_url").isNull(), "no removal page for the receiver's problem");
    QVERIFY(message.value("explanation").toString().contains("recipient's side"));
}

void TestBounceCli::fallbackTargetsWhenNoIpIsCited()
{
    const QString path = write(QStringLiteral("unknown.eml"), userUnknownBounce());
    const ProgramResult r =
        runProgram({"bounce", "--json", "--check", "--dns-server", kRbldnsd.toString(), path});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
    const QJsonObject message = r.json().value("messages").toArray().first().toObject();
    QCOMPARE(message.value("failures").toArray().first().toObject().value("reason").toString(),
             QStringLiteral("userunknown"));
    QCOMPARE(message.value("cited_ips").toArray().size(), 0);
    QStringList inputs;
    for (const QJsonValue &target : message.value("check").toArray())
        inputs << target.toObject().value("input").toString();
    QCOMPARE(inputs, QStringList({"mail.example.jp", "example.jp"}));
}

void TestBounceCli::unreadableFileDoesNotStopTheOthers()
{
    const QString good = write(QStringLiteral("good.eml"), postfixBounce("153.127.20.8"));
    const QString empty = write(QStringLiteral("empty.eml"), QByteArray());
    const QString binary = write(QStringLiteral("binary.eml"), QByteArray("\x7f"
                                                                          "ELF\0\0\0\1",
                                                                          8));
    const QString missing = m_dir.filePath(QStringLiteral("missing.eml"));
    const ProgramResult r = runProgram({"bounce", "--json", missing, empty, binary, good});
    QCOMPARE(r.exitCode, 2);
    const QJsonArray messages = r.json().value("messages").toArray();
    QCOMPARE(messages.size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject message = messages.at(i).toObject();
        QVERIFY2(!message.value("error").toString().isEmpty(),
                 qPrintable(message.value("file").toString()));
        QCOMPARE(message.value("is_bounce").toBool(), false);
    }
    QVERIFY(messages.at(3).toObject().value("error").isNull());
    QCOMPARE(messages.at(3).toObject().value("kind").toString(), QStringLiteral("failure"));
}

void TestBounceCli::standardInput()
{
    const ProgramResult r = runProgram(
        {"bounce", "--json", "-"}, "C",
        "550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject message = r.json().value("messages").toArray().first().toObject();
    QCOMPARE(message.value("file").toString(), QStringLiteral("-"));
    QCOMPARE(message.value("cited_ips").toArray(), QJsonArray({"198.51.100.7"}));
    QCOMPARE(message.value("blocklists").toArray().first().toObject().value("id").toString(),
             QStringLiteral("spamcop"));
}

void TestBounceCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{"bounce"};
    QTest::newRow("unknown option") << QStringList{"bounce", "--frobnicate", "x.eml"};
    QTest::newRow("IPv6 DNS server") << QStringList{"bounce", "--dns-server", "::1", "x.eml"};
    QTest::newRow("timeout") << QStringList{"bounce", "--timeout", "0", "x.eml"};
}

void TestBounceCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProgramResult r = runProgram(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error says what is wrong");
    QVERIFY(r.out.isEmpty());
}

void TestBounceCli::humanOutputInEnglishAndJapanese()
{
    const QString path = write(QStringLiteral("human.eml"), postfixBounce("153.127.20.8"));
    const ProgramResult english = runProgram({"bounce", path});
    QCOMPARE(english.exitCode, 0);
    const QString englishText = QString::fromUtf8(english.out);
    QVERIFY2(englishText.contains("hanako@partner.example"), english.out.constData());
    QVERIFY(englishText.contains("Spamhaus ZEN"));
    QVERIFY(englishText.contains("Request removal"));
    const ProgramResult japanese = runProgram({"bounce", path}, "ja_JP.UTF-8");
    QCOMPARE(japanese.exitCode, 0);
    const QString japaneseText = QString::fromUtf8(japanese.out);
    QVERIFY2(japaneseText.contains(QStringLiteral("解除申請")), japanese.out.constData());
    QVERIFY(japaneseText.contains("hanako@partner.example"));
}

QTEST_GUILESS_MAIN(TestBounceCli)
#include "tst_bouncecli.moc"
