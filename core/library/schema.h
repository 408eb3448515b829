#pragma once

#include <QStringList>

namespace gaozi::schema {

// The migration ladder: steps()[i] takes user_version i to i+1. Each step runs
// in its own transaction; statements are plain SQL with no user input.
const QList<QStringList> &steps();

// The rank indexes (step 3) by name, and the statements that build them when
// missing. An import that more than doubles the library drops them while it
// stores and builds them again after (one sort each instead of an update per
// phrase); opening a library builds any that a killed import left missing.
const QStringList &rankIndexNames();
const QStringList &createRankIndexes();

// The index of sources by phrase (step 1), which such an import also sets
// aside when none of its files is in the library yet: nothing it does then
// looks sources up by phrase (only removing a document does).
QString sourcesPhraseIndexName();
QString createSourcesPhraseIndex();

// The full-text index of the phrases (step 1): an FTS5 table over
// phrases.text, whose own rows are in phrase_fts_data, phrase_fts_idx and
// phrase_fts_config (fulltextbuild.h builds one in a file of its own).
QString createFullTextTable();

// The unique index phrases are found by, on (kind, key) (step 7). A bulk
// import sets it aside too and finds phrases in memory meanwhile; anything
// else that writes phrases refuses while it is missing.
QString keyIndexName();
QString createKeyIndex();

} // namespace gaozi::schema
