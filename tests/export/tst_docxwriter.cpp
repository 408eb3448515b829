#include "docxinspect.h"
#include "export/docxwriter.h"
#include "ingest/docxreader.h"
#include "ingest/ingest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;
using gaozi::test::docxPart;
using gaozi::test::elements;
using gaozi::test::styleAttr;
using gaozi::test::styleElements;

// The .docx as Word, WPS and LibreOffice will read it: the project's own
// reader sees the text and styles, the XML carries GB/T 9704's numbers.
class TestDocxWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void paragraphsAndStyles();
    void packageParts();
    void pageSetup();
    void lineSpacingAndGrid();
    void wordCharacterGrid();
    void fonts_data();
    void fonts();
    void headingsInOutline();
    void footersWithPageNumbers();
    void closingLayout();
    void unsafeCharactersDropped();
    void invalidProfileRefused();
    void reimportKeepsStructure();

private:
    QByteArray m_docx;
    QByteArray m_styles;
    QByteArray m_document;
};

static ExportDocument sampleDocument()
{
    ExportSection l4{4, sectionNumberText(4, 1), QStringLiteral("四级标题"), {QStringLiteral("四级正文。")}, {}};
    ExportSection l3{3, sectionNumberText(3, 1), QStringLiteral("三级标题"), {}, {l4}};
    ExportSection l2{2, sectionNumberText(2, 1), QStringLiteral("强化理论武装"), {QStringLiteral("二级正文。")}, {l3}};
    ExportSection l1{1, sectionNumberText(1, 1), QStringLiteral("强化政治引领"),
                     {QStringLiteral("一是坚持“第一议题”制度；二是落实“三会一课”。")}, {l2}};
    ExportSection second{1, sectionNumberText(1, 2), QStringLiteral("下一步打算"), {QStringLiteral("继续努力。")}, {}};
    ExportDocument doc;
    doc.title = QStringLiteral("2024年党建工作总结");
    doc.opening = {QStringLiteral("今年以来，XX党组坚持以习近平新时代中国特色社会主义思想为指导。")};
    doc.sections = {l1, second};
    doc.closing = {QStringLiteral("中共XX局党组"), formatDocumentDate(QDate(2024, 1, 8))};
    return doc;
}

void TestDocxWriter::initTestCase()
{
    auto bytes = renderDocx(sampleDocument());
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    m_docx = bytes.value();
    m_styles = docxPart(m_docx, QStringLiteral("word/styles.xml"));
    m_document = docxPart(m_docx, QStringLiteral("word/document.xml"));
    QVERIFY(!m_styles.isEmpty());
    QVERIFY(!m_document.isEmpty());
}

void TestDocxWriter::paragraphsAndStyles()
{
    const auto paragraphs = readDocxParagraphs(m_docx);
    QVERIFY2(paragraphs.ok(), qPrintable(paragraphs.error()));
    QStringList texts;
    QStringList styles;
    for (const auto &p : paragraphs.value()) {
        texts.append(p.text);
        styles.append(p.style);
    }
    const QStringList expectedTexts{
        QStringLiteral("2024年党建工作总结"),
        QStringLiteral("今年以来，XX党组坚持以习近平新时代中国特色社会主义思想为指导。"),
        QStringLiteral("一、强化政治引领"),
        QStringLiteral("一是坚持“第一议题”制度；二是落实“三会一课”。"),
        QStringLiteral("（一）强化理论武装"),
        QStringLiteral("二级正文。"),
        QStringLiteral("1.三级标题"),
        QStringLiteral("（1）四级标题"),
        QStringLiteral("四级正文。"),
        QStringLiteral("二、下一步打算"),
        QStringLiteral("继续努力。"),
        QStringLiteral("中共XX局党组"),
        QStringLiteral("2024年1月8日"),
    };
    QCOMPARE(texts, expectedTexts);
    // Body paragraphs use the default paragraph style (Normal) without naming it.
    const QStringList expectedStyles{
        QStringLiteral("Title"),     QString(),        QStringLiteral("heading 1"), QString(),
        QStringLiteral("heading 2"), QString(),        QStringLiteral("heading 3"), QStringLiteral("heading 4"),
        QString(),                   QStringLiteral("heading 1"), QString(), QStringLiteral("Signature"),
        QStringLiteral("Date"),
    };
    QCOMPARE(styles, expectedStyles);
    QVERIFY(paragraphs->first().titleStyle);
    QCOMPARE(paragraphs->at(7).headingLevel, 4);
    const auto normal = elements(m_styles, QStringLiteral("w:style"));
    QVERIFY(std::any_of(normal.cbegin(), normal.cend(), [](const auto &e) {
        return e.attr(QStringLiteral("w:styleId")) == u"Normal" && e.attr(QStringLiteral("w:default")) == u"1";
    }));
}

