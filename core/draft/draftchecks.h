#pragma once

#include "checks/checks.h"
#include "draft/draftconvert.h"

#include <optional>

namespace gaozi {

// Where a paragraph the checks read (checkParagraphs(draftToParsedDocument(draft)))
// sits in the draft, so a finding can be shown, and fixed, in the text the writer types.
struct DraftSpot
{
    DraftLocation where;  // Title, Opening, Heading or Body; uid and paragraph as draftLines() gives them
    int line = 0;         // 1-based line in draftToPlainText(); 0 for an empty title
    int markerLength = 0; // headings: the computed number in front ("一、"), never typed
    int textStart = 0;    // where the paragraph starts in draftText() of its part
};

// A stretch of the writer's own text: the title, the opening, a heading (without its number) or a body.
struct DraftTextRange
{
    DraftLocation::Part part = DraftLocation::Part::None; // None: nothing the writer can edit
    int uid = 0; // the section for Heading and Body, else 0
    int offset = 0;
    int length = 0;
};

// A draft as the checks saw it.
struct DraftCheck
{
    std::optional<int> year;          // the year the checks used
    QList<CheckParagraph> paragraphs; // what Finding::paragraph indexes
    QList<DraftSpot> spots;           // one per paragraph
    QList<Finding> findings;          // Finding::line is the line in draftToPlainText()
};

// Runs every rule on the draft (context.year defaults to the draft's year field).
DraftCheck checkDraft(const Draft &draft, const CheckContext &context = {});

QList<DraftSpot> draftCheckSpots(const Draft &draft);

// What [offset, offset + length) of checks paragraph `paragraph` covers in the writer's text;
// Part::None when there is no such paragraph or the stretch starts in a heading's number.
DraftTextRange draftTextRange(const QList<DraftSpot> &spots, int paragraph, int offset, int length);

// The text of one part: draft.title(), draft.opening, a section's heading or body.
QString draftText(const Draft &draft, DraftLocation::Part part, int uid);

// Applies a finding's fix to the draft if the paragraph it was made on still reads `expected`.
// Returns the replacement's range in the writer's text, or Part::None (draft untouched) when
// the paragraph changed since, or the fix would change a computed heading number.
DraftTextRange applyDraftFix(Draft &draft, const Fix &fix, const QString &expected);

} // namespace gaozi
