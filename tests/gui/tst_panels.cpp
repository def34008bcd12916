// The verdict banner, the bounce panel and the provider cards, driven offscreen with real engine
// values (TargetReport::summarize, BounceReader on the built-in catalog).
#include "bouncepanel.h"
#include "providercards.h"
#include "verdictbanner.h"

#include "bounce/bouncereader.h"
#include "bounce/explanation.h"
#include "catalog/catalog.h"
#include "verdict/resulttext.h"

#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

Q_DECLARE_METATYPE(VerdictBanner::Tone)

namespace {

// A report as the engine makes it: `listed` spam listings, `failed` lists that could not be
// asked (with `failReason`), and clean ones up to `total`.
TargetReport makeReport(const QString &input, int total, int listed, int failed,
                        ResultReason failReason = ResultReason::Timeout,
                        Severity severity = Severity::Spam)
{
    TargetReport report;
    report.target = TargetParser::parse(input);
    for (int i = 0; i < total && report.target.isCheckable(); ++i) {
        ListResult result;
        result.listId = QStringLiteral("list-%1").arg(i);
        result.name = QStringLiteral("List %1").arg(i);
        if (i < listed) {
            result.status = ListStatus::Listed;
            result.severity = severity;
        } else if (i < listed + failed) {
            result.status = ListStatus::Failed;
            result.reason = failReason;
        } else {
            result.status = ListStatus::NotListed;
        }
        report.results.append(result);
    }
    report.summarize();
    return report;
}

QString toneName(VerdictBanner::Tone tone)
{
    switch (tone) {
    case VerdictBanner::Tone::Neutral:
        return QStringLiteral("neutral");
    case VerdictBanner::Tone::Good:
        return QStringLiteral("good");
    case VerdictBanner::Tone::Warning:
        return QStringLiteral("warning");
    case VerdictBanner::Tone::Bad:
        return QStringLiteral("bad");
    }
    return QStringLiteral("?");
}

const QList<VerdictBanner::Tone> kTones = {VerdictBanner::Tone::Neutral, VerdictBanner::Tone::Good,
                                           VerdictBanner::Tone::Warning, VerdictBanner::Tone::Bad};

// Which pixels of an icon are its light glyph (the white cross, tick, dash, "i"): the shape a
// reader who cannot tell red from green still sees.
QList<bool> glyphMask(const QImage &image)
{
    QList<bool> mask;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            mask.append(c.alpha() > 200 && qGray(c.rgb()) > 200);
        }
    }
    return mask;
}

int differingPixels(const QList<bool> &a, const QList<bool> &b)
{
    int count = 0;
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        count += a.at(i) != b.at(i) ? 1 : 0;
    return count;
}

// Pixels of `image` within `tolerance` of `color` (per channel).
int pixelsNear(const QImage &image, const QColor &color, int tolerance = 40)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            if (c.alpha() > 200 && qAbs(c.red() - color.red()) <= tolerance &&
                qAbs(c.green() - color.green()) <= tolerance &&
                qAbs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void icons_data();
    void icons();
    void iconsDifferInShapeNotOnlyColour();

    void bannerSingleTarget_data();
    void bannerSingleTarget();
    void bannerSeveralTargets_data();
    void bannerSeveralTargets();
    void bannerToneIsNotOnlyColour();
    void bannerCheckingMessageAndClear();
    void bannerRendersAtOneAndTwo();
    void bannerFollowsThePalette_data();
    void bannerFollowsThePalette();

    void bouncePanelSpamhausListing();
    void bouncePanelOpenResolverIsTheRecipientsSide();
    void bouncePanelShowsMarkupLiterally();
    void bouncePanelNonBounceAndEmpty();
    void bouncePanelSeveralBounces();

    void providerCardForTrendMicro();
    void providerCardsDedupeAndGmailHasNoRemoval();
    void providerCardsIgnoreDnsListsAndReceiverSide();
    void panelsRenderAtOneAndTwo();

private:
    BounceReport read(const QByteArray &text, const QString &file = QStringLiteral("pasted")) const
    {
        return BounceReader(m_catalog).read(text, file);
    }

    Catalog m_catalog;
};

void TestPanels::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QVERIFY2(m_catalog.findProvider(QStringLiteral("trendmicro-ers")),
             "the built-in catalog knows Trend Micro ERS");
}

// --- Icons ---------------------------------------------------------------------------------

