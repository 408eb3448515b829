#pragma once

#include "library/database.h"

#include <QJsonObject>
#include <QString>

namespace gaozi::bench {

// Search latency over a fixed query set (1 to 8 characters, common and rare,
// with and without filters), each repeated; and `rg -F` over the raw corpus
// for the same words in the same run.
QJsonObject runSearchBench(Database &db, const QString &corpusDir, int repetitions);

// Percentile (0..100) of a sorted list of milliseconds.
double percentile(const QList<double> &sorted, double p);

} // namespace gaozi::bench
