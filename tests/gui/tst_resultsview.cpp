// The results table: the model's cells and roles for every kind of result, the filter's rows and
// order, the action button (painted, clicked and pressed from the keyboard in a real view,
// offscreen) and the guard that decides which web pages may be opened. Results are built with
// the real catalog and the real answer decoder, so every URL is a catalog URL.
#include "actiondelegate.h"
#include "catalog/catalog.h"
#include "resultsfilter.h"
#include "resultsmodel.h"
#include "urlguard.h"
#include "verdict/answerdecoder.h"
#include "verdict/resulttext.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QHostAddress>
#include <QIcon>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

namespace {

const QString kIp = QStringLiteral("153.127.20.8");
constexpr int kTimeoutMs = 4000;

const Catalog &catalog()
{
    static const Catalog builtIn = Catalog::builtIn();
    return builtIn;
}

const Blocklist &list(const QString &id)
{
    const Blocklist *found = catalog().find(id);
    if (!found)
        qFatal("The built-in catalog has no list \"%s\"", qPrintable(id));
    return *found;
}

// What the engine makes of `reply` for `listId` (see LookupEngine's baseResult()).
ListResult decoded(const QString &listId, DnsOutcome outcome, const QStringList &answers = {},
                   const QStringList &txt = {}, int targetIndex = 0)
{
    const Blocklist &blocklist = list(listId);
    ListResult result;
    result.targetIndex = targetIndex;
    result.listId = blocklist.id;
    result.name = blocklist.name;
    result.zone = blocklist.zone;
    result.lookupUrl = blocklist.lookupUrlFor(kIp);
    result.removalUrl = blocklist.removalUrlFor(kIp);
    result.removalNote = blocklist.removalNote;
    DnsReply reply;
    reply.outcome = outcome;
    for (const QString &answer : answers)
        reply.addresses.append(QHostAddress(answer).toIPv4Address());
    AnswerDecoder::decode(blocklist, reply, &result);
    result.txt = txt;
    return result;
}

ListResult listed(const QString &listId, const QString &answer = QStringLiteral("127.0.0.2"),
                  int targetIndex = 0)
{
    return decoded(listId, DnsOutcome::Answer, {answer}, {}, targetIndex);
}

ListResult notListed(const QString &listId, int targetIndex = 0)
{
    return decoded(listId, DnsOutcome::NxDomain, {}, {}, targetIndex);
}

ListResult failed(const QString &listId, int targetIndex = 0)
{
    return decoded(listId, DnsOutcome::Timeout, {}, {}, targetIndex);
}

ListResult withStatus(const QString &listId, ListStatus status, ResultReason reason)
{
    ListResult result = decoded(listId, DnsOutcome::NxDomain);
    result.status = status;
    result.reason = reason;
    return result;
}

QString plainText(const QVariant &html)
{
    return QTextDocumentFragment::fromHtml(html.toString()).toPlainText();
}

QStringList displayColumn(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

int rowOf(const QAbstractItemModel &model, const QString &listId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ResultsModel::ResultRole).value<ListResult>().listId == listId)
            return row;
    }
    return -1;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

// Stands in for the web browser: QDesktopServices hands it every URL the window opens.
class UrlReceiver final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void receive(const QUrl &url) { urls.append(url); }
};

// A results table as the main window builds it: model, filter, action delegate and URL guard.
struct ResultsTable
{
    ResultsModel model;
    ResultsFilter filter;
    ActionDelegate delegate;
    QTableView view;
    UrlGuard guard;

    // The window sets the delegate for the action column only; both ways must work.
    explicit ResultsTable(const QList<ListResult> &results, bool actionColumnOnly = false)
    {
        model.setTimeoutMs(kTimeoutMs);
        model.setTargets({kIp});
        QStringList order;
        for (const Blocklist &blocklist : catalog().lists())
            order.append(blocklist.id);
        model.setListOrder(order);
        for (const ListResult &result : results) {
            model.addResult(result);
            guard.allow(result.lookupUrl);
            guard.allow(result.removalUrl);
        }
        filter.setSourceModel(&model);
        view.setModel(&filter);
        if (actionColumnOnly)
            view.setItemDelegateForColumn(ResultsModel::ActionColumn, &delegate);
        else
            view.setItemDelegate(&delegate);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        QObject::connect(&delegate, &ActionDelegate::urlActivated, &view,
                         [this](const QUrl &url) { guard.open(url); });
        view.resize(1200, 400);
    }

    bool show()
    {
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        // Wide enough that the action cell has room beside its button.
        view.horizontalHeader()->setSectionResizeMode(ResultsModel::ActionColumn,
                                                      QHeaderView::Fixed);
        view.setColumnWidth(ResultsModel::ActionColumn, 400);
        view.viewport()->grab(); // paints every cell once
        return true;
    }

