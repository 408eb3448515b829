#pragma once

#include "common/result.h"
#include "library/librarytypes.h"
#include "ui/librarysession.h"

#include <QAbstractTableModel>

#include <memory>

namespace gaozi::ui {


// Search results as a table, filled page by page on a worker thread. A new
// query replaces the rows when its first page arrives; answers to older
// queries are dropped by sequence number, so fast typing never shows stale
// rows, and their work is interrupted, so it never delays the new query.
// The first page is shown as soon as it is read; the total follows from a
// count of its own (totalChanged()), since counting a word found in a
// million phrases takes far longer than reading its best 50. The view pulls
// further pages through canFetchMore()/fetchMore().
class PhraseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FavouriteColumn, TextColumn, KindColumn, RoleColumn, TopicColumn, DocumentsColumn, ColumnCount };
    enum Role {
        PhraseIdRole = Qt::UserRole + 1,
        MatchesRole,    // QVariantList of QPoint(start, length) in the phrase text
        UserPhraseRole, // bool: written by the user, editable
        FavouriteRole,  // bool
    };
    // The first page of a query, then each further one (librarytypes.h).
    static constexpr int FirstPageSize = kFirstListRows;
    static constexpr int PageSize = kListPageRows;
    static constexpr int pageSizeAt(int offset) { return offset == 0 ? FirstPageSize : PageSize; }

    explicit PhraseListModel(LibrarySession *session, QObject *parent = nullptr);
    ~PhraseListModel() override;

    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    void reload() { setQuery(m_query); }

    // Matches of the query: exact once the count is back (isCounting() is
    // false); until then the rows shown, and totalExact() is false when
    // there are more.
    int total() const { return m_total; }
    bool totalExact() const { return m_totalExact; }
    bool isLoading() const { return m_loading; }   // the first page is on its way
    bool isCounting() const { return m_counting; } // the total is on its way
    const SearchHit *hitAt(int row) const;
    int rowOfPhrase(qint64 id) const;
    // Updates one row in place (a favourite toggled) without re-running the query.
    void updatePhrase(const PhraseRecord &phrase);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void resultsReady(int total);        // the first page of the current query is shown
    void totalChanged(int total);        // the count of the current query is back
    void searchFailed(const QString &message);

private:
    void request(int offset);
    void receive(quint64 sequence, int offset, const Result<SearchResult> &result);
    void requestCount();

    LibrarySession *m_session;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    int m_total = 0;
    bool m_totalExact = true;
    bool m_more = false; // the last page read was full
    quint64 m_sequence = 0;
    LibrarySession::StopFlag m_stop; // raised when the query is replaced
    bool m_loading = false;  // first page of the current query on its way
    bool m_fetching = false; // a further page on its way
    bool m_counting = false; // its total on its way
};

} // namespace gaozi::ui
