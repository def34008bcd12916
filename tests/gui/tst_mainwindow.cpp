// The real main window, offscreen, as an office worker uses it: paste or drop a returned mail,
// watch the lists answer (rbldnsd on 127.0.0.160; a silent DNS server on .161), click Request
// removal, hand the report over. Web pages are intercepted: only catalog URLs may be opened.
#include "appsettings.h"
#include "bouncepanel.h"
#include "catalog/catalog.h"
#include "dnsfaultproxy.h"
#include "droppedcontent.h"
#include "inputpane.h"
#include "mainwindow.h"
#include "rbldnsdserver.h"
#include "resultsmodel.h"
#include "testconfig.h"
#include "uilanguage.h"
#include "verdictbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileOpenEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QHostAddress kRbldnsd(QStringLiteral("127.0.0.160"));
const QHostAddress kSilent(QStringLiteral("127.0.0.161"));
const QString kListedIp = QStringLiteral("153.127.20.8");

// A Postfix bounce: Spamhaus names the sender's address; the HTML-free text carries a link that
// must never become clickable.
QByteArray spamhausBounce(const QString &ip = kListedIp)
{
    return QStringLiteral(
               "From: MAILER-DAEMON@mail.example.jp (Mail Delivery System)\n"
               "To: taro@example.jp\n"
               "Subject: Undelivered Mail Returned to Sender\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
               "--B\nContent-Type: text/plain\n\n"
               "<hanako@partner.example>: host mx.partner.example[198.51.100.25] said: 554 5.7.1\n"
               "    Service unavailable; Client host [%1] blocked using zen.spamhaus.org;\n"
               "    https://phish.example.net/unblock?ip=%1 (in reply to RCPT TO command)\n\n"
               "--B\nContent-Type: message/delivery-status\n\n"
               "Reporting-MTA: dns; mail.example.jp\n\n"
               "Final-Recipient: rfc822; hanako@partner.example\nAction: failed\nStatus: 5.7.1\n"
               "Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [%1] blocked "
               "using zen.spamhaus.org; https://phish.example.net/unblock?ip=%1\n\n"
               "--B--\n")
        .arg(ip)
        .toUtf8();
}

} // namespace

// Answers the file dialogs the way a user would, without a native dialog.
class ScriptedDialogs final : public Dialogs
{
public:
    QString savePath;
    QString suggested;
    QStringList openFiles(QWidget *) override { return {}; }
    QString saveFile(QWidget *, const QString &suggestedName) override
    {
        suggested = suggestedName;
        return savePath;
    }
};

// Receives what QDesktopServices would have opened in the browser.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastedBounceShowsWhatItSaysAndTheListings();
    void requestRemovalOpensExactlyTheCatalogUrl();
    void droppedFilesAreReadAtOnce_data();
    void droppedFilesAreReadAtOnce();
    void outlookVirtualFileDrop();
    void typedPrivateAddressIsExplained();
    void invalidInputIsExplained();
    void cancelMidCheck();
    void deadDnsServerIsReportedNotClean();
    void reportForTheAdministrator();
    void switchingToJapanese();
    void remembersWindowGeometry();
    void fileOpenedFromFinder();

private:
    MainWindow *makeWindow(const QString &dnsServer, int timeoutMs = 4000);
    void waitForCheck(MainWindow *window, int timeoutMs = 20000);
    QString writeFile(const QString &name, const QByteArray &data);

    RbldnsdServer m_rbldnsd;
    DnsFaultProxyThread m_silent;
    QTemporaryDir m_dir;
    UrlRecorder m_recorder;
    AppSettings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rbldnsd.serveCatalogTestPoints(Catalog::builtIn());
    m_rbldnsd.addData(QStringLiteral("zen.spamhaus.org"), QStringLiteral("ip4set"),
                      {kListedIp + QStringLiteral(" :127.0.0.2:Listed in the SBL")});
    m_rbldnsd.addData(QStringLiteral("bl.spamcop.net"), QStringLiteral("ip4set"),
                      {kListedIp + QStringLiteral(" :127.0.0.2:Blocked - see spamcop")});
    QString error;
    QVERIFY2(m_rbldnsd.start(kRbldnsd, &error), qPrintable(error));
    QVERIFY2(m_silent.start(kSilent, kRbldnsd, 53, &error), qPrintable(error));
    m_silent.setDefaultFault(DnsFaultProxy::Fault::Drop);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_recorder, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_recorder, "open");
}