    QModelIndex actionIndex(const QString &listId) const
    {
        return filter.index(rowOf(filter, listId), ResultsModel::ActionColumn);
    }

    QRect buttonRect(const QModelIndex &index) const
    {
        return delegate.buttonRect(view.visualRect(index), index, &view);
    }
};

class TestResultsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void cells_data();
    void cells();
    void everyCellExplains();
    void reasonIsPlainText();
    void statusIconsLoad();
    void headersAndRetranslate();
    void severalTargetsPrefixTheTarget();
    void addsIncrementallyAndReplaces();

    void filterHidesAndOrders();
    void filterFollowsReplacedResults();
    void filterKeepsArrivalOrderWithoutCatalogOrder();

    void delegatePaintsAButton();
    void clickOpensTheCatalogUrl_data();
    void clickOpensTheCatalogUrl();
    void clickBesideTheButtonOpensNothing();
    void doubleClickOpensOnce();
    void keyboardReachesAndPressesTheButton_data();
    void keyboardReachesAndPressesTheButton();
    void keysOnARowWithoutButtonOpenNothing();

    void urlGuard_data();
    void urlGuard();
    void urlGuardIgnoresUnsafeAllows();
    void urlGuardOpensOnlyAllowed();

private:
    UrlReceiver m_browser;
};

