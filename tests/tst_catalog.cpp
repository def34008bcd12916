#include "catalog/catalog.h"
#include "core/errortext.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QUrl>

namespace {

// Dead or dangerous lists (../shared/research/dnsbl-facts.md section 2), kept here
// independently of resources/catalog/retired.json so the test cannot be fooled by editing it.
const char *const kDeadZones[] = {
    "sorbs.net",          "ix.dnsbl.manitu.net",  "ahbl.org",        "njabl.org",
    "dsbl.org",           "spamcannibal.org",     "emailbasura.org", "spamsources.dnsbl.info",
    "dnsbl.inps.de",      "dynip.rothen.com",     "sectoor.de",      "bad.psky.me",
    "nszones.com",        "unsubscore.com",       "lashback.com",    "wpbl.info",
    "virbl.dnsbl.bit.nl", "dnsbl.cyberlogic.net", "wormrbl.imp.ch",  "spamrbl.imp.ch",
    "msrbl.net",          "kundenserver.de",      "dul.ru",          "ordb.org",
    "mail-abuse.org",     "cbl.abuseat.org",
};

bool zoneIsUnder(const QString &zone, const QString &parent)
{
    return zone == parent || zone.endsWith(QLatin1Char('.') + parent);
}

QString writeTemporary(QTemporaryFile &file, const QByteArray &json)
{
    file.open();
    file.write(json);
    file.close();
    return file.fileName();
}

const QByteArray kGoodEntry = R"({"id": "corp-bl", "name": "Corp BL", "zone": "bl.corp.example",
    "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "Listed."}],
    "removal_url": "https://corp.example/remove?ip={target}"})";

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedCatalogIsSound();
    void shippedCatalogHasNoDeadList();
    void keyListsAreOffWithoutKey();
    void urlTemplatesAreFilledSafely();
    void brokenFileNamesEntryAndField_data();
    void brokenFileNamesEntryAndField();
    void companyCatalogAddsAndOverrides();
    void unreadableFile();

private:
    Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    m_catalog = Catalog::builtIn();
}

void TestCatalog::shippedCatalogIsSound()
{
    const QList<Blocklist> &lists = m_catalog.lists();
    QVERIFY2(lists.size() >= 30, qPrintable(QStringLiteral("only %1 lists").arg(lists.size())));
    QSet<QString> ids;
    QSet<QString> zones;
    static const QRegularExpression zoneName(
        QStringLiteral("^([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?\\.)+[a-z]{2,}$"));
    for (const Blocklist &list : lists) {
        QVERIFY2(!ids.contains(list.id), qPrintable(QStringLiteral("duplicate id ") + list.id));
        QVERIFY2(!zones.contains(list.zone),
                 qPrintable(QStringLiteral("duplicate zone ") + list.zone));
        ids.insert(list.id);
        zones.insert(list.zone);
        QVERIFY2(zoneName.match(list.zone).hasMatch(), qPrintable(list.zone));
        QVERIFY2(list.takesIpv4 || list.takesIpv6 || list.takesDomain, qPrintable(list.id));
        QVERIFY2(!list.codes.isEmpty(), qPrintable(list.id));
        for (const ReturnCode &code : list.codes) {
            if (code.match == ReturnCode::Match::Range) {
                QVERIFY2(code.first >> 24 == 127 && code.last >> 24 == 127, qPrintable(list.id));
            }
            QVERIFY2(!code.meaning.isEmpty(), qPrintable(list.id));
        }
        for (const ErrorCode &error : list.errors)
            QVERIFY2(error.answer >> 24 == 127, qPrintable(list.id));
        for (const QString &url : {list.lookupUrlFor(QStringLiteral("153.127.20.8")),
                                   list.removalUrlFor(QStringLiteral("153.127.20.8"))}) {
            if (url.isEmpty())
                continue;
            const QUrl parsed(url, QUrl::StrictMode);
            QVERIFY2(parsed.isValid() && parsed.scheme() == QLatin1String("https"),
                     qPrintable(list.id + QStringLiteral(": ") + url));
        }
        QVERIFY2(!list.lookupUrl.isEmpty() || !list.removalUrl.isEmpty() ||
                     !list.removalNote.isEmpty(),
                 qPrintable(list.id + QStringLiteral(" tells the user nothing about removal")));
    }
    // The lists the product promises.
    for (const char *id : {"spamhaus-zen",  "spamhaus-dbl", "spamcop",
                           "barracuda",     "mailspike",    "psbl",
                           "uceprotect-1",  "uceprotect-2", "uceprotect-3",
                           "s5h",           "nordspam",     "sem-black",
                           "sem-ipv6",      "dronebl",      "blocklist-de",
                           "backscatterer", "surbl",        "uribl",
                           "0spam",         "interserver",  "spamhaus-zen-dqs",
                           "abusix"})
        QVERIFY2(m_catalog.find(QString::fromLatin1(id)), id);
}