void TestMainWindow::init()
{
    m_recorder.urls.clear();
    m_settings = new AppSettings(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction())));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_settings = nullptr;
}

MainWindow *TestMainWindow::makeWindow(const QString &dnsServer, int timeoutMs)
{
    m_settings->setDnsServer(dnsServer);
    m_settings->setTimeoutMs(timeoutMs);
    m_window = new MainWindow(m_settings);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        qWarning("the window was not exposed");
    return m_window;
}

void TestMainWindow::waitForCheck(MainWindow *window, int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->isChecking(), timeoutMs);
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMainWindow::pastedBounceShowsWhatItSaysAndTheListings()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    auto *editor = window->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    QVERIFY(editor);
    editor->setFocus();
    editor->setPlainText(QString::fromUtf8(spamhausBounce()));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter checks
    QVERIFY2(window->isChecking() || !window->findChild<ResultsModel *>()->results().isEmpty(),
             "Ctrl+Enter starts the check");
    waitForCheck(window);

    auto *panel = window->findChild<BouncePanel *>();
    QVERIFY(panel && panel->isVisible());
    QVERIFY2(panel->summaryText().contains(QStringLiteral("hanako@partner.example")),
             qPrintable(panel->summaryText()));
    QVERIFY(panel->summaryText().contains(QStringLiteral("Spamhaus")));
    QVERIFY(panel->summaryText().contains(kListedIp));
    QVERIFY(panel->errorLines().contains(QStringLiteral("blocked using zen.spamhaus.org")));

    auto *model = window->findChild<ResultsModel *>();
    QVERIFY(model);
    QStringList listed;
    for (const ListResult &result : model->results()) {
        if (result.countsAsListed())
            listed << result.listId;
    }
    listed.sort();
    QCOMPARE(listed, QStringList({QStringLiteral("spamcop"), QStringLiteral("spamhaus-zen")}));

    auto *banner = window->findChild<VerdictBanner *>();
    QCOMPARE(banner->tone(), VerdictBanner::Tone::Bad);
    QVERIFY2(banner->headline().contains(kListedIp), qPrintable(banner->headline()));
    QVERIFY2(m_recorder.urls.isEmpty(), "nothing is opened without a click");
}

void TestMainWindow::requestRemovalOpensExactlyTheCatalogUrl()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))
        ->setPlainText(QString::fromUtf8(spamhausBounce()));
    window->startCheck();
    waitForCheck(window);

    auto *table = window->findChild<QTableView *>(QStringLiteral("results"));
    QVERIFY(table);
    QAbstractItemModel *view = table->model();
    int zenRow = -1;
    for (int row = 0; row < view->rowCount(); ++row) {
        const ListResult result =
            view->index(row, 0).data(ResultsModel::ResultRole).value<ListResult>();
        if (result.listId == QLatin1String("spamhaus-zen"))
            zenRow = row;
    }
    QVERIFY2(zenRow >= 0, "the Spamhaus row is shown");
    const QModelIndex action = view->index(zenRow, ResultsModel::ActionColumn);
    table->scrollTo(action);
    const QRect cell = table->visualRect(action);
    QVERIFY(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    const Catalog catalog = Catalog::builtIn();
    const QString expected = catalog.find(QStringLiteral("spamhaus-zen"))->removalUrlFor(kListedIp);
    QCOMPARE(m_recorder.urls.size(), 1);
    QCOMPARE(m_recorder.urls.first().toString(), expected);
    for (const QUrl &url : std::as_const(m_recorder.urls))
        QVERIFY2(!url.host().contains(QLatin1String("phish")),
                 "a link from the bounce is never opened");
}

