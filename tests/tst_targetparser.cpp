#include "target/target.h"

#include <QTest>

class TestTargetParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void notPublicRanges_data();
    void notPublicRanges();
    void ipv6NibbleNames_data();
    void ipv6NibbleNames();
    void ipv4ReversedName();
    void rejectsLongPastedText();
};

void TestTargetParser::classifies_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("checkedAs");

    QTest::newRow("ipv4") << "153.127.20.8"
                          << "ipv4"
                          << "153.127.20.8";
    QTest::newRow("ipv4 spaces around") << "  153.127.20.8\n"
                                        << "ipv4"
                                        << "153.127.20.8";
    QTest::newRow("ipv4 in brackets") << "[153.127.20.8]"
                                      << "ipv4"
                                      << "153.127.20.8";
    QTest::newRow("ipv6") << "2A01:4F8:1:2::25"
                          << "ipv6"
                          << "2a01:4f8:1:2::25";
    QTest::newRow("domain") << "Example.COM"
                            << "domain"
                            << "example.com";
    QTest::newRow("domain trailing dot") << "example.com."
                                         << "domain"
                                         << "example.com";
    QTest::newRow("idn") << QStringLiteral(u"例え.jp") << "domain"
                         << "xn--r8jz45g.jp";
    QTest::newRow("email") << "Taro.Yamada@Example.co.jp"
                           << "domain"
                           << "example.co.jp";
    QTest::newRow("email in angle brackets") << "<info@example.org>"
                                             << "domain"
                                             << "example.org";
    QTest::newRow("rfc5782 127.0.0.2") << "127.0.0.2"
                                       << "ipv4"
                                       << "127.0.0.2";
    QTest::newRow("rfc5782 127.0.0.1") << "127.0.0.1"
                                       << "ipv4"
                                       << "127.0.0.1";
    QTest::newRow("rfc5782 v6") << "::ffff:7f00:2"
                                << "ipv6"
                                << "::ffff:127.0.0.2";
    QTest::newRow("rfc5782 test") << "test"
                                  << "domain"
                                  << "test";
    QTest::newRow("rfc5782 invalid") << "INVALID"
                                     << "domain"
                                     << "invalid";
    QTest::newRow("empty") << ""
                           << "invalid"
                           << "";
    QTest::newRow("blank") << "   "
                           << "invalid"
                           << "";
    QTest::newRow("octet too big") << "999.1.1.1"
                                   << "invalid"
                                   << "";
    QTest::newRow("three octets") << "1.2.3"
                                  << "invalid"
                                  << "";
    QTest::newRow("five octets") << "1.2.3.4.5"
                                 << "invalid"
                                 << "";
    QTest::newRow("space in domain") << "exa mple.com"
                                     << "invalid"
                                     << "";
    QTest::newRow("single label") << "localhost"
                                  << "invalid"
                                  << "";
    QTest::newRow("bad label") << "-bad-.example"
                               << "invalid"
                               << "";
    QTest::newRow("underscore-free garbage") << "exa$mple.com"
                                             << "invalid"
                                             << "";
    QTest::newRow("bad ipv6") << "2001:db8:::1"
                              << "invalid"
                              << "";
    QTest::newRow("scoped ipv6") << "fe80::1%eth0"
                                 << "invalid"
                                 << "";
    QTest::newRow("email without domain") << "taro@"
                                          << "invalid"
                                          << "";
    QTest::newRow("email literal") << "taro@[192.0.2.1]"
                                   << "invalid"
                                   << "";
    QTest::newRow("private") << "192.168.1.10"
                             << "not_public"
                             << "192.168.1.10";
}

void TestTargetParser::classifies()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, checkedAs);
    const Target target = TargetParser::parse(input);
    QCOMPARE(TargetParser::kindName(target.kind), kind);
    if (!checkedAs.isEmpty())
        QCOMPARE(target.checkedAs, checkedAs);
    QCOMPARE(target.isCheckable(), kind == QLatin1String("ipv4") || kind == QLatin1String("ipv6") ||
                                       kind == QLatin1String("domain"));
}

