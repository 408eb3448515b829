#pragma once

#include "draft/draft.h"
#include "ingest/ingest.h"

namespace gaozi::test {

// A document as a writer would have it in the composer: its title as the draft's own title,
// its year in the year field, its opening, and each section's heading and body paragraphs.
// Header-only: users link gaozi_draft.
inline DraftSection draftSectionFrom(const Section &s, int &uid)
{
    DraftSection out;
    out.uid = uid++;
    out.heading = s.heading;
    out.body = s.paragraphs.join(u'\n');
    for (const Section &child : s.children)
        out.children.append(draftSectionFrom(child, uid));
    return out;
}

inline Draft draftFrom(const ParsedDocument &doc, const QString &name, std::optional<int> year = std::nullopt)
{
    Draft d;
    d.name = name;
    d.titleOverride = doc.title;
    d.fields.year = year.value_or(doc.year.value_or(0));
    d.opening = doc.opening.join(u'\n');
    int uid = 1;
    for (const Section &s : doc.sections)
        d.sections.append(draftSectionFrom(s, uid));
    return d;
}

inline Draft seedDraft(const QString &path, std::optional<int> year = std::nullopt)
{
    auto doc = ingestFile(path);
    return doc.ok() ? draftFrom(doc.value(), doc->title, year) : Draft{};
}

} // namespace gaozi::test
