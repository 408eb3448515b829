#include "common/logging.h"

Q_LOGGING_CATEGORY(lcIngest, "gaozi.ingest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMining, "gaozi.mining", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibrary, "gaozi.library", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "gaozi.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "gaozi.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "gaozi.ui", QtWarningMsg)
