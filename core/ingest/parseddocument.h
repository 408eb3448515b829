#pragma once

#include "ingest/cleaner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

// An enumerated point inside a section: 一是…；二是…
struct Point
{
    int ordinal = 0;  // 1 for 一是
    QString lead;     // the point's opening clause, up to its first 。；
    QString text;     // the whole point without its marker
};

struct Section
{
    int level = 1;        // 1 一、 2 （一） 3 1. 4 （1）
    QString number;       // "一", "1"; empty for label lines and styled headings
    QString heading;      // without its marker and trailing punctuation
    bool asciiParens = false; // written (一) rather than （一）
    int sourceLine = 0;
    QStringList paragraphs; // body paragraphs (an inline heading's rest is the first one)
    QList<Point> points;
    QList<Section> children;
};

struct ParsedDocument
{
    QString sourceName;
    QString format;
    QString encoding;
    QString title;
    std::optional<int> year;
    QString genre;    // 工作总结 / 述职报告 / 工作计划 / 讲话 / 其他
    QString unitType; // 党组, 党委, 党工委, 党总支, 党支部, 机关 … or empty
    QStringList opening; // paragraphs between the title and the first heading
    QList<Section> sections;
    QList<DroppedLine> dropped;
    int strippedMarkers = 0;
};

} // namespace gaozi
