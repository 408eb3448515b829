#include "ingest/ingest.h"
#include "ingest/structureparser.h"
#include "seeds.h"
#include "zipbuilder.h"

#include <QStringEncoder>
#include <QTest>

using namespace gaozi;

class TestStructureParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlineAndStandaloneHeadings();
    void asciiParensAndCrlf();
    void pointsInlineAndAtParagraphStart();
    void labelLinesAreUnnumberedHeadings();
    void docxHeadingStyles();
    void deeperLevels();
    void gb18030CopyParsesLikeUtf8();
    void splitInlineHeading_data();
    void splitInlineHeading();
    void errors_data();
    void errors();
    void tenMegabyteSingleLine();
};

static ParsedDocument parseText(const QString &text)
{
    auto doc = ingestBytes(QStringLiteral("t.txt"), text.toUtf8());
    return doc.ok() ? doc.value() : ParsedDocument{};
}

void TestStructureParser::inlineAndStandaloneHeadings()
{
    const auto doc = parseText(QStringLiteral(
        "2023年度党建工作情况总结\n"
        "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "一、聚焦思想过硬，持续强化理论武装。一是扎实开展主题教育。内容。二是细致做好思想政治工作。内容。\n"
        "二、存在问题\n"
        "（一）理论学习还不够深入。主要表现为学习不系统。\n"
        "（二）创新不足\n"
        "正文段落。\n"));
    QCOMPARE(doc.title, QStringLiteral("2023年度党建工作情况总结"));
    QCOMPARE(doc.year, std::optional<int>(2023));
    QCOMPARE(doc.opening.size(), 1);
    QCOMPARE(doc.sections.size(), 2);
    const Section &first = doc.sections[0];
    QCOMPARE(first.heading, QStringLiteral("聚焦思想过硬，持续强化理论武装"));
    QCOMPARE(first.number, QStringLiteral("一"));
    QCOMPARE(first.points.size(), 2);
    QCOMPARE(first.points[0].lead, QStringLiteral("扎实开展主题教育"));
    QCOMPARE(first.points[1].lead, QStringLiteral("细致做好思想政治工作"));
    const Section &second = doc.sections[1];
    QCOMPARE(second.heading, QStringLiteral("存在问题"));
    QCOMPARE(second.children.size(), 2);
    QCOMPARE(second.children[0].heading, QStringLiteral("理论学习还不够深入"));
    QCOMPARE(second.children[0].paragraphs, QStringList{QStringLiteral("主要表现为学习不系统。")});
    QCOMPARE(second.children[1].heading, QStringLiteral("创新不足"));
    QCOMPARE(second.children[1].paragraphs, QStringList{QStringLiteral("正文段落。")});
}

void TestStructureParser::asciiParensAndCrlf()
{
    const auto doc = parseText(QStringLiteral(
        "2020年党建工作总结\r\n一、狠抓意识形态工作\r\n(一)强化主体责任落实。正文。\r\n(二)注重舆情管控。正文。\r\n"
        "（三）加强舆论引导。正文。\r\n"));
    QCOMPARE(doc.sections.size(), 1);
    const auto &kids = doc.sections[0].children;
    QCOMPARE(kids.size(), 3);
    QCOMPARE(kids[0].heading, QStringLiteral("强化主体责任落实"));
    QVERIFY(kids[0].asciiParens);
    QCOMPARE(kids[1].heading, QStringLiteral("注重舆情管控"));
    QCOMPARE(kids[2].heading, QStringLiteral("加强舆论引导"));
    QVERIFY(!kids[2].asciiParens);
    QCOMPARE(kids[2].level, 2);
}

void TestStructureParser::pointsInlineAndAtParagraphStart()
{
    const auto doc = parseText(QStringLiteral(
        "述职报告\n一、存在问题\n一是理论学习不充分。没有处理好。\n二是“一岗双责”履职不充分。批评不深入。\n"
        "三是领导保障不充分。\n统一是关键，不算要点。\n"));
    const auto &points = doc.sections.first().points;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].lead, QStringLiteral("理论学习不充分"));
    QCOMPARE(points[1].lead, QStringLiteral("“一岗双责”履职不充分"));
    QCOMPARE(points[2].ordinal, 3);
    QCOMPARE(points[0].text, QStringLiteral("理论学习不充分。没有处理好。"));
}

void TestStructureParser::labelLinesAreUnnumberedHeadings()
{
    const auto doc = parseText(QStringLiteral(
        "XX党支部2023年工作情况总结报告\n二、存在问题及下一步工作计划\n"
        "存在问题：一是前瞻性不足，创新手段不多。二是思路不够创新。\n"
        "第四季度工作计划：做好以下四项工作：\n一是以学促行，提升思想引领力。内容。\n二是强基固本，增强组织向心力。内容。\n"));
    QCOMPARE(doc.sections.size(), 1);
    const auto &kids = doc.sections[0].children;
    QCOMPARE(kids.size(), 2);
    QCOMPARE(kids[0].heading, QStringLiteral("存在问题"));
    QCOMPARE(kids[0].level, 2);
    QVERIFY(kids[0].number.isEmpty());
    QCOMPARE(kids[0].points.size(), 2);
    QCOMPARE(kids[0].points[0].lead, QStringLiteral("前瞻性不足，创新手段不多"));
    QCOMPARE(kids[1].heading, QStringLiteral("第四季度工作计划"));
    QCOMPARE(kids[1].points.size(), 2);
    QCOMPARE(kids[1].points[1].lead, QStringLiteral("强基固本，增强组织向心力"));
}

