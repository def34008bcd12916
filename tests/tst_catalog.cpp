#include "catalog/catalog.h"
#include "core/errortext.h"
#include "testconfig.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <iterator>

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

// A company file with one provider entry, every field right, plus `fields`; the broken-file rows
// each change one thing.
QByteArray providerFile(const QByteArray &fields)
{
    return QByteArray(
               R"({"providers": [{"id": "corp-gw", "name": "Corp Gateway", "operator": "Corp",
        "fingerprints": ["\\bCORP-REP-\\d+\\b"], "lookup_url": "https://gw.corp.example/ip/{target}",
        "removal_url": "", "instruction": "Call the help desk.")") +
           fields + QByteArray("}]}");
}

// The providers the product promises (dnsbl-facts.md section 3).
const char *const kProviderIds[] = {
    "trendmicro-ers", "microsoft-outlook", "microsoft-365", "gmail",
    "yahoo",          "apple-icloud",      "proofpoint",    "mimecast",
    "cloudmark",      "cisco-talos",       "broadcom",      "sophos",
};

struct BounceSample
{
    const char *provider;
    const char *text;
};

// Rejection texts as they appear in bounces (dnsbl-facts.md section 3, addresses anonymised).
// Rows marked "variant" are the same rejection as an administrator or a relay words it.
const BounceSample kRejections[] = {
    {"trendmicro-ers",
     "450 4.7.1 <taro@example.co.jp>: Recipient address rejected: Mail from 192.0.2.25 was "
     "refused due to the sender IP found in ERS-QIL. For details, query the IP reputation on "
     "https://servicecentral.trendmicro.com/en-US/ers/."},
    {"trendmicro-ers", "450 4.7.1 <taro@example.co.jp>: Recipient address rejected: ERS-QIL."},
    {"trendmicro-ers",
     "450 4.7.1 Service temporarily unavailable; Client host [192.0.2.25] blocked using Trend "
     "Micro Network Anti-Spam Service. Please see "
     "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25; Mail from 192.0.2.25 "
     "deferred using Trend Micro Email Reputation database."},
    {"trendmicro-ers",
     "550 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro RBL+"},
    {"trendmicro-ers", "550 Mail from 192.0.2.25 refused by rbl-plus.mail-abuse.org"},
    {"trendmicro-ers",
     "5.7.1 Mail from 192.0.2.25 has been blocked by Trend Micro Email Reputation Service."},
    {"microsoft-outlook",
     "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your "
     "Internet service provider since part of their network is on our block list (S3150). You "
     "can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."},
    {"microsoft-outlook", // folded as in a Diagnostic-Code field
     "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your\n"
     "    Internet service provider since part of their network is on our block list (S3140)."},
    {"microsoft-outlook",
     "550 SC-001 Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your "
     "Internet service provider since part of their network is on our block list."},
    {"microsoft-365",
     "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from this "
     "list please visit https://sender.office.com/ and follow the directions."},
    {"microsoft-365", // variant: Outlook's own report of the remote answer
     "Remote Server returned '550 5.7.649 Access denied, banned sending IP [192.0.2.25]'"},
    {"microsoft-365",
     "550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal from this list, "
     "forward this message to delist@messaging.microsoft.com."},
    {"microsoft-365", "550 5.7.708 Access denied, traffic not accepted from this IP. AS(7171)"},
    {"gmail",
     "421-4.7.0 [192.0.2.25] This message is suspicious due to the very low reputation of the "
     "sending IP address/domain. Please visit https://support.google.com/mail/answer/188131 for "
     "more information. - gsmtp"},
    {"gmail",
     "550-5.7.1 Our system has detected that this message is likely suspicious due to the very "
     "low reputation of the sending domain."},
    {"gmail", "421-4.7.28 [192.0.2.25] Our system has detected an unusual rate of unsolicited mail "
              "originating from your IP address. - gsmtp"},
    {"gmail", // variant: the code without the usual wording, Google named first
     "host gmail-smtp-in.l.google.com[192.0.2.80] said: 550-5.7.28 [192.0.2.25] Rate limited."},
    {"gmail",
     "550-5.7.1 [192.0.2.25] Our system has detected that this message is likely unsolicited "
     "mail. - gsmtp"},
    {"yahoo",
     "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in "
     "Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html"},
    {"yahoo", "[BL23] Connections not accepted from IP addresses on Spamhaus XBL"},
    {"yahoo",
     "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume "
     "or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"},
    {"yahoo", "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred"},
    {"apple-icloud", "550 5.7.1 [CS01] Message rejected due to local policy. Please visit "
                     "https://support.apple.com/en-us/HT204137"},
    {"apple-icloud", // variant: iCloud's own MX pointing at Apple's postmaster page
     "host mx01.mail.icloud.com[17.57.152.9] said: 550 5.7.0 Blocked - see "
     "https://support.apple.com/en-us/102322"},
    {"proofpoint", "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.25"},
    {"proofpoint", // as iCloud answers
     "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.25"},
    {"mimecast", "550 Local CT IP Reputation - (reject)"},
    {"mimecast", "Remote-MTA: dns; eu-smtp-inbound-1.mimecast.com\n"
                 "Diagnostic-Code: smtp; 451 IP temporarily blacklisted"},
    {"mimecast", "554 Email rejected due to security policies - https://community.mimecast.com/"},
    {"cloudmark", "5.3.2 system not accepting network messages AUP#1200 - 192.0.2.25 is listed on "
                  "Cloudmark CSI-Global"},
    {"cloudmark", // variant
     "550 5.7.1 192.0.2.25 is listed by Cloudmark CSI, see https://csi.cloudmark.com/"},
    {"cisco-talos",
     "554 Your access to this mail system has been rejected due to the sending MTA's poor "
     "reputation. If you believe that this failure is in error, please contact the intended "
     "recipient via alternate means."},
    {"cisco-talos", // typographic apostrophe
     "554 Your access to this mail system has been rejected due to the sending MTA\u2019s poor "
     "reputation."},
    {"cisco-talos", // variant
     "554 Rejected for poor reputation, see "
     "https://talosintelligence.com/reputation_center/lookup?search=192.0.2.25"},
    {"cisco-talos", // variant
     "554 Access denied, see http://www.senderbase.org/lookup?search_string=192.0.2.25"},
    {"broadcom",
     "501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support "
     "for more details about this error message."},
    {"broadcom",
     "Connection rejected by policy [7.3] 38206, please visit "
     "https://support.symantec.com/en_US/article.TECH246726.html for more details about this "
     "error message."},
    {"broadcom", // variant
     "553 Sorry, your IP address has been blocked; see https://ipremoval.sms.symantec.com/"},
    {"sophos", "5.7.1 Service unavailable; Client host [192.0.2.25] is blacklisted. Visit "
               "https://www.sophos.com/en-us/threat-center/ip-lookup.aspx?ip=192.0.2.25 to request "
               "delisting"},
};

