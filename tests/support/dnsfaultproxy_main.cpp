// Standalone front-end for DnsFaultProxy, for manual testing and shell-driven test setups:
//   dnsfaultproxy --listen 127.0.0.154 --upstream 127.0.0.153 [--port 53] [--delay MS]
//                 [--drop ZONE]... [--servfail ZONE]... [--refused ZONE]... [--bad-answer ZONE]...
// Runs until SIGTERM/SIGINT.

#include "dnsfaultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <utility>

#include <sys/signalfd.h>
#include <unistd.h>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "dnsfaultproxy: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Block the signals before any thread exists so every thread inherits the mask and they
    // are only ever delivered through the signalfd (handled safely in the event loop).
    sigset_t blockedSignals;
    sigemptyset(&blockedSignals);
    sigaddset(&blockedSignals, SIGINT);
    sigaddset(&blockedSignals, SIGTERM);
    if (sigprocmask(SIG_BLOCK, &blockedSignals, nullptr) != 0) {
        std::perror("dnsfaultproxy: sigprocmask");
        return 1;
    }
    const int signalFd = signalfd(-1, &blockedSignals, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signalFd < 0) {
        std::perror("dnsfaultproxy: signalfd");
        return 1;
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dnsfaultproxy"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fake DNS server for tests: forwards UDP queries to an upstream server on "
                       "loopback and injects faults per zone."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Loopback IPv4 address to listen on."),
                                          QStringLiteral("address"));
    const QCommandLineOption upstreamOption(
        QStringLiteral("upstream"), QStringLiteral("Loopback IPv4 address of the upstream server."),
        QStringLiteral("address"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("UDP port for listening and upstream (default 53)."),
        QStringLiteral("port"), QStringLiteral("53"));
    const QCommandLineOption delayOption(
        QStringLiteral("delay"), QStringLiteral("Delay before forwarding/answering each query."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        QStringLiteral("Never answer queries under ZONE."),
                                        QStringLiteral("zone"));
    const QCommandLineOption servFailOption(QStringLiteral("servfail"),
                                            QStringLiteral("Answer SERVFAIL under ZONE."),
                                            QStringLiteral("zone"));
    const QCommandLineOption refusedOption(QStringLiteral("refused"),
                                           QStringLiteral("Answer REFUSED under ZONE."),
                                           QStringLiteral("zone"));
    const QCommandLineOption badAnswerOption(QStringLiteral("bad-answer"),
                                             QStringLiteral("Answer A 10.0.0.1 under ZONE."),
                                             QStringLiteral("zone"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log every query to stderr."));
    parser.addOptions({listenOption, upstreamOption, portOption, delayOption, dropOption,
                       servFailOption, refusedOption, badAnswerOption, verboseOption});
    parser.process(app);

    if (!parser.isSet(listenOption) || !parser.isSet(upstreamOption))
        return fail(QStringLiteral("--listen and --upstream are required (see --help)"));
    const QHostAddress listen(parser.value(listenOption));
    const QHostAddress upstream(parser.value(upstreamOption));
    if (listen.isNull())
        return fail(QStringLiteral("invalid --listen address: %1").arg(parser.value(listenOption)));
    if (upstream.isNull())
        return fail(
            QStringLiteral("invalid --upstream address: %1").arg(parser.value(upstreamOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(QStringLiteral("invalid --port: %1").arg(parser.value(portOption)));
    const int delay = parser.value(delayOption).toInt(&ok);
    if (!ok || delay < 0)
        return fail(QStringLiteral("invalid --delay: %1").arg(parser.value(delayOption)));

    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(
            QStringLiteral("blocklistdoctor.tests.dnsproxy.debug=true"));

    DnsFaultProxy proxy;
    proxy.setDelay(delay);
    const std::pair<const QCommandLineOption *, DnsFaultProxy::Fault> faultOptions[] = {
        {&dropOption, DnsFaultProxy::Fault::Drop},
        {&servFailOption, DnsFaultProxy::Fault::ServFail},
        {&refusedOption, DnsFaultProxy::Fault::Refused},
        {&badAnswerOption, DnsFaultProxy::Fault::BadAnswer},
    };
    for (const auto &[option, fault] : faultOptions) {
        for (const QString &zone : parser.values(*option))
            proxy.setFault(zone, fault);
    }

    QString error;
    if (!proxy.start(listen, upstream, quint16(port), &error))
        return fail(error);

    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [signalFd] {
        signalfd_siginfo info;
        while (read(signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
        }
        QCoreApplication::quit();
    });

    std::printf("listening on %s:%u\n", qPrintable(listen.toString()), port);
    std::fflush(stdout);

    const int result = app.exec();
    proxy.stop();
    close(signalFd);
    return result;
}
