#include "ui/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace gaozi::ui::icons {
namespace {

const QColor Ink(0x3c, 0x3c, 0x3c);
const QColor Seal(0xb7, 0x28, 0x1e);
const QColor Gold(0xe0, 0x9b, 0x00);

// Each glyph is drawn on a 24×24 grid.
void paintGlyph(QPainter &p, Glyph which)
{
    QPen pen(Ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (which) {
    case Glyph::Import:
        p.drawLine(QPointF(12, 3), QPointF(12, 14));
        p.drawPolyline(QPolygonF({QPointF(7.5, 10), QPointF(12, 14.5), QPointF(16.5, 10)}));
        p.drawPolyline(QPolygonF({QPointF(4, 14), QPointF(4, 20), QPointF(20, 20), QPointF(20, 14)}));
        break;
    case Glyph::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 ? 4.2 : 9.5;
            const double a = qDegreesToRadians(-90.0 + i * 36.0);
            star << QPointF(12 + r * qCos(a), 12.5 + r * qSin(a));
        }
        p.setPen(QPen(Gold.darker(120), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Gold);
        p.drawPolygon(star);
        break;
    }
    case Glyph::Add:
        p.setPen(QPen(Seal, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case Glyph::Copy:
        p.drawRoundedRect(QRectF(8, 8, 11, 12), 1.5, 1.5);
        p.drawPolyline(QPolygonF({QPointF(5, 15), QPointF(5, 4), QPointF(14, 4)}));
        break;
    case Glyph::Edit:
        p.drawPolygon(QPolygonF({QPointF(5, 19), QPointF(6, 15), QPointF(16, 5), QPointF(19, 8), QPointF(9, 18)}));
        p.drawLine(QPointF(14, 7), QPointF(17, 10));
        break;
    case Glyph::Delete:
        p.drawLine(QPointF(4, 7), QPointF(20, 7));
        p.drawPolyline(QPolygonF({QPointF(9, 7), QPointF(9, 4), QPointF(15, 4), QPointF(15, 7)}));
        p.drawPolyline(QPolygonF({QPointF(6, 7), QPointF(7, 20), QPointF(17, 20), QPointF(18, 7)}));
        p.drawLine(QPointF(10.5, 11), QPointF(10.5, 16.5));
        p.drawLine(QPointF(13.5, 11), QPointF(13.5, 16.5));
        break;
    case Glyph::Documents:
        p.drawPolygon(QPolygonF({QPointF(6, 3), QPointF(14, 3), QPointF(19, 8), QPointF(19, 21), QPointF(6, 21)}));
        p.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
        p.drawLine(QPointF(9, 12), QPointF(16, 12));
        p.drawLine(QPointF(9, 16), QPointF(16, 16));
        break;
    case Glyph::Overview:
        p.setPen(Qt::NoPen);
        p.setBrush(Seal);
        p.drawRect(QRectF(4, 12, 4, 8));
        p.drawRect(QRectF(10, 5, 4, 15));
        p.drawRect(QRectF(16, 9, 4, 11));
        p.setPen(pen);
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        break;
    }
}

} // namespace

QIcon app()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/gaozi-256.png"), QSize(size, size));
    return icon;
}

QIcon glyph(Glyph which)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        paintGlyph(p, which);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace gaozi::ui::icons
