#pragma once

#include "draft/draft.h"
#include "export/exportdocument.h"
#include "ingest/parseddocument.h"

namespace gaozi {

// The draft as every exporter writes it: title from the fields (or the
// override), opening and bodies split into paragraphs, numbering computed
// from the tree, the unit and 成文日期 as the closing. Hints are never exported.
ExportDocument draftToExportDocument(const Draft &draft);

// The draft exactly as `drafts export x.txt` writes it (export/txtwriter.h's
// layout, UTF-8): what the whole-document view shows.
QString draftToPlainText(const Draft &draft);

// The draft as a parsed document, so the checks engine reads a draft like an
// imported file. Section::number is the numeral without punctuation ("一",
// "3"), paragraphs are the body's non-empty lines, points are the body's
// 一是/二是 runs. Section::sourceLine is the 1-based line of the heading in
// draftToPlainText(); locateLine() maps any line back to the draft.
ParsedDocument draftToParsedDocument(const Draft &draft);

// What a line of draftToPlainText() shows.
struct DraftLocation
{
    enum class Part { None, Title, Opening, Heading, Body, Closing };
    Part part = Part::None;
    int uid = 0;       // the section for Heading and Body
    int paragraph = 0; // index among the opening's or body's paragraphs (bodyParagraphs())
};
DraftLocation locateLine(const Draft &draft, int line);
// What each line of draftToPlainText() shows, in order (blank lines are Part::None).
QList<DraftLocation> draftLines(const Draft &draft);

} // namespace gaozi
