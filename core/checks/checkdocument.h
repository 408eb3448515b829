#pragma once

#include "checks/checks.h"

#include <QList>

namespace gaozi {

// A section as the rules see it: where its heading and body sit in the paragraph list.
struct SectionNode
{
    const Section *section = nullptr;
    int heading = -1;    // paragraph index of its heading
    int firstBody = -1;  // paragraph index of its first body paragraph
    int bodyCount = 0;
    int charCount = 0;   // non-space characters of heading, body and all descendants
    QList<SectionNode> children;
};

struct CheckDocument
{
    QList<CheckParagraph> paragraphs;
    QList<SectionNode> roots;
};

// The flattening behind checkParagraphs(), with the section tree kept alongside.
CheckDocument buildCheckDocument(const ParsedDocument &doc);

// The marker a heading was written with: "一、", "（一）" or "(一)", "1.", "（1）"; empty when unnumbered.
QString headingMarkerText(const Section &section);

} // namespace gaozi
