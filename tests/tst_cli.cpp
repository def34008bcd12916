// The `check` and `catalog` commands as administrators' scripts use them: the real program,
// its JSON and its exit status, against rbldnsd on 127.0.0.155 (and a silent proxy on .156).
#include "catalog/catalog.h"
#include "dnsfaultproxy.h"
#include "programrunner.h"
#include "rbldnsdserver.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

namespace {

const QHostAddress kRbldnsd(QStringLiteral("127.0.0.155"));
const QHostAddress kSilent(QStringLiteral("127.0.0.156"));

using Result = ProgramResult;

QStringList checkArgs(const QStringList &rest)
{
    return QStringList{QStringLiteral("check"), QStringLiteral("--dns-server"),
                       kRbldnsd.toString()} +
           rest;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonContract();
    void exitStatus_data();
    void exitStatus();
    void invalidTargetsAreReportedWithTheValidOnes();
    void usageErrors_data();
    void usageErrors();
    void brokenCatalogNamesEntryAndField();
    void companyCatalogAddsAList();
    void humanOutput();
    void japaneseOutput();
    void catalogCommand();
    void deadDnsServerEndsOnTime();

private:
    RbldnsdServer m_rbldnsd;
    DnsFaultProxyThread m_silent;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(BLOCKLISTDOCTOR_EXECUTABLE)), BLOCKLISTDOCTOR_EXECUTABLE);
    m_rbldnsd.serveCatalogTestPoints(Catalog::builtIn());
    m_rbldnsd.addData(QStringLiteral("zen.spamhaus.org"), QStringLiteral("ip4set"),
                      {QStringLiteral("153.127.20.8 :127.0.0.2:Listed in the SBL")});
    m_rbldnsd.addData(
        QStringLiteral("bl.spamcop.net"), QStringLiteral("ip4set"),
        {QStringLiteral(
            "153.127.20.8 :127.0.0.2:Blocked - see https://www.spamcop.net/bl.shtml?$")});
    m_rbldnsd.addData(QStringLiteral("corp-bl.corp.example"), QStringLiteral("ip4set"),
                      {QStringLiteral("127.0.0.2 :127.0.0.2:test"),
                       QStringLiteral("153.127.20.9 :127.0.0.2:listed by the company")});
    m_rbldnsd.removeZone(QStringLiteral("bl.nordspam.com"));
    QString error;
    QVERIFY2(m_rbldnsd.start(kRbldnsd, &error), qPrintable(error));
    QVERIFY2(m_silent.start(kSilent, kRbldnsd, 53, &error), qPrintable(error));
    m_silent.setDefaultFault(DnsFaultProxy::Fault::Drop);
}

void TestCli::jsonContract()
{
    const Result r = runProgram(checkArgs({QStringLiteral("--json"), QStringLiteral("--lists"),
                                           QStringLiteral("spamhaus-zen,spamcop,spamhaus-dbl"),
                                           QStringLiteral("153.127.20.8")}));
    QCOMPARE(r.exitCode, 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
    const QJsonObject root = document.object();
    QVERIFY(!root.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(root.value(QStringLiteral("dns_server")).toString(), kRbldnsd.toString());
    const QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 1);
    const QJsonObject target = targets.first().toObject();
    QCOMPARE(target.value(QStringLiteral("input")).toString(), QStringLiteral("153.127.20.8"));
    QCOMPARE(target.value(QStringLiteral("kind")).toString(), QStringLiteral("ipv4"));
    QCOMPARE(target.value(QStringLiteral("checked_as")).toString(), QStringLiteral("153.127.20.8"));
    QCOMPARE(target.value(QStringLiteral("verdict")).toString(), QStringLiteral("listed"));
    QCOMPARE(target.value(QStringLiteral("message")).toString(),
             QStringLiteral("153.127.20.8 is listed on 2 of 2 blocklists."));
    const QJsonArray results = target.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QStringList statuses;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        for (const char *key : {"list", "name", "zone", "status", "answers", "meanings", "txt",
                                "detail", "lookup_url", "removal_url", "ms"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QVERIFY(result.value(QStringLiteral("answers")).isArray());
        QVERIFY(result.value(QStringLiteral("ms")).isDouble());
        statuses.append(result.value(QStringLiteral("list")).toString() + QLatin1Char('=') +
                        result.value(QStringLiteral("status")).toString());
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("spamhaus-zen=listed"),
                                    QStringLiteral("spamhaus-dbl=skipped"),
                                    QStringLiteral("spamcop=listed")}));
    const QJsonObject spamcop = results.at(2).toObject();
    QCOMPARE(spamcop.value(QStringLiteral("answers")).toArray().first().toString(),
             QStringLiteral("127.0.0.2"));
    QCOMPARE(spamcop.value(QStringLiteral("txt")).toArray().first().toString(),
             QStringLiteral("Blocked - see https://www.spamcop.net/bl.shtml?153.127.20.8"));
    QCOMPARE(spamcop.value(QStringLiteral("lookup_url")).toString(),
             QStringLiteral("https://www.spamcop.net/bl.shtml?153.127.20.8"));
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    const QString lists = QStringLiteral("--lists");
    QTest::newRow("listed") << QStringList{lists, QStringLiteral("spamcop"),
                                           QStringLiteral("153.127.20.8")}
                            << 1 << "listed";
    QTest::newRow("clean") << QStringList{lists, QStringLiteral("spamcop,spamhaus-zen"),
                                          QStringLiteral("153.127.20.7")}
                           << 0 << "clean";
    QTest::newRow("incomplete") << QStringList{lists, QStringLiteral("spamcop,nordspam"),
                                               QStringLiteral("153.127.20.7")}
                                << 3 << "incomplete";
    QTest::newRow("private address")
        << QStringList{QStringLiteral("192.168.1.10")} << 2 << "not_checkable";
    QTest::newRow("invalid") << QStringList{QStringLiteral("999.1.1.1")} << 2 << "not_checkable";
    QTest::newRow("listed beats invalid")
        << QStringList{lists, QStringLiteral("spamcop"), QStringLiteral("999.1.1.1"),
                       QStringLiteral("153.127.20.8")}
        << 1 << "not_checkable";
    QTest::newRow("invalid beats incomplete")
        << QStringList{lists, QStringLiteral("nordspam"), QStringLiteral("exa mple.com"),
                       QStringLiteral("153.127.20.7")}
        << 2 << "not_checkable";
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    const Result r = runProgram(checkArgs(QStringList{QStringLiteral("--json")} + arguments));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonArray targets = r.json().value(QStringLiteral("targets")).toArray();
    QVERIFY(!targets.isEmpty());
    QCOMPARE(targets.first().toObject().value(QStringLiteral("verdict")).toString(), verdict);
}