void TestResultsView::initTestCase()
{
    QVERIFY2(catalog().find(QStringLiteral("spamhaus-zen")), "the built-in catalog must load");
    // Every scheme a page could be opened with ends up here, never in a real browser.
    for (const char *scheme : {"https", "http", "file", "javascript", "data"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_browser, "receive");
}

void TestResultsView::cleanup()
{
    m_browser.urls.clear();
}

void TestResultsView::cleanupTestCase()
{
    for (const char *scheme : {"https", "http", "file", "javascript", "data"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestResultsView::cells_data()
{
    QTest::addColumn<ListResult>("result");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isListed");
    QTest::addColumn<bool>("isProblem");
    QTest::addColumn<QString>("spoken");

    const QString spamhausLookup =
        QStringLiteral("https://check.spamhaus.org/results/?query=") + kIp;
    const QString zenMeaning = QStringLiteral("Listed as a known source of spam.");
    const QString pblMeaning = QStringLiteral("This address is in a range the provider marks for "
                                              "home or dynamic users; it is not a spam listing.");
    const QString refusal = QStringLiteral("The list refuses queries from your DNS server (for "
                                           "example a public DNS service like 8.8.8.8). Use your "
                                           "provider's DNS server.");
    const QString txt = QStringLiteral("https://check.spamhaus.org/query/ip/") + kIp;

    QTest::newRow("listed, with TXT")
        << decoded("spamhaus-zen", DnsOutcome::Answer, {"127.0.0.2"}, {txt}) << "Listed"
        << ":/icons/listed.svg" << zenMeaning << txt << "Request removal"
        << "https://check.spamhaus.org/" << true << false << "Spamhaus ZEN: Listed — " + zenMeaning;
    QTest::newRow("policy only (PBL)")
        << listed("spamhaus-zen", "127.0.0.10") << "Listed (policy only)"
        << ":/icons/listed.svg" << pblMeaning << ""
        << "Request removal"
        << "https://check.spamhaus.org/" << true << false
        << "Spamhaus ZEN: Listed (policy only) — " + pblMeaning;
    QTest::newRow("listed, no removal page")
        << listed("spamcop") << "Listed"
        << ":/icons/listed.svg"
        << "Listed because people reported spam from this address."
        << ""
        << "Look up"
        << "https://www.spamcop.net/bl.shtml?" + kIp << true << false
        << "SpamCop Blocking List: Listed — Listed because people reported spam from this "
           "address.";
    QTest::newRow("listed, no web page at all")
        << listed("nordspam") << "Listed"
        << ":/icons/listed.svg" << ResultText::meanings(listed("nordspam")).join(' ') << ""
        << ""
        << "" << true << false
        << "NordSpam: Listed — " + ResultText::meanings(listed("nordspam")).join(' ');
    QTest::newRow("informational listing")
        << listed("dronebl", "127.0.0.1") << "Note only"
        << ":/icons/info.svg"
        << "Test entry used by the list operator; it is not a real listing."
        << ""
        << "Look up"
        << "https://dronebl.org/lookup?ip=" + kIp << false << false
        << "DroneBL: Note only — Test entry used by the list operator; it is not a real listing.";
    QTest::newRow("not listed") << notListed("spamhaus-zen") << "Not listed"
                                << ":/icons/clean.svg"
                                << ""
                                << ""
                                << ""
                                << "" << false << false << "Spamhaus ZEN: Not listed";
    QTest::newRow("refused (127.255.255.254)")
        << listed("spamhaus-zen", "127.255.255.254") << "Refused"
        << ":/icons/problem.svg" << refusal << ""
        << "Look up" << spamhausLookup << false << true << "Spamhaus ZEN: Refused — " + refusal;
    QTest::newRow("failed (timeout)")
        << failed("barracuda") << "Could not check"
        << ":/icons/problem.svg"
        << "No answer within 4 seconds."
        << ""
        << "Look up"
        << "https://www.barracudacentral.org/lookups/lookup-reputation" << false << true
        << "Barracuda Reputation Block List: Could not check — No answer within 4 seconds.";
    QTest::newRow("failed (rewritten answer)")
        << listed("psbl", "198.51.100.7") << "Could not check"
        << ":/icons/problem.svg"
        << "The answer 198.51.100.7 is not a blocklist answer: something is changing DNS answers."
        << ""
        << "Look up"
        << "https://psbl.org/listing?ip=" + kIp << false << true
        << "PSBL (Passive Spam Block List): Could not check — The answer 198.51.100.7 is not a "
           "blocklist answer: something "
           "is changing DNS answers.";
    QTest::newRow("unusable (lists the world)")
        << withStatus("psbl", ListStatus::Unusable, ResultReason::SelfTestListsNegative)
        << "Not working"
        << ":/icons/problem.svg"
        << "Failed its self-test: it lists an address that must never be listed."
        << ""
        << "Look up"
        << "https://psbl.org/listing?ip=" + kIp << false << true
        << "PSBL (Passive Spam Block List): Not working — Failed its self-test: it lists an "
           "address that must never be "
           "listed.";
    QTest::newRow("skipped (wrong kind)")
        << withStatus("spamhaus-dbl", ListStatus::Skipped, ResultReason::WrongKind)
        << "Not applicable"
        << ":/icons/skipped.svg"
        << "This list does not check this kind of address."
        << ""
        << ""
        << "" << false << false
        << "Spamhaus DBL: Not applicable — This list does not check this kind of address.";
}

void TestResultsView::cells()
{
    QFETCH(ListResult, result);
    QFETCH(QString, status);
    QFETCH(QString, icon);
    QFETCH(QString, meaning);
    QFETCH(QString, reason);
    QFETCH(QString, button);
    QFETCH(QString, url);
    QFETCH(bool, isListed);
    QFETCH(bool, isProblem);
    QFETCH(QString, spoken);

    ResultsModel model;
    model.setTimeoutMs(kTimeoutMs);
    model.addResult(result);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));

    const auto cell = [&model](int column) {
        return model.index(0, column);
    };
    QCOMPARE(cell(ResultsModel::StatusColumn).data().toString(), status);
    QCOMPARE(ResultsModel::iconPath(result), icon);
    QVERIFY2(cell(ResultsModel::StatusColumn).data(Qt::DecorationRole).canConvert<QIcon>(),
             "the status must be an icon as well as a word");
    QCOMPARE(cell(ResultsModel::ListColumn).data().toString(), result.name);
    QCOMPARE(cell(ResultsModel::MeaningColumn).data().toString(), meaning);
    QCOMPARE(cell(ResultsModel::ReasonColumn).data().toString(), reason);
    QCOMPARE(cell(ResultsModel::ActionColumn).data().toString(), button);

    // The delegate decides the button from the roles, on any column and through the filter.
    for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
        QCOMPARE(ActionDelegate::buttonText(cell(column)), button);
        QCOMPARE(ActionDelegate::buttonUrl(cell(column)).toString(QUrl::FullyEncoded), url);
    }
    ResultsFilter filter;
    filter.setShowAll(true);
    filter.setSourceModel(&model);
    QCOMPARE(ActionDelegate::buttonText(filter.index(0, ResultsModel::ActionColumn)), button);
    QCOMPARE(ActionDelegate::buttonUrl(filter.index(0, ResultsModel::ActionColumn))
                 .toString(QUrl::FullyEncoded),
             url);

    QCOMPARE(cell(0).data(ResultsModel::IsListedRole).toBool(), isListed);
    QCOMPARE(cell(0).data(ResultsModel::IsProblemRole).toBool(), isProblem);
    QCOMPARE(cell(0).data(ResultsModel::LookupUrlRole).toString(), result.lookupUrl);
    QCOMPARE(cell(0).data(ResultsModel::RemovalUrlRole).toString(),
             isListed ? result.removalUrl : QString());
    const ListResult stored = cell(0).data(ResultsModel::ResultRole).value<ListResult>();
    QCOMPARE(stored.listId, result.listId);
    QCOMPARE(stored.status, result.status);

    // What a screen reader says on the first cells of the row.
    QCOMPARE(cell(ResultsModel::StatusColumn).data(Qt::AccessibleTextRole).toString(), spoken);
    QCOMPARE(cell(ResultsModel::ListColumn).data(Qt::AccessibleTextRole).toString(), spoken);
    QCOMPARE(cell(ResultsModel::ActionColumn).data(Qt::AccessibleTextRole).toString(), button);
}

void TestResultsView::everyCellExplains()
{
    // One target per Spamhaus answer, or each would replace the row before.
    const QList<ListResult> results = {
        listed("spamhaus-zen"),
        listed("spamhaus-zen", "127.0.0.10", 1),
        listed("spamhaus-zen", "127.255.255.254", 2),
        failed("barracuda"),
        withStatus("psbl", ListStatus::Unusable, ResultReason::SelfTestMissingPositive),
        withStatus("spamhaus-dbl", ListStatus::Skipped, ResultReason::WrongKind),
        notListed("spamcop"),
    };
    ResultsModel model;
    model.setTimeoutMs(kTimeoutMs);
    for (const ListResult &result : results)
        model.addResult(result);
    QCOMPARE(model.rowCount(), int(results.size()));

    for (int row = 0; row < model.rowCount(); ++row) {
        const ListResult &result = results.at(row);
        const QString detail = ResultText::detail(result, kTimeoutMs);
        for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            const QString tip = plainText(index.data(Qt::ToolTipRole));
            const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
            QVERIFY2(
                !tip.isEmpty(),
                qPrintable(QStringLiteral("row %1 column %2 has no tooltip").arg(row).arg(column)));
            QVERIFY2(tip.contains(detail),
                     qPrintable(QStringLiteral("tooltip of %1 must say \"%2\", says \"%3\"")
                                    .arg(result.listId, detail, tip)));
            QVERIFY2(description.contains(detail),
                     qPrintable(QStringLiteral("the accessible description of %1 must say \"%2\"")
                                    .arg(result.listId, detail)));
            if (result.countsAsListed())
                QVERIFY2(tip.contains(ResultText::catalogText(result.removalNote)),
                         "a listed row's tooltip must say how removal works");
            else
                QVERIFY2(!tip.contains(result.removalNote), "only listed rows talk about removal");
        }
    }
    const auto tipOf = [&model](int row, int column) {
        return plainText(model.index(row, column).data(Qt::ToolTipRole));
    };
    QVERIFY2(tipOf(2, 0).contains("This list refused to answer the DNS server you use"),
             "a refusal must be explained");
    QVERIFY2(tipOf(2, 0).contains("8.8.8.8"), "a refusal must say what to do");
    QVERIFY2(tipOf(3, 0).contains("No answer within 4 seconds."), "a timeout must be explained");
    QVERIFY2(tipOf(1, 0).contains("This is a policy listing, not a spam listing"),
             "a policy-only listing must say it is not a spam listing");
    QVERIFY2(!tipOf(0, 0).contains("policy listing"), "a spam listing is not a policy listing");
    QVERIFY2(tipOf(6, 0).contains(
                 "SpamCop Blocking List answered that this address or domain is not on the"),
             "a not-listed row must say so");
    QVERIFY2(tipOf(0, ResultsModel::ActionColumn).contains("Opens https://check.spamhaus.org/"),
             "the button's tooltip must say which page it opens");
}

