#include "export/docxwriter.h"

#include "export/atomicwrite.h"
#include "export/docxparts.h"
#include "export/docxxml.h"
#include "export/zipwriter.h"

#include <cmath>

namespace gaozi {
namespace {

using docx::XmlPart;

// Width in characters as a 公文 counts them: Chinese one, Latin and digits half.
double charWidth(const QString &text)
{
    double w = 0;
    for (const QChar c : text)
        w += c.unicode() < 0x2E80 ? 0.5 : 1.0;
    return w;
}

void openParagraph(XmlPart &x, const QString &styleId)
{
    x.open(QStringLiteral("w:p"));
    if (styleId != docx::styleNormal()) {
        x.open(QStringLiteral("w:pPr"));
        x.val(QStringLiteral("w:pStyle"), styleId);
        x.close();
    }
}

// A closing line: right-aligned, `rightChars` from the edge, and a blank
// line above the first one (正文下空一行).
void closingParagraph(XmlPart &x, const QString &styleId, const QString &text, double rightChars, bool first,
                      const LayoutProfile &p, const PageMetrics &m)
{
    x.open(QStringLiteral("w:p"));
    x.open(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:pStyle"), styleId);
    if (first) {
        x.leaf(QStringLiteral("w:spacing"),
               {{QStringLiteral("w:before"), QString::number(m.linePitch)}, {QStringLiteral("w:beforeLines"), QStringLiteral("0")}});
    }
    x.leaf(QStringLiteral("w:ind"), {{QStringLiteral("w:rightChars"), QString::number(docx::hundredths(rightChars))},
                                     {QStringLiteral("w:right"), QString::number(ptToTwips(rightChars * p.body.sizePt))}});
    x.close();
    docx::writeTextRuns(x, text);
    x.close();
}

// 发文机关署名 centred over 成文日期, the date 右空四字; a unit longer than
// that allows moves right to 右空二字 and the date centres under it instead.
void writeClosing(XmlPart &x, const ExportClosing &closing, const LayoutProfile &p, const PageMetrics &m)
{
    const QString unit = closing.unit.trimmed();
    const QString date = closing.date.trimmed();
    double dateRight = p.dateRightIndentChars;
    double unitRight = dateRight;
    if (!unit.isEmpty() && !date.isEmpty()) {
        unitRight = dateRight + (charWidth(date) - charWidth(unit)) / 2.0;
        constexpr double kMinUnitRight = 2.0;
        if (unitRight < kMinUnitRight) {
            unitRight = kMinUnitRight;
            dateRight = kMinUnitRight + (charWidth(unit) - charWidth(date)) / 2.0;
        }
    }
    // Whole half-characters keep Word's hundredths exact.
    unitRight = std::round(unitRight * 2.0) / 2.0;
    dateRight = std::round(dateRight * 2.0) / 2.0;
    if (!unit.isEmpty())
        closingParagraph(x, docx::styleSignature(), unit, unitRight, true, p, m);
    if (!date.isEmpty())
        closingParagraph(x, docx::styleDate(), date, dateRight, unit.isEmpty(), p, m);
}

void writeSectionProperties(XmlPart &x, const PageMetrics &m, bool wordCharGrid)
{
    x.open(QStringLiteral("w:sectPr"));
    x.leaf(QStringLiteral("w:footerReference"),
           {{QStringLiteral("w:type"), QStringLiteral("default")}, {QStringLiteral("r:id"), docx::relFooterOdd()}});
    x.leaf(QStringLiteral("w:footerReference"),
           {{QStringLiteral("w:type"), QStringLiteral("even")}, {QStringLiteral("r:id"), docx::relFooterEven()}});
    x.leaf(QStringLiteral("w:pgSz"),
           {{QStringLiteral("w:w"), QString::number(m.pageWidth)}, {QStringLiteral("w:h"), QString::number(m.pageHeight)}});
    x.leaf(QStringLiteral("w:pgMar"), {{QStringLiteral("w:top"), QString::number(m.marginTop)},
                                       {QStringLiteral("w:right"), QString::number(m.marginRight)},
                                       {QStringLiteral("w:bottom"), QString::number(m.marginBottom)},
                                       {QStringLiteral("w:left"), QString::number(m.marginLeft)},
                                       {QStringLiteral("w:header"), QString::number(mmToTwips(15))},
                                       {QStringLiteral("w:footer"), QString::number(m.footerDistance)},
                                       {QStringLiteral("w:gutter"), QStringLiteral("0")}});
    x.leaf(QStringLiteral("w:pgNumType"), {{QStringLiteral("w:fmt"), QStringLiteral("decimal")}});
    x.leaf(QStringLiteral("w:cols"), {{QStringLiteral("w:space"), QStringLiteral("425")}});
    if (wordCharGrid) {
        x.leaf(QStringLiteral("w:docGrid"), {{QStringLiteral("w:type"), QStringLiteral("linesAndChars")},
                                             {QStringLiteral("w:linePitch"), QString::number(m.linePitch)},
                                             {QStringLiteral("w:charSpace"), QString::number(m.charSpace)}});
    } else {
        x.leaf(QStringLiteral("w:docGrid"), {{QStringLiteral("w:type"), QStringLiteral("lines")},
                                             {QStringLiteral("w:linePitch"), QString::number(m.linePitch)}});
    }
    x.close();
}

QString styleFor(BlockRole role)
{
    switch (role) {
    case BlockRole::Title:
        return docx::styleTitle();
    case BlockRole::Heading1:
        return docx::styleHeading(1);
    case BlockRole::Heading2:
        return docx::styleHeading(2);
    case BlockRole::Heading3:
        return docx::styleHeading(3);
    case BlockRole::Heading4:
        return docx::styleHeading(4);
    case BlockRole::Body:
    case BlockRole::ClosingUnit:
    case BlockRole::ClosingDate:
        break;
    }
    return docx::styleNormal();
}

QByteArray documentXml(const ExportDocument &doc, const LayoutProfile &p)
{
    const PageMetrics m = pageMetrics(p);
    XmlPart x;
    x.open(QStringLiteral("w:document"), {{QStringLiteral("xmlns:w"), docx::nsMain()}, {QStringLiteral("xmlns:r"), docx::nsRel()}});
    x.open(QStringLiteral("w:body"));
    const auto blocks = exportBlocks(doc);
    for (const ExportBlock &block : blocks) {
        if (block.role == BlockRole::ClosingUnit || block.role == BlockRole::ClosingDate)
            continue; // laid out together below
        openParagraph(x, styleFor(block.role));
        docx::writeTextRuns(x, block.text);
        x.close();
    }
    writeClosing(x, doc.closing, p, m);
    writeSectionProperties(x, m, p.wordCharGrid);
    x.close();
    x.close();
    return x.finish();
}

} // namespace

Result<QByteArray> renderDocx(const ExportDocument &doc, const LayoutProfile &profile, const QDateTime &timestamp)
{
    if (auto valid = profile.validate(); !valid)
        return Error{QStringLiteral("layout profile \"%1\": %2").arg(profile.name, valid.error())};
    const QDateTime when = timestamp.isValid() ? timestamp : QDateTime::currentDateTimeUtc();
    // [Content_Types].xml first: some readers sniff the package from the first entry.
    const QList<ZipEntry> entries{
        {QStringLiteral("[Content_Types].xml"), docx::contentTypesXml()},
        {QStringLiteral("_rels/.rels"), docx::packageRelsXml()},
        {QStringLiteral("docProps/core.xml"), docx::corePropertiesXml(doc.title.trimmed(), when)},
        {QStringLiteral("docProps/app.xml"), docx::appPropertiesXml()},
        {QStringLiteral("word/document.xml"), documentXml(doc, profile)},
        {QStringLiteral("word/styles.xml"), docx::stylesXml(profile)},
        {QStringLiteral("word/settings.xml"), docx::settingsXml()},
        {QStringLiteral("word/fontTable.xml"), docx::fontTableXml(profile)},
        {QStringLiteral("word/footer1.xml"), docx::footerXml(profile, true)},
        {QStringLiteral("word/footer2.xml"), docx::footerXml(profile, false)},
        {QStringLiteral("word/_rels/document.xml.rels"), docx::documentRelsXml()},
    };
    return buildZipArchive(entries);
}

Status writeDocx(const QString &path, const ExportDocument &doc, const LayoutProfile &profile)
{
    auto bytes = renderDocx(doc, profile);
    if (!bytes)
        return Error{QStringLiteral("cannot write %1: %2").arg(path, bytes.error())};
    return writeFileAtomically(path, bytes.value());
}

} // namespace gaozi
