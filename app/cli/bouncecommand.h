#pragma once

#include <QStringList>

// `blocklist-doctor bounce [--json] [--check] [--dns-server IPv4] [--catalog FILE]
//  [--timeout SECONDS] FILE... | -`
namespace BounceCommand {
// Exit status: 0 every input read, 2 an input could not be read (or a usage error); with
// --check, as for `check` (1 listed, 2 unreadable or not checkable, 3 incomplete, 0).
int run(const QStringList &arguments);
} // namespace BounceCommand
