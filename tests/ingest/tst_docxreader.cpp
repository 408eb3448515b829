#include "ingest/docxreader.h"
#include "ingest/documentreader.h"
#include "zipbuilder.h"

#include <QTest>

using namespace gaozi;
using gaozi::test::buildDocx;
using gaozi::test::buildZip;
using gaozi::test::docxParagraph;

class TestDocxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsTabsBreaks();
    void tablesDeletionsFields();
    void stylesAndHeadings();
    void damaged_data();
    void damaged();
    void zipBomb();
    void entityExpansionRefused();
};

static const QString kHeadingStyles = QStringLiteral(
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"MyHeading\"><w:name w:val=\"My Heading\"/>"
    "<w:basedOn w:val=\"Heading1\"/></w:style>");

void TestDocxReader::runsTabsBreaks()
{
    const QString body = QStringLiteral(
        "<w:p><w:r><w:t>一、强化</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>政治引领</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>");
    const auto result = readDocxParagraphs(buildDocx(body));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).text, QStringLiteral("一、强化政治引领"));
    QCOMPARE(result->at(1).text, QStringLiteral("甲\t乙\n丙"));
}

void TestDocxReader::tablesDeletionsFields()
{
    const QString body = QStringLiteral(
        "<w:p><w:r><w:t>前</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\"><w:r><w:t>插入</w:t></w:r></w:ins></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格一</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>单元格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>");
    const auto result = readDocxParagraphs(buildDocx(body));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), 4);
    QCOMPARE(result->at(0).text, QStringLiteral("前插入"));
    QCOMPARE(result->at(1).text, QStringLiteral("单元格一"));
    QCOMPARE(result->at(2).text, QStringLiteral("单元格二"));
    QCOMPARE(result->at(3).text, QStringLiteral("第3页"));
}

void TestDocxReader::stylesAndHeadings()
{
    const QString body = docxParagraph(QStringLiteral("2023年党建工作总结"), QStringLiteral("Title"))
        + docxParagraph(QStringLiteral("强化政治引领"), QStringLiteral("Heading1"))
        + docxParagraph(QStringLiteral("强化理论武装"), QStringLiteral("a3"))
        + docxParagraph(QStringLiteral("派生标题"), QStringLiteral("MyHeading"))
        + docxParagraph(QStringLiteral("正文"));
    const auto result = readDocxParagraphs(buildDocx(body, kHeadingStyles));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), 5);
    QVERIFY(result->at(0).titleStyle);
    QCOMPARE(result->at(1).style, QStringLiteral("heading 1"));
    QCOMPARE(result->at(1).headingLevel, 1);
    QCOMPARE(result->at(2).style, QStringLiteral("标题 2"));
    QCOMPARE(result->at(2).headingLevel, 2);
    QCOMPARE(result->at(3).headingLevel, 1);
    QCOMPARE(result->at(4).headingLevel, 0);
}

void TestDocxReader::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QByteArray good = buildDocx(docxParagraph(QStringLiteral("正文内容")));
    QTest::newRow("robustness: truncated docx") << good.left(good.size() / 2) << QStringLiteral("a.docx")
                                               << QStringLiteral("damaged or truncated");
    QTest::newRow("robustness: text renamed docx") << QByteArray("hello") << QStringLiteral("a.docx")
                                                  << QStringLiteral("not a zip archive");
    QTest::newRow("robustness: zip without document")
        << buildZip({{QStringLiteral("readme.txt"), QByteArray("x")}}) << QStringLiteral("a.docx")
        << QStringLiteral("without word/document.xml");
    QTest::newRow("robustness: malformed xml")
        << buildZip({{QStringLiteral("word/document.xml"), QByteArray("<w:document><w:body><w:p>")}})
        << QStringLiteral("a.docx") << QStringLiteral("not well-formed");
    QTest::newRow("robustness: legacy doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                           << QStringLiteral("a.doc") << QStringLiteral(".doc");
}

void TestDocxReader::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto result = readDocumentBytes(name, bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
}

void TestDocxReader::zipBomb()
{
    // 64 MB of zeros deflates to a few dozen KB; the reader must stop at its bound.
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray bomb = buildZip({{QStringLiteral("word/document.xml"), zeros}});
    QVERIFY(bomb.size() < 1024 * 1024);
    ReadLimits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    const auto result = readDocumentBytes(QStringLiteral("bomb.docx"), bomb, limits);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("zip bomb")), qPrintable(result.error()));
}

void TestDocxReader::entityExpansionRefused()
{
    const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                           "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                           "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
    const auto result = parseDocxXml(xml, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("DTD")), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