void TestCli::invalidTargetsAreReportedWithTheValidOnes()
{
    const Result r =
        runProgram(checkArgs({QStringLiteral("--json"), QStringLiteral("--lists"),
                              QStringLiteral("spamcop"), QStringLiteral("exa mple.com"),
                              QStringLiteral("10.1.2.3"), QStringLiteral("153.127.20.7")}));
    QCOMPARE(r.exitCode, 2);
    const QJsonArray targets = r.json().value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 3);
    const QJsonObject invalid = targets.at(0).toObject();
    QCOMPARE(invalid.value(QStringLiteral("kind")).toString(), QStringLiteral("invalid"));
    QVERIFY(invalid.value(QStringLiteral("message")).toString().contains(QLatin1String("spaces")));
    QCOMPARE(invalid.value(QStringLiteral("results")).toArray().size(), 0);
    const QJsonObject privateAddress = targets.at(1).toObject();
    QCOMPARE(privateAddress.value(QStringLiteral("kind")).toString(), QStringLiteral("not_public"));
    QVERIFY(privateAddress.value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("private")));
    QCOMPARE(targets.at(2).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("clean"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no target") << QStringList{QStringLiteral("check")} << "at least one";
    QTest::newRow("ipv6 dns server")
        << QStringList{QStringLiteral("check"), QStringLiteral("--dns-server"),
                       QStringLiteral("::1"), QStringLiteral("153.127.20.8")}
        << "IPv6";
    QTest::newRow("dns server with port")
        << QStringList{QStringLiteral("check"), QStringLiteral("--dns-server"),
                       QStringLiteral("127.0.0.155:5353"), QStringLiteral("153.127.20.8")}
        << "port 53";
    QTest::newRow("bad timeout") << checkArgs({QStringLiteral("--timeout"), QStringLiteral("soon"),
                                               QStringLiteral("153.127.20.8")})
                                 << "--timeout";
    QTest::newRow("unknown list") << checkArgs({QStringLiteral("--lists"), QStringLiteral("sorbs"),
                                                QStringLiteral("153.127.20.8")})
                                  << "sorbs";
    QTest::newRow("unknown option")
        << checkArgs({QStringLiteral("--frobnicate"), QStringLiteral("1.2.3.4")}) << "frobnicate";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result r = runProgram(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::brokenCatalogNamesEntryAndField()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"lists": [{"id": "corp-bl", "name": "Corp", "zone": "corp-bl.corp.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spamm", "meaning": "x"}]}]})");
    file.close();
    const Result r = runProgram(
        checkArgs({QStringLiteral("--catalog"), file.fileName(), QStringLiteral("153.127.20.8")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("corp-bl")) &&
                 r.err.contains(QLatin1String("codes[0].severity")) &&
                 r.err.contains(file.fileName()),
             qPrintable(r.err));
}

