// CheckPlan decides what the user meant: typed targets, or a returned mail to read. The same
// input must give the same check in the window and anywhere else, so the decision is tested
// here on the inputs users really give (one address, a list, a whole bounce, one error line,
// prose, nothing, damaged files).
#include "bounce/bouncereader.h"
#include "session/checkplan.h"
#include "testconfig.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BLOCKLISTDOCTOR_TEST_DATA_DIR "/bounces/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString problemName(CheckPlan::Problem problem)
{
    switch (problem) {
    case CheckPlan::Problem::None:
        return QStringLiteral("none");
    case CheckPlan::Problem::Empty:
        return QStringLiteral("empty");
    case CheckPlan::Problem::NotUnderstood:
        return QStringLiteral("not_understood");
    case CheckPlan::Problem::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("?");
}

QString originName(CheckSuggestion::Origin origin)
{
    switch (origin) {
    case CheckSuggestion::Origin::CitedIp:
        return QStringLiteral("ip");
    case CheckSuggestion::Origin::CitedDomain:
        return QStringLiteral("domain");
    case CheckSuggestion::Origin::ReportingMta:
        return QStringLiteral("reporting_mta");
    case CheckSuggestion::Origin::SenderDomain:
        return QStringLiteral("sender_domain");
    }
    return QStringLiteral("?");
}

// "target kind origin" per suggestion, so a table row reads as one line.
QStringList described(const CheckPlan &plan)
{
    QStringList out;
    for (qsizetype i = 0; i < plan.suggestions.size(); ++i) {
        out.append(plan.suggestions.at(i).target + QLatin1Char(' ') +
                   TargetParser::kindName(plan.targets.value(i).kind) + QLatin1Char(' ') +
                   originName(plan.suggestions.at(i).origin));
    }
    return out;
}

QString why(const CheckPlan &plan, const QString &expected)
{
    QString error;
    for (const BounceReport &bounce : plan.bounces)
        error += QLatin1Char(' ') + bounce.error;
    return QStringLiteral("expected %1; got problem %2, %3 bounces (%4), targets [%5]")
        .arg(expected, problemName(plan.problem))
        .arg(plan.bounces.size())
        .arg(error.trimmed(), described(plan).join(QLatin1String(" | ")));
}

// A Postfix bounce whose returned message is padded to about 50 KB.
QString largePaste()
{
    QString text = QString::fromUtf8(fixture(QStringLiteral("16-spamhaus-zen-postfix.eml")));
    const QString marker = QStringLiteral("Daisuke Kondo\n");
    QString filler;
    while (filler.size() < 50 * 1024)
        filler += QStringLiteral("The revised drawing follows the meeting of 12 March; see "
                                 "section 4.2 and the notes from the site visit.\n");
    text.replace(marker, filler + marker);
    return text;
}

} // namespace

class TestCheckPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText_data();
    void fromText();
    void targetTokensKeepTheirParse();
    void listOfManyTargets();
    void fromInputs_data();
    void fromInputs();
    void fromInputsKeepsUnreadableNamesAndErrors();

private:
    BounceReader m_reader{Catalog::builtIn()};
};