void TestPanels::icons_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QColor>("signal"); // the colour the icon must actually show
    const auto tone = [](VerdictBanner::Tone t) {
        return VerdictBanner::toneColor(t);
    };
    QTest::newRow("listed") << ":/icons/listed.svg" << tone(VerdictBanner::Tone::Bad);
    QTest::newRow("clean") << ":/icons/clean.svg" << tone(VerdictBanner::Tone::Good);
    QTest::newRow("problem") << ":/icons/problem.svg" << tone(VerdictBanner::Tone::Warning);
    QTest::newRow("skipped") << ":/icons/skipped.svg" << QColor(0x75, 0x75, 0x75);
    QTest::newRow("info") << ":/icons/info.svg" << tone(VerdictBanner::Tone::Neutral);
    QTest::newRow("app") << ":/icons/app.svg" << QColor(0x2e, 0x7d, 0x32);
}

void TestPanels::icons()
{
    QFETCH(QString, path);
    QFETCH(QColor, signal);
    // Registers the ui library's resources, as the window does on first use.
    QVERIFY(!VerdictBanner::toneIcon(VerdictBanner::Tone::Neutral).isNull());
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is in the resources")));
    const QIcon icon(path);
    for (const qreal dpr : {1.0, 2.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), dpr);
        QVERIFY2(!pixmap.isNull(), qPrintable(path + QStringLiteral(" renders (SVG plugin)")));
        const QSize expected = QSize(24, 24) * dpr;
        QVERIFY2(pixmap.size() == expected,
                 qPrintable(QStringLiteral("%1 at %2x: %3x%4 device pixels, expected %5x%6")
                                .arg(path)
                                .arg(dpr)
                                .arg(pixmap.width())
                                .arg(pixmap.height())
                                .arg(expected.width())
                                .arg(expected.height())));
        const int signalPixels = pixelsNear(pixmap.toImage(), signal);
        QVERIFY2(signalPixels > expected.width() * expected.height() / 10,
                 qPrintable(QStringLiteral("%1 shows its colour %2 (found %3 pixels)")
                                .arg(path, signal.name())
                                .arg(signalPixels)));
    }
}

void TestPanels::iconsDifferInShapeNotOnlyColour()
{
    // Compared as light-glyph masks, i.e. without their colours: every pair must still differ.
    const QStringList names = {QStringLiteral("listed"), QStringLiteral("clean"),
                               QStringLiteral("problem"), QStringLiteral("skipped"),
                               QStringLiteral("info")};
    QVERIFY(!VerdictBanner::toneIcon(VerdictBanner::Tone::Neutral).isNull());
    QHash<QString, QList<bool>> masks;
    for (const QString &name : names) {
        const QImage image =
            QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(QSize(48, 48), 1.0).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        masks.insert(name, glyphMask(image));
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (qsizetype j = i + 1; j < names.size(); ++j) {
            const int differing =
                differingPixels(masks.value(names.at(i)), masks.value(names.at(j)));
            // The problem icon's glyph is dark on amber: its light mask is empty, and its
            // triangle outline differs from every disc anyway.
            QVERIFY2(differing > 40,
                     qPrintable(QStringLiteral("%1 and %2 differ in shape, not only colour "
                                               "(%3 of 2304 pixels differ)")
                                    .arg(names.at(i), names.at(j))
                                    .arg(differing)));
        }
    }
    // The warning triangle differs from the discs by its outline.
    const auto alphaMask = [](const QString &name) {
        const QImage image =
            QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(QSize(48, 48), 1.0).toImage();
        QList<bool> mask;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                mask.append(qAlpha(image.pixel(x, y)) > 128);
        return mask;
    };
    QVERIFY2(differingPixels(alphaMask(QStringLiteral("problem")),
                             alphaMask(QStringLiteral("listed"))) > 100,
             "the warning icon is a triangle, not a disc");
}

// --- Verdict banner ------------------------------------------------------------------------

