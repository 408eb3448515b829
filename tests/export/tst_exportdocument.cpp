#include "export/exportdocument.h"
#include "ingest/ingest.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// The neutral model and one-click layout of an imported draft: numbers
// rewritten by position, text kept, the closing recognised.
class TestExportDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numberText_data();
    void numberText();
    void renumbersByPosition();
    void labelsStayUnnumbered();
    void closing_data();
    void closing();
    void closingFromSeparateParagraphs();
    void normaliseDate_data();
    void normaliseDate();
    void deepSectionsKeepTheirText();
    void blocksSkipEmptyText();
    void seedKeepsEveryParagraph();
};

static QStringList blockTexts(const ExportDocument &doc)
{
    QStringList out;
    const auto blocks = exportBlocks(doc);
    for (const auto &b : blocks)
        out.append(b.text);
    return out;
}

static ExportDocument fromText(const QString &text)
{
    auto parsed = ingestBytes(QStringLiteral("draft.txt"), text.toUtf8());
    return parsed ? exportFromParsed(parsed.value()) : ExportDocument{};
}

void TestExportDocument::numberText_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: level 1") << 1 << 1 << QStringLiteral("一、");
    QTest::newRow("nominal: level 1, twelfth") << 1 << 12 << QStringLiteral("十二、");
    QTest::newRow("nominal: level 2") << 2 << 3 << QStringLiteral("（三）");
    QTest::newRow("nominal: level 3") << 3 << 10 << QStringLiteral("10.");
    QTest::newRow("nominal: level 4") << 4 << 2 << QStringLiteral("（2）");
    QTest::newRow("robustness: level 7 writes level 4") << 7 << 5 << QStringLiteral("（5）");
}

void TestExportDocument::numberText()
{
    QFETCH(int, level);
    QFETCH(int, ordinal);
    QFETCH(QString, expected);
    QCOMPARE(sectionNumberText(level, ordinal), expected);
}

void TestExportDocument::renumbersByPosition()
{
    const ExportDocument doc = fromText(QStringLiteral("关于党建工作的总结\n"
                                                       "今年以来，我们做了许多工作。\n"
                                                       "一、第一部分\n"
                                                       "正文一。\n"
                                                       "(一)半角括号的小节\n"
                                                       "正文二。\n"
                                                       "（三）编号跳了的小节\n"
                                                       "正文三。\n"
                                                       "三、第二部分\n"
                                                       "1.直接写在一级下面的三级\n"
                                                       "正文四。\n"));
    QCOMPARE(doc.title, QStringLiteral("关于党建工作的总结"));
    const QStringList expected{
        QStringLiteral("关于党建工作的总结"), QStringLiteral("今年以来，我们做了许多工作。"),
        QStringLiteral("一、第一部分"),       QStringLiteral("正文一。"),
        QStringLiteral("（一）半角括号的小节"), QStringLiteral("正文二。"),
        QStringLiteral("（二）编号跳了的小节"), QStringLiteral("正文三。"),
        QStringLiteral("二、第二部分"),       QStringLiteral("（一）直接写在一级下面的三级"),
        QStringLiteral("正文四。"),
    };
    QCOMPARE(blockTexts(doc), expected);
    QCOMPARE(doc.sections.size(), 2);
    QCOMPARE(doc.sections[1].children.first().level, 2);
    const auto blocks = exportBlocks(doc);
    QCOMPARE(blocks[9].role, BlockRole::Heading2);
}

void TestExportDocument::labelsStayUnnumbered()
{
    const ExportDocument doc = fromText(QStringLiteral("工作总结\n一、主要成绩\n做了工作。\n"
                                                       "存在问题：一是学习不够深入。\n二、下一步打算\n继续努力。\n"));
    const QStringList expected{QStringLiteral("工作总结"),     QStringLiteral("一、主要成绩"),
                               QStringLiteral("做了工作。"),   QStringLiteral("存在问题"),
                               QStringLiteral("一是学习不够深入。"), QStringLiteral("二、下一步打算"),
                               QStringLiteral("继续努力。")};
    QCOMPARE(blockTexts(doc), expected);
    QVERIFY(doc.sections[0].children[0].number.isEmpty());
}

void TestExportDocument::closing_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("lastBody");
    QTest::newRow("nominal: unit and padded date") << QStringLiteral("中共某某局党组\n2024年01月08日\n")
                                                  << QStringLiteral("中共某某局党组") << QStringLiteral("2024年1月8日")
                                                  << QStringLiteral("继续努力。");
    QTest::newRow("nominal: date only") << QStringLiteral("二〇二四年一月八日\n") << QString()
                                        << QStringLiteral("2024年1月8日") << QStringLiteral("继续努力。");
    QTest::newRow("robustness: a sentence before the date is body text")
        << QStringLiteral("特此报告。\n2024年1月8日\n") << QString() << QStringLiteral("2024年1月8日")
        << QStringLiteral("特此报告。");
    QTest::newRow("robustness: no date, no closing")
        << QStringLiteral("中共某某局党组\n") << QString() << QString() << QStringLiteral("中共某某局党组");
    QTest::newRow("robustness: impossible date stays text")
        << QStringLiteral("2024年2月30日\n") << QString() << QString() << QStringLiteral("2024年2月30日");
}

void TestExportDocument::closing()
{
    QFETCH(QString, tail);
    QFETCH(QString, unit);
    QFETCH(QString, date);
    QFETCH(QString, lastBody);
    const ExportDocument doc = fromText(QStringLiteral("工作总结\n一、下一步打算\n继续努力。\n") + tail);
    QCOMPARE(doc.closing.unit, unit);
    QCOMPARE(doc.closing.date, date);
    QCOMPARE(doc.sections.last().paragraphs.last(), lastBody);
    const auto blocks = exportBlocks(doc);
    if (!date.isEmpty()) {
        QCOMPARE(blocks.last().role, BlockRole::ClosingDate);
        QCOMPARE(blocks.last().text, date);
    }
}

