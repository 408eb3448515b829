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
    connect(m_model, &PhraseListModel::searchFailed, this, &SearchController::failed);
}

SearchController::~SearchController()
{
    LibrarySession::raise(m_facetStop);
}

void SearchController::setText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    run();
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
    run();
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
    LibrarySession::renew(m_facetStop);
    m_session->run<Result<FacetCounts>>([query](Database &db) { return PhraseSearch(db).facets(query); }, m_facetStop)
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
