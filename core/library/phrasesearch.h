#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/librarytypes.h"

namespace gaozi {

// Read side of the phrase library: exact substring search (any length, several
// words meaning AND), filters, facets, and a phrase's sources in context.
class PhraseSearch final
{
public:
    explicit PhraseSearch(Database &db) : m_db(db) {}

    Result<SearchResult> search(const SearchQuery &query) const;
    // The query's matches, all of them or up to query.countLimit: (total,
    // exact). For a view that shows a page first (SearchQuery::PageOnly) and
    // then the count.
    Result<QPair<int, bool>> count(const SearchQuery &query) const;
    Result<FacetCounts> facets(const SearchQuery &query) const;
    Result<PhraseRecord> phrase(qint64 id) const;
    Result<QList<SourceView>> sources(qint64 phraseId, int limit = kSourcesListed) const;

    // The words of a query: split on whitespace, empty parts dropped.
    static QStringList queryWords(const QString &text);
    // A MATCH expression that FTS5 reads as literal text, never as syntax.
    static QString ftsExpression(const QStringList &words);
    // (start, length) of every case-insensitive occurrence of each word.
    static QList<QPair<int, int>> matchRanges(const QString &text, const QStringList &words);

private:
    Database &m_db;
};

} // namespace gaozi
