#pragma once

#include "catalog/catalog.h"
#include "lookup/dnsserver.h"
#include "verdict/targetreport.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the commands share: exit codes, the catalog options and the per-query timeout.
namespace CommandSupport {

constexpr int ExitListed = 1;
constexpr int ExitUsage = 2;
constexpr int ExitIncomplete = 3;
constexpr double DefaultTimeoutSeconds = 4.0;

// The options `check` and `bounce` share, with the same words in both.
struct CommonOptions
{
    QCommandLineOption json;
    QCommandLineOption dnsServer;
    QCommandLineOption catalog;
    QCommandLineOption timeout;
};
CommonOptions commonOptions();

// Parses `arguments`; answers --help and usage errors itself. Returns the exit status when the
// command is already answered, nothing when it should run.
std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments);

// Prints `message` on standard error and returns ExitUsage.
int usageError(const QString &message);

// The built-in catalog with the --catalog files merged; false (after printing why) on error.
bool loadCatalog(const QStringList &files, Catalog *catalog);

// --timeout in milliseconds; false (after printing why) when the value is out of range.
bool parseTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *ms);

// --dns-server as a DnsServer; false (after printing why) when it cannot be used.
bool parseDnsServer(const QCommandLineParser &parser, const QCommandLineOption &option,
                    DnsServer *server);

// 1 listed somewhere; else 2 a target that cannot be checked; else 3 incomplete; else 0.
int exitStatus(const QList<TargetReport> &reports);

} // namespace CommandSupport
