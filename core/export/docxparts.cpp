#include "export/docxparts.h"
#include "export/docxxml.h"

namespace gaozi::docx {
namespace {

QString nsPackageRels()
{
    return QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
}

QString officeRel(const QString &kind)
{
    return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/") + kind;
}

QString wordType(const QString &kind)
{
    return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.") + kind + u"+xml";
}

void relationship(XmlPart &x, const QString &id, const QString &type, const QString &target)
{
    x.leaf(QStringLiteral("Relationship"),
           {{QStringLiteral("Id"), id}, {QStringLiteral("Type"), type}, {QStringLiteral("Target"), target}});
}

void override(XmlPart &x, const QString &part, const QString &type)
{
    x.leaf(QStringLiteral("Override"), {{QStringLiteral("PartName"), part}, {QStringLiteral("ContentType"), type}});
}

void fieldChar(XmlPart &x, const QString &type)
{
    x.open(QStringLiteral("w:r"));
    x.leaf(QStringLiteral("w:fldChar"), {{QStringLiteral("w:fldCharType"), type}});
    x.close();
}

} // namespace

QByteArray contentTypesXml()
{
    XmlPart x;
    x.open(QStringLiteral("Types"),
           {{QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types")}});
    x.leaf(QStringLiteral("Default"),
           {{QStringLiteral("Extension"), QStringLiteral("rels")},
            {QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
    x.leaf(QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("xml")},
                                       {QStringLiteral("ContentType"), QStringLiteral("application/xml")}});
    override(x, QStringLiteral("/word/document.xml"), wordType(QStringLiteral("document.main")));
    override(x, QStringLiteral("/word/styles.xml"), wordType(QStringLiteral("styles")));
    override(x, QStringLiteral("/word/settings.xml"), wordType(QStringLiteral("settings")));
    override(x, QStringLiteral("/word/fontTable.xml"), wordType(QStringLiteral("fontTable")));
    override(x, QStringLiteral("/word/footer1.xml"), wordType(QStringLiteral("footer")));
    override(x, QStringLiteral("/word/footer2.xml"), wordType(QStringLiteral("footer")));
    override(x, QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(x, QStringLiteral("/docProps/app.xml"),
             QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    x.close();
    return x.finish();
}

QByteArray packageRelsXml()
{
    XmlPart x;
    x.open(QStringLiteral("Relationships"), {{QStringLiteral("xmlns"), nsPackageRels()}});
    relationship(x, QStringLiteral("rId1"), officeRel(QStringLiteral("officeDocument")),
                 QStringLiteral("word/document.xml"));
    relationship(x, QStringLiteral("rId2"),
                 QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                 QStringLiteral("docProps/core.xml"));
    relationship(x, QStringLiteral("rId3"), officeRel(QStringLiteral("extended-properties")),
                 QStringLiteral("docProps/app.xml"));
    x.close();
    return x.finish();
}

QByteArray documentRelsXml()
{
    XmlPart x;
    x.open(QStringLiteral("Relationships"), {{QStringLiteral("xmlns"), nsPackageRels()}});
    relationship(x, QStringLiteral("rIdStyles"), officeRel(QStringLiteral("styles")), QStringLiteral("styles.xml"));
    relationship(x, QStringLiteral("rIdSettings"), officeRel(QStringLiteral("settings")),
                 QStringLiteral("settings.xml"));
    relationship(x, QStringLiteral("rIdFontTable"), officeRel(QStringLiteral("fontTable")),
                 QStringLiteral("fontTable.xml"));
    relationship(x, relFooterOdd(), officeRel(QStringLiteral("footer")), QStringLiteral("footer1.xml"));
    relationship(x, relFooterEven(), officeRel(QStringLiteral("footer")), QStringLiteral("footer2.xml"));
    x.close();
    return x.finish();
}

QByteArray settingsXml()
{
    // Children in the order CT_Settings requires; Word rejects the part otherwise.
    XmlPart x;
    x.open(QStringLiteral("w:settings"), {{QStringLiteral("xmlns:w"), nsMain()}});
    x.leaf(QStringLiteral("w:zoom"), {{QStringLiteral("w:percent"), QStringLiteral("100")}});
    x.val(QStringLiteral("w:defaultTabStop"), 420);
    // Odd and even pages carry different footers (page number right / left).
    x.leaf(QStringLiteral("w:evenAndOddHeaders"));
    x.val(QStringLiteral("w:characterSpacingControl"), QStringLiteral("compressPunctuation"));
    x.open(QStringLiteral("w:compat"));
    // Word 2013+ layout rather than compatibility mode.
    x.leaf(QStringLiteral("w:compatSetting"), {{QStringLiteral("w:name"), QStringLiteral("compatibilityMode")},
                                               {QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
                                               {QStringLiteral("w:val"), QStringLiteral("15")}});
    x.close();
    x.leaf(QStringLiteral("w:themeFontLang"),
           {{QStringLiteral("w:val"), QStringLiteral("en-US")}, {QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN")}});
    x.close();
    return x.finish();
}

QByteArray corePropertiesXml(const QString &title, const QDateTime &timestamp)
{
    const QString when = timestamp.toUTC().toString(Qt::ISODate);
    const QString w3cdtf = QStringLiteral("dcterms:W3CDTF");
    XmlPart x;
    x.open(QStringLiteral("cp:coreProperties"),
           {{QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties")},
            {QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
            {QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/")},
            {QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance")}});
    if (!title.isEmpty())
        x.textElement(QStringLiteral("dc:title"), title);
    x.textElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
    x.textElement(QStringLiteral("dcterms:created"), when, {{QStringLiteral("xsi:type"), w3cdtf}});
    x.textElement(QStringLiteral("dcterms:modified"), when, {{QStringLiteral("xsi:type"), w3cdtf}});
    x.close();
    return x.finish();
}

QByteArray appPropertiesXml()
{
    XmlPart x;
    x.open(QStringLiteral("Properties"),
           {{QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")}});
    x.textElement(QStringLiteral("Application"), QStringLiteral("Gaozi"));
    x.close();
    return x.finish();
}

QByteArray footerXml(const LayoutProfile &profile, bool oddPages)
{
    // One character in from the edge, measured in the page number's own size.
    const QString indentChars = QString::number(hundredths(1));
    const QString indentTwips = QString::number(ptToTwips(profile.pageNumber.sizePt));
    const QString zero = QStringLiteral("0");
    XmlPart x;
    x.open(QStringLiteral("w:ftr"), {{QStringLiteral("xmlns:w"), nsMain()}, {QStringLiteral("xmlns:r"), nsRel()}});
    x.open(QStringLiteral("w:p"));
    x.open(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:pStyle"), styleFooter());
    if (oddPages) {
        x.leaf(QStringLiteral("w:ind"), {{QStringLiteral("w:left"), zero},
                                         {QStringLiteral("w:rightChars"), indentChars},
                                         {QStringLiteral("w:right"), indentTwips},
                                         {QStringLiteral("w:firstLine"), zero}});
        x.val(QStringLiteral("w:jc"), QStringLiteral("right"));
    } else {
        x.leaf(QStringLiteral("w:ind"), {{QStringLiteral("w:leftChars"), indentChars},
                                         {QStringLiteral("w:left"), indentTwips},
                                         {QStringLiteral("w:right"), zero},
                                         {QStringLiteral("w:firstLine"), zero}});
        x.val(QStringLiteral("w:jc"), QStringLiteral("left"));
    }
    x.close();
    // 一字线 (em dash) on each side of the number: "— 1 —".
    writeTextRuns(x, QStringLiteral("— "));
    fieldChar(x, QStringLiteral("begin"));
    x.open(QStringLiteral("w:r"));
    x.textElement(QStringLiteral("w:instrText"), QStringLiteral(" PAGE "),
                  {{QStringLiteral("xml:space"), QStringLiteral("preserve")}});
    x.close();
    fieldChar(x, QStringLiteral("separate"));
    writeTextRuns(x, QStringLiteral("1"));
    fieldChar(x, QStringLiteral("end"));
    writeTextRuns(x, QStringLiteral(" —"));
    x.close();
    x.close();
    return x.finish();
}

} // namespace gaozi::docx