void TestResultsView::reasonIsPlainText()
{
    // The TXT record comes from the network: no markup, no control or direction characters.
    ListResult result = listed("spamhaus-zen");
    result.txt = {QStringLiteral("Listed <b>here</b>\n\x1b[31m"),
                  QString(QChar(0x202E)) + QStringLiteral("see https://example.invalid/")};
    ResultsModel model;
    model.addResult(result);

    const QString reason = model.index(0, ResultsModel::ReasonColumn).data().toString();
    QCOMPARE(reason, QStringLiteral("Listed <b>here</b> [31m see https://example.invalid/"));
    const QString tip = plainText(model.index(0, ResultsModel::ReasonColumn).data(Qt::ToolTipRole));
    QVERIFY2(tip.contains(QStringLiteral("The list says: “Listed <b>here</b>")),
             qPrintable("markup in a TXT record must be shown as text, tooltip: " + tip));
}

void TestResultsView::statusIconsLoad()
{
    ResultsModel model;
    model.addResult(listed("spamhaus-zen"));
    const QIcon icon =
        model.index(0, ResultsModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY2(!icon.isNull(), "the listed icon must be found in the resources");
    QVERIFY2(!icon.pixmap(QSize(16, 16)).isNull(), "the listed icon must render (SVG plugin)");
    for (const char *name : {"listed", "clean", "problem", "skipped", "info"}) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
        QVERIFY2(QFile::exists(path), qPrintable(path + " must be in the resources"));
    }
    QVERIFY2(!model.index(0, ResultsModel::ListColumn).data(Qt::DecorationRole).isValid(),
             "only the status column has an icon");
}

