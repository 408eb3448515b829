#include "ui/phraselistmodel.h"

#include "library/phrasesearch.h"
#include "ui/labels.h"
#include "ui/librarysession.h"

#include <QColor>
#include <QPoint>

namespace gaozi::ui {

PhraseListModel::PhraseListModel(LibrarySession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_query.limit = FirstPageSize;
}

PhraseListModel::~PhraseListModel()
{
    LibrarySession::raise(m_stop); // nobody is waiting for its answers any more
}

void PhraseListModel::setQuery(const SearchQuery &query)
{
    LibrarySession::renew(m_stop);
    m_query = query;
    m_query.limit = FirstPageSize;
    m_query.offset = 0;
    // Pages never count; requestCount() does, once the first page is shown.
    m_query.countLimit = SearchQuery::PageOnly;
    ++m_sequence;
    m_loading = true;
    m_fetching = false;
    m_counting = false;
    request(0);
}

void PhraseListModel::request(int offset)
{
    SearchQuery query = m_query;
    query.offset = offset;
    query.limit = pageSizeAt(offset);
    const quint64 sequence = m_sequence;
    m_session
        ->run<Result<SearchResult>>([query](Database &db) { return PhraseSearch(db).search(query); }, m_stop)
        .then(this, [this, sequence, offset](const Result<SearchResult> &result) {
            // Pending delivers from the event loop, so a quick answer never
            // arrives inside request() before the caller's own bookkeeping.
            receive(sequence, offset, result);
        });
}

void PhraseListModel::receive(quint64 sequence, int offset, const Result<SearchResult> &result)
{
    if (sequence != m_sequence)
        return; // the user has typed on since
    if (!result) {
        m_loading = m_fetching = false;
        Q_EMIT searchFailed(result.error());
        return;
    }
    m_more = result->hits.size() >= pageSizeAt(offset);
    if (offset == 0) {
        beginResetModel();
        m_hits = result->hits;
        m_total = int(m_hits.size());
        m_totalExact = !m_more;
        m_loading = false;
        endResetModel();
        if (m_more)
            requestCount();
        Q_EMIT resultsReady(m_total);
        return;
    }
    m_fetching = false;
    if (offset != m_hits.size() || result->hits.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + result->hits.size() - 1));
    m_hits.append(result->hits);
    endInsertRows();
    if (!m_counting && m_total < m_hits.size()) {
        m_total = int(m_hits.size());
        m_totalExact = !m_more;
    }
}

void PhraseListModel::requestCount()
{
    SearchQuery query = m_query;
    query.countLimit = 0;
    const quint64 sequence = m_sequence;
    m_counting = true;
    m_session
        ->run<Result<QPair<int, bool>>>([query](Database &db) { return PhraseSearch(db).count(query); }, m_stop)
        .then(this, [this, sequence](const Result<QPair<int, bool>> &count) {
            if (sequence != m_sequence)
                return;
            m_counting = false;
            if (!count) {
                Q_EMIT searchFailed(count.error());
                return;
            }
            m_total = std::max(count->first, int(m_hits.size()));
            m_totalExact = count->second;
            Q_EMIT totalChanged(m_total);
        });
}

bool PhraseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_fetching && m_more;
}

void PhraseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    request(int(m_hits.size()));
}

const SearchHit *PhraseListModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int PhraseListModel::rowOfPhrase(qint64 id) const
{
    for (int i = 0; i < m_hits.size(); ++i)
        if (m_hits.at(i).phrase.id == id)
            return i;
    return -1;
}

void PhraseListModel::updatePhrase(const PhraseRecord &phrase)
{
    const int row = rowOfPhrase(phrase.id);
    if (row < 0)
        return;
    m_hits[row].phrase = phrase;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PhraseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int PhraseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhraseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const PhraseRecord &p = hit.phrase;
    switch (role) {
    case PhraseIdRole:
        return p.id;
    case UserPhraseRole:
        return p.user;
    case FavouriteRole:
        return p.favourite;
    case MatchesRole: {
        QVariantList matches;
        for (const auto &[start, length] : hit.matches)
            matches.append(QPoint(start, length));
        return matches;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case FavouriteColumn:
            return p.favourite ? QStringLiteral("★") : QString();
        case TextColumn:
            return p.text;
        case KindColumn:
            return p.user ? tr("%1 · mine").arg(Labels::kind(p.kind)) : Labels::kind(p.kind);
        case RoleColumn:
            return p.role;
        case TopicColumn:
            return p.topic;
        case DocumentsColumn:
            return p.documents;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return p.text;
        if (index.column() == DocumentsColumn)
            return QString(tr("used %n time(s)", nullptr, p.occurrences) + u'\n'
                           + tr("in %n document(s)", nullptr, p.documents));
        if (index.column() == KindColumn)
            return Labels::kindHelp(p.kind);
        break;
    case Qt::ForegroundRole:
        if (index.column() == FavouriteColumn)
            return QColor(0xd4, 0x8a, 0x00);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DocumentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == FavouriteColumn)
            return int(Qt::AlignCenter);
        break;
    }
    return {};
}

QVariant PhraseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FavouriteColumn:
            return QStringLiteral("★");
        case TextColumn:
            return tr("Phrase");
        case KindColumn:
            return tr("Kind");
        case RoleColumn:
            return tr("Role");
        case TopicColumn:
            return tr("Topic");
        case DocumentsColumn:
            return tr("Docs");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FavouriteColumn:
            return tr("Favourite");
        case RoleColumn:
            return tr("Where in a summary the text serves");
        case DocumentsColumn:
            return tr("How many documents use it");
        }
    }
    return {};
}

} // namespace gaozi::ui
