#include "checktesthelpers.h"

#include "checks/checkfile.h"
#include "checks/sentences.h"
#include "ingest/cleaner.h"
#include "ingest/documentreader.h"
#include "ingest/structureparser.h"

#include <QTest>

using namespace gaozi;

// The paragraph indexing every Finding refers to, fix application, and sentence cutting.
class TestCheckParagraphs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentOrder();
    void emptyDocumentStillHasTitleSlot();
    void sourceLinesSurviveBlankLinesAndInlineHeadings();
    void applyFixes_data();
    void applyFixes();
    void splitSentences_data();
    void splitSentences();
    void sentenceKeyFoldsWidthAndQuotes();
};

static const QString kDraft = QStringLiteral("2023年党建工作总结\n"
                                             "2023年，我局坚持学习。\n"
                                             "一、强化理论武装。一是学习。二是研讨。\n"
                                             "（一）组织学习\n"
                                             "正文一。\n"
                                             "(二)开展研讨\n"
                                             "正文二。\n"
                                             "二、存在问题\n"
                                             "问题段落。\n");

void TestCheckParagraphs::documentOrder()
{
    const QList<CheckParagraph> p = checkParagraphs(test::parseDraft(kDraft));
    using K = CheckParagraph::Kind;
    QCOMPARE(p.size(), 10);
    const QList<K> kinds = {K::Title, K::Opening, K::Heading, K::Body, K::Heading,
                            K::Body,  K::Heading, K::Body,    K::Heading, K::Body};
    for (int i = 0; i < p.size(); ++i)
        QCOMPARE(int(p[i].kind), int(kinds[i]));
    QCOMPARE(p[0].text, QStringLiteral("2023年党建工作总结"));
    QCOMPARE(p[2].text, QStringLiteral("一、强化理论武装"));
    QCOMPARE(p[2].markerLength, 2);
    QCOMPARE(p[2].line, 3);
    QCOMPARE(p[3].text, QStringLiteral("一是学习。二是研讨。"));
    QCOMPARE(p[4].text, QStringLiteral("（一）组织学习"));
    QCOMPARE(p[4].sectionPath, QStringLiteral("一、强化理论武装 › （一）组织学习"));
    QCOMPARE(p[5].sectionPath, p[4].sectionPath);
    QCOMPARE(p[6].text, QStringLiteral("(二)开展研讨"));
    QCOMPARE(p[6].markerLength, 3);
    QCOMPARE(p[6].level, 2);
    QCOMPARE(p[8].sectionPath, QStringLiteral("二、存在问题"));
    QCOMPARE(p[1].sectionPath, QString());
}

void TestCheckParagraphs::emptyDocumentStillHasTitleSlot()
{
    const QList<CheckParagraph> p = checkParagraphs(ParsedDocument{});
    QCOMPARE(p.size(), 1);
    QCOMPARE(int(p[0].kind), int(CheckParagraph::Kind::Title));
    QVERIFY(p[0].text.isEmpty());
}

void TestCheckParagraphs::sourceLinesSurviveBlankLinesAndInlineHeadings()
{
    const QString text = QStringLiteral("2023年党建工作总结\n\n"
                                        "　　2023年，我局坚持学习。\n\n"
                                        "一、强化理论武装。一是学习。二是研讨。\n"
                                        "第二段正文。\n\n"
                                        "二、存在问题\n"
                                        "问题段落。\n");
    auto raw = readDocumentBytes(QStringLiteral("d.txt"), text.toUtf8());
    QVERIFY(raw.ok());
    const CleanedDocument cleaned = Cleaner().clean(raw.value());
    const ParsedDocument doc = parseStructure(cleaned);
    const QList<int> lines = paragraphSourceLines(checkParagraphs(doc), cleaned);
    QCOMPARE(lines, (QList<int>{1, 3, 5, 5, 6, 8, 9}));
}

void TestCheckParagraphs::applyFixes_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<Fix>>("fixes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("applied");

    const QStringList two = {QStringLiteral("找答案，。好"), QStringLiteral("办公条件件")};
    QTest::newRow("nominal: one fix per paragraph")
        << two << QList<Fix>{{0, 3, 2, QStringLiteral("。")}, {1, 4, 1, QString()}}
        << QStringList{QStringLiteral("找答案。好"), QStringLiteral("办公条件")} << 2;
    QTest::newRow("nominal: two fixes in one paragraph, given in any order")
        << QStringList{QStringLiteral("a,b,c")} << QList<Fix>{{0, 1, 1, QStringLiteral("，")}, {0, 3, 1, QStringLiteral("，")}}
        << QStringList{QStringLiteral("a，b，c")} << 2;
    QTest::newRow("robustness: overlapping fix skipped")
        << QStringList{QStringLiteral("abcdef")}
        << QList<Fix>{{0, 1, 3, QStringLiteral("X")}, {0, 2, 3, QStringLiteral("Y")}}
        << QStringList{QStringLiteral("aXef")} << 1;
    QTest::newRow("robustness: out of range ignored")
        << QStringList{QStringLiteral("abc")}
        << QList<Fix>{{0, 2, 5, QStringLiteral("X")}, {3, 0, 1, QStringLiteral("X")}, {-1, 0, 0, QStringLiteral("X")}}
        << QStringList{QStringLiteral("abc")} << 0;
}

void TestCheckParagraphs::applyFixes()
{
    QFETCH(QStringList, texts);
    QFETCH(QList<Fix>, fixes);
    QFETCH(int, applied);
    QCOMPARE(gaozi::applyFixes(texts, fixes), applied);
    QTEST(texts, "expected");
}

void TestCheckParagraphs::splitSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    QTest::newRow("nominal: enders") << QStringLiteral("一是学习。二是研讨！好？")
                                     << QStringList{QStringLiteral("一是学习"), QStringLiteral("二是研讨"), QStringLiteral("好")};
    QTest::newRow("nominal: semicolon and closing quote")
        << QStringLiteral("做到“两个维护”；他说：“好。”然后")
        << QStringList{QStringLiteral("做到“两个维护”"), QStringLiteral("他说：“好"), QStringLiteral("然后")};
    QTest::newRow("robustness: empty") << QString() << QStringList{};
    QTest::newRow("robustness: only punctuation") << QStringLiteral("。，；！") << QStringList{};
}

void TestCheckParagraphs::splitSentences()
{
    QFETCH(QString, text);
    QStringList got;
    for (const SentenceSpan &s : gaozi::splitSentences(text))
        got.append(text.mid(s.offset, s.length));
    QTEST(got, "sentences");
}

void TestCheckParagraphs::sentenceKeyFoldsWidthAndQuotes()
{
    QCOMPARE(sentenceKey(u"坚决做到“两个维护”, 推动ＡＰＰ建设。"), sentenceKey(u"坚决做到两个维护，推动APP建设"));
    QVERIFY(sentenceKey(u"推动学习") != sentenceKey(u"推动研讨"));
    QCOMPARE(gaozi::hanCharacterCount(u"学习APP强国"), 4);
}

QTEST_GUILESS_MAIN(TestCheckParagraphs)
#include "tst_checkparagraphs.moc"