void TestCatalog::shippedCatalogHasNoDeadList()
{
    for (const Blocklist &list : m_catalog.lists()) {
        for (const char *dead : kDeadZones)
            QVERIFY2(!zoneIsUnder(list.zone, QString::fromLatin1(dead)),
                     qPrintable(list.zone + QStringLiteral(" is a dead or dangerous list")));
    }
    // And a company catalog cannot bring one back.
    QTemporaryFile file;
    const QString path = writeTemporary(file, R"({"lists": [{"id": "sorbs", "name": "SORBS",
        "zone": "dnsbl.sorbs.net", "takes": ["ipv4"],
        "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "Listed."}]}]})");
    Catalog catalog = m_catalog;
    CatalogError error;
    QVERIFY(!catalog.mergeFile(path, &error));
    QCOMPARE(error.problem, CatalogError::Problem::Retired);
    QCOMPARE(error.entry, QStringLiteral("sorbs"));
    QCOMPARE(error.field, QStringLiteral("zone"));
}

void TestCatalog::keyListsAreOffWithoutKey()
{
    for (const Blocklist &list : m_catalog.lists()) {
        if (list.needsKey)
            QVERIFY2(!list.isUsable(),
                     qPrintable(list.id + QStringLiteral(" is on without a key")));
    }
    Catalog catalog = m_catalog;
    QVERIFY(catalog.setKey(QStringLiteral("spamhaus-zen-dqs"), QStringLiteral("abc123")));
    const Blocklist *dqs = catalog.find(QStringLiteral("spamhaus-zen-dqs"));
    QVERIFY(dqs->isUsable());
    QCOMPARE(dqs->queryZone(), QStringLiteral("abc123.zen.dq.spamhaus.net"));
    QVERIFY(!catalog.setKey(QStringLiteral("spamcop"), QStringLiteral("x")));
}

void TestCatalog::urlTemplatesAreFilledSafely()
{
    Blocklist list;
    list.lookupUrl = QStringLiteral("https://lists.example/lookup?ip={target}");
    QCOMPARE(list.lookupUrlFor(QStringLiteral("2a01:4f8::25")),
             QStringLiteral("https://lists.example/lookup?ip=2a01:4f8::25"));
    // A hostile "target" cannot add parameters or change the host.
    QCOMPARE(list.lookupUrlFor(QStringLiteral("x&y=1#z/../@evil")),
             QStringLiteral("https://lists.example/lookup?ip=x%26y%3D1%23z%2F..%2F%40evil"));
}

