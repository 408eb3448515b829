#pragma once

#include "library/librarytypes.h"

#include <QAbstractTableModel>

namespace gaozi::ui {

// The documents a library holds, one row each.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, YearColumn, GenreColumn, FileColumn, PhrasesColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setDocuments(const QList<DocumentInfo> &documents);
    const DocumentInfo *documentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentInfo> m_documents;
};

} // namespace gaozi::ui