void TestDocxWriter::packageParts()
{
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
                             "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"}) {
        QVERIFY2(!docxPart(m_docx, QString::fromUtf8(part)).isEmpty(), part);
    }
    const auto overrides = elements(docxPart(m_docx, QStringLiteral("[Content_Types].xml")), QStringLiteral("Override"));
    QStringList partNames;
    for (const auto &o : overrides)
        partNames.append(o.attr(QStringLiteral("PartName")));
    for (const char *part : {"/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/fontTable.xml",
                             "/word/footer1.xml", "/word/footer2.xml", "/docProps/core.xml", "/docProps/app.xml"})
        QVERIFY2(partNames.contains(QString::fromUtf8(part)), part);
    const auto rels = elements(docxPart(m_docx, QStringLiteral("word/_rels/document.xml.rels")),
                               QStringLiteral("Relationship"));
    QCOMPARE(rels.size(), 5);
    const auto title = elements(docxPart(m_docx, QStringLiteral("docProps/core.xml")), QStringLiteral("dc:title"));
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.first().text, QStringLiteral("2024年党建工作总结"));
}

void TestDocxWriter::pageSetup()
{
    const auto size = elements(m_document, QStringLiteral("w:pgSz"));
    QCOMPARE(size.size(), 1);
    QCOMPARE(size.first().attr(QStringLiteral("w:w")), QStringLiteral("11906"));
    QCOMPARE(size.first().attr(QStringLiteral("w:h")), QStringLiteral("16838"));
    const auto margins = elements(m_document, QStringLiteral("w:pgMar")).first();
    QCOMPARE(margins.attr(QStringLiteral("w:top")), QStringLiteral("2098"));    // 37 mm
    QCOMPARE(margins.attr(QStringLiteral("w:left")), QStringLiteral("1587"));   // 28 mm
    QCOMPARE(margins.attr(QStringLiteral("w:right")), QStringLiteral("1474"));  // 26 mm
    QCOMPARE(margins.attr(QStringLiteral("w:bottom")), QStringLiteral("1984")); // 35 mm
    // The page number's top edge 7 mm (397 twips) below the text block, 14 pt (280) high.
    QCOMPARE(margins.attr(QStringLiteral("w:footer")), QString::number(1984 - 397 - 280));
}

void TestDocxWriter::lineSpacingAndGrid()
{
    const auto spacing = styleElements(m_styles, QStringLiteral("Normal"), QStringLiteral("w:pPr/w:spacing"));
    QCOMPARE(spacing.size(), 1);
    QCOMPARE(spacing.first().attr(QStringLiteral("w:lineRule")), QStringLiteral("exact"));
    const int line = spacing.first().attr(QStringLiteral("w:line")).toInt();
    QCOMPARE(line, 579); // 28.95 pt
    const int textHeight = 16838 - 2098 - 1984;
    QVERIFY(22 * line <= textHeight);
    QVERIFY(23 * line > textHeight);

    const auto grid = elements(m_document, QStringLiteral("w:docGrid"));
    QCOMPARE(grid.size(), 1);
    QCOMPARE(grid.first().attr(QStringLiteral("w:type")), QStringLiteral("lines"));
    QCOMPARE(grid.first().attr(QStringLiteral("w:linePitch")), QStringLiteral("579"));

    // 28 characters of 16 pt condensed by this much fit the 156 mm line, 29 do not.
    const int condense = styleAttr(m_styles, QStringLiteral("Normal"), QStringLiteral("w:rPr/w:spacing"),
                                   QStringLiteral("w:val"))
                             .toInt();
    QCOMPARE(condense, -5);
    const int textWidth = 11906 - 1587 - 1474;
    QVERIFY(28 * (320 + condense) <= textWidth);
    QVERIFY(29 * (320 + condense) > textWidth);
    // Headings are set in the body size and condense alike; the title does not.
    QCOMPARE(styleAttr(m_styles, QStringLiteral("Heading1"), QStringLiteral("w:rPr/w:spacing"), QStringLiteral("w:val")),
             QStringLiteral("-5"));
    QVERIFY(styleElements(m_styles, QStringLiteral("Title"), QStringLiteral("w:rPr/w:spacing")).isEmpty());
    // First line indented two characters.
    QCOMPARE(styleAttr(m_styles, QStringLiteral("Normal"), QStringLiteral("w:ind"), QStringLiteral("w:firstLineChars")),
             QStringLiteral("200"));
    QCOMPARE(styleAttr(m_styles, QStringLiteral("Normal"), QStringLiteral("w:jc"), QStringLiteral("w:val")),
             QStringLiteral("both"));
}

