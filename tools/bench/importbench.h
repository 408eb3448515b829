#pragma once

#include "library/database.h"

#include <QJsonObject>
#include <QString>

namespace gaozi::bench {

// Imports every file of corpusDir into db (an empty library), timing
// read + mine + store and the corpus-wide term refresh apart, in wall-clock
// and CPU seconds; then peak RSS and the library's size against the corpus'.
// "error" is set when the import failed.
QJsonObject runImportBench(Database &db, const QString &corpusDir, bool refreshTerms);

} // namespace gaozi::bench