void TestMainWindow::droppedFilesAreReadAtOnce_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow(".eml") << "bounce.eml" << spamhausBounce();
    QTest::newRow(".txt") << "pasted.txt"
                          << QByteArray("554 5.7.1 Service unavailable; Client host [153.127.20.8] "
                                        "blocked using zen.spamhaus.org");
    QFile msg(QStringLiteral(BLOCKLISTDOCTOR_SOURCE_DIR "/tests/fuzz/seeds/outlookmsg/ndr.msg"));
    if (msg.open(QIODevice::ReadOnly))
        QTest::newRow(".msg") << "ndr.msg" << msg.readAll();
}

void TestMainWindow::droppedFilesAreReadAtOnce()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    MainWindow *window = makeWindow(kRbldnsd.toString());
    const QString path = writeFile(name, data);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY2(enter.isAccepted(), "a mail file can be dropped on the window");
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QVERIFY2(drop.isAccepted(), "the drop is taken");
    waitForCheck(window);
    auto *panel = window->findChild<BouncePanel *>();
    QVERIFY2(panel->isVisible(), "a dropped returned mail is read at once");
    QVERIFY2(!window->findChild<ResultsModel *>()->results().isEmpty() ||
                 name == QLatin1String("ndr.msg"),
             "the cited address was checked");
}

void TestMainWindow::outlookVirtualFileDrop()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"FileGroupDescriptorW\""),
                 DroppedContent::makeFileGroupDescriptorW({QStringLiteral("Undeliverable.eml")}));
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"FileContents\""),
                 spamhausBounce());
    const QPoint where = window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    waitForCheck(window);
    QVERIFY2(window->findChild<BouncePanel *>()->summaryText().contains(
                 QStringLiteral("hanako@partner.example")),
             "Outlook's dragged mail is read from memory, without a file on disk");
}

void TestMainWindow::typedPrivateAddressIsExplained()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))
        ->setPlainText(QStringLiteral("192.168.1.10"));
    window->startCheck();
    waitForCheck(window);
    auto *banner = window->findChild<VerdictBanner *>();
    QVERIFY2(banner->headline().contains(QStringLiteral("192.168.1.10")),
             qPrintable(banner->headline()));
    QVERIFY2(banner->headline().contains(QStringLiteral("private"), Qt::CaseInsensitive) ||
                 banner->detail().contains(QStringLiteral("private"), Qt::CaseInsensitive),
             qPrintable(banner->headline() + QLatin1Char(' ') + banner->detail()));
    QVERIFY(banner->tone() != VerdictBanner::Tone::Good);
}

void TestMainWindow::invalidInputIsExplained()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))
        ->setPlainText(QStringLiteral("hello, how are you"));
    window->startCheck();
    waitForCheck(window);
    auto *banner = window->findChild<VerdictBanner *>();
    QCOMPARE(banner->tone(), VerdictBanner::Tone::Warning);
    QVERIFY2(!banner->headline().isEmpty(), "the user is told what to give");
}

void TestMainWindow::cancelMidCheck()
{
    MainWindow *window = makeWindow(kSilent.toString(), 10000);
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))->setPlainText(kListedIp);
    window->startCheck();
    QVERIFY(window->isChecking());
    QCoreApplication::processEvents(); // the lookups are handed to the engine's thread
    QVERIFY2(window->isChecking(), "a silent DNS server cannot have answered yet");
    auto *cancel = window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(!window->isChecking(), "Cancel stops at once");
    const QList<ListResult> rows = window->findChild<ResultsModel *>()->results();
    QVERIFY2(!rows.isEmpty(), "the lists that did not answer are shown");
    for (const ListResult &row : rows)
        QVERIFY2(row.status != ListStatus::NotListed, "nothing unanswered is shown as not listed");
    auto *banner = window->findChild<VerdictBanner *>();
    QCOMPARE(banner->tone(), VerdictBanner::Tone::Warning);
    QVERIFY2(!banner->headline().contains(QStringLiteral("not listed")),
             "a stopped check is never shown as clean");
}

