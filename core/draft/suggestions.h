#pragma once

#include "common/result.h"
#include "draft/headingshape.h"
#include "draft/sectioncontext.h"
#include "library/database.h"
#include "library/librarytypes.h"

#include <optional>

namespace gaozi {

// What the library offers for the section being written.
struct SectionSuggestions
{
    SectionContext context;
    std::optional<HeadingShape> shape; // the siblings' shape, when they have one
    QList<PhraseRecord> pairedHeadings; // headings of the siblings' shape (对仗), siblings themselves left out
    QList<PhraseRecord> headings;       // other headings with the section's role and topic
    QList<PhraseRecord> phrasing;       // sentences, points and parallels with the section's role and topic
    bool topicRelaxed = false;          // too little had the topic: phrasing is by role only
};

struct SuggestionLimits
{
    int paired = 12;
    int headings = 12;
    int phrasing = 40;
};

// Runs the queries for one section (on the caller's connection: call it on a
// worker thread in the GUI).
Result<SectionSuggestions> suggestForSection(Database &db, const SectionContext &context,
                                             const SuggestionLimits &limits = {});

} // namespace gaozi