void TestDocxWriter::wordCharacterGrid()
{
    LayoutProfile profile;
    profile.wordCharGrid = true;
    auto bytes = renderDocx(sampleDocument(), profile);
    QVERIFY(bytes.ok());
    const auto grid = elements(docxPart(bytes.value(), QStringLiteral("word/document.xml")), QStringLiteral("w:docGrid"));
    QCOMPARE(grid.first().attr(QStringLiteral("w:type")), QStringLiteral("linesAndChars"));
    QCOMPARE(grid.first().attr(QStringLiteral("w:linePitch")), QStringLiteral("579"));
    // Word fits floor(width / (16 pt + charSpace/4096)) characters: exactly 28.
    const int charSpace = grid.first().attr(QStringLiteral("w:charSpace")).toInt();
    QCOMPARE(charSpace, -842);
    const double pitchTwips = 20.0 * (16.0 + charSpace / 4096.0);
    QCOMPARE(int((11906 - 1587 - 1474) / pitchTwips), 28);
    const QByteArray styles = docxPart(bytes.value(), QStringLiteral("word/styles.xml"));
    QVERIFY(styleElements(styles, QStringLiteral("Normal"), QStringLiteral("w:rPr/w:spacing")).isEmpty());
}

void TestDocxWriter::fonts_data()
{
    QTest::addColumn<QString>("styleId");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("halfPoints");
    QTest::addColumn<QString>("bold");
    QTest::addColumn<QString>("jc");
    QTest::newRow("nominal: title 2号 小标宋 centred") << QStringLiteral("Title") << QStringLiteral("方正小标宋简体") << 44
                                                    << QStringLiteral("0") << QStringLiteral("center");
    QTest::newRow("nominal: body 3号 仿宋") << QStringLiteral("Normal") << QStringLiteral("仿宋_GB2312") << 32
                                         << QStringLiteral("0") << QStringLiteral("both");
    QTest::newRow("nominal: 一、 黑体") << QStringLiteral("Heading1") << QStringLiteral("黑体") << 32
                                     << QStringLiteral("0") << QStringLiteral("both");
    QTest::newRow("nominal: （一） 楷体") << QStringLiteral("Heading2") << QStringLiteral("楷体_GB2312") << 32
                                      << QStringLiteral("0") << QStringLiteral("both");
    QTest::newRow("nominal: 1. 仿宋 bold") << QStringLiteral("Heading3") << QStringLiteral("仿宋_GB2312") << 32
                                        << QStringLiteral("1") << QStringLiteral("both");
    QTest::newRow("nominal: （1） 仿宋") << QStringLiteral("Heading4") << QStringLiteral("仿宋_GB2312") << 32
                                      << QStringLiteral("0") << QStringLiteral("both");
    QTest::newRow("nominal: page number 4号 宋体") << QStringLiteral("Footer") << QStringLiteral("宋体") << 28
                                               << QStringLiteral("0") << QStringLiteral("right");
}