void TestResultsView::headersAndRetranslate()
{
    ResultsModel model;
    QSet<QString> seen;
    for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(),
                 qPrintable(QStringLiteral("column %1 has no header").arg(column)));
        seen.insert(header);
    }
    QCOMPARE(seen.size(), int(ResultsModel::ColumnCount));
    QCOMPARE(model.headerData(ResultsModel::StatusColumn, Qt::Horizontal).toString(), "Status");
    QCOMPARE(model.headerData(ResultsModel::ActionColumn, Qt::Horizontal).toString(), "Action");

    // After a language change the view is told to fetch every text again.
    model.addResult(listed("spamhaus-zen"));
    QSignalSpy headersChanged(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cellsChanged(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headersChanged.size(), 1);
    QCOMPARE(headersChanged.at(0).at(2).toInt(), ResultsModel::ColumnCount - 1);
    QCOMPARE(cellsChanged.size(), 1);
    QCOMPARE(cellsChanged.at(0).at(1).value<QModelIndex>().column(), ResultsModel::ColumnCount - 1);
}

void TestResultsView::severalTargetsPrefixTheTarget()
{
    ResultsModel model;
    model.addResult(listed("spamhaus-zen", "127.0.0.2", 0));
    model.addResult(listed("spamhaus-zen", "127.0.0.2", 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ResultsModel::ListColumn).data().toString(), "Spamhaus ZEN");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTargets({kIp, QStringLiteral("example.jp")});
    QVERIFY2(!changed.isEmpty(), "new target names must repaint the rows");
    QCOMPARE(model.index(0, ResultsModel::ListColumn).data().toString(), kIp + ": Spamhaus ZEN");
    QCOMPARE(model.index(1, ResultsModel::ListColumn).data().toString(),
             "example.jp: Spamhaus ZEN");
    QCOMPARE(model.index(1, 0).data(ResultsModel::TargetRole).toString(), "example.jp");
    QVERIFY2(model.index(1, 0)
                 .data(Qt::AccessibleTextRole)
                 .toString()
                 .startsWith("example.jp: Spamhaus ZEN: Listed — "),
             "a screen reader must hear which target a row is about");

    model.setTargets({kIp});
    QCOMPARE(model.index(0, ResultsModel::ListColumn).data().toString(), "Spamhaus ZEN");
    QCOMPARE(model.index(0, 0).data(ResultsModel::TargetRole).toString(), kIp);
}

void TestResultsView::addsIncrementallyAndReplaces()
{
    ResultsModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.addResult(failed("spamhaus-zen"));
    model.addResult(notListed("barracuda"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    QVERIFY(changed.isEmpty());

    // The same list for the same target replaces its row.
    model.addResult(listed("spamhaus-zen"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), ResultsModel::ColumnCount - 1);
    QCOMPARE(model.index(0, ResultsModel::StatusColumn).data().toString(), "Listed");
    QCOMPARE(model.results().at(0).status, ListStatus::Listed);

    // The same list for another target is a row of its own.
    model.addResult(listed("spamhaus-zen", "127.0.0.2", 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 3);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 1);
    model.addResult(listed("spamhaus-zen"));
    QCOMPARE(model.rowCount(), 1);
}

void TestResultsView::filterHidesAndOrders()
{
    // In the order the answers arrived; the catalog order is zen, dbl, spamcop, barracuda,
    // mailspike, psbl, spamrats-spam.
    ResultsTable table({
        notListed("spamcop"),
        failed("barracuda"),
        withStatus("spamhaus-dbl", ListStatus::Skipped, ResultReason::WrongKind),
        listed("spamrats-spam", "127.0.0.38"),
        listed("spamhaus-zen", "127.255.255.254"), // refused
        listed("psbl"),
        notListed("mailspike"),
    });
    QCOMPARE(table.model.rowCount(), 7);
    QVERIFY2(!table.filter.showAll(), "show all is off at first");
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"PSBL (Passive Spam Block List)", "SpamRATS Spam", "Spamhaus ZEN",
                          "Barracuda Reputation Block List"}));
    QCOMPARE(displayColumn(table.filter, ResultsModel::StatusColumn),
             QStringList({"Listed", "Listed", "Refused", "Could not check"}));

    table.filter.setShowAll(true);
    QVERIFY(table.filter.showAll());
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"PSBL (Passive Spam Block List)", "SpamRATS Spam", "Spamhaus ZEN",
                          "Barracuda Reputation Block List", "Spamhaus DBL",
                          "SpamCop Blocking List", "Mailspike"}));

    table.filter.setShowAll(false);
    QCOMPARE(table.filter.rowCount(), 4);
}

