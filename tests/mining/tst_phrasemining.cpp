#include "ingest/ingest.h"
#include "mining/phrasemining.h"
#include "zipbuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gaozi;

// mineDocument on documents made for the purpose: shapes the seeds lack and
// input that must not break it.
class TestPhraseMining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDocument();
    void openingOnly();
    void styledDocxHeadings();
    void planParagraphInProblems();
    void topicTieBreakByHeading();
    void names();
    void robustness_data();
    void robustness();
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

static MinedDocument mineText(const QString &text)
{
    const auto doc = ingestBytes(QStringLiteral("t.txt"), text.toUtf8());
    if (!doc)
        qFatal("ingest failed: %s", qPrintable(doc.error()));
    return mineDocument(doc.value());
}

static void verifySpans(const MinedDocument &m)
{
    for (const Occurrence &o : m.occurrences) {
        if (o.paragraph < 0)
            continue;
        QVERIFY(o.paragraph < m.paragraphs.size());
        const QString &text = m.paragraphs[o.paragraph].text;
        QVERIFY(o.offset >= 0 && o.length > 0 && o.offset + o.length <= text.size());
        QCOMPARE(slotify(text.mid(o.offset, o.length)), o.text);
        QCOMPARE(o.key, phraseKey(o.text));
    }
}

void TestPhraseMining::emptyDocument()
{
    const MinedDocument m = mineDocument(ParsedDocument{});
    QVERIFY(m.paragraphs.isEmpty());
    QVERIFY(m.occurrences.isEmpty());
}

void TestPhraseMining::openingOnly()
{
    ParsedDocument doc;
    doc.opening = QStringList{S(u"今年以来，我们坚持以学促干，推动各项工作落实落地。"), S(u"开展谈心谈话100余次。")};
    const MinedDocument m = mineDocument(doc);
    QCOMPARE(m.paragraphs.size(), 2);
    QVERIFY(!m.occurrences.isEmpty());
    for (const Occurrence &o : m.occurrences) {
        QVERIFY(o.kind != PhraseKind::Outline && o.kind != PhraseKind::Heading);
        QCOMPARE(o.role, S(u"开头"));
    }
    verifySpans(m);
}

// Headings styled in Word carry no number: they keep their text, still decide
// roles, and make the outline.
void TestPhraseMining::styledDocxHeadings()
{
    const QString body = test::docxParagraph(S(u"2023年党建工作总结"), QStringLiteral("Title"))
        + test::docxParagraph(S(u"主要工作成效"), QStringLiteral("Heading1"))
        + test::docxParagraph(S(u"坚持把党建工作与业务工作同谋划、同部署、同落实，推动融合发展。"))
        + test::docxParagraph(S(u"存在的不足"), QStringLiteral("Heading1"))
        + test::docxParagraph(S(u"理论学习的系统性还不够强，学用结合还不够紧密。"));
    const auto doc = ingestBytes(QStringLiteral("s.docx"), test::buildDocx(body));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const MinedDocument m = mineDocument(doc.value());
    QCOMPARE(m.paragraphs.size(), 4);
    QCOMPARE(m.paragraphs[0].text, S(u"主要工作成效"));
    QCOMPARE(m.paragraphs[3].sectionPath, S(u"存在的不足"));
    bool outline = false;
    for (const Occurrence &o : m.occurrences) {
        if (o.kind == PhraseKind::Outline) {
            QCOMPARE(o.text, S(u"主要工作成效\n存在的不足"));
            outline = true;
        } else if (o.paragraph == 3) {
            QCOMPARE(o.role, S(u"存在问题"));
        } else if (o.paragraph == 1) {
            QCOMPARE(o.role, S(u"做法成效"));
        }
    }
    QVERIFY(outline);
    verifySpans(m);
}

void TestPhraseMining::planParagraphInProblems()
{
    const MinedDocument m = mineText(S(u"2023年工作总结\n一、主要做法\n坚持问题导向，狠抓整改落实，推动工作提质增效。\n"
                                       u"二、存在问题和下一步打算\n一是学习不够深入，系统性不强。\n"
                                       u"下一步，我们将继续加强理论武装，不断提升工作水平。\n"));
    int plan = 0;
    for (const Occurrence &o : m.occurrences) {
        if (o.paragraph < 0)
            continue;
        const QString &text = m.paragraphs[o.paragraph].text;
        if (text.startsWith(S(u"下一步"))) {
            QCOMPARE(o.role, S(u"下一步打算"));
            ++plan;
        } else if (text.startsWith(S(u"一是")))
            QCOMPARE(o.role, S(u"存在问题"));
        else if (text.startsWith(S(u"坚持问题导向")))
            QCOMPARE(o.role, S(u"做法成效")); // 问题导向 names no problem section
    }
    QVERIFY(plan >= 1);
}

void TestPhraseMining::topicTieBreakByHeading()
{
    QCOMPARE(classifyTopic(QString()), S(u"综合"));
    QCOMPARE(classifyTopic(S(u"认真抓好各项工作")), S(u"综合"));
    QCOMPARE(classifyTopic(S(u"认真抓好各项工作"), {S(u"狠抓意识形态工作")}), S(u"意识形态"));
    // The phrase's own words outweigh its heading.
    QCOMPARE(classifyTopic(S(u"开展廉政谈话，观看警示教育片"), {S(u"狠抓意识形态工作")}), S(u"党风廉政"));
}

void TestPhraseMining::names()
{
    const QStringList topics = topicNames();
    QVERIFY(topics.contains(S(u"理论学习")) && topics.contains(S(u"党建与业务融合")));
    QCOMPARE(topics.constLast(), S(u"综合"));
    QCOMPARE(roleNames(), (QStringList{S(u"开头"), S(u"做法成效"), S(u"存在问题"), S(u"原因分析"),
                                       S(u"下一步打算"), S(u"结尾")}));
}

void TestPhraseMining::robustness_data()
{
    QTest::addColumn<QString>("text");
    QRandomGenerator rng(42);
    const QString alphabet = S(u"党建学习工作同一是二三个会课XxA1“”、，。；（）《》 ");
    QString noise;
    for (int i = 0; i < 1'000'000; ++i)
        noise += alphabet[int(rng.bounded(alphabet.size()))];
    QTest::newRow("robustness: 1 MB of mixed characters") << S(u"标题\n一、第一部分\n") + noise;
    QTest::newRow("robustness: unclosed quotes") << S(u"标题\n一、部分\n“两个维护“四个意识“三会一课。“");
    QTest::newRow("robustness: long 、 list")
        << S(u"标题\n一、部分\n") + QStringList(QList<QString>(5000, S(u"同部署"))).join(u'、');
    QTest::newRow("robustness: one character repeated") << S(u"标题\n一、部分\n") + QString(100000, u'走');
    QTest::newRow("robustness: only placeholders") << S(u"XX\n一、XX\nXXX、XX、X。XX余次。");
}

void TestPhraseMining::robustness()
{
    QFETCH(QString, text);
    const MinedDocument m = mineText(text);
    QVERIFY(!m.paragraphs.isEmpty());
    verifySpans(m);
    for (const Occurrence &o : m.occurrences) {
        if (o.kind == PhraseKind::Sentence)
            QVERIFY(o.text.size() <= 150);
        if (o.kind == PhraseKind::Term)
            QVERIFY(o.text.size() <= 12 && slotCount(o.text) == 0);
    }
}

QTEST_GUILESS_MAIN(TestPhraseMining)
#include "tst_phrasemining.moc"
