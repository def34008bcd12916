#include "uilanguage.h"

#include "core/translations.h"

QLocale UiLanguage::localeFor(AppSettings::Language language)
{
    switch (language) {
    case AppSettings::Language::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case AppSettings::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case AppSettings::Language::System:
        break;
    }
    return QLocale::system();
}

void UiLanguage::install(AppSettings::Language language)
{
    const QLocale locale = localeFor(language);
    // Dates, numbers and QLocale() everywhere follow the chosen language too.
    QLocale::setDefault(locale);
    // Replacing the translators sends QEvent::LanguageChange to every widget: open windows
    // retranslate themselves in changeEvent().
    Translations::install(locale);
}
