#include "export/docxparts.h"
#include "export/docxxml.h"

#include <QStringList>

namespace gaozi::docx {
namespace {

struct ParagraphLook
{
    double firstLineChars = 0;
    int firstLineTwips = 0; // the same indent for readers that ignore *Chars
    QString jc = QStringLiteral("both");
    int lineTwips = 0;  // exact line height
    int afterTwips = 0; // space after (a blank line under the title)
    bool snapToGrid = true;
};

void openStyle(XmlPart &x, const QString &id, const QString &name, const QString &basedOn, bool isDefault = false)
{
    if (isDefault) {
        x.open(QStringLiteral("w:style"), {{QStringLiteral("w:type"), QStringLiteral("paragraph")},
                                           {QStringLiteral("w:default"), QStringLiteral("1")},
                                           {QStringLiteral("w:styleId"), id}});
    } else {
        x.open(QStringLiteral("w:style"),
               {{QStringLiteral("w:type"), QStringLiteral("paragraph")}, {QStringLiteral("w:styleId"), id}});
    }
    x.val(QStringLiteral("w:name"), name);
    if (!basedOn.isEmpty())
        x.val(QStringLiteral("w:basedOn"), basedOn);
    x.val(QStringLiteral("w:next"), styleNormal());
    x.leaf(QStringLiteral("w:qFormat"));
}

// pPr children in schema order. Everything is stated even where it matches
// the base style: LibreOffice maps the built-in names onto its own styles
// and keeps their spacing unless the file overrides it.
void writeParagraphProperties(XmlPart &x, const ParagraphLook &look, int outlineLevel)
{
    x.open(QStringLiteral("w:pPr"));
    if (outlineLevel >= 0) { // a heading stays with the text it introduces
        x.leaf(QStringLiteral("w:keepNext"));
        x.leaf(QStringLiteral("w:keepLines"));
    }
    // Widow control would pull lines over and break the 22-line page grid.
    x.val(QStringLiteral("w:widowControl"), QStringLiteral("0"));
    // No automatic gap between Chinese and Latin/digits: it shifts the grid.
    x.val(QStringLiteral("w:autoSpaceDE"), QStringLiteral("0"));
    x.val(QStringLiteral("w:autoSpaceDN"), QStringLiteral("0"));
    if (!look.snapToGrid)
        x.val(QStringLiteral("w:snapToGrid"), QStringLiteral("0"));
    x.leaf(QStringLiteral("w:spacing"), {{QStringLiteral("w:before"), QStringLiteral("0")},
                                         {QStringLiteral("w:beforeLines"), QStringLiteral("0")},
                                         {QStringLiteral("w:after"), QString::number(look.afterTwips)},
                                         {QStringLiteral("w:afterLines"), QStringLiteral("0")},
                                         {QStringLiteral("w:line"), QString::number(look.lineTwips)},
                                         {QStringLiteral("w:lineRule"), QStringLiteral("exact")}});
    x.leaf(QStringLiteral("w:ind"), {{QStringLiteral("w:left"), QStringLiteral("0")},
                                     {QStringLiteral("w:right"), QStringLiteral("0")},
                                     {QStringLiteral("w:firstLineChars"), QString::number(hundredths(look.firstLineChars))},
                                     {QStringLiteral("w:firstLine"), QString::number(look.firstLineTwips)}});
    x.val(QStringLiteral("w:jc"), look.jc);
    if (outlineLevel >= 0)
        x.val(QStringLiteral("w:outlineLvl"), outlineLevel);
    x.close();
}

struct StyleSpec
{
    QString id;
    QString name;
    ParagraphLook look;
    FontSpec font;
    int charSpacing = 0;
    int outlineLevel = -1; // 0-based w:outlineLvl for headings
    bool isDefault = false;
};

void writeStyle(XmlPart &x, const StyleSpec &spec)
{
    openStyle(x, spec.id, spec.name, spec.isDefault ? QString() : styleNormal(), spec.isDefault);
    writeParagraphProperties(x, spec.look, spec.outlineLevel);
    x.open(QStringLiteral("w:rPr"));
    writeRunProperties(x, spec.font, spec.charSpacing);
    x.close();
    x.close();
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty() && !list.contains(item.trimmed()))
            list.append(item.trimmed());
    }
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

} // namespace

