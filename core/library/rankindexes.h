#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QLockFile>

#include <memory>

namespace gaozi {

class DeferredCounts;

// An import that more than doubles the library stores its files without the
// rank indexes (schema::rankIndexNames; the favourites' partial index, which
// such an import never touches, stays): each stored or re-counted
// phrase would otherwise rewrite an entry in every one of them, and building
// them once afterwards is a sort each. When none of its files is in the
// library yet it also stores without the index of sources by phrase, whose
// entries go in at random places (store phase 88 to 82 s at 270 MB), and
// without the unique index of phrases by key (schema::keyIndexName): it
// reads every phrase's key into memory first and finds phrases there
// (DeferredCounts::loadExisting), so that the index is not updated at a
// random place for every new phrase and built once at the end instead
// (store phase a fifth shorter at 270 MB); others that would write phrases
// meanwhile refuse (phraseKeysWritable). Such an import also stores without
// foreign key checks on its own connection: each check is a lookup in
// another table, three per source row, while every source it writes points
// at a document and paragraph it has just stored and at a phrase it stored or
// read, and nothing else may delete phrases or documents meanwhile. Search
// still answers meanwhile, by scanning instead of walking an index. The phrases the import creates are
// counted in memory meanwhile and written when it ends (deferredcounts.h).
//
// A lock file beside the library says that such an import is running, so
// that opening the library elsewhere (the window's worker threads, another
// process) does not build the indexes in its middle; a lock left by a
// process that died is stale, and then opening the library builds them and
// counts that import's phrases again.
class RankIndexPause final
{
public:
    // Takes the lock and drops the indexes (in a transaction of its own),
    // with sourcesToo also the index of sources by phrase
    // (schema::sourcesPhraseIndexName), which only removing a document needs,
    // and the key index, after reading every key into counts(): for an import
    // none of whose files is in the library yet. Null when
    // another import holds the lock: it has dropped them already and builds
    // them when it is done.
    static Result<std::unique_ptr<RankIndexPause>> begin(Database &db, bool sourcesToo = false);
    ~RankIndexPause(); // releases the lock; call end() first
    Q_DISABLE_COPY_MOVE(RankIndexPause)

    // The counts of the phrases this import creates, until end().
    DeferredCounts &counts() { return *m_counts; }

    // Writes the deferred counts and builds the indexes again (in a
    // transaction of its own), before anything reads sources by phrase (the
    // term refresh does). With keysToo false the key index stays aside, and
    // with it every other writer of phrases, until restoreKeys(): while the
    // full-text index is built from the phrases as they are (fulltextbuild.h).
    Status end(bool keysToo = true);
    Status restoreKeys();

private:
    explicit RankIndexPause(Database &db);
    Status restoreForeignKeys();
    Database &m_db;
    bool m_foreignKeysOff = false;
    QLockFile m_lock;
    std::unique_ptr<DeferredCounts> m_counts;
};

// Whether a bulk import (RankIndexPause) is running on this library, in
// this process or another.
bool bulkImportRunning(const Database &db);

// An error while a bulk import has the key index set aside: it finds every
// phrase in memory meanwhile, so a phrase added by anything else could be
// stored twice, and one deleted could still be counted. Whatever adds,
// changes or deletes phrases outside that import asks first, in its
// transaction (marking a favourite need not).
Status phraseKeysWritable(Database &db);

// Builds any rank index (or the sources or key index) that is missing and counts
// again the phrases a killed import left counted short, unless an import
// holds the lock:
// Database::open calls it, so a killed import leaves no slow searches behind.
Status restoreRankIndexes(Database &db);

} // namespace gaozi