void TestPanels::bannerSingleTarget_data()
{
    QTest::addColumn<TargetReport>("report");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<VerdictBanner::Tone>("tone");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("detail"); // a part of the detail, or "" when it must be empty

    QTest::newRow("listed") << makeReport(QStringLiteral("153.127.20.8"), 22, 2, 0) << false
                            << VerdictBanner::Tone::Bad
                            << "153.127.20.8 is listed on 2 of 22 blocklists."
                            << "";
    QTest::newRow("clean") << makeReport(QStringLiteral("153.127.20.8"), 22, 0, 0) << false
                           << VerdictBanner::Tone::Good
                           << "153.127.20.8 is not listed on any of 22 blocklists."
                           << "";
    QTest::newRow("incomplete")
        << makeReport(QStringLiteral("153.127.20.8"), 22, 0, 6) << false
        << VerdictBanner::Tone::Warning
        << "153.127.20.8 is not listed on the blocklists that answered, but 6 of 22 blocklists "
           "could not be checked. See why below."
        << "";
    QTest::newRow("private address")
        << makeReport(QStringLiteral("192.168.1.10"), 22, 0, 0) << false
        << VerdictBanner::Tone::Warning
        << "192.168.1.10 is a private address, used only inside a company or home network. "
           "Blocklists only see your public address: ask your administrator or mail provider "
           "for the public IP address of your mail server."
        << "";
    QTest::newRow("policy listing only")
        << makeReport(QStringLiteral("153.127.20.8"), 22, 1, 0, ResultReason::Timeout,
                      Severity::Policy)
        << false << VerdictBanner::Tone::Warning
        << "153.127.20.8 is listed on 1 of 22 blocklists, but only as a policy listing (for "
           "example, an address range meant for home users). This is not a spam listing; ask "
           "your mail provider whether you should send through their server."
        << "";
    QTest::newRow("cancelled")
        << makeReport(QStringLiteral("153.127.20.8"), 22, 0, 12, ResultReason::Cancelled) << true
        << VerdictBanner::Tone::Warning << "The check was stopped before every blocklist answered."
        << "153.127.20.8 is not listed on the blocklists that answered, but 12 of 22 blocklists "
           "could not be checked.";
    QTest::newRow("cancelled after a listing")
        << makeReport(QStringLiteral("153.127.20.8"), 22, 1, 12, ResultReason::Cancelled) << true
        << VerdictBanner::Tone::Bad << "153.127.20.8 is listed on 1 of 22 blocklists."
        << "The check was stopped before every blocklist answered.";
}

void TestPanels::bannerSingleTarget()
{
    QFETCH(TargetReport, report);
    QFETCH(bool, cancelled);
    QFETCH(VerdictBanner::Tone, tone);
    QFETCH(QString, headline);
    QFETCH(QString, detail);

    VerdictBanner banner;
    banner.showReports({report}, cancelled);
    QCOMPARE(banner.headline(), headline);
    QVERIFY2(
        banner.tone() == tone,
        qPrintable(
            QStringLiteral("tone %1, expected %2").arg(toneName(banner.tone()), toneName(tone))));
    if (detail.isEmpty())
        QVERIFY2(banner.detail().isEmpty(), qPrintable(banner.detail()));
    else
        QVERIFY2(
            banner.detail().contains(detail),
            qPrintable(QStringLiteral("detail \"%1\" says \"%2\"").arg(banner.detail(), detail)));
    QVERIFY2(!banner.isHidden(), "a verdict shows the banner");

    // What a screen reader gets.
    QCOMPARE(banner.accessibleName(), headline);
    QCOMPARE(banner.accessibleDescription(), banner.detail());
    auto *headlineLabel = banner.findChild<QLabel *>(QStringLiteral("verdictHeadline"));
    QVERIFY2(headlineLabel, "the headline label is named verdictHeadline");
    QCOMPARE(headlineLabel->text(), headline);
    QCOMPARE(headlineLabel->textFormat(), Qt::PlainText);
    auto *icon = banner.findChild<QLabel *>(QStringLiteral("verdictIcon"));
    QVERIFY2(icon && !icon->pixmap().isNull(), "the verdict has an icon");
    QCOMPARE(icon->accessibleName(), VerdictBanner::toneWord(tone));
}

void TestPanels::bannerSeveralTargets_data()
{
    QTest::addColumn<QList<TargetReport>>("reports");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<VerdictBanner::Tone>("tone");
    QTest::addColumn<QString>("headline");

    const TargetReport listed = makeReport(QStringLiteral("153.127.20.8"), 22, 2, 0);
    const TargetReport listedToo = makeReport(QStringLiteral("203.0.114.7"), 22, 1, 0);
    const TargetReport clean = makeReport(QStringLiteral("example.com"), 10, 0, 0);
    const TargetReport cleanToo = makeReport(QStringLiteral("198.51.99.1"), 22, 0, 0);
    const TargetReport incomplete = makeReport(QStringLiteral("153.127.20.9"), 22, 0, 6);
    const TargetReport privateAddress = makeReport(QStringLiteral("10.1.2.3"), 22, 0, 0);

    QTest::newRow("two of three listed")
        << QList<TargetReport>{listed, clean, listedToo} << false << VerdictBanner::Tone::Bad
        << "2 of 3 addresses are listed on blocklists.";
    QTest::newRow("none listed, two need a look")
        << QList<TargetReport>{incomplete, clean, privateAddress} << false
        << VerdictBanner::Tone::Warning
        << "No address is listed for spam, but 2 of 3 addresses need a closer look.";
    QTest::newRow("all clean") << QList<TargetReport>{clean, cleanToo} << false
                               << VerdictBanner::Tone::Good
                               << "None of the 2 addresses is listed on any blocklist.";
    QTest::newRow("cancelled") << QList<TargetReport>{clean, incomplete} << true
                               << VerdictBanner::Tone::Warning
                               << "The check was stopped before every blocklist answered.";
    QTest::newRow("cancelled after a listing")
        << QList<TargetReport>{incomplete, listed, listedToo} << true << VerdictBanner::Tone::Bad
        << "2 of 3 addresses are listed on blocklists.";
}

