#include "commandline.h"

#include "bouncecommand.h"
#include "checkcommand.h"
#include "core/version.h"
#include "output.h"

#include <QCoreApplication>

namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString usage()
{
    return Tr::tr("Usage:\n"
                  "  blocklist-doctor                     open the window\n"
                  "  blocklist-doctor check [options] TARGET...\n"
                  "                                       check IP addresses, domains or e-mail "
                  "addresses\n"
                  "  blocklist-doctor bounce [options] FILE... | -\n"
                  "                                       read returned mails and what they name\n"
                  "  blocklist-doctor catalog [--json]    show the blocklists in use\n"
                  "  blocklist-doctor --version\n"
                  "Run \"blocklist-doctor check --help\" or \"blocklist-doctor bounce --help\" "
                  "for the options.\n");
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return first == QLatin1String("check") || first == QLatin1String("catalog") ||
           first == QLatin1String("bounce") || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("help") ||
           first == QLatin1String("--version");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // Each command parses its own options; the command word itself is dropped.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest);
    if (command == QLatin1String("bounce"))
        return BounceCommand::run(rest);
    if (command == QLatin1String("catalog"))
        return CatalogCommand::run(rest);
    if (command == QLatin1String("--version")) {
        Output::out(
            QStringLiteral("blocklist-doctor %1 (Qt %2)\n")
                .arg(QStringLiteral(BLOCKLISTDOCTOR_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    Output::out(usage());
    return 0;
}
