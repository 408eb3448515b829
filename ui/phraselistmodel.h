#pragma once

#include "common/result.h"
#include "library/librarytypes.h"

#include <QAbstractTableModel>

namespace gaozi::ui {

class LibrarySession;

// Search results as a table, filled page by page on a worker thread. A new
// query replaces the rows when its first page arrives; answers to older
// queries are dropped by sequence number, so fast typing never shows stale
// rows. The view pulls further pages through canFetchMore()/fetchMore().
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
    static constexpr int PageSize = 200;

    explicit PhraseListModel(LibrarySession *session, QObject *parent = nullptr);
    ~PhraseListModel() override;

    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    void reload() { setQuery(m_query); }

    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }
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
    void searchFailed(const QString &message);

private:
    void request(int offset);
    void receive(quint64 sequence, int offset, const Result<SearchResult> &result);

    LibrarySession *m_session;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    int m_total = 0;
    quint64 m_sequence = 0;
    bool m_loading = false;  // first page of the current query on its way
    bool m_fetching = false; // a further page on its way
};

} // namespace gaozi::ui