void TestMainWindow::deadDnsServerIsReportedNotClean()
{
    MainWindow *window = makeWindow(kSilent.toString(), 800);
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))->setPlainText(kListedIp);
    window->startCheck();
    // The window stays responsive while the lists time out: its own timers run and it shows the
    // check going on, and the Cancel button can be used.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QTRY_VERIFY2(ticks >= 3, "the event loop runs while the check waits");
    QVERIFY(window->isChecking());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    QVERIFY(window->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
    waitForCheck(window, 30000);
    auto *banner = window->findChild<VerdictBanner *>();
    QCOMPARE(banner->tone(), VerdictBanner::Tone::Warning);
    QVERIFY2(!banner->headline().contains(QStringLiteral("not listed")),
             qPrintable(banner->headline()));
}

void TestMainWindow::reportForTheAdministrator()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    window->findChild<QPlainTextEdit *>(QStringLiteral("input"))
        ->setPlainText(QString::fromUtf8(spamhausBounce()));
    window->startCheck();
    waitForCheck(window);
    const QString report = window->reportText();
    for (const QString &expected :
         {QStringLiteral("hanako@partner.example"), QStringLiteral("taro@example.jp"), kListedIp,
          QStringLiteral("Spamhaus ZEN"), QStringLiteral("blocked using zen.spamhaus.org"),
          kRbldnsd.toString(),
          Catalog::builtIn().find(QStringLiteral("spamhaus-zen"))->removalUrlFor(kListedIp)})
        QVERIFY2(report.contains(expected),
                 qPrintable(expected + QLatin1String(" missing in:\n") + report));
    auto *copy = window->findChild<QPushButton *>(QStringLiteral("copyReport"));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), report);

    ScriptedDialogs dialogs;
    dialogs.savePath = m_dir.filePath(QStringLiteral("report.txt"));
    window->setDialogs(&dialogs);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("saveReport")),
                      Qt::LeftButton);
    QVERIFY2(dialogs.suggested.endsWith(QLatin1String(".txt")), qPrintable(dialogs.suggested));
    QFile saved(dialogs.savePath);
    QVERIFY2(saved.open(QIODevice::ReadOnly), "Save report… writes the file the user chose");
    QCOMPARE(QString::fromUtf8(saved.readAll()), report);

    // A place that cannot be written: the user is told what happened and what to do.
    dialogs.savePath = m_dir.path(); // a folder, not a file
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("saveReport")),
                      Qt::LeftButton);
    window->setDialogs(nullptr);
    auto *banner = window->findChild<VerdictBanner *>();
    QCOMPARE(banner->tone(), VerdictBanner::Tone::Warning);
    QVERIFY2(banner->detail().contains(QLatin1String("another folder")),
             qPrintable(banner->detail()));
}

void TestMainWindow::switchingToJapanese()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    auto *copy = window->findChild<QPushButton *>(QStringLiteral("copyReport"));
    const QString english = copy->text();
    UiLanguage::install(AppSettings::Language::Japanese);
    QCoreApplication::processEvents();
    const QString japanese = copy->text();
    UiLanguage::install(AppSettings::Language::English);
    QCoreApplication::processEvents();
    QVERIFY2(japanese != english, qPrintable(japanese));
    QCOMPARE(copy->text(), english);
    bool hasJapanese = false;
    for (const QChar c : japanese)
        hasJapanese |= c.unicode() >= 0x3040;
    QVERIFY2(hasJapanese, qPrintable(japanese));
}

void TestMainWindow::remembersWindowGeometry()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    window->resize(900, 700);
    window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    delete m_window;
    m_window = new MainWindow(m_settings);
    QCOMPARE(m_window->size(), QSize(900, 700));
}

void TestMainWindow::fileOpenedFromFinder()
{
    MainWindow *window = makeWindow(kRbldnsd.toString());
    const QString path = writeFile(QStringLiteral("from-finder.eml"), spamhausBounce());
    QFileOpenEvent event(path);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    waitForCheck(window);
    QVERIFY2(window->findChild<BouncePanel *>()->summaryText().contains(
                 QStringLiteral("hanako@partner.example")),
             "a file opened from Finder or the Dock is read like a dropped one");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
