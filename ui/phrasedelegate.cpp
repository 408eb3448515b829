#include "ui/phrasedelegate.h"

#include "ui/phraselistmodel.h"
#include "ui/phrasetext.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>

namespace gaozi::ui {
namespace {

constexpr int PillPadding = 4;

QList<QPair<int, int>> matchesOf(const QModelIndex &index)
{
    QList<QPair<int, int>> out;
    for (const QVariant &v : index.data(PhraseListModel::MatchesRole).toList()) {
        const QPoint p = v.toPoint();
        out.append({p.x(), p.y()});
    }
    return out;
}

} // namespace

void PhraseDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setClipRect(area);
    painter->setFont(opt.font);
    painter->setRenderHint(QPainter::Antialiasing);
    const int baseline = area.top() + (area.height() + fm.ascent() - fm.descent()) / 2;
    int x = area.left();
    const QString ellipsis = QStringLiteral("…");
    const int ellipsisWidth = fm.horizontalAdvance(ellipsis);

    for (const TextRun &run : splitRuns(text, matchesOf(index))) {
        const int room = area.right() - x;
        if (run.slot) {
            const int w = fm.horizontalAdvance(run.text) + 2 * PillPadding;
            if (w > room - ellipsisWidth) {
                painter->setPen(textColour);
                painter->drawText(QPoint(x, baseline), ellipsis);
                break;
            }
            const QRect pill(x, area.center().y() - fm.height() / 2, w, fm.height());
            painter->setPen(run.match ? QPen(matchColour().darker(130), 2) : Qt::NoPen);
            painter->setBrush(slotColour(run.text));
            painter->drawRoundedRect(pill, 4, 4);
            painter->setPen(Qt::white);
            painter->drawText(QPoint(x + PillPadding, baseline), run.text);
            x += w + 2;
            continue;
        }
        QString piece = run.text;
        int w = fm.horizontalAdvance(piece);
        const bool elided = w > room;
        if (elided) {
            piece = fm.elidedText(piece, Qt::ElideRight, room);
            w = fm.horizontalAdvance(piece);
        }
        if (run.match) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(matchColour());
            painter->drawRect(QRect(x, area.center().y() - fm.height() / 2, w, fm.height()));
            painter->setPen(Qt::black);
        } else {
            painter->setPen(textColour);
        }
        painter->drawText(QPoint(x, baseline), piece);
        x += w;
        if (elided)
            break;
    }
    painter->restore();
}

QSize PhraseDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 8));
    return size;
}

} // namespace gaozi::ui
