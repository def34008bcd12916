// SmtpReply reads reply codes, enhanced status codes and the command a reply answered by hand,
// in place of three regular expressions that ran on every failure. Each must find exactly what
// its pattern found: proven on typical replies and on many random texts made of the pieces the
// patterns react to, compared with the patterns themselves (kept here as the reference).
#include "bounce/smtpreply.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

const QRegularExpression &replyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?:^|[\\s:;(\\[\"<>])([45]\\d\\d)(?:[ -]|$)(?:\\s*#?([45]\\.\\d{1,3}\\.\\d{1,3}))?"));
    return pattern;
}

const QRegularExpression &statusPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[\\s:;(\\[\"#<>'])([45]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"));
    return pattern;
}

// The command as the pattern-based reader worked it out.
QString commandByPattern(const QString &text)
{
    static const QRegularExpression command(
        QStringLiteral("(?:in reply to (?:the )?|after |>>> |did not like our |progress was "
                       "|\\[)(mail from|rcpt to|end of data|data|"
                       "helo|ehlo|initial connection|connect)\\b|(refused to talk to me|"
                       "greeting|banner)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = command.match(text);
    if (!match.hasMatch())
        return {};
    if (!match.captured(2).isEmpty())
        return QStringLiteral("CONN");
    const QString word = match.captured(1).toLower();
    if (word == QLatin1String("mail from"))
        return QStringLiteral("MAIL");
    if (word == QLatin1String("rcpt to"))
        return QStringLiteral("RCPT");
    if (word == QLatin1String("data") || word == QLatin1String("end of data"))
        return QStringLiteral("DATA");
    if (word == QLatin1String("helo") || word == QLatin1String("ehlo"))
        return QStringLiteral("HELO");
    return QStringLiteral("CONN");
}

QString describedByPatterns(const QString &text)
{
    const QRegularExpressionMatch reply = replyPattern().match(text);
    return QStringLiteral("%1|%2|%3|%4")
        .arg(reply.captured(1), reply.captured(2), statusPattern().match(text).captured(1),
             commandByPattern(text));
}

QString describedByHand(const QString &text)
{
    const SmtpReply::Codes codes = SmtpReply::firstReply(text);
    return QStringLiteral("%1|%2|%3|%4")
        .arg(codes.replyCode, codes.status, SmtpReply::firstStatus(text),
             SmtpReply::answeredCommand(text));
}

} // namespace

class TestSmtpReply final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsReplies_data();
    void readsReplies();
    void sameAsPatternsOnRandomText();
};

void TestSmtpReply::readsReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // reply code|status after it|first status|command

    QTest::newRow("plain") << QStringLiteral("550 5.7.1 Service unavailable") << "550|5.7.1|5.7.1|";
    QTest::newRow("dashed") << QStringLiteral("550-5.7.26 Unauthenticated email") << "550|5.7.26||";
    QTest::newRow("hash status") << QStringLiteral("554 #5.4.4 SMTP; no route")
                                 << "554|5.4.4|5.4.4|";
    QTest::newRow("code at the end") << QStringLiteral("said: 421") << "421|||";
    QTest::newRow("code before a final line break") << QStringLiteral("(421\n") << "421|||";
    QTest::newRow("code glued to a word") << QStringLiteral("x550 y 4.4.7") << "||4.4.7|";
    QTest::newRow("long numbers") << QStringLiteral("550 5.7.1234 x 5.1234.1 5.1.1.")
                                  << "550|5.7.123||";
    QTest::newRow("status in quotes") << QStringLiteral("status '5.1.1' x") << "||5.1.1|";
    QTest::newRow("Postfix in reply to")
        << QStringLiteral("host x[1.2.3.4] said: 550 5.1.1 unknown (in reply to RCPT TO command)")
        << "550|5.1.1|5.1.1|RCPT";
    QTest::newRow("in reply to the end of data")
        << QStringLiteral("in reply to the end of DATA command") << "|||DATA";
    QTest::newRow("after MAIL FROM") << QStringLiteral("after MAIL FROM:<a@b>") << "|||MAIL";
    QTest::newRow("transcript") << QStringLiteral(">>> DATA\n<<< 554 refused") << "554|||DATA";
    QTest::newRow("connection words")
        << QStringLiteral("after connection; [initial connection]") << "|||CONN";
    QTest::newRow("connect needs a word end") << QStringLiteral("after connects") << "|||";
    QTest::newRow("greeting") << QStringLiteral("550 refused to talk to me: blocked")
                              << "550|||CONN";
    QTest::newRow("Kelvin sign and long s")
        << QStringLiteral("did not li\u212Ae our HELO, progre\u017F\u017F was ehlo") << "|||HELO";
    QTest::newRow("nothing") << QStringLiteral("mailbox full") << "|||";
    QTest::newRow("empty") << QString() << "|||";
}

