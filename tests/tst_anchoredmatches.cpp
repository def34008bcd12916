// AnchoredMatches runs the citation patterns whose first characters are everywhere only around
// their anchor ('[', "from "). It must find exactly what QRegularExpression::globalMatch() finds
// over the whole text, or an address would be lost or invented: proven here on hand-picked texts
// and on thousands of random ones built from the pieces those patterns react to.
#include "bounce/anchoredmatches.h"
#include "bounce/citations.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// Each match as "start-end:ip", the way both searches are compared.
QStringList described(const QList<QRegularExpressionMatch> &matches)
{
    QStringList out;
    for (const QRegularExpressionMatch &match : matches) {
        out.append(QStringLiteral("%1-%2:%3")
                       .arg(match.capturedStart())
                       .arg(match.capturedEnd())
                       .arg(match.captured(QStringLiteral("ip"))));
    }
    return out;
}

QList<QRegularExpressionMatch> everywhere(const QRegularExpression &pattern, const QString &text)
{
    QList<QRegularExpressionMatch> matches;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        matches.append(it.next());
    return matches;
}

// The citation pattern run around `anchor`.
Citations::AnchoredPattern anchoredBy(const QString &anchor)
{
    for (const Citations::AnchoredPattern &anchored : Citations::anchoredPatterns()) {
        const QString literal = anchored.anchor.character.isNull()
                                    ? anchored.anchor.literal.pattern()
                                    : QString(anchored.anchor.character);
        if (literal == anchor)
            return anchored;
    }
    qFatal("no citation pattern is anchored by %s", qPrintable(anchor));
}

// Random texts made of would-be matches (one choice per slot), some with a piece left out or
// swapped for another, between pieces of noise.
QString randomText(QRandomGenerator *random, const QList<QStringList> &slots,
                   const QStringList &noise)
{
    QString text;
    for (int segment = random->bounded(1, 6); segment > 0; --segment) {
        for (int i = random->bounded(0, 3); i > 0; --i)
            text += noise.at(random->bounded(int(noise.size())));
        for (const QStringList &choices : slots)
            text += choices.at(random->bounded(int(choices.size())));
    }
    return text;
}

} // namespace

class TestAnchoredMatches final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourPatternsAreAnchored();
    void sameAsWholeText_data();
    void sameAsWholeText();
    void sameAsWholeTextOnRandomText_data();
    void sameAsWholeTextOnRandomText();
};

void TestAnchoredMatches::fourPatternsAreAnchored()
{
    QCOMPARE(Citations::anchoredPatterns().size(), 4);
}