void TestCheckPlan::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("bounce");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("single IPv4") << "153.127.20.8"
                                 << "none" << false << QStringList{"153.127.20.8 ipv4 ip"};
    QTest::newRow("bracketed IPv4, padded")
        << "  \t[153.127.20.8]\n"
        << "none" << false << QStringList{"[153.127.20.8] ipv4 ip"};
    QTest::newRow("IPv6") << "2001:4860:4860::8888"
                          << "none" << false << QStringList{"2001:4860:4860::8888 ipv6 ip"};
    QTest::newRow("domain") << "example.co.jp"
                            << "none" << false << QStringList{"example.co.jp domain domain"};
    QTest::newRow("internationalised domain")
        << QStringLiteral("例え.jp") << "none" << false
        << QStringList{QStringLiteral("例え.jp domain domain")};
    QTest::newRow("e-mail address")
        << "taro@example.co.jp"
        << "none" << false << QStringList{"taro@example.co.jp domain domain"};
    QTest::newRow("private address is kept")
        << "192.168.1.10"
        << "none" << false << QStringList{"192.168.1.10 not_public ip"};
    QTest::newRow("impossible IPv4 is kept")
        << "999.1.1.1"
        << "none" << false << QStringList{"999.1.1.1 invalid ip"};
    QTest::newRow("broken IPv6 is kept")
        << "2001:db8::zz"
        << "none" << false << QStringList{"2001:db8::zz invalid ip"};
    QTest::newRow("broken domain is kept")
        << "exa..mple.com"
        << "none" << false << QStringList{"exa..mple.com invalid domain"};
    QTest::newRow("several, commas semicolons and lines")
        << "153.127.20.8, example.co.jp\n2001:4860:4860::8888;192.0.2.1\r\n\n"
        << "none" << false
        << QStringList{"153.127.20.8 ipv4 ip", "example.co.jp domain domain",
                       "2001:4860:4860::8888 ipv6 ip", "192.0.2.1 not_public ip"};
    QTest::newRow("Japanese separators")
        << QStringLiteral("153.127.20.8、example.co.jp　mail.example.net；198.51.100.7，") << "none"
        << false
        << QStringList{"153.127.20.8 ipv4 ip", "example.co.jp domain domain",
                       "mail.example.net domain domain", "198.51.100.7 not_public ip"};
    QTest::newRow("full-width digits")
        << QStringLiteral("１５３．１２７．２０．８、ｅｘａｍｐｌｅ．ｃｏ．ｊｐ") << "none" << false
        << QStringList{"153.127.20.8 ipv4 ip", "example.co.jp domain domain"};
    QTest::newRow("duplicates removed, first spelling kept")
        << "153.127.20.8\n153.127.20.8, [153.127.20.8]\nExample.com example.COM "
           "taro@example.com 2001:4860:4860:0::8888 2001:4860:4860::8888"
        << "none" << false
        << QStringList{"153.127.20.8 ipv4 ip", "Example.com domain domain",
                       "2001:4860:4860:0::8888 ipv6 ip"};

    const QString postfix =
        QString::fromUtf8(fixture(QStringLiteral("16-spamhaus-zen-postfix.eml")));
    QTest::newRow("pasted Postfix bounce")
        << postfix << "none" << true << QStringList{"203.0.113.33 not_public ip"};
    QTest::newRow("pasted bounce naming a public address")
        << QString(postfix).replace(QStringLiteral("203.0.113.33"), QStringLiteral("153.127.20.8"))
        << "none" << true << QStringList{"153.127.20.8 ipv4 ip"};
    QTest::newRow("one pasted error line")
        << "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
           "zen.spamhaus.org"
        << "none" << true << QStringList{"203.0.113.9 not_public ip"};
    QTest::newRow("50 KB paste") << largePaste() << "none" << true
                                 << QStringList{"203.0.113.33 not_public ip"};

    QTest::newRow("prose") << "hello how are you"
                           << "not_understood" << false << none;
    QTest::newRow("one word") << "hello"
                              << "not_understood" << false << none;
    QTest::newRow("a name broken by a space") << "exa mple"
                                              << "not_understood" << false << none;
    QTest::newRow("an address inside a sentence") << "please check 153.127.20.8"
                                                  << "not_understood" << false << none;
    QTest::newRow("SMTP codes alone, read as an error line") << "554 5.7.1"
                                                             << "none" << true << none;
    QTest::newRow("a number") << "1234567890"
                              << "not_understood" << false << none;
    QTest::newRow("header line") << "Subject: 153.127.20.8"
                                 << "not_understood" << false << none;
    QTest::newRow("mailto link") << "mailto:taro@example.co.jp"
                                 << "not_understood" << false << none;
    QTest::newRow("web link") << "https://example.co.jp/"
                              << "not_understood" << false << none;
    QTest::newRow("empty") << ""
                           << "empty" << false << none;
    QTest::newRow("only blanks and lines") << "  \n\t \r\n "
                                           << "empty" << false << none;
}

