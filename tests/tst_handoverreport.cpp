// The hand-over report is what an office worker sends to their mail administrator: it must carry
// every fact the administrator needs (recipient, the error line as written, the address, the
// list, what the listing means, where to ask for removal, when and through which DNS server),
// in the UI language, and never a link that came from the returned mail.
#include "bounce/bouncereader.h"
#include "bounce/explanation.h"
#include "core/version.h"
#include "report/handoverreport.h"
#include "testconfig.h"
#include "verdict/resulttext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {

const QString Ip = QStringLiteral("153.127.20.8");
const QString Recipient = QStringLiteral("hanako@partner.example");
const QString ErrorLine =
    QStringLiteral("554 5.7.1 Service unavailable; Client host [153.127.20.8] "
                   "blocked using zen.spamhaus.org");
const QString PhishUrl = QStringLiteral("https://phish.example.net/");

// A Postfix bounce whose prose carries a phishing link; the error line itself has none.
QByteArray bounceMail()
{
    return QStringLiteral(
               "From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)\n"
               "To: kondo@example.co.jp\n"
               "Subject: Undelivered Mail Returned to Sender\n"
               "Date: Mon, 24 Mar 2025 14:05:12 +0900\n"
               "MIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=us-ascii\n"
               "\n"
               "This is the mail system at host mail.example.co.jp.\n"
               "\n"
               "I'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. To be delisted at once, visit\n"
               "https://phish.example.net/delist?ip=153.127.20.8 and enter your password.\n"
               "\n"
               "<hanako@partner.example>: host mx.partner.example[198.51.100.7] said:\n"
               "    %1 (in reply to RCPT TO command)\n")
        .arg(ErrorLine)
        .toUtf8();
}

// The same, but the refusal itself carries a link (as Spamhaus' do).
QByteArray bounceWithLinkInErrorLine()
{
    return QByteArray("<jiro@partner.example>: host mx.partner.example[198.51.100.7] said: 554 "
                      "5.7.1 Client host [153.127.20.8] blocked using zen.spamhaus.org; see "
                      "https://phish.example.net/query/ip/153.127.20.8 (in reply to RCPT TO "
                      "command)\n");
}

ListResult result(const Blocklist &list, ListStatus status, const QList<quint32> &answers = {})
{
    ListResult r;
    r.listId = list.id;
    r.name = list.name;
    r.zone = list.zone;
    r.status = status;
    r.answers = answers;
    r.lookupUrl = list.lookupUrlFor(Ip);
    r.removalUrl = list.removalUrlFor(Ip);
    r.removalNote = list.removalNote;
    for (const quint32 answer : answers) {
        for (const ReturnCode &code : list.codes) {
            if (code.matches(answer)) {
                r.meanings.append(code.meaning);
                r.severity = code.severity;
            }
        }
    }
    return r;
}

QStringList urlsIn(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("(?:https?|ftp)://[^\\s\"'<>]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    QRegularExpressionMatchIterator it = url.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    return found;
}

QString shown(const QString &text)
{
    return QStringLiteral("\n--- report ---\n") + text + QStringLiteral("--- end ---");
}

} // namespace

class TestHandoverReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void carriesWhatTheAdministratorNeeds();
    void offersOnlyCatalogLinks_data();
    void offersOnlyCatalogLinks();
    void problemsAndCountsAreReported();
    void cancelledCheckSaysSo();
    void typedTargetsSayTheyWereTyped();
    void unreadableFileIsNamed();
    void speaksJapanese();

private:
    HandoverReport::Input input(const QByteArray &mail) const;

    Catalog m_catalog = Catalog::builtIn();
    BounceReader m_reader{m_catalog};
    const Blocklist *m_zen = nullptr;
    const Blocklist *m_spamcop = nullptr;
    const Blocklist *m_barracuda = nullptr;
    const Blocklist *m_dbl = nullptr;
    QStringList m_catalogUrls;
};

