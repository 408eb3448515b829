#include "checks/checkdocument.h"

namespace gaozi {
namespace {

int nonSpaceLength(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        if (!c.isSpace())
            ++n;
    }
    return n;
}

SectionNode flattenSection(const Section &s, const QString &parentPath, QList<CheckParagraph> &out)
{
    SectionNode node;
    node.section = &s;
    const QString marker = headingMarkerText(s);
    const QString headingText = marker + s.heading;
    const QString path = parentPath.isEmpty() ? headingText : parentPath + QStringLiteral(" › ") + headingText;

    CheckParagraph heading;
    heading.kind = CheckParagraph::Kind::Heading;
    heading.text = headingText;
    heading.markerLength = int(marker.size());
    heading.level = s.level;
    heading.sectionPath = path;
    heading.line = s.sourceLine;
    node.heading = int(out.size());
    node.charCount = nonSpaceLength(headingText);
    out.append(heading);

    node.firstBody = int(out.size());
    node.bodyCount = int(s.paragraphs.size());
    for (const QString &text : s.paragraphs) {
        CheckParagraph body;
        body.kind = CheckParagraph::Kind::Body;
        body.text = text;
        body.level = s.level;
        body.sectionPath = path;
        node.charCount += nonSpaceLength(text);
        out.append(body);
    }
    for (const Section &child : s.children) {
        node.children.append(flattenSection(child, path, out));
        node.charCount += node.children.back().charCount;
    }
    return node;
}

} // namespace

QString headingMarkerText(const Section &section)
{
    if (section.number.isEmpty())
        return {};
    const QString open = section.asciiParens ? QStringLiteral("(") : QStringLiteral("（");
    const QString close = section.asciiParens ? QStringLiteral(")") : QStringLiteral("）");
    switch (section.level) {
    case 1:
        return section.number + u'、';
    case 3:
        return section.number + u'.';
    case 2:
    case 4:
        return open + section.number + close;
    default:
        return {};
    }
}

CheckDocument buildCheckDocument(const ParsedDocument &doc)
{
    CheckDocument out;
    CheckParagraph title;
    title.kind = CheckParagraph::Kind::Title;
    title.text = doc.title;
    out.paragraphs.append(title);
    for (const QString &text : doc.opening) {
        CheckParagraph p;
        p.kind = CheckParagraph::Kind::Opening;
        p.text = text;
        out.paragraphs.append(p);
    }
    for (const Section &s : doc.sections)
        out.roots.append(flattenSection(s, QString(), out.paragraphs));
    return out;
}

QList<CheckParagraph> checkParagraphs(const ParsedDocument &doc)
{
    return buildCheckDocument(doc).paragraphs;
}

} // namespace gaozi
