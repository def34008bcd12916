#include "mainwindow.h"

#include "aboutdialog.h"
#include "actiondelegate.h"
#include "bouncepanel.h"
#include "core/errortext.h"
#include "core/logging.h"
#include "droppedcontent.h"
#include "inputpane.h"
#include "lookup/blocklistchecker.h"
#include "providercards.h"
#include "report/handoverreport.h"
#include "resultsfilter.h"
#include "resultsmodel.h"
#include "settingsdialog.h"
#include "uilanguage.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

QStringList Dialogs::openFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(
        parent, MainWindow::tr("Open a returned mail"), QString(),
        MainWindow::tr("Mail files (*.eml *.msg *.txt);;All files (*)"));
}

QString Dialogs::saveFile(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, MainWindow::tr("Save report"), suggestedName,
                                        MainWindow::tr("Text files (*.txt)"));
}

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_checker(new BlocklistChecker(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    reloadCatalog();
    buildUi();
    buildMenus();
    retranslate();
    restoreWindow();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    connect(m_checker, &BlocklistChecker::resultReady, this, &MainWindow::onResult);
    connect(m_checker, &BlocklistChecker::finished, this, &MainWindow::onFinished);
    m_input->focusInput();
}

MainWindow::~MainWindow()
{
    m_checker->cancel();
    delete m_reader;
}

void MainWindow::reloadCatalog()
{
    m_catalog = Catalog::builtIn();
    const QMap<QString, QString> keys = m_settings->keys();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            m_catalog.setKey(it.key(), it.value().trimmed());
    }
    delete m_reader;
    m_reader = new BounceReader(m_catalog);
}