void TestHandoverReport::initTestCase()
{
    m_zen = m_catalog.find(QStringLiteral("spamhaus-zen"));
    m_spamcop = m_catalog.find(QStringLiteral("spamcop"));
    m_barracuda = m_catalog.find(QStringLiteral("barracuda"));
    m_dbl = m_catalog.find(QStringLiteral("spamhaus-dbl"));
    QVERIFY2(m_zen && m_spamcop && m_barracuda && m_dbl,
             "the built-in catalog has Spamhaus ZEN, SpamCop, Barracuda and Spamhaus DBL");
    for (const Blocklist &list : m_catalog.lists())
        m_catalogUrls << list.lookupUrlFor(Ip) << list.removalUrlFor(Ip);
    for (const Provider &provider : m_catalog.providers())
        m_catalogUrls << provider.lookupUrlFor(Ip) << provider.removalUrlFor(Ip);
    m_catalogUrls.removeAll(QString());
    QVERIFY2(m_zen->lookupUrlFor(Ip).startsWith(QLatin1String("https://")),
             "Spamhaus ZEN has a lookup page in the catalog");
}

void TestHandoverReport::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

HandoverReport::Input TestHandoverReport::input(const QByteArray &mail) const
{
    HandoverReport::Input in;
    const BounceReport bounce = m_reader.read(mail, QStringLiteral("bounce.eml"));
    in.bounces = {bounce};
    in.suggestions = BounceReader::suggestions(bounce);

    TargetReport report;
    report.target = TargetParser::parse(Ip);
    report.results = {
        result(*m_zen, ListStatus::Listed, {0x7f000002}), result(*m_spamcop, ListStatus::NotListed),
        result(*m_barracuda, ListStatus::Failed), result(*m_dbl, ListStatus::Skipped)};
    report.results[0].txt = {QStringLiteral("Listed by ZEN, see https://txt.example.org/why")};
    report.results[2].reason = ResultReason::Timeout;
    report.results[3].reason = ResultReason::WrongKind;
    report.summarize();
    in.reports = {report};
    in.dnsServer = QStringLiteral("192.0.2.53");
    in.checkedAt = QDateTime(QDate(2025, 3, 24), QTime(14, 30));
    in.timeoutMs = 4000;
    return in;
}

void TestHandoverReport::carriesWhatTheAdministratorNeeds()
{
    const HandoverReport::Input in = input(bounceMail());
    QVERIFY2(in.bounces.first().isBounce(), "the test bounce is read as a delivery failure");
    QCOMPARE(in.suggestions.size(), 1);
    QCOMPARE(in.suggestions.first().target, Ip);
    const QString text = HandoverReport::text(in);
    const ListResult &zen = in.reports.first().results.first();

    const QList<QPair<const char *, QString>> expected = {
        {"the recipient", Recipient},
        {"the error line verbatim", ErrorLine},
        {"the reason in words",
         BounceExplanation::reason(in.bounces.first().failures.first().reason)},
        {"the subject", QStringLiteral("Undelivered Mail Returned to Sender")},
        {"the cited IP", Ip},
        {"the list name", QStringLiteral("Spamhaus ZEN")},
        {"the list's zone", QStringLiteral("zen.spamhaus.org")},
        {"the answer", QStringLiteral("127.0.0.2")},
        {"the meaning", ResultText::meanings(zen).first()},
        {"the lookup URL", m_zen->lookupUrlFor(Ip)},
        {"the removal URL", m_zen->removalUrlFor(Ip)},
        {"the verdict", ResultText::verdictSentence(in.reports.first())},
        {"where the target came from", BounceExplanation::origin(CheckSuggestion::Origin::CitedIp)},
        {"the explanation", BounceExplanation::text(in.bounces.first()).simplified()},
        {"the DNS server", QStringLiteral("192.0.2.53")},
        {"when", QLocale().toString(in.checkedAt, QLocale::LongFormat)},
        {"the program version", QStringLiteral(BLOCKLISTDOCTOR_VERSION)},
    };
    QVERIFY2(!m_zen->removalUrlFor(Ip).isEmpty(), "Spamhaus ZEN has a removal page");
    for (const auto &[what, needle] : expected) {
        QVERIFY2(!needle.isEmpty(), what);
        QVERIFY2(text.contains(needle),
                 qPrintable(QStringLiteral("the report should contain %1 (\"%2\")")
                                .arg(QString::fromUtf8(what), needle) +
                            shown(text)));
    }
    QVERIFY2(!text.contains(HandoverReport::tr("The check was stopped before every blocklist had "
                                               "answered, so these results are incomplete.")),
             "a finished check is not called incomplete");
}