void TestSmtpReply::readsReplies()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describedByPatterns(text), expected); // the row means what the patterns say
    QCOMPARE(describedByHand(text), expected);
}

void TestSmtpReply::sameAsPatternsOnRandomText()
{
    const QStringList pieces = {
        QStringLiteral("550"),
        QStringLiteral("421"),
        QStringLiteral("250"),
        QStringLiteral("5"),
        QStringLiteral("4"),
        QStringLiteral("0"),
        QStringLiteral("."),
        QStringLiteral("1"),
        QStringLiteral("5.7.1"),
        QStringLiteral("4.4.77"),
        QStringLiteral("1234"),
        QStringLiteral(" "),
        QStringLiteral("-"),
        QStringLiteral("#"),
        QStringLiteral("\n"),
        QStringLiteral("\t"),
        QStringLiteral("\r"),
        QStringLiteral(":"),
        QStringLiteral("("),
        QStringLiteral("["),
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("<"),
        QStringLiteral(">"),
        QStringLiteral("x"),
        QStringLiteral("_"),
        QStringLiteral("in reply to "),
        QStringLiteral("In Reply To The "),
        QStringLiteral("the "),
        QStringLiteral("after "),
        QStringLiteral(">>> "),
        QStringLiteral("did not like our "),
        QStringLiteral("did not li\u212Ae our "),
        QStringLiteral("progress was "),
        QStringLiteral("progre\u017F\u017F wa\u017F "),
        QStringLiteral("MAIL FROM"),
        QStringLiteral("rcpt to"),
        QStringLiteral("end of data"),
        QStringLiteral("DATA"),
        QStringLiteral("data"),
        QStringLiteral("helo"),
        QStringLiteral("EHLO"),
        QStringLiteral("initial connection"),
        QStringLiteral("connect"),
        QStringLiteral("connection"),
        QStringLiteral("refused to talk to me"),
        QStringLiteral("refu\u017Fed to tal\u212A to me"),
        QStringLiteral("greeting"),
        QStringLiteral("Banner"),
        QStringLiteral("é"),
        QStringLiteral("😀"),
        QStringLiteral("\u00A0"),
    };
    QRandomGenerator random(20261128); // fixed: a failure can be replayed
    int replies = 0, statuses = 0, commands = 0;
    for (int round = 0; round < 100000; ++round) {
        QString text;
        for (int i = random.bounded(0, 12); i > 0; --i)
            text += pieces.at(random.bounded(int(pieces.size())));
        const QString expected = describedByPatterns(text);
        const QStringList parts = expected.split(u'|');
        replies += !parts.at(0).isEmpty();
        statuses += !parts.at(2).isEmpty();
        commands += !parts.at(3).isEmpty();
        const QString found = describedByHand(text);
        QVERIFY2(
            found == expected,
            qPrintable(
                QStringLiteral("text \"%1\": found %2, expected %3").arg(text, found, expected)));
    }
    // The random texts must exercise every finding, not only misses.
    QVERIFY2(replies > 1000 && statuses > 5000 && commands > 5000,
             qPrintable(QStringLiteral("%1 %2 %3").arg(replies).arg(statuses).arg(commands)));
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
