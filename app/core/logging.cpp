#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "blocklistdoctor.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLookup, "blocklistdoctor.lookup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSelfTest, "blocklistdoctor.selftest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "blocklistdoctor.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBounce, "blocklistdoctor.bounce", QtWarningMsg)
