#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

} // namespace

void Translations::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator **slot : {&g_app, &g_qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    g_app = new QTranslator(app);
    // English is the source language: no file is needed, and a missing file is no error.
    if (g_app->load(locale, QStringLiteral("blocklistdoctor"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator(app);
    if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
}
