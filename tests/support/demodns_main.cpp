// A real rbldnsd serving the shipped catalog's test points plus some listed addresses, for
// shell-driven setups such as tests/gui/screenshots.sh:
//   demodns --listen 127.0.0.170 [--listed 153.127.20.8]...
// Runs until SIGTERM/SIGINT; loopback addresses only.

#include "catalog/catalog.h"
#include "rbldnsdserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/signalfd.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Signals arrive through a signalfd in the event loop, so rbldnsd is always stopped.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    if (sigprocmask(SIG_BLOCK, &signals, nullptr) != 0)
        return 1;
    const int signalFd = signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signalFd < 0)
        return 1;

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("rbldnsd with the catalog's test points and listed demo addresses."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Loopback IPv4 address (port 53)."),
                                    QStringLiteral("address"));
    const QCommandLineOption listed(
        QStringLiteral("listed"),
        QStringLiteral("An IPv4 address listed on Spamhaus ZEN and SpamCop."),
        QStringLiteral("address"));
    parser.addOptions({listen, listed});
    parser.process(app);
    const QHostAddress address(parser.value(listen));
    if (address.isNull() || !address.isLoopback()) {
        std::fprintf(stderr, "demodns: --listen needs a loopback IPv4 address\n");
        return 2;
    }
    RbldnsdServer server;
    server.serveCatalogTestPoints(Catalog::builtIn());
    for (const QString &ip : parser.values(listed)) {
        server.addData(QStringLiteral("zen.spamhaus.org"), QStringLiteral("ip4set"),
                       {ip + QStringLiteral(" :127.0.0.2:Listed in the SBL, see "
                                            "https://check.spamhaus.org/")});
        server.addData(
            QStringLiteral("bl.spamcop.net"), QStringLiteral("ip4set"),
            {ip + QStringLiteral(" :127.0.0.2:Blocked - see https://www.spamcop.net/bl.shtml?$")});
    }
    QString error;
    if (!server.start(address, &error)) {
        std::fprintf(stderr, "demodns: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("demodns: serving on %s\n", qPrintable(address.toString()));
    std::fflush(stdout);
    QSocketNotifier notifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app,
                     [] { QCoreApplication::quit(); });
    const int status = QCoreApplication::exec();
    server.stop();
    ::close(signalFd);
    return status;
}