QByteArray stylesXml(const LayoutProfile &p)
{
    const PageMetrics m = pageMetrics(p);
    XmlPart x;
    x.open(QStringLiteral("w:styles"), {{QStringLiteral("xmlns:w"), nsMain()}});

    x.open(QStringLiteral("w:docDefaults"));
    x.open(QStringLiteral("w:rPrDefault"));
    x.open(QStringLiteral("w:rPr"));
    writeRunProperties(x, p.body);
    x.close();
    x.close();
    x.open(QStringLiteral("w:pPrDefault"));
    x.leaf(QStringLiteral("w:pPr"));
    x.close();
    x.close();

    // The condensing that makes charsPerLine fit belongs to text set in the body size.
    auto spacingFor = [&](const FontSpec &f) { return f.sizePt == p.body.sizePt ? m.charSpacing : 0; };

    ParagraphLook body;
    body.firstLineChars = p.firstLineIndentChars;
    body.firstLineTwips = ptToTwips(p.firstLineIndentChars * p.body.sizePt);
    body.lineTwips = m.linePitch;
    writeStyle(x, {styleNormal(), QStringLiteral("Normal"), body, p.body, spacingFor(p.body), -1, true});

    ParagraphLook title;
    title.jc = QStringLiteral("center");
    title.lineTwips = std::max(m.linePitch, ptToTwips(p.title.sizePt));
    title.afterTwips = m.linePitch;
    // On Word's character grid a 22 pt glyph would take two 16 pt cells and
    // the title would look letter-spaced.
    title.snapToGrid = false;
    writeStyle(x, {styleTitle(), QStringLiteral("Title"), title, p.title, 0});

    const FontSpec *headings[] = {&p.heading1, &p.heading2, &p.heading3, &p.heading4};
    for (int level = 1; level <= 4; ++level) {
        const FontSpec &f = *headings[level - 1];
        ParagraphLook h = body;
        h.lineTwips = std::max(m.linePitch, ptToTwips(f.sizePt));
        writeStyle(x, {styleHeading(level), QStringLiteral("heading %1").arg(level), h, f, spacingFor(f), level - 1});
    }

    ParagraphLook closing = body;
    closing.firstLineChars = 0;
    closing.firstLineTwips = 0;
    closing.jc = QStringLiteral("right");
    writeStyle(x, {styleSignature(), QStringLiteral("Signature"), closing, p.body, spacingFor(p.body)});
    writeStyle(x, {styleDate(), QStringLiteral("Date"), closing, p.body, spacingFor(p.body)});

    ParagraphLook footer;
    footer.jc = QStringLiteral("right");
    footer.lineTwips = ptToTwips(p.pageNumber.sizePt);
    footer.snapToGrid = false;
    writeStyle(x, {styleFooter(), QStringLiteral("footer"), footer, p.pageNumber, 0});

    x.close();
    return x.finish();
}

QByteArray fontTableXml(const LayoutProfile &p)
{
    // One entry per face; a face used by several roles collects all their fallbacks.
    QStringList families;
    QHash<QString, QStringList> fallbacks;
    for (const FontRole role : {FontRole::Body, FontRole::Title, FontRole::Heading1, FontRole::Heading2,
                                FontRole::Heading3, FontRole::Heading4, FontRole::PageNumber}) {
        const FontSpec &f = p.font(role);
        if (!families.contains(f.family))
            families.append(f.family);
        appendUnique(fallbacks[f.family], f.fallbacks);
    }

    XmlPart x;
    x.open(QStringLiteral("w:fonts"), {{QStringLiteral("xmlns:w"), nsMain()}});
    for (const QString &family : std::as_const(families)) {
        x.open(QStringLiteral("w:font"), {{QStringLiteral("w:name"), family}});
        // ISO/IEC 29500-1 §17.8.3.1: a consumer that cannot find w:name tries
        // each comma-separated altName in turn before substituting by metrics.
        QStringList alt = fallbacks.value(family);
        alt.removeAll(family);
        if (!alt.isEmpty())
            x.val(QStringLiteral("w:altName"), alt.join(u','));
        // GB2312 character set: steers metric substitution towards a Chinese face.
        if (hasCjk(family) || std::any_of(alt.cbegin(), alt.cend(), hasCjk))
            x.val(QStringLiteral("w:charset"), QStringLiteral("86"));
        x.close();
    }
    x.close();
    return x.finish();
}

} // namespace gaozi::docx