void TestCatalog::brokenFileNamesEntryAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("field");
    using P = CatalogError::Problem;
    QTest::newRow("not json") << QByteArray("{ lists: ") << int(P::NotJson) << ""
                              << "";
    QTest::newRow("no lists") << QByteArray("{}") << int(P::NoLists) << ""
                              << "";
    QTest::newRow("missing zone") << QByteArray(
                                         R"({"lists": [{"id": "a", "name": "A", "takes": ["ipv4"],
        "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}]}]})")
                                  << int(P::Missing) << "a"
                                  << "zone";
    QTest::newRow("bad zone") << QByteArray(
                                     R"({"lists": [{"id": "a", "name": "A", "zone": "Bad Zone",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}]}]})")
                              << int(P::BadValue) << "a"
                              << "zone";
    QTest::newRow("code outside 127/8") << QByteArray(R"({"lists": [{"id": "a", "name": "A",
        "zone": "bl.a.example", "takes": ["ipv4"],
        "codes": [{"answer": "10.0.0.2", "severity": "spam", "meaning": "x"}]}]})")
                                        << int(P::BadValue) << "a"
                                        << "codes[0].answer";
    QTest::newRow("http url") << QByteArray(
                                     R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}],
        "removal_url": "http://a.example/"}]})")
                              << int(P::BadValue) << "a"
                              << "removal_url";
    QTest::newRow("bad severity")
        << QByteArray(R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "bad", "meaning": "x"}]}]})")
        << int(P::BadValue) << "a"
        << "codes[0].severity";
    QTest::newRow("typo in field")
        << QByteArray(R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}],
        "removal_ulr": "https://a.example/"}]})")
        << int(P::UnknownField) << "a"
        << "removal_ulr";
    QTest::newRow("duplicate id") << QByteArray("{\"lists\": [" + kGoodEntry + "," + kGoodEntry +
                                                "]}")
                                  << int(P::DuplicateId) << "corp-bl"
                                  << "id";
    QTest::newRow("zone clash with built-in")
        << QByteArray(R"({"lists": [{"id": "my-zen", "name": "A",
        "zone": "zen.spamhaus.org", "takes": ["ipv4"],
        "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}]}]})")
        << int(P::DuplicateZone) << "my-zen"
        << "zone";
    QTest::newRow("entry without id")
        << QByteArray(R"({"lists": [{"name": "A"}]})") << int(P::Missing) << "#1"
        << "id";
}

void TestCatalog::brokenFileNamesEntryAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(int, problem);
    QFETCH(QString, entry);
    QFETCH(QString, field);
    QTemporaryFile file;
    const QString path = writeTemporary(file, json);
    Catalog catalog = m_catalog;
    CatalogError error;
    QVERIFY(!catalog.mergeFile(path, &error));
    QCOMPARE(int(error.problem), problem);
    QCOMPARE(error.entry, entry);
    QCOMPARE(error.field, field);
    // Nothing else is affected.
    QCOMPARE(catalog.lists().size(), m_catalog.lists().size());
    const QString message = ErrorText::catalogError(error);
    QVERIFY2(message.contains(path), qPrintable(message));
    if (!entry.isEmpty())
        QVERIFY2(message.contains(entry) && message.contains(field), qPrintable(message));
}

void TestCatalog::companyCatalogAddsAndOverrides()
{
    QTemporaryFile file;
    const QString path = writeTemporary(file, "{\"lists\": [" + kGoodEntry + R"(,
        {"id": "spamcop", "name": "SpamCop company mirror", "zone": "spamcop.mirror.corp.example",
         "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "Listed."}]}]})");
    Catalog catalog = m_catalog;
    CatalogError error;
    QVERIFY2(catalog.mergeFile(path, &error), qPrintable(ErrorText::catalogError(error)));
    QCOMPARE(catalog.lists().size(), m_catalog.lists().size() + 1);
    QCOMPARE(catalog.find(QStringLiteral("spamcop"))->zone,
             QStringLiteral("spamcop.mirror.corp.example"));
    const Blocklist *corp = catalog.find(QStringLiteral("corp-bl"));
    QVERIFY(corp);
    QCOMPARE(corp->removalUrlFor(QStringLiteral("153.127.20.8")),
             QStringLiteral("https://corp.example/remove?ip=153.127.20.8"));
    // Default RFC 5782 test points apply to a list that names none.
    QCOMPARE(corp->ipv4Test.listed, QStringLiteral("127.0.0.2"));
    QCOMPARE(corp->ipv4Test.notListed, QStringLiteral("127.0.0.1"));

    QStringList unknown;
    const QList<Blocklist> picked =
        catalog.selection({QStringLiteral("corp-bl"), QStringLiteral("nope")}, &unknown);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(unknown, QStringList{QStringLiteral("nope")});
}

void TestCatalog::unreadableFile()
{
    Catalog catalog = m_catalog;
    CatalogError error;
    QVERIFY(!catalog.mergeFile(QStringLiteral("/nonexistent/catalog.json"), &error));
    QCOMPARE(error.problem, CatalogError::Problem::Unreadable);
    QVERIFY(ErrorText::catalogError(error).contains(QStringLiteral("/nonexistent/catalog.json")));
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
