#pragma once

#include <QAbstractItemModel>

namespace gaozi::ui {

class ComposerDocument;

// The draft's outline for a QTreeView: one root row for the title and opening,
// the sections under it. Column 0 shows each heading with the number its
// place gives it (numbers are computed, never typed: editing a heading edits
// only its text); column 1 counts its characters. Sections drag and drop
// within the tree (mime type SectionMimeType) and every move becomes an undo
// step on the document.
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { HeadingColumn, CharsColumn, ColumnCount };
    enum Role { UidRole = Qt::UserRole + 1 };
    static inline const QString SectionMimeType = QStringLiteral("application/x-gaozi-section");

    explicit OutlineModel(ComposerDocument *document, QObject *parent = nullptr);

    QModelIndex indexOfUid(int uid, int column = 0) const; // uid 0: the root row
    static int uidOf(const QModelIndex &index);           // -1 for an invalid index

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void onChanged(int kind, int uid);
    void refreshAll(const QModelIndex &parent);
    // A drop's target: (parent uid, row among its children); false when not a place for it.
    bool dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *uid, int *parentUid,
                    int *targetRow) const;

    ComposerDocument *m_document;
};

} // namespace gaozi::ui