void TestCheckPlan::fromText()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(bool, bounce);
    QFETCH(QStringList, expected);

    if (qstrcmp(QTest::currentDataTag(), "50 KB paste") == 0)
        QVERIFY2(text.size() >= 50 * 1024, "the large paste is at least 50 KB");

    const CheckPlan plan = CheckPlan::fromText(text, m_reader);
    const QString expectation =
        QStringLiteral("problem %1, %2, targets [%3]")
            .arg(problem, bounce ? QStringLiteral("a bounce") : QStringLiteral("no bounce"),
                 expected.join(QLatin1String(" | ")));
    QVERIFY2(problemName(plan.problem) == problem, qPrintable(why(plan, expectation)));
    QVERIFY2(plan.bounces.isEmpty() != bounce, qPrintable(why(plan, expectation)));
    QVERIFY2(described(plan) == expected, qPrintable(why(plan, expectation)));
    QCOMPARE(plan.targets.size(), plan.suggestions.size());
    QCOMPARE(plan.hasSomethingToCheck(), !expected.isEmpty());
    if (bounce) {
        QVERIFY2(plan.bounces.first().isBounce(), "a pasted bounce is read as a delivery failure");
        QCOMPARE(plan.bounces.first().file, CheckPlan::tr("pasted text"));
        QVERIFY2(!CheckPlan::looksLikeTargetList(text), "a bounce is never a list of targets");
    }
}

void TestCheckPlan::targetTokensKeepTheirParse()
{
    // The engine gets exactly what the target parser makes of each token, so the window can
    // show "192.168.1.10 is a private address…" from the NotCheckable verdict.
    const CheckPlan plan =
        CheckPlan::fromText(QStringLiteral("192.168.1.10 999.1.1.1 taro@example.co.jp"), m_reader);
    QCOMPARE(plan.targets.size(), 3);
    QCOMPARE(plan.targets.at(0).kind, TargetKind::NotPublic);
    QCOMPARE(plan.targets.at(0).range, AddressRange::Private);
    QCOMPARE(plan.targets.at(1).kind, TargetKind::Invalid);
    QCOMPARE(plan.targets.at(1).invalidReason, InvalidReason::BadIpv4);
    QCOMPARE(plan.targets.at(2).checkedAs, QStringLiteral("example.co.jp"));
    QVERIFY2(plan.targets.at(2).fromEmail, "the e-mail address stays marked as such");
}

void TestCheckPlan::listOfManyTargets()
{
    QStringList addresses;
    for (int i = 1; i <= CheckPlan::MaxTypedTargets; ++i)
        addresses.append(QStringLiteral("153.127.%1.%2").arg(i / 200).arg(i % 200 + 1));
    const CheckPlan full = CheckPlan::fromText(addresses.join(QLatin1Char('\n')), m_reader);
    QVERIFY2(full.targets.size() == CheckPlan::MaxTypedTargets,
             qPrintable(why(full, QStringLiteral("every typed address"))));

    // One more is a pasted log, not something to send to every list: it must not crash or hang,
    // and must not be checked as a list.
    addresses.append(QStringLiteral("153.127.99.99"));
    const CheckPlan tooMany = CheckPlan::fromText(addresses.join(QLatin1Char('\n')), m_reader);
    QVERIFY2(!CheckPlan::looksLikeTargetList(addresses.join(QLatin1Char('\n'))),
             "over the limit the text is not a typed list");
    QVERIFY2(tooMany.targets.size() < addresses.size(),
             qPrintable(why(tooMany, QStringLiteral("not every address of an over-long list"))));
}

