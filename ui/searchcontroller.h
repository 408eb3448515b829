#pragma once

#include "library/librarytypes.h"
#include "ui/librarysession.h"
#include "ui/facetmodel.h"

#include <QObject>

#include <memory>

namespace gaozi::ui {

class PhraseListModel;

// Turns what the user types and clicks into queries. Every keystroke (or IME
// commit), filter and sort change searches at once: a page takes a few
// milliseconds even on the largest libraries (docs/BENCHMARKS.md), and the
// work of the query it replaces is interrupted, so a burst of typing costs
// no more than its last search. Results go to the model; facet counts for
// the same query come back through facetsReady(), older answers dropped by
// sequence. (A debounce used to hold every search back 150 ms.)
class SearchController final : public QObject
{
    Q_OBJECT
public:
    SearchController(LibrarySession *session, PhraseListModel *model, QObject *parent = nullptr);
    ~SearchController() override;

    void setText(const QString &text);
    void setFilter(const PhraseFilter &filter);
    void setSort(SortOrder sort);
    void refresh();                        // re-run now (library changed)
    void refreshFacets();                  // counts changed, rows did not (a favourite)

    const SearchQuery &query() const { return m_query; }
    // Facet counts not yet back.
    bool isPending() const { return m_facetsPending; }

Q_SIGNALS:
    void facetsReady(const FacetCounts &counts);
    void failed(const QString &message);

private:
    void run();

    LibrarySession *m_session;
    PhraseListModel *m_model;
    SearchQuery m_query;
    quint64 m_facetSequence = 0;
    LibrarySession::StopFlag m_facetStop;
    bool m_facetsPending = false;
};

} // namespace gaozi::ui
