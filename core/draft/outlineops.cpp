#include "draft/outlineops.h"

namespace gaozi {
namespace {

bool findPath(const QList<DraftSection> &list, int uid, SectionPath &path)
{
    for (int i = 0; i < list.size(); ++i) {
        path.append(i);
        if (list[i].uid == uid || findPath(list[i].children, uid, path))
            return true;
        path.removeLast();
    }
    return false;
}

// The list that holds the section at path (its parent's children or the top level).
QList<DraftSection> &containerOf(Draft &draft, const SectionPath &path)
{
    QList<DraftSection> *list = &draft.sections;
    for (int i = 0; i + 1 < path.size(); ++i)
        list = &(*list)[path[i]].children;
    return *list;
}

QList<DraftSection> *childrenOf(Draft &draft, int parent)
{
    if (parent == 0)
        return &draft.sections;
    DraftSection *p = findSection(draft, parent);
    return p ? &p->children : nullptr;
}

int levelOf(const Draft &draft, int uid)
{
    if (uid == 0)
        return 0;
    const auto path = sectionPath(draft, uid);
    return path ? int(path->size()) : -1;
}

bool contains(const DraftSection &section, int uid)
{
    if (section.uid == uid)
        return true;
    for (const auto &c : section.children) {
        if (contains(c, uid))
            return true;
    }
    return false;
}

void collect(const QList<DraftSection> &list, int level, QList<OutlineEntry> &out)
{
    for (int i = 0; i < list.size(); ++i) {
        out.append({list[i].uid, level, sectionNumber(level, i + 1), list[i].heading});
        collect(list[i].children, level + 1, out);
    }
}

} // namespace

std::optional<SectionPath> sectionPath(const Draft &draft, int uid)
{
    SectionPath path;
    if (uid > 0 && findPath(draft.sections, uid, path))
        return path;
    return std::nullopt;
}

const DraftSection *sectionAt(const Draft &draft, const SectionPath &path)
{
    const QList<DraftSection> *list = &draft.sections;
    const DraftSection *s = nullptr;
    for (int i : path) {
        if (i < 0 || i >= list->size())
            return nullptr;
        s = &list->at(i);
        list = &s->children;
    }
    return s;
}

const DraftSection *findSection(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    return path ? sectionAt(draft, *path) : nullptr;
}

DraftSection *findSection(Draft &draft, int uid)
{
    // Non-const indexing all the way down: a draft shares its sections with
    // its copies (undo snapshots) until one of them is written to.
    const auto path = sectionPath(draft, uid);
    if (!path)
        return nullptr;
    QList<DraftSection> *list = &draft.sections;
    DraftSection *s = nullptr;
    for (int i : *path) {
        s = &(*list)[i];
        list = &s->children;
    }
    return s;
}

int parentUid(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    if (!path)
        return -1;
    if (path->size() == 1)
        return 0;
    return sectionAt(draft, path->mid(0, path->size() - 1))->uid;
}

int subtreeDepth(const DraftSection &section)
{
    int deepest = 0;
    for (const auto &c : section.children)
        deepest = std::max(deepest, subtreeDepth(c));
    return deepest + 1;
}

QString sectionNumberFor(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    return path ? sectionNumber(int(path->size()), path->last() + 1) : QString();
}

QList<OutlineEntry> numberedOutline(const Draft &draft)
{
    QList<OutlineEntry> out;
    collect(draft.sections, 1, out);
    return out;
}

namespace outline {

int addChild(Draft &draft, int parent, const QString &heading)
{
    if (levelOf(draft, parent) < 0 || levelOf(draft, parent) >= kMaxSectionDepth)
        return 0;
    DraftSection s;
    s.uid = draft.nextUid();
    s.heading = heading;
    childrenOf(draft, parent)->append(s);
    return s.uid;
}

int addSibling(Draft &draft, int uid, const QString &heading)
{
    if (uid == 0)
        return addChild(draft, 0, heading);
    const auto path = sectionPath(draft, uid);
    if (!path)
        return 0;
    DraftSection s;
    s.uid = draft.nextUid();
    s.heading = heading;
    containerOf(draft, *path).insert(path->last() + 1, s);
    return s.uid;
}

bool remove(Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    if (!path)
        return false;
    containerOf(draft, *path).removeAt(path->last());
    return true;
}

bool rename(Draft &draft, int uid, const QString &heading)
{
    DraftSection *s = findSection(draft, uid);
    if (!s)
        return false;
    s->heading = heading;
    return true;
}

bool setBody(Draft &draft, int uid, const QString &body)
{
    DraftSection *s = findSection(draft, uid);
    if (!s)
        return false;
    s->body = body;
    return true;
}

bool canIndent(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    return path && path->last() > 0
        && int(path->size()) + subtreeDepth(*sectionAt(draft, *path)) <= kMaxSectionDepth;
}

bool indent(Draft &draft, int uid)
{
    if (!canIndent(draft, uid))
        return false;
    const SectionPath path = *sectionPath(draft, uid);
    auto &list = containerOf(draft, path);
    DraftSection moved = list.takeAt(path.last());
    list[path.last() - 1].children.append(std::move(moved));
    return true;
}

bool canOutdent(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    return path && path->size() > 1;
}

bool outdent(Draft &draft, int uid)
{
    if (!canOutdent(draft, uid))
        return false;
    const SectionPath path = *sectionPath(draft, uid);
    const SectionPath parentPath = path.mid(0, path.size() - 1);
    DraftSection moved = containerOf(draft, path).takeAt(path.last());
    containerOf(draft, parentPath).insert(parentPath.last() + 1, std::move(moved));
    return true;
}

bool canMoveUp(const Draft &draft, int uid)
{
    const auto path = sectionPath(draft, uid);
    return path && path->last() > 0;
}

bool canMoveDown(const Draft &draft, int uid)
{
    auto path = sectionPath(draft, uid);
    if (!path)
        return false;
    path->last() += 1;
    return sectionAt(draft, *path) != nullptr;
}

bool moveUp(Draft &draft, int uid)
{
    if (!canMoveUp(draft, uid))
        return false;
    const SectionPath path = *sectionPath(draft, uid);
    containerOf(draft, path).swapItemsAt(path.last(), path.last() - 1);
    return true;
}

bool moveDown(Draft &draft, int uid)
{
    if (!canMoveDown(draft, uid))
        return false;
    const SectionPath path = *sectionPath(draft, uid);
    containerOf(draft, path).swapItemsAt(path.last(), path.last() + 1);
    return true;
}

bool moveTo(Draft &draft, int uid, int parent, int row)
{
    const auto path = sectionPath(draft, uid);
    const int parentLevel = levelOf(draft, parent);
    if (!path || parentLevel < 0)
        return false;
    const DraftSection &section = *sectionAt(draft, *path);
    if (contains(section, parent) || parentLevel + subtreeDepth(section) > kMaxSectionDepth)
        return false;

    QList<DraftSection> *target = childrenOf(draft, parent);
    if (row < 0 || row > target->size())
        row = int(target->size());
    // Taking the section out first shifts later rows of the same list up by one.
    if (&containerOf(draft, *path) == target && path->last() < row)
        --row;
    DraftSection moved = containerOf(draft, *path).takeAt(path->last());
    target = childrenOf(draft, parent); // the tree changed: find the list again
    target->insert(row, std::move(moved));
    return true;
}

} // namespace outline

} // namespace gaozi
