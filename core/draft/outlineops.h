#pragma once

#include "draft/draft.h"

#include <QList>

#include <optional>

namespace gaozi {

// Where a section sits: child indexes from the top level down ({1, 0} is
// 二、's first child). Paths change with every structural edit; uids do not.
using SectionPath = QList<int>;

std::optional<SectionPath> sectionPath(const Draft &draft, int uid);
const DraftSection *findSection(const Draft &draft, int uid);
DraftSection *findSection(Draft &draft, int uid);
const DraftSection *sectionAt(const Draft &draft, const SectionPath &path);

// The uid of a section's parent: 0 for a top-level section, -1 when uid is unknown.
int parentUid(const Draft &draft, int uid);

// Levels the subtree takes: 1 for a section without children.
int subtreeDepth(const DraftSection &section);

// The numbering a section shows, computed from its place in the tree:
// "二、", "（三）", "1.", "（2）"; empty for an unknown uid.
QString sectionNumberFor(const Draft &draft, int uid);

// Every section in reading order with its level and numbering.
struct OutlineEntry
{
    int uid = 0;
    int level = 1;
    QString number;  // "一、"
    QString heading; // as stored, without the number
};
QList<OutlineEntry> numberedOutline(const Draft &draft);

// Structural edits. Each one either applies fully and returns true (or the
// new section's uid), or leaves the draft untouched and returns false (0).
// None of them can produce a tree deeper than kMaxSectionDepth.
namespace outline {

// Appends a new section as the last child of parent (0: the top level).
int addChild(Draft &draft, int parent, const QString &heading = {});
// Inserts a new section right after uid on its level; uid 0 appends at the top level.
int addSibling(Draft &draft, int uid, const QString &heading = {});
bool remove(Draft &draft, int uid);
bool rename(Draft &draft, int uid, const QString &heading);
bool setBody(Draft &draft, int uid, const QString &body);

// Becomes the last child of the section above it on the same level.
bool indent(Draft &draft, int uid);
// Moves up one level, right after its former parent; its own children come with it.
bool outdent(Draft &draft, int uid);
bool moveUp(Draft &draft, int uid);
bool moveDown(Draft &draft, int uid);

// Moves uid (with its children) under parent (0: top level) so that it ends
// up before the section that is at `row` in parent's children now (row < 0 or
// past the end: last). This is what a drop between rows means. Refused when
// parent is uid itself or inside it, or the result would be too deep.
bool moveTo(Draft &draft, int uid, int parent, int row);

bool canIndent(const Draft &draft, int uid);
bool canOutdent(const Draft &draft, int uid);
bool canMoveUp(const Draft &draft, int uid);
bool canMoveDown(const Draft &draft, int uid);

} // namespace outline

} // namespace gaozi
