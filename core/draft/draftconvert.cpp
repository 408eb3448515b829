#include "draft/draftconvert.h"

#include "export/txtwriter.h"
#include "ingest/documentmeta.h"
#include "ingest/headingmarkers.h"
#include "ingest/structureparser.h"

namespace gaozi {
namespace {

QString closingDate(const DraftFields &fields)
{
    return formatDocumentDate(fields.date);
}

ExportSection toExportSection(const DraftSection &s, int level, int ordinal)
{
    ExportSection e;
    e.level = level;
    e.number = sectionNumber(level, ordinal);
    e.heading = s.heading.trimmed();
    e.paragraphs = bodyParagraphs(s.body);
    for (int i = 0; i < s.children.size(); ++i)
        e.children.append(toExportSection(s.children[i], level + 1, i + 1));
    return e;
}

QString bareNumber(int level, int ordinal)
{
    return level <= 2 ? chineseNumeral(ordinal) : QString::number(ordinal);
}

// The lines of draftToPlainText() in order, mirroring renderTxt(): the title
// and a blank line, one line per paragraph, a blank line before the closing.
class LineTable
{
public:
    explicit LineTable(const Draft &draft)
    {
        if (!draft.title().trimmed().isEmpty()) {
            add({DraftLocation::Part::Title, 0, 0});
            add({});
        }
        const QStringList opening = bodyParagraphs(draft.opening);
        for (int i = 0; i < opening.size(); ++i)
            add({DraftLocation::Part::Opening, 0, i});
        addSections(draft.sections);
        const bool unit = !draft.fields.unit.trimmed().isEmpty();
        const bool date = !closingDate(draft.fields).isEmpty();
        if (unit || date)
            add({});
        if (unit)
            add({DraftLocation::Part::Closing, 0, 0});
        if (date)
            add({DraftLocation::Part::Closing, 0, unit ? 1 : 0});
    }

    const QList<DraftLocation> &lines() const { return m_lines; }
    // 1-based line of a section's heading.
    int headingLine(int uid) const { return m_headingLine.value(uid); }

private:
    void add(const DraftLocation &l) { m_lines.append(l); }

    void addSections(const QList<DraftSection> &sections)
    {
        for (const auto &s : sections) {
            add({DraftLocation::Part::Heading, s.uid, 0});
            m_headingLine.insert(s.uid, int(m_lines.size()));
            const int paragraphs = int(bodyParagraphs(s.body).size());
            for (int i = 0; i < paragraphs; ++i)
                add({DraftLocation::Part::Body, s.uid, i});
            addSections(s.children);
        }
    }

    QList<DraftLocation> m_lines;
    QHash<int, int> m_headingLine;
};

Section toParsedSection(const DraftSection &s, int level, int ordinal, const LineTable &lines)
{
    Section out;
    out.level = level;
    out.number = bareNumber(level, ordinal);
    out.heading = s.heading.trimmed();
    out.sourceLine = lines.headingLine(s.uid);
    out.paragraphs = bodyParagraphs(s.body);
    out.points = extractPoints(out.paragraphs);
    for (int i = 0; i < s.children.size(); ++i)
        out.children.append(toParsedSection(s.children[i], level + 1, i + 1, lines));
    return out;
}

} // namespace

ExportDocument draftToExportDocument(const Draft &draft)
{
    ExportDocument doc;
    doc.title = draft.title().trimmed();
    doc.opening = bodyParagraphs(draft.opening);
    for (int i = 0; i < draft.sections.size(); ++i)
        doc.sections.append(toExportSection(draft.sections[i], 1, i + 1));
    doc.closing.unit = draft.fields.unit.trimmed();
    doc.closing.date = closingDate(draft.fields);
    return doc;
}

QString draftToPlainText(const Draft &draft)
{
    return QString::fromUtf8(renderTxt(draftToExportDocument(draft)));
}

ParsedDocument draftToParsedDocument(const Draft &draft)
{
    const LineTable lines(draft);
    ParsedDocument doc;
    doc.sourceName = draft.name;
    doc.format = QStringLiteral("draft");
    doc.encoding = QStringLiteral("UTF-8");
    doc.title = draft.title().trimmed();
    doc.opening = bodyParagraphs(draft.opening);
    if (draft.fields.year > 0)
        doc.year = draft.fields.year;
    else
        doc.year = detectYear(doc.title, doc.opening);
    doc.genre = detectGenre(doc.title);
    doc.unitType = detectUnitType(doc.title, QStringList{draft.fields.unit} + doc.opening);
    for (int i = 0; i < draft.sections.size(); ++i)
        doc.sections.append(toParsedSection(draft.sections[i], 1, i + 1, lines));
    return doc;
}

DraftLocation locateLine(const Draft &draft, int line)
{
    const LineTable table(draft);
    if (line < 1 || line > table.lines().size())
        return {};
    return table.lines().at(line - 1);
}

QList<DraftLocation> draftLines(const Draft &draft)
{
    return LineTable(draft).lines();
}

} // namespace gaozi
