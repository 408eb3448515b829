#include "mining/documentwalk.h"

#include "ingest/headingmarkers.h"

namespace gaozi {
namespace {

class Walker
{
public:
    Walker(const Lexicons &lexicons, DocumentWalk &out) : m_lex(lexicons), m_out(out) {}

    void opening(const QStringList &paragraphs)
    {
        for (const QString &p : paragraphs) {
            WalkParagraph w;
            w.text = p;
            w.role = m_lex.openingRole();
            m_out.paragraphs.append(std::move(w));
        }
    }

    void section(const Section &s, const QStringList &parentPath, const QStringList &parentHeadings,
                 const QString &parentRole)
    {
        const QString marked = markedHeading(s);
        const QStringList path = parentPath + QStringList{marked};
        const QStringList headings = QStringList{s.heading} + parentHeadings;
        const QString named = m_lex.roleOfHeading(s.heading);
        const QString role = named.isEmpty() ? parentRole : named;

        const int sectionIndex = int(m_out.sections.size());
        m_out.sections.append(WalkSection{&s, int(m_out.paragraphs.size()), {}});

        WalkParagraph heading;
        heading.text = marked;
        heading.sectionPath = path.join(kPathSeparator);
        heading.headings = headings;
        heading.role = role;
        heading.headingStart = marked.size() - s.heading.size();
        heading.section = sectionIndex;
        m_out.paragraphs.append(std::move(heading));

        for (const QString &p : s.paragraphs) {
            WalkParagraph w;
            w.text = p;
            w.sectionPath = path.join(kPathSeparator);
            w.headings = headings;
            const QString lead = m_lex.roleOfLead(p);
            w.role = lead.isEmpty() ? role : lead;
            w.section = sectionIndex;
            m_out.sections[sectionIndex].body.append(int(m_out.paragraphs.size()));
            m_out.paragraphs.append(std::move(w));
        }
        for (const Section &child : s.children)
            section(child, path, headings, role);
    }

    // The document's last paragraph reads as a conclusion when it follows other
    // text of a section that names no role, is no enumerated point, and uses a
    // closing cue (取得了…, 下一步，我们将…).
    void markClosing()
    {
        if (m_out.paragraphs.isEmpty())
            return;
        WalkParagraph &last = m_out.paragraphs.last();
        if (last.section < 0 || last.headingStart >= 0)
            return;
        const WalkSection &owner = m_out.sections[last.section];
        const bool followsContent = owner.body.size() > 1 || owner.section->children.size() > 0;
        if (!followsContent || last.role != m_lex.defaultRole() || pointMarkerOrdinal(last.text, 0) > 0)
            return;
        if (m_lex.readsAsClosing(last.text) && !m_lex.closingRole().isEmpty())
            last.role = m_lex.closingRole();
    }

private:
    const Lexicons &m_lex;
    DocumentWalk &m_out;
};

} // namespace

QString markedHeading(const Section &section)
{
    if (section.number.isEmpty())
        return section.heading;
    switch (section.level) {
    case 1:
        return section.number + u'、' + section.heading;
    case 2:
    case 4:
        return u'（' + section.number + u'）' + section.heading;
    default:
        return section.number + u'.' + section.heading;
    }
}

DocumentWalk walkDocument(const ParsedDocument &doc, const Lexicons &lexicons)
{
    DocumentWalk out;
    Walker walker(lexicons, out);
    walker.opening(doc.opening);
    for (const Section &s : doc.sections)
        walker.section(s, {}, {}, lexicons.defaultRole());
    walker.markClosing();
    return out;
}

} // namespace gaozi
