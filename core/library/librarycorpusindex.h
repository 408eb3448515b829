#pragma once

#include "checks/corpusindex.h"
#include "library/database.h"

namespace gaozi {

// The copy-ratio rules' view of the library: a draft sentence is "found" when
// a mined sentence phrase has the same key (slots and punctuation aside), and
// its sources say where. Use from the thread that owns db.
class LibraryCorpusIndex final : public CorpusIndex
{
public:
    explicit LibraryCorpusIndex(Database &db) : m_db(db) {}
    QList<CorpusMatch> findVerbatim(const QString &sentence) const override;

private:
    Database &m_db;
};

} // namespace gaozi
