#pragma once

#include <QString>

// Writes UTF-8 to the terminal or pipe; Windows consoles get UTF-8 through SetConsoleOutputCP.
namespace Output {
void out(const QString &text);
void err(const QString &text);
} // namespace Output