QList<Blocklist> MainWindow::selectedLists() const
{
    const QMap<QString, bool> enabled = m_settings->listEnabled();
    QStringList ids;
    for (const Blocklist &list : m_catalog.lists()) {
        const bool on = enabled.value(list.id, list.enabled);
        if (on && list.isUsable())
            ids << list.id;
    }
    return m_catalog.selection(ids, nullptr);
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_input = new InputPane(central);
    layout->addWidget(m_input, 1);

    // The verdict first, right under the input: it is what the user came for.
    m_banner = new VerdictBanner(central);
    layout->addWidget(m_banner);

    m_progress = new QProgressBar(central);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_bouncePanel = new BouncePanel(central);
    m_bouncePanel->hide();
    layout->addWidget(m_bouncePanel);

    m_providers = new ProviderCards(central);
    layout->addWidget(m_providers);

    m_showAll = new QCheckBox(central);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_showAll->setChecked(m_settings->showAllLists());
    layout->addWidget(m_showAll);

    m_model = new ResultsModel(this);
    m_model->setTimeoutMs(m_settings->timeoutMs());
    m_filter = new ResultsFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setShowAll(m_showAll->isChecked());
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setModel(m_filter);
    m_delegate = new ActionDelegate(m_table);
    m_table->setItemDelegateForColumn(ResultsModel::ActionColumn, m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ResultsModel::MeaningColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResultsModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultsModel::ActionColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultsModel::ReasonColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ResultsModel::ReasonColumn, 200);
    layout->addWidget(m_table, 3);

    auto *buttons = new QHBoxLayout;
    m_copyReport = new QPushButton(central);
    m_copyReport->setObjectName(QStringLiteral("copyReport"));
    m_saveReport = new QPushButton(central);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_copyReport->setEnabled(false);
    m_saveReport->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(m_copyReport);
    buttons->addWidget(m_saveReport);
    layout->addLayout(buttons);

    setCentralWidget(central);
    setTabOrder(m_input, m_showAll);
    setTabOrder(m_showAll, m_table);
    setTabOrder(m_table, m_copyReport);
    setTabOrder(m_copyReport, m_saveReport);

    connect(m_input, &InputPane::checkRequested, this, &MainWindow::startCheck);
    connect(m_input, &InputPane::cancelRequested, this, &MainWindow::cancelCheck);
    connect(m_input, &InputPane::openRequested, this, &MainWindow::openFiles);
    connect(m_input, &InputPane::filesDropped, this, &MainWindow::startCheck);
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setShowAll(on);
        m_settings->setShowAllLists(on);
    });
    connect(m_delegate, &ActionDelegate::urlActivated, this, &MainWindow::openUrl);
    connect(m_providers, &ProviderCards::urlActivated, this, &MainWindow::openUrl);
    connect(m_copyReport, &QPushButton::clicked, this, &MainWindow::copyReport);
    connect(m_saveReport, &QPushButton::clicked, this, &MainWindow::saveReport);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openFiles);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveReport);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    // Ctrl+V anywhere: the text area handles its own paste; elsewhere this one takes it.
    m_pasteAction = m_editMenu->addAction(QString(), this, [this] {
        m_input->acceptMimeData(QApplication::clipboard()->mimeData());
        m_input->focusInput();
    });
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WindowShortcut);
    m_checkAction = m_editMenu->addAction(QString(), this, &MainWindow::startCheck);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Blocklist Doctor"));
    m_showAll->setText(tr("Show all lists, also those that do not list you"));
    m_showAll->setAccessibleName(m_showAll->text());
    m_copyReport->setText(tr("Copy report"));
    m_copyReport->setToolTip(tr("Copy a report for your mail administrator"));
    m_copyReport->setAccessibleName(m_copyReport->text());
    m_saveReport->setText(tr("Save report…"));
    m_saveReport->setAccessibleName(m_saveReport->text());
    m_table->setAccessibleName(tr("Blocklist results"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save report…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_pasteAction->setText(tr("&Paste"));
    m_checkAction->setText(tr("&Check"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Blocklist Doctor"));
}

void MainWindow::restoreWindow()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 760);
    restoreState(m_settings->windowState());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::FileOpen) {
        loadFiles({static_cast<QFileOpenEvent *>(event)->file()});
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelCheck();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Always a copy: a move would take the mail out of Outlook.
    if (DroppedContent::canRead(event->mimeData()) && (event->possibleActions() & Qt::CopyAction)) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const bool hasFiles = DroppedContent::hasFiles(event->mimeData());
    if (!m_input->acceptMimeData(event->mimeData()))
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (hasFiles)
        startCheck(); // a dropped returned mail is read at once
}

void MainWindow::loadFiles(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    mime.setUrls(urls);
    if (m_input->acceptMimeData(&mime))
        startCheck();
}

void MainWindow::openFiles()
{
    const QStringList paths = m_dialogs->openFiles(this);
    if (!paths.isEmpty())
        loadFiles(paths);
}

bool MainWindow::isChecking() const
{
    return m_checker->isRunning();
}

void MainWindow::showProblem(const CheckPlan &plan)
{
    switch (plan.problem) {
    case CheckPlan::Problem::Empty:
        m_banner->showMessage(VerdictBanner::Tone::Neutral,
                              tr("Paste the returned mail, drop it on this window, or type an "
                                 "IP address or domain."));
        break;
    case CheckPlan::Problem::NotUnderstood:
        m_banner->showMessage(
            VerdictBanner::Tone::Warning, tr("This is neither a returned mail nor an address."),
            tr("Paste the whole returned mail (or drop its file here), or type the IP address "
               "or domain of your mail server, for example 203.0.113.5 or example.co.jp."));
        break;
    case CheckPlan::Problem::Unreadable: {
        QStringList errors;
        for (const BounceReport &bounce : plan.bounces) {
            if (!bounce.error.isEmpty())
                errors << tr("%1: %2").arg(QFileInfo(bounce.file).fileName(), bounce.error);
        }
        m_banner->showMessage(VerdictBanner::Tone::Warning, tr("The file could not be read."),
                              errors.join(QLatin1Char('\n')));
        break;
    }
    case CheckPlan::Problem::None:
        break;
    }
}

void MainWindow::startCheck()
{
    if (isChecking())
        return;
    m_plan = m_input->files().isEmpty() ? CheckPlan::fromText(m_input->text(), *m_reader)
                                        : CheckPlan::fromInputs(m_input->files(), *m_reader);
    m_model->clear();
    m_urls.clear();
    m_cancelled = false;
    m_bouncePanel->showBounces(m_plan.bounces);
    m_bouncePanel->setVisible(!m_plan.bounces.isEmpty());
    m_providers->showBounces(m_plan.bounces);
    for (const BounceReport &bounce : std::as_const(m_plan.bounces)) {
        for (const NamedBlocklist &named : bounce.blocklists) {
            m_urls.allow(named.lookupUrl);
            m_urls.allow(named.removalUrl);
        }
    }
    m_copyReport->setEnabled(!m_plan.bounces.isEmpty());
    m_saveReport->setEnabled(!m_plan.bounces.isEmpty());
    m_saveAction->setEnabled(!m_plan.bounces.isEmpty());
    if (m_plan.problem != CheckPlan::Problem::None && !m_plan.hasSomethingToCheck()) {
        showProblem(m_plan);
        return;
    }
    if (!m_plan.hasSomethingToCheck()) {
        m_banner->showMessage(VerdictBanner::Tone::Neutral,
                              tr("The returned mail names no address to check."),
                              tr("Type the IP address of your mail server to check it."));
        return;
    }
    const QString serverText = m_settings->dnsServer();
    const DnsServerProblem problem = DnsServers::parse(serverText, &m_server);
    if (problem != DnsServerProblem::None) {
        m_banner->showMessage(VerdictBanner::Tone::Warning,
                              ErrorText::dnsServerProblem(problem, serverText),
                              tr("Change the DNS server in Settings."));
        return;
    }
    const QList<Blocklist> lists = selectedLists();
    QStringList names;
    for (const Target &target : std::as_const(m_plan.targets))
        names << target.input;
    m_model->setTargets(names);
    m_model->setTimeoutMs(m_settings->timeoutMs());
    QStringList order;
    for (const Blocklist &list : lists)
        order << list.id;
    m_model->setListOrder(order);
    m_expected = int(m_plan.targets.size() * lists.size());
    m_answered = 0;
    m_progress->setRange(0, qMax(1, m_expected));
    m_progress->setValue(0);
    m_progress->show();
    m_banner->showChecking(0, m_expected);
    m_input->setChecking(true);
    qCInfo(lcLookup) << "window: checking" << names.size() << "targets on" << lists.size()
                     << "lists";
    m_checker->start(m_plan.targets, lists, m_server, m_settings->timeoutMs());
}

void MainWindow::cancelCheck()
{
    if (isChecking())
        m_checker->cancel(); // finished(true) arrives before this returns
}

void MainWindow::onResult(const ListResult &result)
{
    m_model->addResult(result);
    m_urls.allow(result.lookupUrl);
    m_urls.allow(result.removalUrl);
    ++m_answered;
    m_progress->setValue(qMin(m_answered, m_expected));
    m_banner->showChecking(m_answered, m_expected);
}

void MainWindow::onFinished(bool cancelled)
{
    m_cancelled = cancelled;
    m_checkedAt = QDateTime::currentDateTime();
    const QList<TargetReport> reports = m_checker->reports();
    for (const TargetReport &report : reports) {
        for (const ListResult &result : report.results) {
            // Every other result arrived through resultReady; a cancel adds the unanswered.
            if (result.reason != ResultReason::Cancelled)
                continue;
            m_model->addResult(result);
            m_urls.allow(result.lookupUrl);
            m_urls.allow(result.removalUrl);
        }
    }
    m_progress->hide();
    m_input->setChecking(false);
    m_banner->showReports(reports, cancelled);
    m_copyReport->setEnabled(true);
    m_saveReport->setEnabled(true);
    m_saveAction->setEnabled(true);
}

void MainWindow::openUrl(const QUrl &url)
{
    if (!m_urls.open(url))
        qCWarning(lcLookup) << "window: refused to open a URL that is not from the catalog";
}

QString MainWindow::reportText() const
{
    HandoverReport::Input input;
    input.bounces = m_plan.bounces;
    input.suggestions = m_plan.suggestions;
    input.reports = m_checker->reports();
    input.dnsServer = m_server.name();
    input.checkedAt = m_checkedAt.isValid() ? m_checkedAt : QDateTime::currentDateTime();
    input.timeoutMs = m_settings->timeoutMs();
    input.cancelled = m_cancelled;
    return HandoverReport::text(input);
}

void MainWindow::copyReport()
{
    QApplication::clipboard()->setText(reportText());
    m_banner->setToolTip(tr("The report was copied. Paste it into a mail to your administrator."));
}

void MainWindow::saveReport()
{
    const QString suggested =
        tr("blocklist-report-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_dialogs->saveFile(this, suggested);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reportText().toUtf8()) < 0) {
        //: %1 is the system's reason, e.g. "Permission denied".
        m_banner->showMessage(VerdictBanner::Tone::Warning, tr("The report could not be saved."),
                              tr("Choose another folder, or close the file if another program "
                                 "has it open. (%1)")
                                  .arg(file.errorString()));
    }
}

void MainWindow::showSettings()
{
    const AppSettings::Language before = m_settings->language();
    SettingsDialog dialog(Catalog::builtIn(), m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadCatalog();
    if (m_settings->language() != before)
        UiLanguage::install(m_settings->language()); // widgets get LanguageChange
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}
