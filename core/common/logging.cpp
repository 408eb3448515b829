#include "common/logging.h"

Q_LOGGING_CATEGORY(lcIngest, "gaozi.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMining, "gaozi.mining", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "gaozi.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "gaozi.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "gaozi.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "gaozi.ui", QtInfoMsg)
