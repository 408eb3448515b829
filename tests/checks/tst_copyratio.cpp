#include "checktesthelpers.h"

#include "checks/corpusindex.h"
#include "seeds.h"

#include <QFileInfo>
#include <QTest>

using namespace gaozi;

// Rules copy.summary and copy.sentence against an in-memory library built from the seeds.
class TestCopyRatio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryAndSources();
    void widthAndQuotesDoNotHideACopy();
    void noCorpusNoCopyFindings();
    void emptyDraft();
    void cacheAnswersAsTheIndexDoes();

private:
    MemoryCorpusIndex m_index;
};

void TestCopyRatio::initTestCase()
{
    for (const QString &path : test::seedPaths()) {
        auto doc = ingestFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        m_index.addDocument(doc.value(), QFileInfo(path).fileName());
    }
    QVERIFY(m_index.sentenceCount() > 100);
}

void TestCopyRatio::summaryAndSources()
{
    // One sentence from seed 002, one written fresh, one too short to count.
    const ParsedDocument doc = test::openingOnly(
        QStringLiteral("2024年党建工作总结"),
        {QStringLiteral("定期分析报告局思想政治工作，密切关注干部职工思想动态，及时做好思想疏导。今年我们组织全体党员走进三个社区开展志愿服务。好。")});
    CheckContext context;
    context.year = 2024;
    context.corpus = &m_index;
    const QList<Finding> found = test::withRule(runChecks(doc, context), QStringLiteral("copy."));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].rule, QStringLiteral("copy.summary"));
    QCOMPARE(found[0].paragraph, -1);
    QVERIFY2(found[0].message.contains(QStringLiteral("1 of 2")), qPrintable(found[0].message));
    QVERIFY(found[0].message.contains(QStringLiteral("50%")));
    QCOMPARE(found[1].rule, QStringLiteral("copy.sentence"));
    QCOMPARE(found[1].severity, Severity::Info);
    QCOMPARE(test::flaggedText(doc, {found[1]}),
             QStringList{QStringLiteral("定期分析报告局思想政治工作，密切关注干部职工思想动态，及时做好思想疏导")});
    QVERIFY(found[1].message.contains(QStringLiteral("002_")));
    QVERIFY(found[1].message.contains(QStringLiteral("2023年度党建工作情况总结")));
}

void TestCopyRatio::widthAndQuotesDoNotHideACopy()
{
    const QList<CorpusMatch> matches =
        m_index.findVerbatim(QStringLiteral("围绕加强一把手和领导班子监督,组织班子成员签订\"一书四表\",落实好同级监督要求"));
    QCOMPARE(matches.size(), 1);
    QVERIFY(matches[0].fileName.startsWith(QStringLiteral("002_")));
    QVERIFY(matches[0].sectionPath.startsWith(QStringLiteral("二、")));
}

void TestCopyRatio::noCorpusNoCopyFindings()
{
    const ParsedDocument doc = test::openingOnly(QStringLiteral("2024年总结"),
                                                 {QStringLiteral("定期分析报告局思想政治工作，密切关注干部职工思想动态。")});
    QVERIFY(test::check(doc, 2024, QStringLiteral("copy.")).isEmpty());
}

void TestCopyRatio::emptyDraft()
{
    CheckContext context;
    context.year = 2024;
    context.corpus = &m_index;
    const QList<Finding> found = test::withRule(runChecks(ParsedDocument{}, context), QStringLiteral("copy."));
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].message.contains(QStringLiteral("0 of 0")));
}

void TestCopyRatio::cacheAnswersAsTheIndexDoes()
{
    const ParsedDocument doc = test::openingOnly(
        QStringLiteral("2024年党建工作总结"),
        {QStringLiteral("定期分析报告局思想政治工作，密切关注干部职工思想动态，及时做好思想疏导。今年我们组织全体党员走进三个社区开展志愿服务。"),
         QStringLiteral("定期分析报告局思想政治工作，密切关注干部职工思想动态，及时做好思想疏导。")});
    CheckContext context;
    context.year = 2024;
    context.corpus = &m_index;
    auto messages = [&] {
        QStringList out;
        for (const Finding &f : test::withRule(runChecks(doc, context), QStringLiteral("copy.")))
            out.append(f.message);
        return out;
    };
    const QStringList direct = messages();
    QCOMPARE(direct.size(), 3);

    CorpusCache cache;
    const CachedCorpusIndex cached(m_index, cache);
    context.corpus = &cached;
    QCOMPARE(messages(), direct);
    QCOMPARE(cache.size(), 2); // two distinct sentences asked about, found or not
    QCOMPARE(messages(), direct); // the second time from the cache
    QCOMPARE(cache.size(), 2);
}

QTEST_GUILESS_MAIN(TestCopyRatio)
#include "tst_copyratio.moc"