// Text that must never be blamed on a provider.
const char *const kInnocentTexts[] = {
    "Best regards, Cloudmark user group",
    "The message was blocked",
    "please see https://www.google.com",
    "550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown in virtual mailbox "
    "table",
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; "
    "https://www.spamhaus.org/query/ip/192.0.2.25",
    "421 4.7.0 Try again later, closing connection.",
    "This message was scanned by Trend Micro Apex One and by Mimecast.",
    "Proofpoint Essentials, Sophos Central and Symantec Endpoint Protection are installed.",
    "We use Microsoft 365, Gmail, Yahoo and iCloud; see https://support.apple.com/en-us/HT201360",
    "Release 5.7.620 of the mail gateway is out.",
    "Status: 5.7.28 (too many messages)",
    "Your order (S1234) has shipped.",
    "CSI: the series is on tonight.",
    "Your IP address is temporarily blacklisted by our firewall.",
    "\u8FF7\u60D1\u30E1\u30FC\u30EB\u3068\u3057\u3066\u62D2\u5426\u3055\u308C\u307E\u3057\u305F"
    "\u3002",
};

// The catalog texts with a finished Japanese translation (context "Catalog").
QSet<QString> translatedCatalogTexts()
{
    QSet<QString> texts;
    QFile file(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/translations/blocklistdoctor_ja.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (context == QLatin1String("Catalog") && !unfinished &&
                !xml.readElementText().trimmed().isEmpty())
                texts.insert(source);
        }
    }
    return texts;
}

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
    void shippedProvidersAreSound();
    void fingerprintsRecogniseRealRejections_data();
    void fingerprintsRecogniseRealRejections();
    void everyFingerprintHasASample();
    void fingerprintsIgnoreInnocentText_data();
    void fingerprintsIgnoreInnocentText();
    void providerUrlsAreFilledSafely();
    void shippedBounceNamesAreSound();
    void companyCatalogAddsAndOverridesProviders();
    void parseStillReturnsTheLists();
    void providerInstructionsHaveJapanese();

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

    QTest::newRow("bounce_names not an array")
        << QByteArray(R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}],
        "bounce_names": "A BL"}]})")
        << int(P::WrongType) << "a"
        << "bounce_names";
    QTest::newRow("bounce name with a space around it")
        << QByteArray(R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}],
        "bounce_names": ["A BL", " A"]}]})")
        << int(P::BadValue) << "a"
        << "bounce_names[1]";
    QTest::newRow("empty bounce name")
        << QByteArray(R"({"lists": [{"id": "a", "name": "A", "zone": "bl.a.example",
        "takes": ["ipv4"], "codes": [{"answer": "127.0.0.2", "severity": "spam", "meaning": "x"}],
        "bounce_names": [""]}]})")
        << int(P::BadValue) << "a"
        << "bounce_names[0]";

    const QByteArray good = providerFile({});
    QTest::newRow("providers not an array")
        << QByteArray(R"({"providers": {"id": "x"}})") << int(P::WrongType) << ""
        << "providers";
    QTest::newRow("provider not an object")
        << QByteArray(R"({"providers": ["gmail"]})") << int(P::WrongType) << "providers[0]"
        << "providers[0]";
    QTest::newRow("provider without id")
        << QByteArray(R"({"providers": [{"name": "A"}]})") << int(P::Missing) << "providers[0]"
        << "providers[0].id";
    QTest::newRow("provider typo in field")
        << providerFile(R"(, "instructions": "x")") << int(P::UnknownField) << "corp-gw"
        << "providers[0].instructions";
    QTest::newRow("provider http lookup")
        << QByteArray(good).replace("https://gw", "http://gw") << int(P::BadValue) << "corp-gw"
        << "providers[0].lookup_url";
    QTest::newRow("provider other placeholder")
        << QByteArray(good).replace("{target}", "{ip}") << int(P::BadValue) << "corp-gw"
        << "providers[0].lookup_url";
    QTest::newRow("provider without lookup")
        << QByteArray(good).replace(R"("lookup_url": "https://gw.corp.example/ip/{target}",)", "")
        << int(P::Missing) << "corp-gw"
        << "providers[0].lookup_url";
    QTest::newRow("provider invalid fingerprint")
        << QByteArray(good).replace(R"("\\bCORP-REP-\\d+\\b")", R"("CORP-(REP")")
        << int(P::BadValue) << "corp-gw"
        << "providers[0].fingerprints[0]";
    QTest::newRow("provider empty fingerprint")
        << QByteArray(good).replace(R"(["\\bCORP)", R"(["CORP-1", " ", "\\bCORP)")
        << int(P::BadValue) << "corp-gw"
        << "providers[0].fingerprints[1]";
    QTest::newRow("provider fingerprint matching anything")
        << QByteArray(good).replace(R"(["\\bCORP)", R"(["CORP-1", "(?:blocked)?", "\\bCORP)")
        << int(P::BadValue) << "corp-gw"
        << "providers[0].fingerprints[1]";
    QTest::newRow("provider fingerprint not a string")
        << QByteArray(good).replace(R"(["\\bCORP)", R"([42, "\\bCORP)") << int(P::WrongType)
        << "corp-gw"
        << "providers[0].fingerprints[0]";
    QTest::newRow("provider without fingerprints")
        << QByteArray(good).replace(R"("\\bCORP-REP-\\d+\\b")", "") << int(P::WrongType)
        << "corp-gw"
        << "providers[0].fingerprints";
    QTest::newRow("provider with blank instruction")
        << QByteArray(good).replace(R"("Call the help desk.")", R"("  ")") << int(P::BadValue)
        << "corp-gw"
        << "providers[0].instruction";
    QTest::newRow("provider instruction on two lines")
        << QByteArray(good).replace("Call the", R"(Call\nthe)") << int(P::BadValue) << "corp-gw"
        << "providers[0].instruction";
    QTest::newRow("second provider broken")
        << QByteArray(good).replace("}]}", R"(}, {"id": "b", "name": "B",
               "fingerprints": ["B-\\d+"], "lookup_url": "ftp://b.example/",
               "instruction": "x"}]})")
        << int(P::BadValue) << "b"
        << "providers[1].lookup_url";
    QTest::newRow("provider id used twice")
        << QByteArray(good).replace("}]}", QByteArray("}, " + good.mid(good.indexOf("{\"id\""))))
        << int(P::DuplicateId) << "corp-gw"
        << "providers[1].id";
    QTest::newRow("provider id of a list in the same file")
        << QByteArray(good)
               .replace("corp-gw", "corp-bl")
               .replace(R"({"providers")",
                        QByteArray("{\"lists\": [" + kGoodEntry + "], \"providers\""))
        << int(P::DuplicateId) << "corp-bl"
        << "providers[0].id";
    QTest::newRow("provider id of a built-in list")
        << QByteArray(good).replace("corp-gw", "spamcop") << int(P::DuplicateId) << "spamcop"
        << "providers[0].id";
    QTest::newRow("list id of a built-in provider")
        << QByteArray("{\"lists\": [" + QByteArray(kGoodEntry).replace("corp-bl", "gmail") + "]}")
        << int(P::DuplicateId) << "gmail"
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
    QCOMPARE(catalog.providers().size(), m_catalog.providers().size());
    QCOMPARE(catalog.findProvider(QStringLiteral("gmail"))->source, QStringLiteral("built-in"));
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

void TestCatalog::shippedProvidersAreSound()
{
    const QList<Provider> &providers = m_catalog.providers();
    for (const char *id : kProviderIds)
        QVERIFY2(m_catalog.findProvider(QString::fromLatin1(id)), id);
    QSet<QString> ids;
    for (const Blocklist &list : m_catalog.lists())
        ids.insert(list.id);
    for (const Provider &provider : providers) {
        const QByteArray id = provider.id.toUtf8();
        QVERIFY2(!ids.contains(provider.id), "a provider shares its id with a list or provider");
        ids.insert(provider.id);
        QVERIFY2(!provider.name.isEmpty() && !provider.operatorName.isEmpty(), id.constData());
        QCOMPARE(provider.source, QStringLiteral("built-in"));
        QVERIFY2(!provider.fingerprints.isEmpty(), id.constData());
        for (const QRegularExpression &fingerprint : provider.fingerprints) {
            QVERIFY2(fingerprint.isValid(), qPrintable(fingerprint.pattern()));
            QVERIFY2(
                fingerprint.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption),
                qPrintable(fingerprint.pattern()));
        }
        QVERIFY2(!provider.lookupUrl.isEmpty(),
                 QByteArray(id + " has no page to send the user to").constData());
        for (const QString &url : {provider.lookupUrlFor(QStringLiteral("153.127.20.8")),
                                   provider.removalUrlFor(QStringLiteral("153.127.20.8"))}) {
            if (url.isEmpty())
                continue;
            const QUrl parsed(url, QUrl::StrictMode);
            QVERIFY2(parsed.isValid() && parsed.scheme() == QLatin1String("https"),
                     qPrintable(provider.id + QStringLiteral(": ") + url));
        }
        // One plain sentence for an office worker.
        QVERIFY2(provider.instruction.endsWith(QLatin1Char('.')) &&
                     provider.instruction.count(QStringLiteral(". ")) == 0 &&
                     provider.instruction.size() < 220,
                 qPrintable(provider.id + QStringLiteral(": ") + provider.instruction));
    }
    QCOMPARE(providers.size(), int(std::size(kProviderIds)));
}

void TestCatalog::fingerprintsRecogniseRealRejections_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("text");
    for (const BounceSample &sample : kRejections) {
        const QString text = QString::fromUtf8(sample.text);
        QTest::addRow("%s: %s", sample.provider, qPrintable(text.left(48)))
            << QString::fromLatin1(sample.provider) << text;
    }
}

