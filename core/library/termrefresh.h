#pragma once

#include "common/result.h"
#include "library/database.h"

namespace gaozi {

struct TermRefreshStats
{
    int terms = 0;           // term phrases in the library afterwards
    int statistical = 0;     // of which found by corpus statistics
    int sources = 0;         // term occurrences recorded
};

// Terms are a property of the whole corpus: recurring expressions are found
// statistically across documents, and a term's document count must include
// every document that uses it, quoted or not. After an import (or removal)
// this rescans all paragraphs for the union of mined and statistical terms
// and rewrites the term sources in one transaction.
Result<TermRefreshStats> refreshTerms(Database &db);

} // namespace gaozi
