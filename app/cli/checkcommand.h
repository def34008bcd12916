#pragma once

#include <QStringList>

// `blocklist-doctor check [--json] [--dns-server IPv4] [--catalog FILE] [--lists ID,...]
//  [--timeout SECONDS] TARGET...`
namespace CheckCommand {
// Exit status: 1 listed somewhere; else 2 usage error or a target that cannot be checked;
// else 3 incomplete; else 0.
int run(const QStringList &arguments);
} // namespace CheckCommand

// `blocklist-doctor catalog [--json] [--catalog FILE]`
namespace CatalogCommand {
int run(const QStringList &arguments);
} // namespace CatalogCommand