void TestHandoverReport::offersOnlyCatalogLinks_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QString>("disarmed"); // how the bounce's link may appear; empty: not at all
    QTest::newRow("link in the prose") << bounceMail() << QString();
    QTest::newRow("link in the error line")
        << bounceWithLinkInErrorLine()
        << QStringLiteral("hxxps://phish[.]example[.]net/query/ip/153[.]127[.]20[.]8");
    QFile trap(QStringLiteral(BLOCKLISTDOCTOR_TEST_DATA_DIR
                              "/bounces/04-microsoft-outlookcom-s3150-exchange.eml"));
    QVERIFY(trap.open(QIODevice::ReadOnly));
    QTest::newRow("HTML link trap") << trap.readAll() << QString();
}

void TestHandoverReport::offersOnlyCatalogLinks()
{
    QFETCH(QByteArray, mail);
    QFETCH(QString, disarmed);
    QVERIFY2(mail.contains("phish.example.net"), "the bounce carries the phishing link");
    const QString text = HandoverReport::text(input(mail));
    QVERIFY2(
        !text.contains(QLatin1String("phish.example.net")) &&
            !text.contains(PhishUrl, Qt::CaseInsensitive),
        qPrintable(QStringLiteral("a link from the bounce must never be offered") + shown(text)));
    const QStringList urls = urlsIn(text);
    QVERIFY2(!urls.isEmpty(), "the catalog's links are offered");
    for (const QString &url : urls) {
        QVERIFY2(m_catalogUrls.contains(url),
                 qPrintable(QStringLiteral("%1 is not a catalog URL").arg(url) + shown(text)));
    }
    if (disarmed.isEmpty()) {
        QVERIFY2(
            !text.contains(QLatin1String("phish")),
            qPrintable(QStringLiteral("the bounce's prose and HTML are not copied") + shown(text)));
    } else {
        QVERIFY2(text.contains(disarmed),
                 qPrintable(QStringLiteral("the error line keeps its link, disarmed: ") + disarmed +
                            shown(text)));
    }
    // A list's own TXT text is not the catalog either.
    QVERIFY2(text.contains(QLatin1String("hxxps://txt[.]example[.]org/why")) &&
                 !text.contains(QLatin1String("txt.example.org")),
             qPrintable(QStringLiteral("the TXT record's link is shown disarmed") + shown(text)));
    QVERIFY2(text.contains(HandoverReport::tr(
                 "Links written in the returned mail or in a list's own reason text are shown "
                 "disarmed (hxxp, [.]) so that nobody opens them by mistake. Use only the \"Look "
                 "up\" and \"Request removal\" links, which come from the program's own "
                 "catalog.")),
             qPrintable(QStringLiteral("the report says why links are disarmed") + shown(text)));
}

void TestHandoverReport::problemsAndCountsAreReported()
{
    HandoverReport::Input in = input(bounceMail());
    const QString text = HandoverReport::text(in);
    const ListResult &barracuda = in.reports.first().results.at(2);
    const QString detail = ResultText::detail(barracuda, in.timeoutMs);
    QVERIFY2(detail.contains(QLatin1String("4")), "the timeout detail names the seconds");
    for (const QString &needle :
         {barracuda.name, detail, HandoverReport::tr("Not listed on %n blocklist(s).", nullptr, 1),
          HandoverReport::tr("%n blocklist(s) were not asked: they do not check this kind of "
                             "address, or need an access key.",
                             nullptr, 1),
          HandoverReport::tr("Time limit per query: %1 seconds").arg(QStringLiteral("4"))}) {
        QVERIFY2(text.contains(needle),
                 qPrintable(QStringLiteral("expected \"%1\"").arg(needle) + shown(text)));
    }
    QVERIFY2(!text.contains(m_spamcop->name),
             "a list that did not list the address is counted, not spelled out");

    // The system resolver is named in words, not as "system".
    in.dnsServer = QStringLiteral("system");
    const QString system = HandoverReport::text(in);
    QVERIFY2(system.contains(HandoverReport::tr("this computer's own DNS setting")) &&
                 !system.contains(QLatin1String(": system\n")),
             qPrintable(shown(system)));
}

