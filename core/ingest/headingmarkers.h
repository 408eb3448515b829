#pragma once

#include <QString>
#include <QStringView>

namespace gaozi {

// The numbering a line starts with: 一、 (level 1), （一）/(一) (2),
// 1. 1、 １． (3), （1）/(1) (4).
struct HeadingMarker
{
    int level = 0;        // 0: the line starts with no marker
    QString number;       // "一", "3" (digits folded to ASCII)
    qsizetype length = 0; // characters the marker takes, including its punctuation
    bool asciiParens = false;
};

HeadingMarker headingMarkerAt(QStringView line);

// An enumeration marker 一是/二是 … at position pos; returns its ordinal (1..) or 0.
int pointMarkerOrdinal(QStringView text, qsizetype pos, qsizetype *markerLength = nullptr);

// 一 → 1 … 九十九 → 99; 0 when not a Chinese numeral.
int chineseNumeralValue(QStringView numeral);
QString chineseNumeral(int value); // 1 → 一, 12 → 十二

} // namespace gaozi