void TestPanels::bannerSeveralTargets()
{
    QFETCH(QList<TargetReport>, reports);
    QFETCH(bool, cancelled);
    QFETCH(VerdictBanner::Tone, tone);
    QFETCH(QString, headline);

    VerdictBanner banner;
    banner.showReports(reports, cancelled);
    QCOMPARE(banner.headline(), headline);
    QVERIFY2(
        banner.tone() == tone,
        qPrintable(
            QStringLiteral("tone %1, expected %2").arg(toneName(banner.tone()), toneName(tone))));
    // Each target's own sentence is in the detail, one per line.
    for (const TargetReport &report : std::as_const(reports)) {
        const QString sentence = ResultText::verdictSentence(report);
        QVERIFY2(banner.detail().split(QLatin1Char('\n')).contains(sentence),
                 qPrintable(QStringLiteral("the detail has the line \"%1\"; it is \"%2\"")
                                .arg(sentence, banner.detail())));
    }
    if (cancelled && tone == VerdictBanner::Tone::Bad)
        QVERIFY2(banner.detail().contains(QLatin1String("stopped")),
                 "a listing found before Stop still says the check was stopped");
    QCOMPARE(banner.accessibleName(), headline);
}

void TestPanels::bannerToneIsNotOnlyColour()
{
    VerdictBanner banner;
    QHash<QString, QImage> icons;
    QStringList words;
    for (const VerdictBanner::Tone tone : kTones) {
        banner.showMessage(tone, QStringLiteral("Headline"));
        QCOMPARE(banner.tone(), tone);
        auto *icon = banner.findChild<QLabel *>(QStringLiteral("verdictIcon"));
        QVERIFY(icon);
        const QImage image = icon->pixmap().toImage();
        QVERIFY2(!image.isNull(), qPrintable(toneName(tone) + QStringLiteral(" has an icon")));
        for (auto it = icons.cbegin(); it != icons.cend(); ++it)
            QVERIFY2(it.value() != image,
                     qPrintable(toneName(tone) + QStringLiteral(" has its own icon, unlike ") +
                                it.key()));
        icons.insert(toneName(tone), image);
        const QString word = icon->accessibleName();
        QVERIFY2(!word.isEmpty() && !words.contains(word),
                 qPrintable(QStringLiteral("the icon of %1 has its own spoken word, not \"%2\"")
                                .arg(toneName(tone), word)));
        words.append(word);
    }

    // And each verdict's headline is words, not just a colour.
    const QList<TargetReport> reports = {makeReport(QStringLiteral("153.127.20.8"), 22, 2, 0),
                                         makeReport(QStringLiteral("153.127.20.8"), 22, 0, 0),
                                         makeReport(QStringLiteral("153.127.20.8"), 22, 0, 3)};
    for (const TargetReport &report : reports) {
        banner.showReports({report}, false);
        int letters = 0;
        for (const QChar c : banner.headline())
            letters += c.isLetter() ? 1 : 0;
        QVERIFY2(letters > 10,
                 qPrintable(QStringLiteral("a headline in words: \"%1\"").arg(banner.headline())));
    }
}

