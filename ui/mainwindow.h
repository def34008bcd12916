#pragma once

#include "appsettings.h"
#include "bounce/bouncereader.h"
#include "catalog/catalog.h"
#include "dialogs.h"
#include "lookup/dnsserver.h"
#include "session/checkplan.h"
#include "urlguard.h"
#include "verdict/listresult.h"

#include <QDateTime>
#include <QMainWindow>

class ActionDelegate;
class BlocklistChecker;
class BouncePanel;
class InputPane;
class ProviderCards;
class QAction;
class QCheckBox;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class ResultsFilter;
class ResultsModel;
class VerdictBanner;

// The window: input, what the bounce says, the verdict, the lists and the hand-over report.
// Every decision is made by the engine (CheckPlan, BounceReader, BlocklistChecker); this class
// only shows and wires.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads files as if dropped (command line, Finder/Dock).
    void loadFiles(const QStringList &paths);
    void startCheck();
    void cancelCheck();
    bool isChecking() const;
    QString reportText() const;
    // Tests answer the file dialogs through this; the window keeps ownership of its default.
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs ? dialogs : &m_defaultDialogs; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    // macOS hands files opened from Finder or the Dock to the application object.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void reloadCatalog();
    void openFiles();
    void showSettings();
    void showAbout();
    void copyReport();
    void saveReport();
    void onResult(const ListResult &result);
    void onFinished(bool cancelled);
    void openUrl(const QUrl &url);
    void showProblem(const CheckPlan &plan);
    QList<Blocklist> selectedLists() const;
    void restoreWindow();

    AppSettings *m_settings = nullptr;
    Catalog m_catalog;
    BounceReader *m_reader = nullptr;
    BlocklistChecker *m_checker = nullptr;
    CheckPlan m_plan;
    DnsServer m_server;
    QDateTime m_checkedAt;
    bool m_cancelled = false;
    int m_expected = 0;
    int m_answered = 0;
    UrlGuard m_urls;
    Dialogs m_defaultDialogs;
    Dialogs *m_dialogs = &m_defaultDialogs;

    InputPane *m_input = nullptr;
    BouncePanel *m_bouncePanel = nullptr;
    VerdictBanner *m_banner = nullptr;
    QProgressBar *m_progress = nullptr;
    ProviderCards *m_providers = nullptr;
    QTableView *m_table = nullptr;
    ResultsModel *m_model = nullptr;
    ResultsFilter *m_filter = nullptr;
    ActionDelegate *m_delegate = nullptr;
    QCheckBox *m_showAll = nullptr;
    QPushButton *m_copyReport = nullptr;
    QPushButton *m_saveReport = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