void TestCheckPlan::fromInputs_data()
{
    QTest::addColumn<QList<CheckPlan::Input>>("inputs");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QStringList>("errors"); // one per input: "" read, "error" not
    QTest::addColumn<QStringList>("expected");

    const CheckPlan::Input postfix{QStringLiteral("16-spamhaus-zen-postfix.eml"),
                                   fixture(QStringLiteral("16-spamhaus-zen-postfix.eml")),
                                   QString()};
    const CheckPlan::Input exim{QStringLiteral("17-spamhaus-zen-exim.eml"),
                                fixture(QStringLiteral("17-spamhaus-zen-exim.eml")), QString()};
    const CheckPlan::Input spamcop{QStringLiteral("25-pasted-spamcop-line.txt"),
                                   fixture(QStringLiteral("25-pasted-spamcop-line.txt")),
                                   QString()};
    const CheckPlan::Input empty{QStringLiteral("empty.eml"), QByteArray(), QString()};
    const CheckPlan::Input binary{QStringLiteral("picture.png"),
                                  QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20),
                                  QString()};
    const CheckPlan::Input refused{QStringLiteral("locked.msg"), QByteArray(),
                                   QStringLiteral("The file could not be opened.")};
    const CheckPlan::Input ordinary{
        QStringLiteral("hello.eml"),
        QByteArray("From: hanako@example.net\nTo: taro@example.co.jp\nSubject: Lunch\n"
                   "Date: Mon, 24 Mar 2025 12:00:00 +0900\n\nShall we meet at noon?\n"),
        QString()};

    const QStringList none;
    QTest::newRow("one bounce") << QList<CheckPlan::Input>{postfix} << "none" << QStringList{""}
                                << QStringList{"203.0.113.33 not_public ip"};
    QTest::newRow("two bounces, targets in order, no duplicates")
        << QList<CheckPlan::Input>{postfix, exim, postfix} << "none" << QStringList{"", "", ""}
        << QStringList{"203.0.113.33 not_public ip", "203.0.113.36 not_public ip"};
    QTest::newRow("a pasted line saved as .txt")
        << QList<CheckPlan::Input>{spamcop} << "none" << QStringList{""}
        << QStringList{"198.51.100.7 not_public ip"};
    QTest::newRow("empty file") << QList<CheckPlan::Input>{empty} << "unreadable"
                                << QStringList{"error"} << none;
    QTest::newRow("binary file") << QList<CheckPlan::Input>{binary} << "unreadable"
                                 << QStringList{"error"} << none;
    QTest::newRow("could not be opened")
        << QList<CheckPlan::Input>{refused} << "unreadable" << QStringList{"error"} << none;
    QTest::newRow("all unreadable")
        << QList<CheckPlan::Input>{empty, binary, refused} << "unreadable"
        << QStringList{"error", "error", "error"} << none;
    QTest::newRow("mixed: readable ones are used")
        << QList<CheckPlan::Input>{empty, postfix, binary} << "none"
        << QStringList{"error", "", "error"} << QStringList{"203.0.113.33 not_public ip"};
    QTest::newRow("an ordinary mail")
        << QList<CheckPlan::Input>{ordinary} << "not_understood" << QStringList{""} << none;
    QTest::newRow("nothing dropped")
        << QList<CheckPlan::Input>{} << "empty" << QStringList{} << none;
}

void TestCheckPlan::fromInputs()
{
    QFETCH(QList<CheckPlan::Input>, inputs);
    QFETCH(QString, problem);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, expected);

    const CheckPlan plan = CheckPlan::fromInputs(inputs, m_reader);
    const QString expectation = QStringLiteral("problem %1, targets [%2]")
                                    .arg(problem, expected.join(QLatin1String(" | ")));
    QVERIFY2(problemName(plan.problem) == problem, qPrintable(why(plan, expectation)));
    QVERIFY2(described(plan) == expected, qPrintable(why(plan, expectation)));
    QVERIFY2(plan.bounces.size() == inputs.size(),
             qPrintable(why(plan, QStringLiteral("one report per input"))));
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const BounceReport &bounce = plan.bounces.at(i);
        QCOMPARE(bounce.file, inputs.at(i).name);
        QVERIFY2(bounce.error.isEmpty() == errors.at(i).isEmpty(),
                 qPrintable(QStringLiteral("input %1 (%2): expected %3, got error \"%4\"")
                                .arg(i)
                                .arg(inputs.at(i).name,
                                     errors.at(i).isEmpty() ? QStringLiteral("to be read")
                                                            : QStringLiteral("an error"),
                                     bounce.error)));
    }
}

void TestCheckPlan::fromInputsKeepsUnreadableNamesAndErrors()
{
    const QString message = QStringLiteral("Permission denied.");
    const CheckPlan plan =
        CheckPlan::fromInputs({{QStringLiteral("a.msg"), QByteArray(), message},
                               {QStringLiteral("b.eml"),
                                fixture(QStringLiteral("16-spamhaus-zen-postfix.eml")), QString()}},
                              m_reader);
    QCOMPARE(plan.problem, CheckPlan::Problem::None);
    QCOMPARE(plan.bounces.at(0).error, message);
    QVERIFY2(plan.bounces.at(1).isBounce(), "the readable file is still read");
    QVERIFY2(plan.hasSomethingToCheck(), "the readable file's cited address is still checked");
}

QTEST_GUILESS_MAIN(TestCheckPlan)
#include "tst_checkplan.moc"
