#pragma once

#include <QStringList>

// Dispatches `blocklist-doctor <command> …`. The window is opened by main() when this says the
// arguments are not a command.
namespace CommandLine {
bool isCommand(const QStringList &arguments);
int run(const QStringList &arguments);
} // namespace CommandLine