void TestResultsView::filterFollowsReplacedResults()
{
    ResultsTable table({listed("psbl"), failed("barracuda"), notListed("spamcop")});
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"PSBL (Passive Spam Block List)", "Barracuda Reputation Block List"}));

    // Barracuda answers after all: listed, and before PSBL in catalog order.
    table.model.addResult(listed("barracuda"));
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"Barracuda Reputation Block List", "PSBL (Passive Spam Block List)"}));

    // PSBL turns out not to list it: its row is hidden.
    table.model.addResult(notListed("psbl"));
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"Barracuda Reputation Block List"}));

    // A problem appearing on a hidden row brings it back.
    table.model.addResult(failed("spamcop"));
    QCOMPARE(displayColumn(table.filter, ResultsModel::ListColumn),
             QStringList({"Barracuda Reputation Block List", "SpamCop Blocking List"}));
}

void TestResultsView::filterKeepsArrivalOrderWithoutCatalogOrder()
{
    ResultsModel model;
    ResultsFilter filter;
    filter.setSourceModel(&model);
    model.addResult(listed("psbl"));
    model.addResult(failed("spamcop"));
    model.addResult(listed("barracuda"));
    model.addResult(listed("spamhaus-zen", "127.0.0.2", 1)); // a second target
    QCOMPARE(displayColumn(filter, ResultsModel::ListColumn),
             QStringList({"PSBL (Passive Spam Block List)", "Barracuda Reputation Block List",
                          "Spamhaus ZEN", "SpamCop Blocking List"}));
}

void TestResultsView::delegatePaintsAButton()
{
    ResultsTable table({listed("spamhaus-zen"), listed("nordspam")});
    QVERIFY(table.show());

    const QModelIndex withButton = table.actionIndex("spamhaus-zen");
    const QModelIndex withoutButton = table.actionIndex("nordspam");
    const QRect cell = table.view.visualRect(withButton);
    const QRect button = table.buttonRect(withButton);
    QVERIFY2(!button.isEmpty(), "a listed row with a removal page must have a button");
    QVERIFY2(cell.contains(button), "the button must lie inside its cell");
    QVERIFY2(table.buttonRect(withoutButton).isEmpty(), "a row without a page has no button");

    // As big as the platform's push button for that text, and the row is tall enough for it.
    QPushButton reference(ActionDelegate::buttonText(withButton));
    reference.ensurePolished();
    QCOMPARE(button.height(), reference.sizeHint().height());
    QVERIFY2(button.width() >= reference.fontMetrics().horizontalAdvance("Request removal"),
             "the button must be wide enough for its text");
    QVERIFY2(table.view.rowHeight(withButton.row()) >= button.height(),
             "the row must be tall enough for the button");

    // Something is drawn where the button is (frame, text), nothing in an empty action cell.
    const QImage image = table.view.viewport()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const auto area = [dpr](const QRect &r) {
        return QRect((QRectF(r).topLeft() * dpr).toPoint(), (QSizeF(r.size()) * dpr).toSize());
    };
    QVERIFY2(distinctColours(image.copy(area(button.adjusted(2, 2, -2, -2)))) > 2,
             "a push button must be painted in the action cell");
    const QRect empty = table.view.visualRect(withoutButton).adjusted(4, 4, -4, -4);
    QCOMPARE(distinctColours(image.copy(area(empty))), 1);
}

void TestResultsView::clickOpensTheCatalogUrl_data()
{
    QTest::addColumn<bool>("actionColumnOnly");
    QTest::newRow("delegate for the view") << false;
    QTest::newRow("delegate for the action column") << true;
}