void TestHandoverReport::cancelledCheckSaysSo()
{
    HandoverReport::Input in = input(bounceMail());
    in.cancelled = true;
    in.reports[0].results[2].reason = ResultReason::Cancelled;
    const QString text = HandoverReport::text(in);
    QVERIFY2(text.contains(HandoverReport::tr("The check was stopped before every blocklist had "
                                              "answered, so these results are incomplete.")),
             qPrintable(shown(text)));
    QVERIFY2(text.contains(ResultText::detail(in.reports[0].results[2], in.timeoutMs)),
             qPrintable(QStringLiteral("the unanswered list says it was stopped") + shown(text)));
}

void TestHandoverReport::typedTargetsSayTheyWereTyped()
{
    HandoverReport::Input in = input(bounceMail());
    in.bounces.clear();
    in.suggestions = {{Ip, CheckSuggestion::Origin::CitedIp}};
    TargetReport privateAddress;
    privateAddress.target = TargetParser::parse(QStringLiteral("192.168.1.10"));
    privateAddress.summarize();
    in.reports.append(privateAddress);
    in.suggestions.append({QStringLiteral("192.168.1.10"), CheckSuggestion::Origin::CitedIp});
    const QString text = HandoverReport::text(in);
    QVERIFY2(text.contains(HandoverReport::tr("Where it came from: typed in by the user")),
             qPrintable(shown(text)));
    QVERIFY2(!text.contains(BounceExplanation::origin(CheckSuggestion::Origin::CitedIp)),
             qPrintable(QStringLiteral("a typed address is not said to come from a refusal") +
                        shown(text)));
    QVERIFY2(!text.contains(HandoverReport::tr("Returned mail %1 of %2").arg(1).arg(1)),
             "no returned-mail section without a returned mail");
    QVERIFY2(text.contains(ResultText::notPublicTarget(privateAddress.target)),
             qPrintable(QStringLiteral("the private address is explained") + shown(text)));
}

void TestHandoverReport::unreadableFileIsNamed()
{
    HandoverReport::Input in;
    BounceReport unreadable;
    unreadable.file = QStringLiteral("picture.png");
    unreadable.error = QStringLiteral("This is not a mail or text file.");
    in.bounces = {unreadable};
    const QString text = HandoverReport::text(in);
    for (const QString &needle :
         {unreadable.file, unreadable.error,
          HandoverReport::tr("Nothing was checked against the blocklists.")}) {
        QVERIFY2(text.contains(needle),
                 qPrintable(QStringLiteral("expected \"%1\"").arg(needle) + shown(text)));
    }
}

void TestHandoverReport::speaksJapanese()
{
    const HandoverReport::Input in = input(bounceMail());
    const QString englishVerdict = ResultText::verdictSentence(in.reports.first());
    const QString englishMeaning = ResultText::meanings(in.reports.first().results.first()).first();

    QTranslator japanese;
    QVERIFY2(japanese.load(QStringLiteral(":/i18n/blocklistdoctor_ja.qm")),
             "the engine carries its Japanese translation");
    QVERIFY(QCoreApplication::installTranslator(&japanese));
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QString verdict = ResultText::verdictSentence(in.reports.first());
    const QString meaning = ResultText::meanings(in.reports.first().results.first()).first();
    const QString reason = BounceExplanation::reason(in.bounces.first().failures.first().reason);
    const QString text = HandoverReport::text(in);
    QCoreApplication::removeTranslator(&japanese);

    QVERIFY2(verdict != englishVerdict && meaning != englishMeaning,
             "the verdict and the meaning have Japanese translations");
    for (const QString &needle :
         {verdict, meaning, reason, ErrorLine, Recipient, Ip, m_zen->removalUrlFor(Ip),
          QLocale(QLocale::Japanese, QLocale::Japan).toString(in.checkedAt, QLocale::LongFormat)}) {
        QVERIFY2(
            text.contains(needle),
            qPrintable(QStringLiteral("the Japanese report should contain \"%1\"").arg(needle) +
                       shown(text)));
    }
    QVERIFY2(!text.contains(englishVerdict) && !text.contains(englishMeaning),
             qPrintable(QStringLiteral("no English verdict or meaning in the Japanese report") +
                        shown(text)));
}

QTEST_GUILESS_MAIN(TestHandoverReport)
#include "tst_handoverreport.moc"
