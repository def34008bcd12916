#pragma once

#include <QLoggingCategory>

// One category per area, so a user can turn on exactly what a support case needs, e.g.
// QT_LOGGING_RULES="blocklistdoctor.lookup.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcLookup)
Q_DECLARE_LOGGING_CATEGORY(lcSelfTest)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcBounce)
