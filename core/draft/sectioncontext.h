#pragma once

#include "draft/draft.h"

#include <QString>
#include <QStringList>

namespace gaozi {

// What the library is asked about the section being written.
struct SectionContext
{
    int uid = 0;                 // 0: the opening
    QString heading;             // the section's own heading
    QString role;                // 开头, 做法成效, 存在问题, 原因分析, 下一步打算 …
    QString topic;               // a topic from the lexicon, or empty when none stands out
    QStringList siblingHeadings; // the other headings on the same level, in order
};

// Role: the template's role for the section or its nearest ancestor, else
// what its own or an ancestor's heading names (问题 → 存在问题, 下一步 →
// 下一步打算), else 做法成效. Topic: the lexicon's topic of the heading,
// then of its ancestors' headings; empty when only the fallback topic fits.
SectionContext sectionContext(const Draft &draft, int uid);

} // namespace gaozi