void TestCatalog::fingerprintsRecogniseRealRejections()
{
    QFETCH(QString, provider);
    QFETCH(QString, text);
    const Provider *expected = m_catalog.findProvider(provider);
    QVERIFY(expected);
    QVERIFY2(!expected->evidenceIn(text).isEmpty(), "no fingerprint of the provider matches");
    // Case does not matter.
    QVERIFY(!expected->evidenceIn(text.toUpper()).isEmpty());
    QVERIFY(!expected->evidenceIn(text.toLower()).isEmpty());
    // And no other provider claims it.
    for (const Provider &other : m_catalog.providers()) {
        if (other.id != provider)
            QVERIFY2(
                other.evidenceIn(text).isEmpty(),
                qPrintable(other.id + QStringLiteral(" also matches: ") + other.evidenceIn(text)));
    }
}

void TestCatalog::everyFingerprintHasASample()
{
    for (const Provider &provider : m_catalog.providers()) {
        for (const QRegularExpression &fingerprint : provider.fingerprints) {
            bool matched = false;
            for (const BounceSample &sample : kRejections) {
                if (provider.id == QLatin1String(sample.provider) &&
                    fingerprint.match(QString::fromUtf8(sample.text)).hasMatch())
                    matched = true;
            }
            QVERIFY2(matched, qPrintable(provider.id + QStringLiteral(": no sample for ") +
                                         fingerprint.pattern()));
        }
    }
}