void TestExportDocument::closingFromSeparateParagraphs()
{
    // A .docx keeps the signature and the date as paragraphs of their own.
    Section last{1, QStringLiteral("一"), QStringLiteral("下一步打算"), false, 0,
                 {QStringLiteral("继续努力。"), QStringLiteral("中共某某局党组"), QStringLiteral("2024年1月8日"), QString()},
                 {}, {}};
    ParsedDocument parsed;
    parsed.sections = {last};
    const ExportDocument doc = exportFromParsed(parsed);
    QCOMPARE(doc.closing.unit, QStringLiteral("中共某某局党组"));
    QCOMPARE(doc.closing.date, QStringLiteral("2024年1月8日"));
    QCOMPARE(doc.sections.first().paragraphs, QStringList{QStringLiteral("继续努力。")});
}

void TestExportDocument::normaliseDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: standard form") << QStringLiteral("2024年1月8日") << QStringLiteral("2024年1月8日");
    QTest::newRow("nominal: zero padding") << QStringLiteral("2024年01月08日") << QStringLiteral("2024年1月8日");
    QTest::newRow("nominal: full-width digits") << QStringLiteral("２０２４年１２月３１日")
                                                << QStringLiteral("2024年12月31日");
    QTest::newRow("nominal: Chinese numerals") << QStringLiteral("二〇二三年十二月三十一日")
                                               << QStringLiteral("2023年12月31日");
    QTest::newRow("nominal: spaces around") << QStringLiteral("　2024 年 3 月 5 日 ") << QStringLiteral("2024年3月5日");
    QTest::newRow("robustness: no such day") << QStringLiteral("2023年2月29日") << QString();
    QTest::newRow("robustness: date inside a sentence") << QStringLiteral("2024年1月8日召开会议") << QString();
    QTest::newRow("robustness: empty") << QString() << QString();
}

void TestExportDocument::normaliseDate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseDocumentDate(input), expected);
    QCOMPARE(formatDocumentDate(QDate(2024, 1, 8)), QStringLiteral("2024年1月8日"));
    QVERIFY(formatDocumentDate(QDate()).isEmpty());
}

void TestExportDocument::deepSectionsKeepTheirText()
{
    // A label under a fourth-level heading would be a fifth level.
    Section label;
    label.level = 4;
    label.heading = QStringLiteral("具体做法");
    label.paragraphs = {QStringLiteral("第五层的正文。")};
    Section l4;
    l4.level = 4;
    l4.number = QStringLiteral("1");
    l4.heading = QStringLiteral("四级");
    l4.children = {label};
    Section l3{3, QStringLiteral("1"), QStringLiteral("三级"), false, 0, {}, {}, {l4}};
    Section l2{2, QStringLiteral("一"), QStringLiteral("二级"), false, 0, {}, {}, {l3}};
    Section l1{1, QStringLiteral("一"), QStringLiteral("一级"), false, 0, {}, {}, {l2}};
    ParsedDocument parsed;
    parsed.sections = {l1};
    const ExportDocument doc = exportFromParsed(parsed);
    const QStringList expected{QStringLiteral("一、一级"), QStringLiteral("（一）二级"), QStringLiteral("1.三级"),
                               QStringLiteral("（1）四级"), QStringLiteral("具体做法"), QStringLiteral("第五层的正文。")};
    QCOMPARE(blockTexts(doc), expected);
}

void TestExportDocument::blocksSkipEmptyText()
{
    ExportDocument doc;
    doc.opening = {QStringLiteral("开头。"), QStringLiteral("  "), QString()};
    ExportSection s;
    s.number = sectionNumberText(1, 1);
    s.heading = QStringLiteral("标题");
    s.paragraphs = {QString(), QStringLiteral("正文。")};
    doc.sections = {s};
    const auto blocks = exportBlocks(doc);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].role, BlockRole::Body);
    QCOMPARE(blocks[1].role, BlockRole::Heading1);
    QCOMPARE(blocks[1].text, QStringLiteral("一、标题"));
}

void TestExportDocument::seedKeepsEveryParagraph()
{
    auto parsed = ingestFile(test::seedPath(QStringLiteral("004")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const ExportDocument doc = exportFromParsed(parsed.value());
    QCOMPARE(doc.title, QStringLiteral("2020年党建工作总结（党组）"));
    QCOMPARE(doc.sections.size(), 5);
    QStringList numbers;
    for (const auto &s : doc.sections)
        numbers.append(s.number);
    QCOMPARE(numbers, (QStringList{QStringLiteral("一、"), QStringLiteral("二、"), QStringLiteral("三、"),
                                   QStringLiteral("四、"), QStringLiteral("五、")}));
    QCOMPARE(doc.sections[1].children[2].number, QStringLiteral("（三）"));

    // Every body paragraph the parser found is exported, unchanged and in order.
    QStringList parsedParagraphs = parsed->opening;
    std::function<void(const QList<Section> &)> walk = [&](const QList<Section> &sections) {
        for (const auto &s : sections) {
            parsedParagraphs.append(s.paragraphs);
            walk(s.children);
        }
    };
    walk(parsed->sections);
    QStringList exported;
    const auto blocks = exportBlocks(doc);
    for (const auto &b : blocks) {
        if (b.role == BlockRole::Body)
            exported.append(b.text);
    }
    QCOMPARE(exported, parsedParagraphs);
}

QTEST_GUILESS_MAIN(TestExportDocument)
#include "tst_exportdocument.moc"