void TestResultsView::clickOpensTheCatalogUrl()
{
    QFETCH(bool, actionColumnOnly);
    ResultsTable table({listed("spamhaus-zen"), listed("spamcop"), failed("barracuda")},
                       actionColumnOnly);
    QVERIFY(table.show());
    QSignalSpy activated(&table.delegate, &ActionDelegate::urlActivated);

    const QString removal = list("spamhaus-zen").removalUrlFor(kIp);
    QCOMPARE(removal, "https://check.spamhaus.org/");
    QTest::mouseClick(table.view.viewport(), Qt::LeftButton, {},
                      table.buttonRect(table.actionIndex("spamhaus-zen")).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(m_browser.urls, QList<QUrl>({QUrl(removal)}));

    // A listed row without a removal page offers its lookup page.
    m_browser.urls.clear();
    QTest::mouseClick(table.view.viewport(), Qt::LeftButton, {},
                      table.buttonRect(table.actionIndex("spamcop")).center());
    QCOMPARE(m_browser.urls, QList<QUrl>({QUrl(list("spamcop").lookupUrlFor(kIp))}));
    QCOMPARE(m_browser.urls.at(0).toString(), "https://www.spamcop.net/bl.shtml?" + kIp);

    m_browser.urls.clear();
    QTest::mouseClick(table.view.viewport(), Qt::LeftButton, {},
                      table.buttonRect(table.actionIndex("barracuda")).center());
    QCOMPARE(m_browser.urls,
             QList<QUrl>({QUrl("https://www.barracudacentral.org/lookups/lookup-reputation")}));
}

void TestResultsView::clickBesideTheButtonOpensNothing()
{
    ResultsTable table({listed("spamhaus-zen"), listed("nordspam"), notListed("spamcop")});
    table.filter.setShowAll(true);
    QVERIFY(table.show());
    QSignalSpy activated(&table.delegate, &ActionDelegate::urlActivated);

    const QModelIndex zen = table.actionIndex("spamhaus-zen");
    const QRect cell = table.view.visualRect(zen);
    const QRect button = table.buttonRect(zen);
    QVERIFY2(cell.right() - button.right() > 20, "the test needs room beside the button");
    QTest::mouseClick(table.view.viewport(), Qt::LeftButton, {},
                      QPoint(cell.right() - 10, cell.center().y()));
    // Other columns of a listed row, and the action cells of rows without a button.
    QTest::mouseClick(
        table.view.viewport(), Qt::LeftButton, {},
        table.view.visualRect(zen.siblingAtColumn(ResultsModel::StatusColumn)).center());
    for (const char *id : {"nordspam", "spamcop"})
        QTest::mouseClick(table.view.viewport(), Qt::LeftButton, {},
                          table.view.visualRect(table.actionIndex(id)).center());
    // The right button is not a click on a push button.
    QTest::mouseClick(table.view.viewport(), Qt::RightButton, {}, button.center());

    QCOMPARE(activated.size(), 0);
    QVERIFY2(m_browser.urls.isEmpty(), "only a click on the button opens a page");
}

void TestResultsView::doubleClickOpensOnce()
{
    ResultsTable table({listed("spamhaus-zen")});
    QVERIFY(table.show());
    const QPoint centre = table.buttonRect(table.actionIndex("spamhaus-zen")).center();
    QWidget *viewport = table.view.viewport();

    // What a window system delivers for a double click: press, release, press, double click,
    // release.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centre);
    QTest::mousePress(viewport, Qt::LeftButton, {}, centre);
    QMouseEvent doubleClick(QEvent::MouseButtonDblClick, centre, viewport->mapToGlobal(centre),
                            Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &doubleClick);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre);

    QCOMPARE(m_browser.urls, QList<QUrl>({QUrl("https://check.spamhaus.org/")}));

    // The next single click opens the page again.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centre);
    QCOMPARE(m_browser.urls.size(), 2);
}

void TestResultsView::keyboardReachesAndPressesTheButton_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("actionColumnOnly");
    for (bool actionColumnOnly : {false, true}) {
        const char *how = actionColumnOnly ? "action column delegate" : "view delegate";
        QTest::addRow("Space, %s", how) << int(Qt::Key_Space) << actionColumnOnly;
        QTest::addRow("Return, %s", how) << int(Qt::Key_Return) << actionColumnOnly;
        QTest::addRow("Enter, %s", how) << int(Qt::Key_Enter) << actionColumnOnly;
    }
}

void TestResultsView::keyboardReachesAndPressesTheButton()
{
    QFETCH(int, key);
    QFETCH(bool, actionColumnOnly);
    ResultsTable table({listed("spamhaus-zen"), listed("spamhaus-zen", "127.255.255.254", 1)},
                       actionColumnOnly);
    table.model.setTargets({kIp, QStringLiteral("153.127.20.9")});
    QVERIFY(table.show());
    table.view.setFocus();
    QSignalSpy activated(&table.view, &QAbstractItemView::activated);

    // From the first cell, with the arrow keys only, to the refused row's button.
    table.view.setCurrentIndex(table.filter.index(0, ResultsModel::StatusColumn));
    QTest::keyClick(&table.view, Qt::Key_Down);
    for (int column = ResultsModel::StatusColumn; column < ResultsModel::ActionColumn; ++column)
        QTest::keyClick(&table.view, Qt::Key_Right);
    const QModelIndex current = table.view.currentIndex();
    QCOMPARE(current.column(), int(ResultsModel::ActionColumn));
    QCOMPARE(ActionDelegate::buttonText(current), "Look up");

    QTest::keyClick(&table.view, Qt::Key(key));
    QCOMPARE(m_browser.urls,
             QList<QUrl>({QUrl("https://check.spamhaus.org/results/?query=" + kIp)}));
    QCOMPARE(activated.size(), 0); // the key opened the page; nothing else reacted to it

    // Held down, the key does not open a page per repeat.
    QKeyEvent repeat(QEvent::KeyPress, key, Qt::NoModifier, QString(), true);
    QApplication::sendEvent(&table.view, &repeat);
    QCOMPARE(m_browser.urls.size(), 1);
}