void TestTargetParser::notPublicRanges_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("range");
    using R = AddressRange;
    QTest::newRow("10/8") << "10.1.2.3" << int(R::Private);
    QTest::newRow("172.16/12") << "172.31.255.1" << int(R::Private);
    QTest::newRow("192.168/16") << "192.168.1.10" << int(R::Private);
    QTest::newRow("cgnat") << "100.64.0.1" << int(R::SharedCgnat);
    QTest::newRow("loopback") << "127.0.0.53" << int(R::Loopback);
    QTest::newRow("link-local") << "169.254.10.1" << int(R::LinkLocal);
    QTest::newRow("doc 1") << "192.0.2.100" << int(R::Documentation);
    QTest::newRow("doc 2") << "198.51.100.100" << int(R::Documentation);
    QTest::newRow("doc 3") << "203.0.113.5" << int(R::Documentation);
    QTest::newRow("benchmarking") << "198.18.0.1" << int(R::Benchmarking);
    QTest::newRow("multicast") << "224.0.0.251" << int(R::Multicast);
    QTest::newRow("reserved") << "240.0.0.1" << int(R::Reserved);
    QTest::newRow("broadcast") << "255.255.255.255" << int(R::Broadcast);
    QTest::newRow("this network") << "0.1.2.3" << int(R::Unspecified);
    QTest::newRow("v6 loopback") << "::1" << int(R::Loopback);
    QTest::newRow("v6 unspecified") << "::" << int(R::Unspecified);
    QTest::newRow("v6 doc") << "2001:db8::25" << int(R::Documentation);
    QTest::newRow("v6 ula") << "fd12:3456::1" << int(R::UniqueLocal);
    QTest::newRow("v6 link-local") << "fe80::1" << int(R::LinkLocal);
    QTest::newRow("v6 multicast") << "ff02::1" << int(R::Multicast);
    QTest::newRow("v6 mapped") << "::ffff:153.127.20.8" << int(R::Ipv4Mapped);
    QTest::newRow("v6 outside 2000::/3") << "4000::1" << int(R::Reserved);
}

void TestTargetParser::notPublicRanges()
{
    QFETCH(QString, input);
    QFETCH(int, range);
    const Target target = TargetParser::parse(input);
    QVERIFY2(target.kind == TargetKind::NotPublic,
             qPrintable(input + QStringLiteral(" should not be checkable")));
    QCOMPARE(int(target.range), range);
    QVERIFY(TargetParser::queryLabel(target).isEmpty());
}

void TestTargetParser::ipv6NibbleNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("label");
    // RFC 5782 §2.4's own example.
    QTest::newRow("rfc example")
        << "4321:0:1:2:3:4:567:89ab"
        << "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4";
    // The RFC 5782 test point must stay a 32-nibble IPv6 name, not turn into 127.0.0.2.
    QTest::newRow("test point")
        << "::FFFF:7F00:2"
        << "2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";
    QTest::newRow("compressed")
        << "2a01:4f8::25"
        << "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.f.4.0.1.0.a.2";
}

void TestTargetParser::ipv6NibbleNames()
{
    QFETCH(QString, address);
    QFETCH(QString, label);
    // The RFC's example address is not a public one, so build the name without classifying.
    const QString built = TargetParser::testPointLabel(TargetKind::Ipv6, address);
    QCOMPARE(built, label);
    QCOMPARE(built.count(QLatin1Char('.')), 31);
    const Target target = TargetParser::parse(address);
    if (target.kind == TargetKind::Ipv6)
        QCOMPARE(TargetParser::queryLabel(target), label);
}

void TestTargetParser::ipv4ReversedName()
{
    QCOMPARE(TargetParser::queryLabel(TargetParser::parse(QStringLiteral("192.0.2.99"))),
             QString()); // documentation: not queried at all
    QCOMPARE(TargetParser::queryLabel(TargetParser::parse(QStringLiteral("153.127.20.8"))),
             QStringLiteral("8.20.127.153"));
    QCOMPARE(TargetParser::testPointLabel(TargetKind::Ipv4, QStringLiteral("127.0.0.2")),
             QStringLiteral("2.0.0.127"));
}

void TestTargetParser::rejectsLongPastedText()
{
    const QString pasted = QString(10 * 1024, QLatin1Char('x'));
    const Target target = TargetParser::parse(pasted);
    QCOMPARE(target.kind, TargetKind::Invalid);
    QCOMPARE(target.invalidReason, InvalidReason::TooLong);
    QVERIFY(target.input.size() <= TargetParser::MaxInputLength);
}

QTEST_APPLESS_MAIN(TestTargetParser)
#include "tst_targetparser.moc"
