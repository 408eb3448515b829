#pragma once

#include "ingest/parseddocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gaozi {

// The neutral document every exporter writes. Whoever builds one (the composer
// from a draft, exportFromParsed from an imported file) states the text exactly
// as it must appear; writers only lay it out and never change words.
//
// Building one by hand:
//   ExportDocument doc;
//   doc.title = QStringLiteral("2024年党建工作总结");
//   doc.opening = {QStringLiteral("今年以来，……")};
//   ExportSection s;
//   s.level = 1;
//   s.number = sectionNumberText(1, 1); // "一、"
//   s.heading = QStringLiteral("强化政治引领");
//   s.paragraphs = {QStringLiteral("一是……；二是……。")};
//   doc.sections.append(s);
//   doc.closing = {QStringLiteral("中共XX局党组"), formatDocumentDate(QDate(2024, 1, 8))};
struct ExportSection
{
    int level = 1;          // 1..4: 一、 （一） 1. （1）; deeper levels are written as level 4
    QString number;         // numbering text as shown, punctuation included: "一、" "（一）" "1." "（1）", or empty
    QString heading;        // without the number; may be empty (then only the number is printed, if any)
    QStringList paragraphs; // body paragraphs under the heading, before the children; empty strings are skipped
    QList<ExportSection> children;
};

// 发文机关署名 and 成文日期 below the body, both optional.
struct ExportClosing
{
    QString unit; // "中共XX局党组"
    QString date; // "2024年1月8日" (Arabic digits, no zero padding); see formatDocumentDate()

    bool isEmpty() const { return unit.isEmpty() && date.isEmpty(); }
};

struct ExportDocument
{
    QString title;              // may be empty (no title line is written)
    QStringList opening;        // body paragraphs between the title and the first heading
    QList<ExportSection> sections;
    ExportClosing closing;
};

// What a paragraph is for; the writers map each role to a style.
enum class BlockRole { Title, Heading1, Heading2, Heading3, Heading4, Body, ClosingUnit, ClosingDate };

struct ExportBlock
{
    BlockRole role = BlockRole::Body;
    QString text; // headings carry their number: "一、强化政治引领"
};

// The document as paragraphs in reading order (empty paragraphs dropped).
QList<ExportBlock> exportBlocks(const ExportDocument &doc);

// The numbering text for the ordinal-th section (1-based) at a level:
// (1, 3) → "三、", (2, 3) → "（三）", (3, 3) → "3.", (4, 3) → "（3）".
QString sectionNumberText(int level, int ordinal);

// Rewrites numbers by position: each section's level becomes its depth in the
// tree (capped at 4) and each numbered section gets the next number among its
// numbered siblings. Sections whose number is empty (label headings such as
// 存在问题) stay unnumbered and do not use up a number.
void renumberSections(QList<ExportSection> &sections);

// 成文日期 as GB/T 9704 writes it: 2024年1月8日.
QString formatDocumentDate(const QDate &date);

// A date line as found in a draft ("2024年01月08日", "２０２４年１月８日",
// "二〇二四年一月八日", trailing spaces) in the standard form, or empty when
// the text is not a date line.
QString normaliseDocumentDate(const QString &text);

// One-click layout (一键排版) of an imported draft: title, opening and the
// section tree are taken over with body text unchanged; numbers are rewritten
// by position (ASCII "(一)" becomes "（一）", a skipped level is closed up);
// a trailing date line, and a short unit line right before it, become the
// closing.
ExportDocument exportFromParsed(const ParsedDocument &parsed);

} // namespace gaozi
