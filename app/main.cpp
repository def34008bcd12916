#include "cli/commandline.h"
#include "cli/output.h"
#include "core/translations.h"
#include "core/version.h"
#include "lookup/qdnslookuptransport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

// Qt waits for its DNS lookup threads when the application object is destroyed, and a lookup
// we gave up on can still be blocked in the system resolver. The answer is already printed:
// leave without waiting for it.
[[noreturn]] void exitWithoutWaitingForDns(int status)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
}

} // namespace

int main(int argc, char *argv[])
{
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("BlocklistDoctor"));
        QCoreApplication::setApplicationName(QStringLiteral("Blocklist Doctor"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BLOCKLISTDOCTOR_VERSION));
        Translations::install(QLocale::system());
        status = CommandLine::run(QCoreApplication::arguments());
        if (QDnsLookupTransport::lookupsInFlight() > 0)
            exitWithoutWaitingForDns(status);
    }
    return status;
}
