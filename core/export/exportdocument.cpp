#include "export/exportdocument.h"

#include "ingest/headingmarkers.h"

#include <QRegularExpression>

namespace gaozi {
namespace {

constexpr int kMaxLevel = 4;
constexpr int kMaxUnitLength = 40;

BlockRole headingRole(int level)
{
    switch (std::clamp(level, 1, kMaxLevel)) {
    case 1:
        return BlockRole::Heading1;
    case 2:
        return BlockRole::Heading2;
    case 3:
        return BlockRole::Heading3;
    default:
        return BlockRole::Heading4;
    }
}

void appendParagraphs(QList<ExportBlock> &out, const QStringList &paragraphs)
{
    for (const QString &p : paragraphs) {
        if (!p.trimmed().isEmpty())
            out.append({BlockRole::Body, p});
    }
}

void appendSection(QList<ExportBlock> &out, const ExportSection &s)
{
    const QString heading = s.number + s.heading;
    if (!heading.trimmed().isEmpty())
        out.append({headingRole(s.level), heading});
    appendParagraphs(out, s.paragraphs);
    for (const auto &child : s.children)
        appendSection(out, child);
}

// Everything below the fourth level has no heading style of its own in
// GB/T 9704; its headings are kept as body lines so no text is lost.
void flattenInto(QStringList &paragraphs, const Section &s)
{
    if (!s.heading.isEmpty())
        paragraphs.append(s.heading);
    paragraphs.append(s.paragraphs);
    for (const auto &child : s.children)
        flattenInto(paragraphs, child);
}

ExportSection convert(const Section &s, int depth)
{
    ExportSection e;
    e.level = depth;
    // A non-empty placeholder marks "numbered"; renumberSections() writes the text.
    e.number = s.number.isEmpty() ? QString() : QStringLiteral("#");
    e.heading = s.heading;
    e.paragraphs = s.paragraphs;
    for (const auto &child : s.children) {
        if (depth < kMaxLevel)
            e.children.append(convert(child, depth + 1));
        else
            flattenInto(e.paragraphs, child);
    }
    return e;
}

void renumber(QList<ExportSection> &sections, int depth)
{
    int ordinal = 0;
    for (auto &s : sections) {
        s.level = std::min(depth, kMaxLevel);
        if (!s.number.isEmpty())
            s.number = sectionNumberText(s.level, ++ordinal);
        renumber(s.children, depth + 1);
    }
}

int foldDigit(QChar c)
{
    static constexpr char16_t kHan[] = u"〇一二三四五六七八九";
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    for (int i = 0; i < 10; ++i) {
        if (u == kHan[i])
            return i;
    }
    return (u == u'零' || u == u'○' || u == u'Ｏ') ? 0 : -1;
}

// "2024", "０８", "二〇二四" digit by digit; "十二", "三十一" as numerals.
int numberValue(const QString &text)
{
    if (text.contains(u'十'))
        return chineseNumeralValue(text);
    int value = 0;
    for (QChar c : text) {
        const int d = foldDigit(c);
        if (d < 0)
            return 0;
        value = value * 10 + d;
    }
    return value;
}

// Where the last body text of the document lives: the last section's deepest
// last child, or the opening when there are no sections.
QStringList *lastParagraphs(ExportDocument &doc)
{
    if (doc.sections.isEmpty())
        return &doc.opening;
    ExportSection *s = &doc.sections.last();
    while (!s->children.isEmpty())
        s = &s->children.last();
    return &s->paragraphs;
}

bool looksLikeUnitLine(const QString &line)
{
    static const QRegularExpression sentencePunctuation(QStringLiteral("[。，；：！？,;:!?]"));
    const QString t = line.trimmed();
    return t.size() >= 2 && t.size() <= kMaxUnitLength && !t.contains(sentencePunctuation)
        && headingMarkerAt(t).level == 0;
}

// "中共XX局党组2024年1月8日": a plain-text reader joins the signature and
// the date into one line when neither ends in punctuation.
bool splitUnitAndDate(const QString &line, QString *unit, QString *date)
{
    static const QRegularExpression trailingDate(QStringLiteral(
        "[0-9０-９〇零○Ｏ一二三四五六七八九]{4}\\s*年\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*月"
        "\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日\\s*$"));
    const auto m = trailingDate.match(line);
    if (!m.hasMatch() || m.capturedStart() == 0)
        return false;
    const QString prefix = line.left(m.capturedStart()).trimmed();
    const QString normalised = normaliseDocumentDate(m.captured());
    if (normalised.isEmpty() || !looksLikeUnitLine(prefix))
        return false;
    *unit = prefix;
    *date = normalised;
    return true;
}

void extractClosing(ExportDocument &doc)
{
    QStringList *tail = lastParagraphs(doc);
    while (!tail->isEmpty() && tail->last().trimmed().isEmpty())
        tail->removeLast();
    if (tail->isEmpty())
        return;
    QString unit;
    QString date;
    if (splitUnitAndDate(tail->last(), &unit, &date)) {
        tail->removeLast();
        doc.closing = {unit, date};
        return;
    }
    date = normaliseDocumentDate(tail->last());
    if (date.isEmpty())
        return;
    tail->removeLast();
    doc.closing.date = date;
    if (!tail->isEmpty() && looksLikeUnitLine(tail->last()))
        doc.closing.unit = tail->takeLast().trimmed();
}

} // namespace

QList<ExportBlock> exportBlocks(const ExportDocument &doc)
{
    QList<ExportBlock> out;
    if (!doc.title.trimmed().isEmpty())
        out.append({BlockRole::Title, doc.title});
    appendParagraphs(out, doc.opening);
    for (const auto &s : doc.sections)
        appendSection(out, s);
    if (!doc.closing.unit.trimmed().isEmpty())
        out.append({BlockRole::ClosingUnit, doc.closing.unit});
    if (!doc.closing.date.trimmed().isEmpty())
        out.append({BlockRole::ClosingDate, doc.closing.date});
    return out;
}

QString sectionNumberText(int level, int ordinal)
{
    switch (std::clamp(level, 1, kMaxLevel)) {
    case 1:
        return chineseNumeral(ordinal) + u'、';
    case 2:
        return u'（' + chineseNumeral(ordinal) + u'）';
    case 3:
        return QString::number(ordinal) + u'.';
    default:
        return u'（' + QString::number(ordinal) + u'）';
    }
}

void renumberSections(QList<ExportSection> &sections)
{
    renumber(sections, 1);
}

QString formatDocumentDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString normaliseDocumentDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^([0-9０-９〇零○Ｏ一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月"
        "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日$"));
    QString compact = text;
    compact.removeIf([](QChar c) { return c.isSpace(); }); // includes U+3000
    const auto m = re.match(compact);
    if (!m.hasMatch())
        return {};
    const QDate date(numberValue(m.captured(1)), numberValue(m.captured(2)), numberValue(m.captured(3)));
    return formatDocumentDate(date);
}

ExportDocument exportFromParsed(const ParsedDocument &parsed)
{
    ExportDocument doc;
    doc.title = parsed.title;
    doc.opening = parsed.opening;
    for (const auto &s : parsed.sections)
        doc.sections.append(convert(s, 1));
    renumberSections(doc.sections);
    extractClosing(doc);
    return doc;
}

} // namespace gaozi
