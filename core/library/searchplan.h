#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/librarytypes.h"

#include <QStringList>

namespace gaozi {

// A page of phrases matching words (not empty) in the default order (the
// user's own first, then rank), read the cheapest way for how often the
// words occur. All three ways give the same page:
// - a few matches: look each up and sort them;
// - more: keep their ids in a bitmap and walk the rank index of the
//   filters until the page is full;
// - very many: walk the rank index testing each phrase's text, which fills a
//   page after about limit × phrases / matches steps and never collects the
//   matches at all.
// With no walk, a word found in a million phrases meant a million lookups
// and a sort for one page.
struct RankedPage
{
    QList<PhraseRecord> phrases;
    int matches = -1; // full-text matches of the words when the plan counted them all, else -1
};

Result<RankedPage> readRankedPage(Database &db, const SearchQuery &query, const QStringList &words);

// Where the ways change: below about sortBelow matches the matches are
// sorted, from about textFrom on the walk tests text (0 and 0: always the
// text walk; 0 and more than any library: always the bitmap). Tests move them to check that every
// way gives the same pages on a small library; the defaults suit libraries
// of any size (docs/BENCHMARKS.md).
struct SearchPlanLimits
{
    qint64 sortBelow = 5000;
    qint64 textFrom = 100000;
};
SearchPlanLimits searchPlanLimits();
void setSearchPlanLimits(const SearchPlanLimits &limits);

// SearchResult::total and totalExact under query.countLimit (> 0: up to that
// many; 0: all). knownMatches: RankedPage::matches, or -1.
Result<QPair<int, bool>> countMatches(Database &db, const SearchQuery &query, const QStringList &words,
                                      int knownMatches);

} // namespace gaozi
