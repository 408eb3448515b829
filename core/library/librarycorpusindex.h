#pragma once

#include "checks/corpusindex.h"
#include "library/database.h"

namespace gaozi {

// The copy-ratio rules' view of the library: a draft sentence is "found" when a
// mined sentence or point lead has the same phraseKey(slotify(…)) — punctuation,
// quotes, widths, a leading 一是 marker and concrete numbers and years aside (the
// miner stores phrases that way, so 开展谈心谈话120次 matches 开展谈心谈话86次, as
// it would in a reviewer's 查重) — and the phrase's sources say where, newest
// document first, at most kMaxMatches. A sentence the miner would not keep (too
// long, too many placeholders, a quotation cut at its 。) is looked for as written
// in the stored paragraphs. Use from the thread that owns db.
class LibraryCorpusIndex final : public CorpusIndex
{
public:
    static constexpr int kMaxMatches = 20;

    explicit LibraryCorpusIndex(Database &db) : m_db(db) {}
    QList<CorpusMatch> findVerbatim(const QString &sentence) const override;

    // The key a sentence is looked up by (empty when nothing is left to compare).
    static QString lookupKey(const QString &sentence);

private:
    Database &m_db;
};

} // namespace gaozi