void TestCatalog::fingerprintsIgnoreInnocentText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : kInnocentTexts)
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestCatalog::fingerprintsIgnoreInnocentText()
{
    QFETCH(QString, text);
    for (const Provider &provider : m_catalog.providers())
        QVERIFY2(
            provider.evidenceIn(text).isEmpty(),
            qPrintable(provider.id + QStringLiteral(" matches: ") + provider.evidenceIn(text)));
}

void TestCatalog::providerUrlsAreFilledSafely()
{
    Provider provider;
    provider.lookupUrl = QStringLiteral("https://rep.example/check?ip={target}&lang=en");
    provider.removalUrl = QStringLiteral("https://rep.example/delist");
    QCOMPARE(provider.lookupUrlFor(QStringLiteral("192.0.2.25")),
             QStringLiteral("https://rep.example/check?ip=192.0.2.25&lang=en"));
    QCOMPARE(provider.lookupUrlFor(QStringLiteral("2001:db8::25")),
             QStringLiteral("https://rep.example/check?ip=2001:db8::25&lang=en"));
    // A hostile "target" cannot add parameters or change the host.
    QCOMPARE(provider.lookupUrlFor(QStringLiteral("x&y=1#z/../@evil")),
             QStringLiteral("https://rep.example/check?ip=x%26y%3D1%23z%2F..%2F%40evil&lang=en"));
    // No placeholder: the page is returned as it is; no page: nothing.
    QCOMPARE(provider.removalUrlFor(QStringLiteral("192.0.2.25")),
             QStringLiteral("https://rep.example/delist"));
    provider.removalUrl.clear();
    QCOMPARE(provider.removalUrlFor(QStringLiteral("192.0.2.25")), QString());

    QCOMPARE(m_catalog.findProvider(QStringLiteral("proofpoint"))
                 ->lookupUrlFor(QStringLiteral("153.127.20.8")),
             QStringLiteral("https://ipcheck.proofpoint.com/?ip=153.127.20.8"));
    QCOMPARE(m_catalog.findProvider(QStringLiteral("cisco-talos"))
                 ->lookupUrlFor(QStringLiteral("153.127.20.8")),
             QStringLiteral(
                 "https://talosintelligence.com/reputation_center/lookup?search=153.127.20.8"));
    QCOMPARE(m_catalog.findProvider(QStringLiteral("gmail"))
                 ->removalUrlFor(QStringLiteral("153.127.20.8")),
             QString());
}