void TestPanels::bannerCheckingMessageAndClear()
{
    VerdictBanner banner;
    QVERIFY2(banner.isHidden(), "an empty banner is hidden");
    QVERIFY(banner.headline().isEmpty());

    banner.showChecking(5, 22);
    QCOMPARE(banner.headline(), QStringLiteral("Checking 5 of 22 blocklists…"));
    QCOMPARE(banner.tone(), VerdictBanner::Tone::Neutral);
    QVERIFY2(!banner.isHidden(), "checking shows the banner");
    banner.showChecking(6, 22);
    QCOMPARE(banner.headline(), QStringLiteral("Checking 6 of 22 blocklists…"));

    banner.showMessage(VerdictBanner::Tone::Warning, QStringLiteral("\"1.2.3\" is not valid."),
                       QStringLiteral("Enter four numbers."));
    QCOMPARE(banner.tone(), VerdictBanner::Tone::Warning);
    QCOMPARE(banner.headline(), QStringLiteral("\"1.2.3\" is not valid."));
    QCOMPARE(banner.detail(), QStringLiteral("Enter four numbers."));
    auto *detail = banner.findChild<QLabel *>(QStringLiteral("verdictDetail"));
    QVERIFY2(detail && !detail->isHidden(), "a detail is shown");

    // Markup in a message (e.g. an input echoed back) stays text.
    banner.showMessage(VerdictBanner::Tone::Bad, QStringLiteral("<b>x</b>"));
    QCOMPARE(detail->textFormat(), Qt::PlainText);
    QVERIFY2(detail->isHidden(), "no detail, no empty line");

    banner.clear();
    QVERIFY2(banner.isHidden(), "clear() hides the banner");
    QVERIFY(banner.headline().isEmpty());
    QVERIFY(banner.detail().isEmpty());
    QCOMPARE(banner.tone(), VerdictBanner::Tone::Neutral);
}

void TestPanels::bannerRendersAtOneAndTwo()
{
    for (const VerdictBanner::Tone tone : kTones) {
        VerdictBanner banner;
        banner.resize(480, 80);
        banner.showMessage(tone, QStringLiteral("Headline"), QStringLiteral("Detail"));
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));

        auto *icon = banner.findChild<QLabel *>(QStringLiteral("verdictIcon"));
        QVERIFY(icon);
        const QPixmap grabbed = banner.grab();
        QVERIFY2(!grabbed.isNull(), "grab() at the screen's scale");
        // The icon, with its tone's colour, is where the icon label is.
        const QImage iconArea = grabbed.toImage().copy(icon->geometry());
        QVERIFY2(pixelsNear(iconArea, VerdictBanner::toneColor(tone)) > 50,
                 qPrintable(toneName(tone) + QStringLiteral(": the icon is drawn in the banner")));

        QPixmap doubled(banner.size() * 2);
        doubled.setDevicePixelRatio(2.0);
        doubled.fill(Qt::transparent);
        banner.render(&doubled);
        QVERIFY(!doubled.isNull());
        const QImage doubledIcon = doubled.toImage().copy(
            QRect(icon->geometry().topLeft() * 2, icon->geometry().size() * 2));
        QVERIFY2(pixelsNear(doubledIcon, VerdictBanner::toneColor(tone)) > 200,
                 qPrintable(toneName(tone) + QStringLiteral(": the icon is drawn at 2x")));
        const QPixmap crisp = VerdictBanner::toneIcon(tone).pixmap(QSize(32, 32), 2.0);
        QCOMPARE(crisp.size(), QSize(64, 64));
    }
}

void TestPanels::bannerFollowsThePalette_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xff, 0xff, 0xff) << QColor(0x10, 0x10, 0x10);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xee, 0xee, 0xee);
}

void TestPanels::bannerFollowsThePalette()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    for (const VerdictBanner::Tone tone : kTones) {
        VerdictBanner banner;
        QPalette palette = banner.palette();
        for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
            palette.setColor(role, base);
        for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
            palette.setColor(role, text);
        banner.setPalette(palette);
        banner.resize(480, 80);
        banner.showMessage(tone, QStringLiteral("Headline words"));
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        const QImage image = banner.grab().toImage();

        // The tint is the palette's base with a little of the tone: as light or dark as the base.
        const QColor background = image.pixelColor(banner.width() - 10, banner.height() / 2);
        QVERIFY2(qAbs(background.lightness() - base.lightness()) < 60,
                 qPrintable(QStringLiteral("%1 on %2: background %3 follows the palette's base")
                                .arg(toneName(tone), base.name(), background.name())));
        // The headline is drawn in the palette's text colour, readable on that background.
        auto *headline = banner.findChild<QLabel *>(QStringLiteral("verdictHeadline"));
        QVERIFY(headline);
        QCOMPARE(headline->palette().color(headline->foregroundRole()), text);
        QVERIFY2(pixelsNear(image.copy(headline->geometry()), text, 30) > 20,
                 qPrintable(QStringLiteral("%1: the headline is drawn in %2")
                                .arg(toneName(tone), text.name())));
    }
}

