#include "ui/documentlistmodel.h"

#include "ui/labels.h"

#include <QLocale>

namespace gaozi::ui {

void DocumentListModel::setDocuments(const QList<DocumentInfo> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

const DocumentInfo *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentInfo &d = m_documents.at(index.row());
    if (role == DocumentIdRole)
        return d.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return d.title.isEmpty() ? d.fileName : d.title;
        case YearColumn:
            return d.year ? QVariant(*d.year) : QVariant(QString());
        case GenreColumn:
            return d.genre;
        case FileColumn:
            return d.builtin ? tr("%1 (bundled)").arg(d.fileName) : d.fileName;
        case PhrasesColumn:
            return d.phraseCount;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 characters, imported %3")
            .arg(d.path)
            .arg(d.charCount)
            .arg(QLocale().toString(d.importedAt, QLocale::ShortFormat));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == PhrasesColumn || index.column() == YearColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case YearColumn:
        return tr("Year");
    case GenreColumn:
        return tr("Genre");
    case FileColumn:
        return tr("File");
    case PhrasesColumn:
        return tr("Phrases");
    }
    return {};
}

} // namespace gaozi::ui
