#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QList>
#include <QPair>
#include <QString>

namespace gaozi {

// Counts for `gaozi-cli stats` and the overview charts.
struct LibraryStats
{
    int documents = 0;
    qint64 characters = 0;
    int phrases = 0;
    int sources = 0;
    int favourites = 0;
    int userPhrases = 0;
    QList<QPair<QString, int>> documentsByYear;  // "2023" → n ("" for unknown)
    QList<QPair<QString, int>> documentsByGenre;
    QList<QPair<QString, int>> phrasesByKind;
    QList<QPair<QString, int>> phrasesByTopic;
    QList<QPair<QString, int>> phrasesByRole;
    QList<QPair<QString, int>> topTerms;         // term text → documents using it
};

Result<LibraryStats> libraryStats(Database &db, int topTerms = 20);

// Integrity: SQLite's own check, foreign keys, the FTS index against the
// phrases, and stored counts against the sources.
struct DoctorReport
{
    QStringList problems; // empty when the library is sound
    QStringList checks;   // what was checked, for the report
    bool ok() const { return problems.isEmpty(); }
};

Result<DoctorReport> checkLibrary(Database &db);

} // namespace gaozi
