#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/librarytypes.h"

#include <memory>

namespace gaozi {

struct TermRefreshStats
{
    int terms = 0;       // term phrases in the library afterwards
    int statistical = 0; // of which found by corpus statistics
    int sources = 0;     // term source rows written
    qint64 minedCharacters = 0; // characters the statistical miner read
};

struct TermRefreshOptions
{
    // Source rows kept per term: those of its newest documents, in the order
    // the preview lists them (PhraseSearch::sources). A common term is in
    // most documents; a row for each would be most of the library.
    int sourcesKept = kSourcesListed;
    // Statistical terms are mined from a sample of about this many
    // characters (every k-th document) when the library holds more. The
    // miner asks for one occurrence per million characters of what it reads,
    // so a term it keeps is as frequent in the sample as in the whole.
    qint64 miningCharacters = 16'000'000;
};

// Terms are a property of the whole corpus: recurring expressions are found
// statistically across documents, and a term's document count must include
// every document that uses it, quoted or not. After an import (or removal)
// this rescans all paragraphs for the union of mined and statistical terms
// (on every core) and rewrites the term sources in one transaction.
Result<TermRefreshStats> refreshTerms(Database &db, const TermRefreshOptions &options = {});

// refreshTerms in its steps, for a caller with other work for the library
// while the terms are mined: load() reads every paragraph, mine() finds the
// statistical terms without touching the library (on any thread, one step at
// a time), store() scans the paragraphs and writes the terms. scan(), between
// mine() and store() and on a connection of the caller's own, scans the
// paragraphs ahead for the terms as they stand; store() then only writes what
// it found, unless the terms changed meanwhile, and scans again. Both scans
// queue their work on Qt's global thread pool and wait for it: call them on
// a thread that is not one of that pool's, or on one core they wait for ever.
class TermRefresh final
{
public:
    explicit TermRefresh(const TermRefreshOptions &options = {});
    ~TermRefresh();
    Q_DISABLE_COPY_MOVE(TermRefresh)

    Status load(Database &db);
    void mine();
    Status scan(Database &db);
    Result<TermRefreshStats> store(Database &db);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace gaozi