void TestAnchoredMatches::sameAsWholeText_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");

    const QString bracket = QStringLiteral("[");
    QTest::newRow("said") << bracket
                          << QStringLiteral("host mx.example.jp[198.51.100.7] said: [203.0.113.5] "
                                            "blocked")
                          << 1;
    QTest::newRow("code and status")
        << bracket << QStringLiteral("550 5.7.1 [203.0.113.5] Message rejected") << 1;
    QTest::newRow("code with a dash")
        << bracket << QStringLiteral("550-[203.0.113.5] rejected") << 1;
    QTest::newRow("line break before the bracket")
        << bracket << QStringLiteral("said:\n   \t [203.0.113.5] listed") << 1;
    QTest::newRow("long white space") << bracket
                                      << QStringLiteral("said:") + QString(500, QLatin1Char(' ')) +
                                             QStringLiteral("[203.0.113.5] x")
                                      << 1;
    QTest::newRow("two on a line")
        << bracket << QStringLiteral("said: [192.0.2.1] a 550 [192.0.2.2] b said: [192.0.2.3]c")
        << 2;
    QTest::newRow("brackets without a match")
        << bracket << QStringLiteral("[x] [192.0.2.1] said [1.2.3.4]") << 0;
    QTest::newRow("bracket between prefix and address")
        << bracket << QStringLiteral("said: [[203.0.113.5] x") << 0;
    QTest::newRow("no letter after") << bracket << QStringLiteral("said: [203.0.113.5] ") << 0;
    QTest::newRow("letter on the next line")
        << bracket << QStringLiteral("said: [203.0.113.5] \nx") << 0;
    QTest::newRow("word boundary before the code")
        << bracket
        << QStringLiteral("x550 [203.0.113.5] a 1550 [203.0.113.6] b (550 [203.0.113.7] c") << 1;
    QTest::newRow("IPv6 and mapped")
        << bracket << QStringLiteral("said: [2001:db8::1] a said: [ffff::192.0.2.9] b") << 2;
    QTest::newRow("port after the address")
        << bracket << QStringLiteral("said: [203.0.113.5 25] x") << 1;
    QTest::newRow("CRLF") << bracket << QStringLiteral("said:\r\n [203.0.113.5] x\r\n") << 1;
    QTest::newRow("beyond ASCII") << bracket
                                  << QStringLiteral(
                                         "送信 said: 😀 [203.0.113.5] x 😀 550 [2.3.4.5] y")
                                  << 1;
    QTest::newRow("no line break at all")
        << bracket << QStringLiteral("[203.0.113.5] said: [203.0.113.6] x") << 1;
    QTest::newRow("empty") << bracket << QString() << 0;
    QTest::newRow("only brackets") << bracket << QStringLiteral("[[[[") << 0;

    const QString from = QStringLiteral("from ");
    QTest::newRow("mail from") << from
                               << QStringLiteral("Mail from 203.0.113.5 refused due to ERS-QIL")
                               << 1;
    QTest::newRow("the article's words")
        << from
        << QStringLiteral("Mail from 203.0.113.5 was refused due to the sender IP found in ERS-QIL")
        << 1;
    QTest::newRow("connections from, bracketed")
        << from << QStringLiteral("Connections from [198.51.100.7] are throttled") << 1;
    QTest::newRow("your ip") << from << QStringLiteral("messages from your ip 192.0.2.1, ok") << 1;
    QTest::newRow("address runs on")
        << from << QStringLiteral("mail from 192.0.2.1.example.jp was seen") << 0;
    QTest::newRow("MAIL FROM command")
        << from << QStringLiteral("in reply to MAIL FROM:<a@example.jp> command") << 0;
    QTest::newRow("several") << from
                             << QStringLiteral("e-mail from 192.0.2.1 and email from 192.0.2.2\n"
                                               "message from\n192.0.2.3 messages from 192.0.2.4")
                             << 3;
    QTest::newRow("from from") << from << QStringLiteral("mail from from 192.0.2.1 mail from ")
                               << 0;
    QTest::newRow("at the end") << from << QStringLiteral("rejected: mail from 192.0.2.1") << 1;
    QTest::newRow("upper case") << from << QStringLiteral("MESSAGES FROM 192.0.2.1\r\n") << 1;

    const QString ip = QStringLiteral(" ip");
    QTest::newRow("sending IP") << ip << QStringLiteral("Your sending IP is [192.0.2.1].") << 1;
    QTest::newRow("client ip, colon")
        << ip << QStringLiteral("client ip: 192.0.2.1 client ip:: 192.0.2.2") << 2;
    QTest::newRow("recipient is not an anchor")
        << ip << QStringLiteral("recipient 192.0.2.1; remote ip address 192.0.2.2") << 1;
    QTest::newRow("line break after ip") << ip << QStringLiteral("source ip\n192.0.2.1") << 0;
    QTest::newRow("upper case and IPv6")
        << ip << QStringLiteral("CONNECTING IP ADDRESS IS 2001:db8::25") << 1;

    const QString notAllowed = QStringLiteral(" is not allowed");
    QTest::newRow("not allowed") << notAllowed
                                 << QStringLiteral(
                                        "550 192.0.2.1 is not allowed to send mail from x")
                                 << 1;
    QTest::newRow("address glued to a word")
        << notAllowed
        << QStringLiteral("x192.0.2.1 is not allowed to send, [192.0.2.2 is not "
                          "allowed to send, 1.192.0.2.3 is not allowed to send")
        << 0;
    QTest::newRow("line break inside")
        << notAllowed << QStringLiteral("192.0.2.1 is not allowed\nto send") << 0;
    QTest::newRow("upper case, two")
        << notAllowed
        << QStringLiteral("192.0.2.1 IS NOT ALLOWED TO SEND\n 10.0.0.1 is not allowed to send")
        << 2;

    // A long line whose first anchors lead nowhere, then a match on it and on the next line.
    QTest::newRow("long line") << QStringLiteral("[")
                               << QString(200, QLatin1Char('[')) +
                                      QStringLiteral(
                                          " x said: [192.0.2.1] y [ [\n550 [192.0.2.2] z")
                               << 2;
}

void TestAnchoredMatches::sameAsWholeText()
{
    QFETCH(QString, anchor);
    QFETCH(QString, text);
    QFETCH(int, matches);
    const Citations::AnchoredPattern anchored = anchoredBy(anchor);
    const QStringList expected = described(everywhere(anchored.pattern, text));
    QCOMPARE(expected.size(), matches); // the row means what it says
    QCOMPARE(described(AnchoredMatches::find(anchored.pattern, text, anchored.anchor)), expected);
}

