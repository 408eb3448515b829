#pragma once

#include <QStyledItemDelegate>

namespace gaozi::ui {

// Paints a phrase on one line: search matches on a highlight, slots ({数},
// {年} …) as coloured pills, the rest elided at the right edge. Reads the text
// from Qt::DisplayRole and the matches from PhraseListModel::MatchesRole.
class PhraseDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gaozi::ui
