#pragma once

#include "appsettings.h"

#include <QLocale>

// Installs the program's translation and Qt's own (qtbase_ja) for the chosen language, so
// standard dialogs speak it too. Replaces what a previous call installed.
namespace UiLanguage {
QLocale localeFor(AppSettings::Language language);
void install(AppSettings::Language language);
} // namespace UiLanguage