void TestAnchoredMatches::sameAsWholeTextOnRandomText_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QList<QStringList>>("slots");
    QTest::addColumn<QStringList>("noise");

    const QStringList addresses = {QStringLiteral("203.0.113.5"), QStringLiteral("10.1.2.3"),
                                   QStringLiteral("2001:db8::1"), QStringLiteral("ffff::192.0.2.9"),
                                   QStringLiteral("1.2.3")};
    QTest::newRow("reply")
        << QStringLiteral("[")
        << QList<QStringList>{{QStringLiteral("said:"), QStringLiteral("SAID:"),
                               QStringLiteral("550 "), QStringLiteral("421-"),
                               QStringLiteral("550 5.7.1 "), QStringLiteral("x550 ")},
                              {QString(), QStringLiteral(" "), QStringLiteral("\n  "),
                               QStringLiteral("\r\n\t"), QStringLiteral("   ")},
                              {QStringLiteral("["), QStringLiteral("[["), QString()},
                              addresses,
                              {QString(), QStringLiteral(" 25")},
                              {QStringLiteral("] "), QStringLiteral("]"), QStringLiteral("]\n"),
                               QStringLiteral(" ] ")},
                              {QStringLiteral("Rejected"), QStringLiteral("x"),
                               QStringLiteral("送"), QString()}}
        << QStringList{QStringLiteral("["),  QStringLiteral("]"), QStringLiteral(" "),
                       QStringLiteral("\n"), QStringLiteral("a"), QStringLiteral("5"),
                       QStringLiteral("."),  QStringLiteral("😀"), QStringLiteral("said")};
    QTest::newRow("not allowed")
        << QStringLiteral(" is not allowed")
        << QList<QStringList>{{QString(), QStringLiteral(" "), QStringLiteral("x"),
                               QStringLiteral("["), QStringLiteral("1."), QStringLiteral("\n")},
                              addresses,
                              {QStringLiteral(" is not allowed"), QStringLiteral(" IS NOT ALLOWED"),
                               QStringLiteral(" is not allowed is not allowed"),
                               QStringLiteral("is not allowed"),
                               QStringLiteral(" is not\nallowed")},
                              {QStringLiteral(" to send"), QStringLiteral("\nto send"),
                               QStringLiteral(" to"), QStringLiteral(" to send mail")}}
        << QStringList{QStringLiteral(" is not allowed"), QStringLiteral(" "), QStringLiteral("\n"),
                       QStringLiteral("5"), QStringLiteral("😀")};
    QTest::newRow("sender ip")
        << QStringLiteral(" ip")
        << QList<QStringList>{{QStringLiteral("sending"), QStringLiteral("Client"),
                               QStringLiteral("remote"), QStringLiteral("recip"),
                               QStringLiteral("xsource"), QStringLiteral("YOUR"), QString()},
                              {QStringLiteral(" ip"), QStringLiteral(" IP"),
                               QStringLiteral(" ip ip"), QStringLiteral("\n ip"),
                               QStringLiteral("ip")},
                              {QString(), QStringLiteral(" address"), QStringLiteral(" is")},
                              {QStringLiteral(" "), QStringLiteral(": "), QStringLiteral("::  "),
                               QStringLiteral("\n"), QString()},
                              {QString(), QStringLiteral("[")},
                              addresses,
                              {QString(), QStringLiteral("]"), QStringLiteral("x"),
                               QStringLiteral("\n")}}
        << QStringList{QStringLiteral(" ip"),    QStringLiteral(" "), QStringLiteral("\n"),
                       QStringLiteral("sender"), QStringLiteral("😀"), QStringLiteral("x")};
    QTest::newRow("mail from")
        << QStringLiteral("from ")
        << QList<QStringList>{{QStringLiteral("mail"), QStringLiteral("Messages"),
                               QStringLiteral("connection"), QStringLiteral("e-mail"),
                               QStringLiteral("xmail"), QStringLiteral("me\u017f\u017fage\u017f"),
                               QStringLiteral("CONNECTIONS"), QString()},
                              {QStringLiteral(" "), QStringLiteral("\n"), QString()},
                              {QStringLiteral("from "), QStringLiteral("FROM "),
                               QStringLiteral("from"), QStringLiteral("from from ")},
                              {QString(), QStringLiteral("ip "), QStringLiteral("your ip "),
                               QStringLiteral("\n")},
                              {QString(), QStringLiteral("[")},
                              addresses,
                              {QString(), QStringLiteral("]"), QStringLiteral(".x"),
                               QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("\n")}}
        << QStringList{QStringLiteral("from "), QStringLiteral(" "), QStringLiteral("\n"),
                       QStringLiteral("mail "), QStringLiteral("😀"), QStringLiteral("x")};
}

void TestAnchoredMatches::sameAsWholeTextOnRandomText()
{
    QFETCH(QString, anchor);
    QFETCH(QList<QStringList>, slots);
    QFETCH(QStringList, noise);
    const Citations::AnchoredPattern anchored = anchoredBy(anchor);
    QRandomGenerator random(20261128); // fixed: a failure can be replayed
    int withMatches = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString text = randomText(&random, slots, noise);
        const QStringList expected = described(everywhere(anchored.pattern, text));
        withMatches += !expected.isEmpty();
        const QStringList found =
            described(AnchoredMatches::find(anchored.pattern, text, anchored.anchor));
        QVERIFY2(found == expected,
                 qPrintable(QStringLiteral("text %1: found %2, expected %3")
                                .arg(text, found.join(u' '), expected.join(u' '))));
    }
    // The random texts must exercise matches, not only misses.
    QVERIFY2(withMatches > 1000, qPrintable(QString::number(withMatches)));
}

QTEST_GUILESS_MAIN(TestAnchoredMatches)
#include "tst_anchoredmatches.moc"