// --- Bounce panel --------------------------------------------------------------------------

void TestPanels::bouncePanelSpamhausListing()
{
    const BounceReport report =
        read("<partner@example.com>: host mx.example.com[198.51.100.3] said: 554 5.7.1 Service "
             "unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org (in reply to "
             "RCPT TO command)");
    QVERIFY2(report.isBounce(), "read as a bounce");

    BouncePanel panel;
    panel.showBounces({report});
    QVERIFY2(!panel.isHidden(), "a bounce shows the panel");
    const QString summary = panel.summaryText();
    for (const QString &expected :
         {QStringLiteral("partner@example.com"), QStringLiteral("mx.example.com"),
          QStringLiteral("Spamhaus ZEN"), QStringLiteral("203.0.113.9"),
          BounceExplanation::reason(QStringLiteral("blocked")),
          BounceExplanation::kind(MessageKind::Failure), BounceExplanation::text(report)}) {
        QVERIFY2(
            summary.contains(expected),
            qPrintable(QStringLiteral("the summary mentions \"%1\":\n%2").arg(expected, summary)));
    }
    auto *summaryLabel = panel.findChild<QLabel *>(QStringLiteral("bounceSummary"));
    QVERIFY2(summaryLabel, "the summary label is named bounceSummary");
    QCOMPARE(summaryLabel->text(), summary);
    QCOMPARE(panel.errorLines(), report.failures.first().diagnostic);
    auto *errors = panel.findChild<QPlainTextEdit *>(QStringLiteral("errorLines"));
    QVERIFY2(errors && errors->isReadOnly() && !errors->isHidden(), "error lines are read-only");
    QVERIFY2(errors->textInteractionFlags() & Qt::TextSelectableByKeyboard,
             "error lines can be selected with the keyboard");
    QVERIFY2(errors->font() == QFontDatabase::systemFont(QFontDatabase::FixedFont),
             "error lines are in the system's monospace font");
    QVERIFY2(!errors->accessibleName().isEmpty(), "the error lines have an accessible name");
}

void TestPanels::bouncePanelOpenResolverIsTheRecipientsSide()
{
    const BounceReport report =
        read("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
             "zen.spamhaus.org; Error: open resolver; "
             "https://www.spamhaus.org/returnc/pub/198.51.100.53");
    QVERIFY(!report.blocklists.isEmpty() && report.blocklists.first().receiverSide);

    BouncePanel panel;
    panel.showBounces({report});
    const QString summary = panel.summaryText();
    QVERIFY2(
        summary.contains(QLatin1String("recipient's side")),
        qPrintable(QStringLiteral("the summary says it is the recipient's side:\n") + summary));
    QVERIFY2(summary.contains(BounceExplanation::text(report)), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("your mail server (203.0.113.9) is on")),
             "an open-resolver refusal is not a listing of the sender");
}

void TestPanels::bouncePanelShowsMarkupLiterally()
{
    const QString link = QStringLiteral("<a href=\"https://evil.example/\">click</a>");
    const QString bold = QStringLiteral("<b>bold</b>");
    const BounceReport report =
        read(("<partner@example.com>: host mx.example.com[198.51.100.3] said: 550 5.7.1 " + bold +
              " rejected, see " + link + " (in reply to RCPT TO command)")
                 .toUtf8());
    QVERIFY2(!report.failures.isEmpty() && report.failures.first().diagnostic.contains(link),
             "the reader keeps the diagnostic as written");

    BouncePanel panel;
    panel.resize(600, 400);
    panel.showBounces({report});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QVERIFY2(panel.errorLines().contains(link) && panel.errorLines().contains(bold),
             qPrintable(QStringLiteral("the markup is shown literally: ") + panel.errorLines()));
    auto *errors = panel.findChild<QPlainTextEdit *>(QStringLiteral("errorLines"));
    QVERIFY(errors);
    QVERIFY2(!(errors->textInteractionFlags() &
               (Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard)),
             "no link in the error lines can be followed");
    for (QTextBlock block = errors->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY2(!it.fragment().charFormat().isAnchor(), "the error lines hold no anchor");
    }

    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QStringLiteral(" is plain text")));
        QVERIFY2(!label->openExternalLinks(),
                 qPrintable(label->objectName() + QStringLiteral(" opens no links")));
        QVERIFY2(!(label->textInteractionFlags() &
                   (Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard)),
                 qPrintable(label->objectName() + QStringLiteral(" has no clickable links")));
    }
}

