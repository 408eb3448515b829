#pragma once

#include "ingest/parseddocument.h"
#include "mining/lexicons.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gaozi {

// One paragraph of a document in reading order, with what the miner needs to
// know about where it stands.
struct WalkParagraph
{
    QString text;            // a heading is written with its marker: （一）系统抓教育…
    QString sectionPath;     // marked headings joined by " › "; a heading's path ends with itself
    QStringList headings;    // unmarked headings of the path, nearest first (topic tie-break)
    QString role;
    qsizetype headingStart = -1; // heading paragraphs: where the heading starts after its marker
    int section = -1;        // index into DocumentWalk::sections; -1 for opening paragraphs
};

struct WalkSection
{
    const Section *section = nullptr;
    int paragraph = -1;      // its heading paragraph
    QList<int> body;         // its body paragraphs, in order
};

struct DocumentWalk
{
    QList<WalkParagraph> paragraphs;
    QList<WalkSection> sections; // depth-first, in reading order
};

inline const QString kPathSeparator = QStringLiteral(" › ");

// The heading as a line of a summary: 一、… （一）… 1.… （1）…; unnumbered headings
// (labels such as 存在问题, styled .docx headings) stay as they are.
QString markedHeading(const Section &section);

DocumentWalk walkDocument(const ParsedDocument &doc, const Lexicons &lexicons);

} // namespace gaozi