void TestStructureParser::docxHeadingStyles()
{
    const QString styles = QStringLiteral(
        "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
        "<w:style w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>");
    const QString body = test::docxParagraph(QStringLiteral("2024年党建工作总结"))
        + test::docxParagraph(QStringLiteral("强化政治引领"), QStringLiteral("Heading1"))
        + test::docxParagraph(QStringLiteral("强化理论武装"), QStringLiteral("Heading2"))
        + test::docxParagraph(QStringLiteral("正文一段。"))
        + test::docxParagraph(QStringLiteral("二、存在问题"));
    const auto doc = ingestBytes(QStringLiteral("t.docx"), test::buildDocx(body, styles));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->title, QStringLiteral("2024年党建工作总结"));
    QCOMPARE(doc->year, std::optional<int>(2024));
    QCOMPARE(doc->sections.size(), 2);
    QCOMPARE(doc->sections[0].heading, QStringLiteral("强化政治引领"));
    QVERIFY(doc->sections[0].number.isEmpty());
    QCOMPARE(doc->sections[0].children.size(), 1);
    QCOMPARE(doc->sections[0].children[0].paragraphs, QStringList{QStringLiteral("正文一段。")});
    QCOMPARE(doc->sections[1].number, QStringLiteral("二"));
}

void TestStructureParser::deeperLevels()
{
    const auto doc = parseText(QStringLiteral(
        "工作总结\n一、甲\n（一）乙\n1.丙。正文。\n（1）丁\n2、戊\n二、己\n"));
    QCOMPARE(doc.sections.size(), 2);
    const Section &l2 = doc.sections[0].children[0];
    QCOMPARE(l2.children.size(), 2);
    QCOMPARE(l2.children[0].heading, QStringLiteral("丙"));
    QCOMPARE(l2.children[0].level, 3);
    QCOMPARE(l2.children[0].children[0].heading, QStringLiteral("丁"));
    QCOMPARE(l2.children[0].children[0].level, 4);
    QCOMPARE(l2.children[1].number, QStringLiteral("2"));
}

static QStringList headingsOf(const QList<Section> &sections)
{
    QStringList out;
    for (const auto &s : sections) {
        out << QString::number(s.level) + s.number + s.heading;
        out << headingsOf(s.children);
    }
    return out;
}

void TestStructureParser::gb18030CopyParsesLikeUtf8()
{
    const QByteArray utf8 = test::seedBytes(QStringLiteral("000"));
    QStringEncoder enc("GB18030");
    const QByteArray gb = enc(QString::fromUtf8(utf8));
    QVERIFY(gb != utf8);
    const auto a = ingestBytes(QStringLiteral("a.txt"), utf8);
    const auto b = ingestBytes(QStringLiteral("b.txt"), gb);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->encoding, QStringLiteral("GB18030"));
    QCOMPARE(b->title, a->title);
    QCOMPARE(headingsOf(b->sections), headingsOf(a->sections));
    QVERIFY(headingsOf(a->sections).size() >= 12);
}

void TestStructureParser::splitInlineHeading_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("rest");
    QTest::newRow("nominal: standalone") << QStringLiteral("系统抓教育，强化理想信念") << QStringLiteral("系统抓教育，强化理想信念") << QString();
    QTest::newRow("nominal: inline") << QStringLiteral("强化理论武装。坚持学习。") << QStringLiteral("强化理论武装") << QStringLiteral("坚持学习。");
    QTest::newRow("nominal: colon") << QStringLiteral("存在问题：一是不足。") << QStringLiteral("存在问题") << QStringLiteral("一是不足。");
    QTest::newRow("nominal: trailing stop only") << QStringLiteral("持续压紧压实责任。") << QStringLiteral("持续压紧压实责任") << QString();
}

void TestStructureParser::splitInlineHeading()
{
    QFETCH(QString, line);
    QFETCH(QString, heading);
    QFETCH(QString, rest);
    QString h, r;
    gaozi::splitInlineHeading(line, &h, &r);
    QCOMPARE(h, heading);
    QCOMPARE(r, rest);
}

void TestStructureParser::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("robustness: empty file") << QStringLiteral("e.txt") << QByteArray() << QStringLiteral("empty");
    QByteArray binary(1000, '\0');
    binary[10] = 'x';
    QTest::newRow("robustness: binary file") << QStringLiteral("b.txt") << binary << QStringLiteral("binary");
    QTest::newRow("robustness: invalid bytes") << QStringLiteral("i.txt") << QByteArray(300, '\x80')
                                              << QStringLiteral("encoding");
}

void TestStructureParser::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto doc = ingestBytes(name, bytes);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().contains(expected), qPrintable(doc.error()));
}

void TestStructureParser::tenMegabyteSingleLine()
{
    // No line breaks at all: every pass must stay linear (CTest's timeout guards it).
    const QByteArray unit = QStringLiteral("一是坚持学习，推动工作落实。").toUtf8();
    QByteArray big;
    big.reserve(10 * 1024 * 1024 + unit.size());
    big += QStringLiteral("一、工作情况").toUtf8();
    while (big.size() < 10 * 1024 * 1024)
        big += unit;
    const auto doc = ingestBytes(QStringLiteral("big.txt"), big);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->sections.size(), 1);
    QVERIFY(doc->sections[0].points.size() >= 1);
}

QTEST_GUILESS_MAIN(TestStructureParser)
#include "tst_structureparser.moc"