void TestPanels::bouncePanelNonBounceAndEmpty()
{
    const BounceReport autoReply =
        read("From: hanako@example.com\nSubject: Out of Office: hello\n"
             "Auto-Submitted: auto-replied\n\nI am away until Monday.\n");
    QCOMPARE(autoReply.kind, MessageKind::AutoReply);

    BouncePanel panel;
    QVERIFY2(panel.isHidden(), "no bounce, no panel");
    panel.showBounces({autoReply});
    QVERIFY2(!panel.isHidden(), "an automatic reply is explained too");
    QVERIFY2(panel.summaryText().contains(BounceExplanation::kind(MessageKind::AutoReply)),
             qPrintable(panel.summaryText()));
    QVERIFY2(panel.summaryText().contains(BounceExplanation::text(autoReply)),
             qPrintable(panel.summaryText()));
    QVERIFY2(!panel.summaryText().contains(QLatin1String("Refused by")),
             "an automatic reply names nobody who refused");
    auto *errors = panel.findChild<QPlainTextEdit *>(QStringLiteral("errorLines"));
    QVERIFY2(errors && errors->isHidden(), "no error lines, no empty box");

    panel.showBounces({});
    QVERIFY2(panel.isHidden(), "an empty list hides the panel");
    QVERIFY(panel.summaryText().isEmpty());

    panel.showBounces({autoReply});
    panel.clear();
    QVERIFY2(panel.isHidden(), "clear() hides the panel");
    QVERIFY(panel.errorLines().isEmpty());
}

void TestPanels::bouncePanelSeveralBounces()
{
    const QByteArray line = "554 5.7.1 Client host [203.0.113.4] blocked using zen.spamhaus.org";
    const BounceReport first = read(line, QStringLiteral("first.eml"));
    const BounceReport same = read(line, QStringLiteral("second.eml"));
    const BounceReport gmail =
        read("550-5.7.1 [203.0.113.5] Our system has detected that this message is likely "
             "unsolicited mail. - gsmtp",
             QStringLiteral("third.eml"));

    BouncePanel panel;
    panel.showBounces({first, same, gmail});
    const QString summary = panel.summaryText();
    for (const QString &file :
         {QStringLiteral("first.eml"), QStringLiteral("second.eml"), QStringLiteral("third.eml")})
        QVERIFY2(summary.contains(file), qPrintable(file + QStringLiteral(" is named")));
    QVERIFY2(summary.contains(QLatin1String("Gmail")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Mail filter named: Gmail")), qPrintable(summary));
    const QStringList errorLines = panel.errorLines().split(QLatin1Char('\n'));
    QCOMPARE(errorLines.size(), 2); // the same line from two files is shown once
}

// --- Provider cards ------------------------------------------------------------------------

void TestPanels::providerCardForTrendMicro()
{
    const BounceReport report =
        read("450 4.7.1 <taro@example.co.jp>: Recipient address rejected: Mail from 203.0.113.5 "
             "was refused due to the sender IP found in ERS-QIL");
    const Provider *trend = m_catalog.findProvider(QStringLiteral("trendmicro-ers"));
    QVERIFY(trend);

    ProviderCards cards;
    cards.showBounces({report});
    QCOMPARE(cards.cardCount(), 1);
    QVERIFY2(!cards.isHidden(), "a named provider shows the cards");
    const QList<QFrame *> frames = cards.findChildren<QFrame *>(QStringLiteral("providerCard"));
    QCOMPARE(frames.size(), 1);
    QFrame *card = frames.first();

    const QList<QLabel *> labels = card->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels) {
        texts.append(label->text());
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY2(texts.contains(trend->name), qPrintable(texts.join(QLatin1Char('|'))));
    const QString instruction =
        QCoreApplication::translate("Catalog", trend->instruction.toUtf8().constData());
    QVERIFY2(texts.contains(instruction), qPrintable(texts.join(QLatin1Char('|'))));

    auto *removal = card->findChild<QPushButton *>(QStringLiteral("providerRemoval"));
    auto *lookup = card->findChild<QPushButton *>(QStringLiteral("providerLookup"));
    QVERIFY2(removal && lookup, "Trend Micro has a lookup and a removal page");
    QVERIFY(!removal->accessibleName().isEmpty() && !lookup->accessibleName().isEmpty());
    QVERIFY2(removal->accessibleName().contains(trend->name), "the spoken name says whose removal");
    QCOMPARE(cards.urls(), QStringList{trend->removalUrlFor(QStringLiteral("203.0.113.5"))});

    QSignalSpy spy(&cards, &ProviderCards::urlActivated);
    QTest::mouseClick(removal, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(trend->removalUrlFor(QStringLiteral("203.0.113.5"))));
    QTest::mouseClick(lookup, Qt::LeftButton);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toUrl(), QUrl(trend->lookupUrlFor(QStringLiteral("203.0.113.5"))));

    // Keyboard: Space on the focused button does the same.
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    removal->setFocus();
    QTest::keyClick(removal, Qt::Key_Space);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).toUrl(), QUrl(trend->removalUrl));
}