void TestCatalog::shippedBounceNamesAreSound()
{
    QHash<QString, QString> ownerByName; // lower-cased name or zone -> list id
    for (const Blocklist &list : m_catalog.lists())
        ownerByName.insert(list.zone.toLower(), list.id);
    for (const Blocklist &list : m_catalog.lists()) {
        for (const QString &name : list.bounceNames) {
            const QString key = name.toLower();
            QVERIFY2(!ownerByName.contains(key),
                     qPrintable(list.id + QStringLiteral(": \"") + name +
                                QStringLiteral("\" already names ") + ownerByName.value(key)));
            ownerByName.insert(key, list.id);
        }
    }
    const auto names = [this](const char *id) {
        return m_catalog.find(QString::fromLatin1(id))->bounceNames;
    };
    for (const char *name :
         {"sbl.spamhaus.org", "xbl.spamhaus.org", "pbl.spamhaus.org", "sbl-xbl.spamhaus.org",
          "Spamhaus SBL", "Spamhaus XBL", "Spamhaus PBL", "Spamhaus"})
        QVERIFY2(names("spamhaus-zen").contains(QString::fromLatin1(name)), name);
    QVERIFY(names("spamhaus-dbl").contains(QStringLiteral("Spamhaus DBL")));
    QVERIFY(names("spamcop").contains(QStringLiteral("SpamCop")));
    QVERIFY(names("barracuda").contains(QStringLiteral("BRBL")));
    QVERIFY(names("uceprotect-1").contains(QStringLiteral("UCEPROTECT")));
    QVERIFY(names("uceprotect-2").isEmpty() && names("uceprotect-3").isEmpty());
    QVERIFY(names("psbl").contains(QStringLiteral("surriel")));
    // Key-only mirrors are named by their own zones, never by the public list's names.
    QVERIFY(names("spamhaus-zen-dqs").isEmpty());
}

