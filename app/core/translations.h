#pragma once

#include <QLocale>

class QCoreApplication;

// Loads our translations and Qt's own for `locale` (":/i18n/blocklistdoctor_<lang>.qm").
// Replaces whatever was installed before, so the language can be switched at run time.
namespace Translations {
void install(const QLocale &locale);
} // namespace Translations
