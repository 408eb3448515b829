#include "ui/composer/outlinemodel.h"

#include "draft/draftconvert.h"
#include "draft/outlineops.h"
#include "ui/composer/composerdocument.h"

#include <QFont>
#include <QMimeData>
#include <QPalette>

namespace gaozi::ui {
namespace {

int subtreeChars(const DraftSection &s)
{
    int n = visibleLength(s.heading) + visibleLength(s.body);
    for (const auto &c : s.children)
        n += subtreeChars(c);
    return n;
}

} // namespace

OutlineModel::OutlineModel(ComposerDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ComposerDocument::opened, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &ComposerDocument::closed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &ComposerDocument::changed, this,
            [this](ComposerDocument::Change kind, int uid) { onChanged(int(kind), uid); });
}

int OutlineModel::uidOf(const QModelIndex &index)
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex OutlineModel::indexOfUid(int uid, int column) const
{
    if (!m_document->isOpen())
        return {};
    if (uid == 0)
        return createIndex(0, column, quintptr(0));
    const auto path = sectionPath(m_document->draft(), uid);
    return path ? createIndex(path->last(), column, quintptr(uid)) : QModelIndex();
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || !m_document->isOpen())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const Draft &draft = m_document->draft();
    const QList<DraftSection> *children = &draft.sections;
    if (const int uid = uidOf(parent); uid > 0) {
        const DraftSection *s = findSection(draft, uid);
        if (!s)
            return {};
        children = &s->children;
    }
    if (row >= children->size())
        return {};
    return createIndex(row, column, quintptr(children->at(row).uid));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const int uid = uidOf(child);
    if (uid <= 0)
        return {};
    const int parent = parentUid(m_document->draft(), uid);
    return parent < 0 ? QModelIndex() : indexOfUid(parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document->isOpen())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const int uid = uidOf(parent);
    if (uid == 0)
        return int(m_document->draft().sections.size());
    const DraftSection *s = findSection(m_document->draft(), uid);
    return s ? int(s->children.size()) : 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const int uid = uidOf(index);
    if (uid < 0 || !m_document->isOpen())
        return {};
    const Draft &draft = m_document->draft();
    if (role == UidRole)
        return uid;
    if (uid == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CharsColumn)
                return visibleLength(draftToPlainText(draft));
            return draft.title().isEmpty() ? tr("(untitled)") : draft.title();
        case Qt::EditRole:
            return draft.title();
        case Qt::ToolTipRole:
            return tr("Title and opening paragraphs. Characters: the whole document.");
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    const DraftSection *s = findSection(draft, uid);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CharsColumn)
            return subtreeChars(*s);
        return QString(sectionNumberFor(draft, uid) + (s->heading.isEmpty() ? tr("(no heading yet)") : s->heading));
    case Qt::EditRole:
        return s->heading;
    case Qt::ToolTipRole:
        return s->hint;
    case Qt::ForegroundRole:
        if (s->heading.isEmpty() && index.column() == HeadingColumn)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CharsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int uid = uidOf(index);
    if (role != Qt::EditRole || index.column() != HeadingColumn || uid < 0)
        return false;
    const QString text = value.toString().trimmed();
    if (uid == 0)
        return m_document->edit(tr("Edit title"), ComposerDocument::Change::Fields, {0, -1}, {0, -1},
                                [&](Draft &d) {
                                    d.setTitle(text);
                                    return true;
                                });
    return m_document->edit(tr("Rename section"), ComposerDocument::Change::Section, {uid, -1}, {uid, -1},
                            [&](Draft &d) { return outline::rename(d, uid, text); });
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == HeadingColumn ? tr("Outline") : tr("Chars");
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    const int uid = uidOf(index);
    if (uid < 0)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == HeadingColumn)
        f |= Qt::ItemIsEditable;
    if (uid > 0)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {SectionMimeType};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const int uid = uidOf(i); uid > 0) {
            auto *mime = new QMimeData;
            mime->setData(SectionMimeType, QByteArray::number(uid));
            return mime;
        }
    }
    return nullptr;
}

bool OutlineModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *uid, int *parentUid,
                              int *targetRow) const
{
    if (!data || !data->hasFormat(SectionMimeType) || !m_document->isOpen())
        return false;
    *uid = data->data(SectionMimeType).toInt();
    // Dropped below the root row: the end of the top level.
    *parentUid = parent.isValid() ? uidOf(parent.siblingAtColumn(0)) : 0;
    *targetRow = parent.isValid() ? row : -1;
    Draft probe = m_document->draft();
    return *uid > 0 && outline::moveTo(probe, *uid, *parentUid, *targetRow);
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    int uid = 0;
    int parentUid = 0;
    int targetRow = 0;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &uid, &parentUid, &targetRow);
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    int uid = 0;
    int parentUid = 0;
    int targetRow = 0;
    if (action != Qt::MoveAction || !dropTarget(data, row, parent, &uid, &parentUid, &targetRow))
        return false;
    // The view's own removal after a move finds nothing to remove: removeRows
    // is not implemented, the document did the whole move.
    return m_document->edit(tr("Move section"), ComposerDocument::Change::Structure, {uid, -1}, {uid, -1},
                            [&](Draft &d) { return outline::moveTo(d, uid, parentUid, targetRow); });
}

void OutlineModel::onChanged(int kind, int)
{
    if (kind == int(ComposerDocument::Change::Structure)) {
        beginResetModel();
        endResetModel();
        return;
    }
    refreshAll(QModelIndex());
}

void OutlineModel::refreshAll(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        refreshAll(index(r, 0, parent));
}

} // namespace gaozi::ui
