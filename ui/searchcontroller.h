#pragma once

#include "library/librarytypes.h"
#include "ui/facetmodel.h"

#include <QObject>
#include <QTimer>

namespace gaozi::ui {

class LibrarySession;
class PhraseListModel;

// Turns what the user types and clicks into queries. Typing is debounced so
// a burst of keystrokes (or IME commits) runs one search; filter and sort
// changes run at once. Results go to the model; facet counts for the same
// query come back through facetsReady(), older answers dropped by sequence.
class SearchController final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    SearchController(LibrarySession *session, PhraseListModel *model, QObject *parent = nullptr);

    void setText(const QString &text);     // debounced
    void setFilter(const PhraseFilter &filter);
    void setSort(SortOrder sort);
    void refresh();                        // re-run now (library changed)
    void flush();                          // run a pending debounced search now
    void refreshFacets();                  // counts changed, rows did not (a favourite)

    const SearchQuery &query() const { return m_query; }
    // A typed search still waiting for its pause, or facet counts not yet back.
    bool isPending() const { return m_debounce.isActive() || m_facetsPending; }

Q_SIGNALS:
    void facetsReady(const FacetCounts &counts);
    void failed(const QString &message);

private:
    void run();

    LibrarySession *m_session;
    PhraseListModel *m_model;
    SearchQuery m_query;
    QTimer m_debounce;
    quint64 m_facetSequence = 0;
    bool m_facetsPending = false;
};

} // namespace gaozi::ui