void TestCli::companyCatalogAddsAList()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"lists": [{"id": "corp-bl", "name": "Corp BL", "zone": "corp-bl.corp.example",
        "takes": ["ipv4"], "txt": true, "removal_url": "https://corp.example/remove?ip={target}",
        "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "Listed by the company."}]}]})");
    file.close();
    const Result r = runProgram(checkArgs(
        {QStringLiteral("--json"), QStringLiteral("--catalog"), file.fileName(),
         QStringLiteral("--lists"), QStringLiteral("corp-bl"), QStringLiteral("153.127.20.9")}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = r.json()
                                   .value(QStringLiteral("targets"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("listed"));
    QCOMPARE(result.value(QStringLiteral("removal_url")).toString(),
             QStringLiteral("https://corp.example/remove?ip=153.127.20.9"));
    QCOMPARE(result.value(QStringLiteral("txt")).toArray().first().toString(),
             QStringLiteral("listed by the company"));
}

void TestCli::humanOutput()
{
    const Result r = runProgram(checkArgs({QStringLiteral("--lists"),
                                           QStringLiteral("spamhaus-zen,spamcop,nordspam,sem-ipv6"),
                                           QStringLiteral("153.127.20.8")}));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // One line per list that is not "not listed", its details indented, then the verdict.
    QVERIFY2(lines.filter(QStringLiteral("[Listed] Spamhaus ZEN")).size() == 1, r.out.constData());
    QVERIFY2(lines.filter(QStringLiteral("[Listed] SpamCop")).size() == 1, r.out.constData());
    QVERIFY2(lines.filter(QStringLiteral("[Could not check] NordSpam")).size() == 1,
             r.out.constData());
    QVERIFY2(lines.filter(QStringLiteral("[Not applicable] SEM")).size() == 1, r.out.constData());
    QVERIFY2(lines.contains(QStringLiteral("      Request removal: https://check.spamhaus.org/")),
             r.out.constData());
    // SpamCop listings expire by themselves: there is no removal page, only the details.
    QVERIFY2(lines.contains(
                 QStringLiteral("      Details: https://www.spamcop.net/bl.shtml?153.127.20.8")),
             r.out.constData());
    QCOMPARE(lines.last(), QStringLiteral("153.127.20.8 is listed on 2 of 3 blocklists."));
}

void TestCli::japaneseOutput()
{
    const Result r = runProgram(checkArgs({QStringLiteral("--lists"), QStringLiteral("spamcop"),
                                           QStringLiteral("153.127.20.8")}),
                                "ja_JP.UTF-8");
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral(u"ブラックリスト")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("is listed on")), qPrintable(out));
}

void TestCli::catalogCommand()
{
    const Result r = runProgram({QStringLiteral("catalog"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = r.json();
    QVERIFY(!root.value(QStringLiteral("version")).toString().isEmpty());
    const QJsonArray lists = root.value(QStringLiteral("lists")).toArray();
    QVERIFY(lists.size() >= 30);
    bool sawKeyList = false;
    for (const QJsonValue &value : lists) {
        const QJsonObject list = value.toObject();
        for (const char *key : {"id", "name", "zone", "takes", "enabled"})
            QVERIFY2(list.contains(QLatin1String(key)), key);
        QVERIFY(list.value(QStringLiteral("takes")).isArray());
        QVERIFY(list.value(QStringLiteral("enabled")).isBool());
        if (list.value(QStringLiteral("id")).toString() == QLatin1String("spamhaus-zen-dqs")) {
            sawKeyList = true;
            QCOMPARE(list.value(QStringLiteral("enabled")).toBool(), false);
        }
    }
    QVERIFY(sawKeyList);
    const Result text = runProgram({QStringLiteral("catalog")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("zen.spamhaus.org"));
}

void TestCli::deadDnsServerEndsOnTime()
{
    // Every query goes unanswered. The process, not only the check, must end on time:
    // Qt would otherwise wait for its blocked lookup threads when the program exits.
    const Result r =
        runProgram({QStringLiteral("check"), QStringLiteral("--json"),
                    QStringLiteral("--dns-server"), kSilent.toString(), QStringLiteral("--timeout"),
                    QStringLiteral("1"), QStringLiteral("153.127.20.8")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.ms < 3000, qPrintable(QStringLiteral("the process took %1 ms").arg(r.ms)));
    const QJsonObject target =
        r.json().value(QStringLiteral("targets")).toArray().first().toObject();
    QCOMPARE(target.value(QStringLiteral("verdict")).toString(), QStringLiteral("incomplete"));
    for (const QJsonValue &value : target.value(QStringLiteral("results")).toArray()) {
        const QString status = value.toObject().value(QStringLiteral("status")).toString();
        QVERIFY2(status == QLatin1String("failed") || status == QLatin1String("skipped"),
                 qPrintable(status));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
