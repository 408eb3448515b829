#pragma once

#include "ingest/cleaner.h"
#include "ingest/parseddocument.h"

namespace gaozi {

// Builds the document tree from cleaned paragraphs: title and facts, then
// sections by their numbering (一、 （一） 1. （1）), .docx heading styles and
// label lines (存在问题：), and 一是/二是 points within each section.
ParsedDocument parseStructure(const CleanedDocument &doc);

// Splits "heading。body" at the first sentence end (。！？ or ：) when body text
// follows; otherwise the whole line is the heading. Trailing punctuation goes.
void splitInlineHeading(const QString &line, QString *heading, QString *rest);

// Points (一是 … 二是 …) in a run of paragraphs; ordinals must follow each other.
QList<Point> extractPoints(const QStringList &paragraphs);

// Strips trailing punctuation and spaces: "强化理论武装。" → "强化理论武装".
QString stripTrailingPunctuation(const QString &text);

} // namespace gaozi