void TestResultsView::keysOnARowWithoutButtonOpenNothing()
{
    ResultsTable table({listed("nordspam"), listed("spamhaus-zen")});
    QVERIFY(table.show());
    table.view.setFocus();
    table.view.setCurrentIndex(table.actionIndex("nordspam"));
    for (Qt::Key key : {Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter})
        QTest::keyClick(&table.view, key);
    // On the row with a button, but not on its cell.
    table.view.setCurrentIndex(
        table.actionIndex("spamhaus-zen").siblingAtColumn(ResultsModel::MeaningColumn));
    for (Qt::Key key : {Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter})
        QTest::keyClick(&table.view, key);
    QVERIFY2(m_browser.urls.isEmpty(), "keys open a page only on a button");
}

void TestResultsView::urlGuard_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("removal page") << "https://check.spamhaus.org/" << true;
    QTest::newRow("lookup page") << "https://check.spamhaus.org/results/?query=" + kIp << true;
    QTest::newRow("host in capitals (same page)") << "https://CHECK.spamhaus.org/" << true;
    QTest::newRow("http") << "http://check.spamhaus.org/" << false;
    QTest::newRow("longer path") << "https://check.spamhaus.org/evil" << false;
    QTest::newRow("other target") << "https://check.spamhaus.org/results/?query=153.127.20.9"
                                  << false;
    QTest::newRow("extra query") << "https://check.spamhaus.org/results/?query=" + kIp +
                                        "&next=https://evil.example/"
                                 << false;
    QTest::newRow("fragment") << "https://check.spamhaus.org/#x" << false;
    QTest::newRow("user info trick") << "https://check.spamhaus.org@evil.example/" << false;
    QTest::newRow("user and password") << "https://user:pw@check.spamhaus.org/" << false;
    QTest::newRow("look-alike host") << "https://check.spamhaus.org.evil.example/" << false;
    QTest::newRow("other port") << "https://check.spamhaus.org:8443/" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << false;
    QTest::newRow("relative") << "//check.spamhaus.org/" << false;
    QTest::newRow("empty") << "" << false;
}

void TestResultsView::urlGuard()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);

    UrlGuard guard;
    guard.allow(list("spamhaus-zen").removalUrlFor(kIp));
    guard.allow(list("spamhaus-zen").lookupUrlFor(kIp));
    QCOMPARE(guard.isAllowed(QUrl(url)), allowed);
    if (!allowed)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^Not opening a URL the catalog"));
    QCOMPARE(guard.open(QUrl(url)), allowed);
    QCOMPARE(m_browser.urls.size(), allowed ? 1 : 0);
    if (allowed)
        QCOMPARE(m_browser.urls.at(0), QUrl(url));

    guard.clear();
    QVERIFY2(!guard.isAllowed(QUrl(url)), "nothing is allowed after clear()");
}

void TestResultsView::urlGuardIgnoresUnsafeAllows()
{
    UrlGuard guard;
    for (const char *url : {"http://check.spamhaus.org/", "https://user@check.spamhaus.org/",
                            "javascript:alert(1)", "file:///etc/passwd", "", "https://"})
        guard.allow(QString::fromLatin1(url));
    for (const char *url :
         {"http://check.spamhaus.org/", "https://user@check.spamhaus.org/",
          "https://check.spamhaus.org/", "javascript:alert(1)", "file:///etc/passwd"})
        QVERIFY2(!guard.isAllowed(QUrl(QString::fromLatin1(url))),
                 qPrintable(QStringLiteral("%1 must never be allowed").arg(QLatin1String(url))));
}

void TestResultsView::urlGuardOpensOnlyAllowed()
{
    // The delegate's signal goes through the guard, as in the window: a page that is not on
    // screen is not opened even if a URL arrives.
    UrlGuard guard;
    guard.allow(list("psbl").removalUrlFor(kIp));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^Not opening a URL the catalog"));
    QVERIFY(!guard.open(QUrl(list("spamhaus-zen").removalUrlFor(kIp))));
    QVERIFY(m_browser.urls.isEmpty());
    QVERIFY(guard.open(QUrl("https://psbl.org/remove")));
    QCOMPARE(m_browser.urls, QList<QUrl>({QUrl("https://psbl.org/remove")}));
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