void TestDocxWriter::fonts()
{
    QFETCH(QString, styleId);
    QFETCH(QString, family);
    QFETCH(int, halfPoints);
    QFETCH(QString, bold);
    QFETCH(QString, jc);
    const auto rFonts = styleElements(m_styles, styleId, QStringLiteral("w:rFonts"));
    QCOMPARE(rFonts.size(), 1);
    for (const char *slot : {"w:eastAsia", "w:ascii", "w:hAnsi"})
        QCOMPARE(rFonts.first().attr(QString::fromUtf8(slot)), family);
    QCOMPARE(styleAttr(m_styles, styleId, QStringLiteral("w:sz"), QStringLiteral("w:val")).toInt(), halfPoints);
    QCOMPARE(styleAttr(m_styles, styleId, QStringLiteral("w:b"), QStringLiteral("w:val")), bold);
    QCOMPARE(styleAttr(m_styles, styleId, QStringLiteral("w:lang"), QStringLiteral("w:eastAsia")), QStringLiteral("zh-CN"));
    QCOMPARE(styleAttr(m_styles, styleId, QStringLiteral("w:jc"), QStringLiteral("w:val")), jc);

    // Fallbacks travel in the font table (w:altName), official name first.
    const auto fontTable = elements(docxPart(m_docx, QStringLiteral("word/fontTable.xml")), QStringLiteral("w:font"));
    QVERIFY(std::any_of(fontTable.cbegin(), fontTable.cend(), [&](const auto &f) { return f.attr(QStringLiteral("w:name")) == family; }));
}

void TestDocxWriter::headingsInOutline()
{
    for (int level = 1; level <= 4; ++level) {
        const QString id = QStringLiteral("Heading%1").arg(level);
        QCOMPARE(styleAttr(m_styles, id, QStringLiteral("w:name"), QStringLiteral("w:val")),
                 QStringLiteral("heading %1").arg(level));
        QCOMPARE(styleAttr(m_styles, id, QStringLiteral("w:outlineLvl"), QStringLiteral("w:val")), QString::number(level - 1));
        QCOMPARE(styleElements(m_styles, id, QStringLiteral("w:keepNext")).size(), 1);
    }
    const QByteArray fontTable = docxPart(m_docx, QStringLiteral("word/fontTable.xml"));
    const auto fonts = elements(fontTable, QStringLiteral("w:altName"));
    QStringList alt;
    for (const auto &f : fonts)
        alt.append(f.attr(QStringLiteral("w:val")));
    QVERIFY2(alt.contains(QStringLiteral("仿宋,FangSong")), qPrintable(alt.join(u'|')));
    QVERIFY(alt.contains(QStringLiteral("楷体,KaiTi")));
    QVERIFY(alt.contains(QStringLiteral("SimHei")));
    QVERIFY(alt.contains(QStringLiteral("宋体,SimSun")));
}

void TestDocxWriter::footersWithPageNumbers()
{
    const auto refs = elements(m_document, QStringLiteral("w:footerReference"));
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs[0].attr(QStringLiteral("w:type")), QStringLiteral("default"));
    QCOMPARE(refs[1].attr(QStringLiteral("w:type")), QStringLiteral("even"));
    const auto rels = elements(docxPart(m_docx, QStringLiteral("word/_rels/document.xml.rels")), QStringLiteral("Relationship"));
    auto targetOf = [&](const QString &id) {
        for (const auto &r : rels) {
            if (r.attr(QStringLiteral("Id")) == id)
                return r.attr(QStringLiteral("Target"));
        }
        return QString();
    };
    QCOMPARE(targetOf(refs[0].attr(QStringLiteral("r:id"))), QStringLiteral("footer1.xml"));
    QCOMPARE(targetOf(refs[1].attr(QStringLiteral("r:id"))), QStringLiteral("footer2.xml"));
    QCOMPARE(elements(docxPart(m_docx, QStringLiteral("word/settings.xml")), QStringLiteral("w:evenAndOddHeaders")).size(), 1);

    struct Expect
    {
        const char *part;
        const char *jc;
        const char *indentAttr;
    };
    for (const Expect &e : {Expect{"word/footer1.xml", "right", "w:rightChars"}, Expect{"word/footer2.xml", "left", "w:leftChars"}}) {
        const QByteArray footer = docxPart(m_docx, QString::fromUtf8(e.part));
        const auto instr = elements(footer, QStringLiteral("w:instrText"));
        QCOMPARE(instr.size(), 1);
        QCOMPARE(instr.first().text.trimmed(), QStringLiteral("PAGE"));
        QCOMPARE(elements(footer, QStringLiteral("w:fldChar")).size(), 3);
        QCOMPARE(elements(footer, QStringLiteral("w:jc")).first().attr(QStringLiteral("w:val")), QString::fromUtf8(e.jc));
        QCOMPARE(elements(footer, QStringLiteral("w:ind")).first().attr(QString::fromUtf8(e.indentAttr)), QStringLiteral("100"));
        const auto paragraphs = parseDocxXml(footer, {});
        QVERIFY(paragraphs.ok());
        // Field instructions are skipped; the result shows as "— 1 —".
        QCOMPARE(paragraphs->first().text, QStringLiteral("— 1 —"));
    }
}

