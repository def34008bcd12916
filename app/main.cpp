#include "cli/commandline.h"
#include "core/translations.h"
#include "core/version.h"
#include "lookup/qdnslookuptransport.h"

#include <QCoreApplication>
#ifdef BLOCKLISTDOCTOR_GUI
#include "appsettings.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QIcon>
#endif

#include <cstdio>
#include <cstdlib>

namespace {

// Qt waits for its DNS lookup threads when the application object is destroyed, and a lookup
// we gave up on can still be blocked in the system resolver. The answer is already printed (or
// the window closed): leave without waiting for it.
[[noreturn]] void exitWithoutWaitingForDns(int status)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BlocklistDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("Blocklist Doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLOCKLISTDOCTOR_VERSION));
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Translations::install(QLocale::system());
    const int status = CommandLine::run(QCoreApplication::arguments());
    if (QDnsLookupTransport::lookupsInFlight() > 0)
        exitWithoutWaitingForDns(status); // before `app` would wait for Qt's DNS threads
    return status;
}

#ifdef BLOCKLISTDOCTOR_GUI
int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    AppSettings settings;
    UiLanguage::install(settings.language());
    MainWindow window(&settings); // also takes files opened from Finder or the Dock
    QStringList files = QCoreApplication::arguments();
    files.removeFirst();
    window.show();
    if (!files.isEmpty())
        window.loadFiles(files); // `blocklist-doctor FILE` starts with the file loaded
    const int status = QApplication::exec();
    if (QDnsLookupTransport::lookupsInFlight() > 0)
        exitWithoutWaitingForDns(status); // before `app` would wait for Qt's DNS threads
    return status;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
#ifdef BLOCKLISTDOCTOR_GUI
    const int status =
        CommandLine::isCommand(arguments) ? runCommandLine(argc, argv) : runWindow(argc, argv);
#else
    const int status = runCommandLine(argc, argv); // no window in this build: prints usage
#endif
    return status;
}
