#pragma once

#include "common/result.h"
#include "library/database.h"

namespace gaozi {

// Adds phrases stored since the last call to the full-text index, in one
// statement. Call inside a transaction after storing phrases (an import, a
// user phrase). Safe to call any time: a library killed before it ran is
// caught up when next opened.
Status syncFullText(Database &db);

// The highest phrase id handed out so far (AUTOINCREMENT never reuses one,
// so every phrase an import stored is at or below it).
Result<qint64> lastPhraseId(Database &db);

// Phrases not yet in the full-text index (0 when search sees everything).
Result<qint64> fullTextBacklog(Database &db);

} // namespace gaozi
