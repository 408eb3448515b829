#include "ui/searchcontroller.h"

#include "library/phrasesearch.h"
#include "ui/librarysession.h"
#include "ui/phraselistmodel.h"

namespace gaozi::ui {

SearchController::SearchController(LibrarySession *session, PhraseListModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::run);
    connect(m_model, &PhraseListModel::searchFailed, this, &SearchController::failed);
}

void SearchController::setText(const QString &text)
{
    if (text == m_query.text && !m_debounce.isActive())
        return;
    m_query.text = text;
    m_debounce.start();
}

void SearchController::setFilter(const PhraseFilter &filter)
{
    filter.applyTo(&m_query);
    refresh();
}

void SearchController::setSort(SortOrder sort)
{
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    refresh();
}

void SearchController::refresh()
{
    m_debounce.stop();
    run();
}

void SearchController::flush()
{
    if (m_debounce.isActive())
        refresh();
}

void SearchController::run()
{
    m_model->setQuery(m_query);
    refreshFacets();
}

void SearchController::refreshFacets()
{
    const SearchQuery query = m_query;
    const quint64 sequence = ++m_facetSequence;
    m_facetsPending = true;
    m_session->run<Result<FacetCounts>>([query](Database &db) { return PhraseSearch(db).facets(query); })
        .then(this, [this, sequence](const Result<FacetCounts> &counts) {
            if (sequence != m_facetSequence)
                return;
            m_facetsPending = false;
            if (!counts) {
                Q_EMIT failed(counts.error());
                return;
            }
            Q_EMIT facetsReady(counts.value());
        });
}

} // namespace gaozi::ui
