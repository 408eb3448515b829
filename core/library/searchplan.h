#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/librarytypes.h"

#include <QStringList>

namespace gaozi {

// A page of phrases matching words (not empty) in the default order (the
// user's own first, then rank), read the cheapest way for how often the
// words occur. Every way gives the same page:
// - a few matches: look each up and sort them;
// - more: walk the rank index of the filters testing each phrase's text,
//   which fills a page after about limit × phrases / matches rows and never
//   collects the matches at all; but where the matches sit low in the rank
//   order the walk is long, so it gives up after a budget of rows and
//   keeps the matches' ids in a bitmap and walks the rank index again until
//   the page is full; where reading the full-text lists costs less than the
//   texts the walk would test, the bitmap is built straight away. A word of
//   three characters or more puts only its rarest bigram's matches in the
//   bitmap, and the walk tests the text of those it meets
//   (fulltextcandidates.h);
// - very many: the text walk without a budget (collecting a million ids
//   costs more than any walk).
// With no walk, a word found in a million phrases meant a million lookups
// and a sort for one page.
struct RankedPage
{
    QList<PhraseRecord> phrases;
    int matches = -1; // full-text matches of the words when the plan counted them all, else -1
};

Result<RankedPage> readRankedPage(Database &db, const SearchQuery &query, const QStringList &words);

// Where the ways change: below about sortBelow matches the matches are
// sorted; from about textFrom on, the text walk has no budget; in between
// the text walk is tried when it should fill the page within walkRows rows
// and cost less than the bitmap (textRowCost), and gives up for the bitmap
// after walkBudget rows. Tests move them to check
// that every way gives the same pages on a small library; the defaults suit
// libraries of any size (docs/BENCHMARKS.md).
struct SearchPlanLimits
{
    qint64 sortBelow = 5000;
    qint64 textFrom = 100000;
    qint64 walkRows = 10000;
    qint64 walkBudget = 30000;
    // A row of the text walk costs about as much as reading this many
    // entries of a full-text list: 50 ns for the index entry and its
    // signature, and 1.1 µs for each text the signature lets through (about
    // a fifth) against 50 ns a list entry, at 270 MB. The walk is tried only
    // when it should be the cheaper way.
    qint64 textRowCost = 4;
};
SearchPlanLimits searchPlanLimits();
void setSearchPlanLimits(const SearchPlanLimits &limits);

// SearchResult::total and totalExact under query.countLimit (> 0: up to that
// many; 0: all). knownMatches: RankedPage::matches, or -1.
Result<QPair<int, bool>> countMatches(Database &db, const SearchQuery &query, const QStringList &words,
                                      int knownMatches);

} // namespace gaozi
