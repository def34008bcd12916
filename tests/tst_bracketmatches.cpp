// BracketMatches runs a citation pattern only near '[' characters. It must find exactly what
// QRegularExpression::globalMatch() finds over the whole text, or an address would be lost or
// invented: proven here on hand-picked texts and on thousands of random ones built from the
// pieces that pattern reacts to.
#include "bounce/bracketmatches.h"
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

} // namespace

class TestBracketMatches final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWholeText_data();
    void sameAsWholeText();
    void sameAsWholeTextOnRandomText();
};

void TestBracketMatches::sameAsWholeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");

    QTest::newRow("said") << QStringLiteral("host mx.example.jp[198.51.100.7] said: [203.0.113.5] "
                                            "blocked")
                          << 1;
    QTest::newRow("code and status")
        << QStringLiteral("550 5.7.1 [203.0.113.5] Message rejected") << 1;
    QTest::newRow("code with a dash") << QStringLiteral("550-[203.0.113.5] rejected") << 1;
    QTest::newRow("line break before the bracket")
        << QStringLiteral("said:\n   \t [203.0.113.5] listed") << 1;
    QTest::newRow("long white space") << QStringLiteral("said:") + QString(500, QLatin1Char(' ')) +
                                             QStringLiteral("[203.0.113.5] x")
                                      << 1;
    QTest::newRow("two on a line")
        << QStringLiteral("said: [192.0.2.1] a 550 [192.0.2.2] b said: [192.0.2.3]c") << 2;
    QTest::newRow("brackets without a match")
        << QStringLiteral("[x] [192.0.2.1] said [1.2.3.4]") << 0;
    QTest::newRow("bracket between prefix and address")
        << QStringLiteral("said: [[203.0.113.5] x") << 0;
    QTest::newRow("no letter after") << QStringLiteral("said: [203.0.113.5] ") << 0;
    QTest::newRow("letter on the next line") << QStringLiteral("said: [203.0.113.5] \nx") << 0;
    QTest::newRow("word boundary before the code")
        << QStringLiteral("x550 [203.0.113.5] a 1550 [203.0.113.6] b (550 [203.0.113.7] c") << 1;
    QTest::newRow("IPv6 and mapped")
        << QStringLiteral("said: [2001:db8::1] a said: [ffff::192.0.2.9] b") << 2;
    QTest::newRow("port after the address") << QStringLiteral("said: [203.0.113.5 25] x") << 1;
    QTest::newRow("CRLF") << QStringLiteral("said:\r\n [203.0.113.5] x\r\n") << 1;
    QTest::newRow("beyond ASCII") << QStringLiteral(
                                         "送信 said: 😀 [203.0.113.5] x 😀 550 [2.3.4.5] y")
                                  << 1;
    QTest::newRow("no line break at all")
        << QStringLiteral("[203.0.113.5] said: [203.0.113.6] x") << 1;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("only brackets") << QStringLiteral("[[[[") << 0;
}

void TestBracketMatches::sameAsWholeText()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    const Citations::BracketedPattern bracketed = Citations::bracketedPattern();
    const QStringList expected = described(everywhere(bracketed.pattern, text));
    QCOMPARE(expected.size(), matches); // the row means what it says
    QCOMPARE(described(BracketMatches::find(bracketed.pattern, text, bracketed.maxPrefix)),
             expected);
}

void TestBracketMatches::sameAsWholeTextOnRandomText()
{
    // Texts made of would-be matches (prefix, white space, bracket, address, bracket, word), some
    // with a piece left out or swapped for another, between pieces of noise: most texts hold
    // matches, near misses, overlapping candidates and brackets in odd places.
    const QList<QStringList> slots = {
        {QStringLiteral("said:"), QStringLiteral("SAID:"), QStringLiteral("550 "),
         QStringLiteral("421-"), QStringLiteral("550 5.7.1 "), QStringLiteral("x550 ")},
        {QString(), QStringLiteral(" "), QStringLiteral("\n  "), QStringLiteral("\r\n\t"),
         QStringLiteral("   ")},
        {QStringLiteral("["), QStringLiteral("[["), QString()},
        {QStringLiteral("203.0.113.5"), QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8::1"),
         QStringLiteral("ffff::192.0.2.9"), QStringLiteral("1.2.3")},
        {QString(), QStringLiteral(" 25")},
        {QStringLiteral("] "), QStringLiteral("]"), QStringLiteral("]\n"), QStringLiteral(" ] ")},
        {QStringLiteral("Rejected"), QStringLiteral("x"), QStringLiteral("送"), QString()},
    };
    const QStringList noise = {QStringLiteral("["),  QStringLiteral("]"), QStringLiteral(" "),
                               QStringLiteral("\n"), QStringLiteral("a"), QStringLiteral("5"),
                               QStringLiteral("."),  QStringLiteral("😀"), QStringLiteral("said")};
    const Citations::BracketedPattern bracketed = Citations::bracketedPattern();
    QRandomGenerator random(20261128); // fixed: a failure can be replayed
    int withMatches = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        for (int segment = random.bounded(1, 6); segment > 0; --segment) {
            for (int i = random.bounded(0, 3); i > 0; --i)
                text += noise.at(random.bounded(int(noise.size())));
            for (const QStringList &choices : slots)
                text += choices.at(random.bounded(int(choices.size())));
        }
        const QStringList expected = described(everywhere(bracketed.pattern, text));
        withMatches += !expected.isEmpty();
        const QStringList found =
            described(BracketMatches::find(bracketed.pattern, text, bracketed.maxPrefix));
        QVERIFY2(found == expected,
                 qPrintable(QStringLiteral("text %1: found %2, expected %3")
                                .arg(text, found.join(u' '), expected.join(u' '))));
    }
    // The random texts must exercise matches, not only misses.
    QVERIFY2(withMatches > 1000, qPrintable(QString::number(withMatches)));
}

QTEST_GUILESS_MAIN(TestBracketMatches)
#include "tst_bracketmatches.moc"