void TestCatalog::companyCatalogAddsAndOverridesProviders()
{
    QTemporaryFile file;
    const QString path = writeTemporary(file, R"json({"providers": [
        {"id": "gmail", "name": "Gmail (company wording)", "fingerprints": ["\\bGSMTP-BLOCK\\b"],
         "lookup_url": "https://intranet.corp.example/gmail", "instruction": "Ask IT."},
        {"id": "corp-gw", "name": "Corp Gateway", "fingerprints": ["\\bCORP-REP-\\d+\\b"],
         "lookup_url": "https://gw.corp.example/ip/{target}", "instruction": "Call the help desk."}
    ]})json");
    Catalog catalog = m_catalog;
    CatalogError error;
    QVERIFY2(catalog.mergeFile(path, &error), qPrintable(ErrorText::catalogError(error)));
    QCOMPARE(catalog.lists().size(), m_catalog.lists().size());
    QCOMPARE(catalog.providers().size(), m_catalog.providers().size() + 1);
    const Provider *gmail = catalog.findProvider(QStringLiteral("gmail"));
    QCOMPARE(gmail->name, QStringLiteral("Gmail (company wording)"));
    QCOMPARE(gmail->source, path);
    QCOMPARE(gmail->removalUrl, QString());
    QCOMPARE(gmail->evidenceIn(QStringLiteral("550 gsmtp-block 42")),
             QStringLiteral("gsmtp-block"));
    const Provider *corp = catalog.findProvider(QStringLiteral("corp-gw"));
    QVERIFY(corp);
    QCOMPARE(corp->operatorName, QString());
    QCOMPARE(corp->lookupUrlFor(QStringLiteral("192.0.2.25")),
             QStringLiteral("https://gw.corp.example/ip/192.0.2.25"));
    QCOMPARE(corp->evidenceIn(QStringLiteral("rejected: corp-rep-7")),
             QStringLiteral("corp-rep-7"));
    QVERIFY(!catalog.findProvider(QStringLiteral("nope")));

    // Bounce names come with a company list too.
    QTemporaryFile lists;
    const QString listsPath = writeTemporary(
        lists, "{\"lists\": [" +
                   QByteArray(kGoodEntry)
                       .replace("\"takes\"", "\"bounce_names\": [\"Corp BL\"], \"takes\"") +
                   "]}");
    QVERIFY2(catalog.mergeFile(listsPath, &error), qPrintable(ErrorText::catalogError(error)));
    QCOMPARE(catalog.find(QStringLiteral("corp-bl"))->bounceNames,
             QStringList{QStringLiteral("Corp BL")});
    QCOMPARE(catalog.providers().size(), m_catalog.providers().size() + 1);
}

void TestCatalog::parseStillReturnsTheLists()
{
    QFile file(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/resources/catalog/blocklists.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CatalogError error;
    const CatalogDocument document = Catalog::parseDocument(json, QStringLiteral("file"), &error);
    QVERIFY2(!error.isError(), qPrintable(ErrorText::catalogError(error)));
    QCOMPARE(document.lists.size(), m_catalog.lists().size());
    QCOMPARE(document.providers.size(), m_catalog.providers().size());
    const QList<Blocklist> lists = Catalog::parse(json, QStringLiteral("file"), &error);
    QVERIFY(!error.isError());
    QCOMPARE(lists.size(), m_catalog.lists().size());
    // A file with only providers is a catalog too.
    QVERIFY(Catalog::parse(providerFile({}), QStringLiteral("file"), &error).isEmpty());
    QVERIFY2(!error.isError(), qPrintable(ErrorText::catalogError(error)));
}

void TestCatalog::providerInstructionsHaveJapanese()
{
    // tst_translations checks the texts of "lists"; the instructions of "providers" are here.
    const QSet<QString> translated = translatedCatalogTexts();
    QVERIFY2(!translated.isEmpty(), "translations/blocklistdoctor_ja.ts is missing");
    for (const Provider &provider : m_catalog.providers())
        QVERIFY2(translated.contains(provider.instruction),
                 qPrintable(provider.id + QStringLiteral(": no Japanese for \"") +
                            provider.instruction +
                            QStringLiteral("\" (run the update_translations target)")));
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