void TestPanels::providerCardsDedupeAndGmailHasNoRemoval()
{
    const QByteArray ers = "450 4.7.1 <taro@example.co.jp>: Recipient address rejected: Mail "
                           "from 203.0.113.5 was refused due to the sender IP found in ERS-QIL";
    const BounceReport gmail =
        read("550-5.7.1 [203.0.113.5] Our system has detected that this message is likely "
             "unsolicited mail. - gsmtp");
    QVERIFY(!gmail.blocklists.isEmpty() && gmail.blocklists.first().id == QLatin1String("gmail"));

    ProviderCards cards;
    cards.showBounces({read(ers, QStringLiteral("a.eml")), gmail, read(ers, QStringLiteral("b"))});
    QCOMPARE(cards.cardCount(), 2);
    const QList<QFrame *> frames = cards.findChildren<QFrame *>(QStringLiteral("providerCard"));
    QCOMPARE(frames.size(), 2);

    QFrame *gmailCard = nullptr;
    for (QFrame *frame : frames) {
        if (frame->accessibleName() == QLatin1String("Gmail"))
            gmailCard = frame;
    }
    QVERIFY2(gmailCard, "one card is Gmail's");
    QVERIFY2(!gmailCard->findChild<QPushButton *>(QStringLiteral("providerRemoval")),
             "Gmail has no removal page, so no removal button");
    auto *lookup = gmailCard->findChild<QPushButton *>(QStringLiteral("providerLookup"));
    QVERIFY2(lookup, "Gmail has a lookup (troubleshooter) page");
    QSignalSpy spy(&cards, &ProviderCards::urlActivated);
    QTest::mouseClick(lookup, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toUrl(),
             QUrl(m_catalog.findProvider(QStringLiteral("gmail"))->lookupUrl));

    // Showing again replaces the cards; clear() removes them and hides the panel.
    cards.showBounces({gmail});
    QCOMPARE(cards.cardCount(), 1);
    QCOMPARE(cards.findChildren<QFrame *>(QStringLiteral("providerCard")).size(), 1);
    cards.clear();
    QCOMPARE(cards.cardCount(), 0);
    QVERIFY2(cards.isHidden(), "no provider, no cards");
    QVERIFY(cards.urls().isEmpty());
}

void TestPanels::providerCardsIgnoreDnsListsAndReceiverSide()
{
    ProviderCards cards;
    cards.showBounces(
        {read("554 5.7.1 Client host [203.0.113.4] blocked using zen.spamhaus.org"),
         read("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
              "zen.spamhaus.org; Error: open resolver")});
    QCOMPARE(cards.cardCount(), 0);
    QVERIFY2(cards.isHidden(), "a DNS list gets no provider card");
}

void TestPanels::panelsRenderAtOneAndTwo()
{
    const BounceReport report =
        read("450 4.7.1 <taro@example.co.jp>: Recipient address rejected: Mail from 203.0.113.5 "
             "was refused due to the sender IP found in ERS-QIL");
    BouncePanel panel;
    ProviderCards cards;
    panel.showBounces({report});
    cards.showBounces({report});
    for (QWidget *widget : {static_cast<QWidget *>(&panel), static_cast<QWidget *>(&cards)}) {
        widget->resize(560, 320);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QPixmap grabbed = widget->grab();
        QVERIFY2(!grabbed.isNull() && grabbed.size() == widget->size(),
                 qPrintable(widget->objectName() + QStringLiteral(" grabs at 1x")));
        QPixmap doubled(widget->size() * 2);
        doubled.setDevicePixelRatio(2.0);
        doubled.fill(Qt::transparent);
        widget->render(&doubled);
        QVERIFY2(!doubled.isNull(), qPrintable(widget->objectName() + QStringLiteral(" at 2x")));
        // Something was drawn: text at least.
        const QImage image = doubled.toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(drawn > 0, qPrintable(widget->objectName() + QStringLiteral(" draws at 2x")));
    }
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
