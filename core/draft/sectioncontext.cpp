#include "draft/sectioncontext.h"

#include "draft/outlineops.h"
#include "mining/lexicons.h"

namespace gaozi {

SectionContext sectionContext(const Draft &draft, int uid)
{
    const Lexicons &lexicons = Lexicons::bundled();
    SectionContext c;
    c.uid = uid;
    const auto path = sectionPath(draft, uid);
    if (!path) {
        c.uid = 0;
        c.role = lexicons.openingRole();
        for (const auto &s : draft.sections)
            c.siblingHeadings.append(s.heading);
        return c;
    }

    // The section and its ancestors, nearest first.
    QList<const DraftSection *> chain;
    for (qsizetype depth = path->size(); depth > 0; --depth)
        chain.append(sectionAt(draft, path->mid(0, depth)));
    c.heading = chain.first()->heading;

    for (const DraftSection *s : chain) {
        if (!s->role.isEmpty()) {
            c.role = s->role;
            break;
        }
        if (const QString r = lexicons.roleOfHeading(s->heading); !r.isEmpty()) {
            c.role = r;
            break;
        }
    }
    if (c.role.isEmpty())
        c.role = lexicons.defaultRole();

    QStringList ancestors;
    for (qsizetype i = 1; i < chain.size(); ++i)
        ancestors.append(chain[i]->heading);
    for (const DraftSection *s : chain) {
        const QString t = lexicons.topic(s->heading, ancestors);
        if (!t.isEmpty() && t != lexicons.fallbackTopic()) {
            c.topic = t;
            break;
        }
    }

    const QList<DraftSection> &siblings =
        path->size() == 1 ? draft.sections : sectionAt(draft, path->mid(0, path->size() - 1))->children;
    for (const auto &s : siblings) {
        if (s.uid != uid)
            c.siblingHeadings.append(s.heading);
    }
    return c;
}

} // namespace gaozi