void TestDocxWriter::closingLayout()
{
    const auto paragraphs = elements(m_document, QStringLiteral("w:ind"));
    QCOMPARE(paragraphs.size(), 2);
    // Unit (6 characters wide) centred over the date (6 wide: digits count half), date 右空四字.
    QCOMPARE(paragraphs[0].attr(QStringLiteral("w:rightChars")), QStringLiteral("400"));
    QCOMPARE(paragraphs[1].attr(QStringLiteral("w:rightChars")), QStringLiteral("400"));
    QCOMPARE(styleAttr(m_styles, QStringLiteral("Date"), QStringLiteral("w:jc"), QStringLiteral("w:val")), QStringLiteral("right"));
    // A blank line above the unit.
    const auto spacing = elements(m_document, QStringLiteral("w:spacing"));
    QCOMPARE(spacing.size(), 1);
    QCOMPARE(spacing.first().attr(QStringLiteral("w:before")), QStringLiteral("579"));

    ExportDocument longUnit = sampleDocument();
    longUnit.closing.unit = QStringLiteral("中国共产党某某市某某区某某局机关委员会");
    auto bytes = renderDocx(longUnit);
    QVERIFY(bytes.ok());
    const auto ind = elements(docxPart(bytes.value(), QStringLiteral("word/document.xml")), QStringLiteral("w:ind"));
    // 19 characters against 6: the unit moves to 右空二字 and the date centres under it.
    QCOMPARE(ind[0].attr(QStringLiteral("w:rightChars")), QStringLiteral("200"));
    QCOMPARE(ind[1].attr(QStringLiteral("w:rightChars")), QStringLiteral("850"));
}

void TestDocxWriter::unsafeCharactersDropped()
{
    ExportDocument doc;
    doc.title = QStringLiteral("标题\u0001");
    doc.opening = {QStringLiteral("控制\u000B字符\u0000与") + QChar(0xD800) + QStringLiteral("孤立代理项\t制表"),
                   QStringLiteral("换行\n之后"), QStringLiteral("扩展区字𠀀")};
    auto bytes = renderDocx(doc);
    QVERIFY(bytes.ok());
    const auto paragraphs = readDocxParagraphs(bytes.value());
    QVERIFY2(paragraphs.ok(), qPrintable(paragraphs.error()));
    QCOMPARE(paragraphs->size(), 4);
    QCOMPARE(paragraphs->at(0).text, QStringLiteral("标题"));
    QCOMPARE(paragraphs->at(1).text, QStringLiteral("控制字符与孤立代理项\t制表"));
    QCOMPARE(paragraphs->at(2).text, QStringLiteral("换行\n之后"));
    QCOMPARE(paragraphs->at(3).text, QStringLiteral("扩展区字𠀀"));
}

void TestDocxWriter::invalidProfileRefused()
{
    LayoutProfile profile;
    profile.marginLeftMm = 150;
    profile.marginRightMm = 50;
    auto bytes = renderDocx(sampleDocument(), profile);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().contains(QStringLiteral("margins")), qPrintable(bytes.error()));
}

void TestDocxWriter::reimportKeepsStructure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("总结.docx"));
    const Status written = writeDocx(path, sampleDocument());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    auto parsed = ingestFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->title, QStringLiteral("2024年党建工作总结"));
    QCOMPARE(parsed->sections.size(), 2);
    QCOMPARE(parsed->sections[0].heading, QStringLiteral("强化政治引领"));
    QCOMPARE(parsed->sections[0].children.first().children.first().children.first().level, 4);
}

QTEST_GUILESS_MAIN(TestDocxWriter)
#include "tst_docxwriter.moc"
