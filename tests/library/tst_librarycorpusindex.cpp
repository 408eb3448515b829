#include "libraryfixture.h"

#include "checks/checks.h"
#include "checks/sentences.h"
#include "ingest/ingest.h"
#include "library/librarycorpusindex.h"
#include "library/librarywriter.h"
#include "seeds.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;

// The copy ratio against a real SQLite library mined from the bundled seeds: what a
// reviewer's 查重 would find is found, with the document it came from; fresh text is not.
class TestLibraryCorpusIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copiedSentenceIsFoundWithItsSource();
    void pointMarkerAndPunctuationDoNotHideACopy();
    void sentencesTheMinerLeavesOutAreFoundAsWritten();
    void freshSentenceIsNotFound_data();
    void freshSentenceIsNotFound();
    void copyRatioOfASeedReadAsADraft();
    void freshDraftHasNoCopies();
    void removedDocumentIsNoLongerASource();

private:
    static bool hasSource(const QList<CorpusMatch> &matches, const QString &seedPrefix);
    test::LibraryFixture m_lib;
};

void TestLibraryCorpusIndex::initTestCase()
{
    QVERIFY(m_lib.open(true));
}

bool TestLibraryCorpusIndex::hasSource(const QList<CorpusMatch> &matches, const QString &seedPrefix)
{
    const QString file = QFileInfo(test::seedPath(seedPrefix)).fileName();
    return std::any_of(matches.cbegin(), matches.cend(), [&](const CorpusMatch &m) { return m.fileName == file; });
}

void TestLibraryCorpusIndex::copiedSentenceIsFoundWithItsSource()
{
    const LibraryCorpusIndex index(*m_lib.db);
    const QList<CorpusMatch> found = index.findVerbatim(
        QStringLiteral("没有处理好理论学习和业务工作的时间安排，没有严格按照学习计划执行，学习仍存在一知半解、不深入现象"));
    QCOMPARE(found.size(), 1);
    QVERIFY(hasSource(found, QStringLiteral("001")));
    QCOMPARE(found[0].title, QStringLiteral("XX党委（党工委）书记2023年度抓党建工作述职报告"));
    QVERIFY2(found[0].sectionPath.contains(QStringLiteral("存在问题")), qPrintable(found[0].sectionPath));
}

void TestLibraryCorpusIndex::pointMarkerAndPunctuationDoNotHideACopy()
{
    const LibraryCorpusIndex index(*m_lib.db);
    // As splitSentences() cuts it from the draft: with its 一是, which the miner drops.
    QVERIFY(hasSource(index.findVerbatim(QStringLiteral("一是落实XX党委主体责任，加强党的全面领导")), QStringLiteral("001")));
    // Half-width comma, spaces, a placeholder filled in differently: still the same sentence.
    QVERIFY(hasSource(index.findVerbatim(QStringLiteral("落实市直机关党委主体责任, 加强党的 全面领导")),
                      QStringLiteral("001"))
            || hasSource(index.findVerbatim(QStringLiteral("落实XX党委主体责任, 加强党的 全面领导")), QStringLiteral("001")));
    QCOMPARE(LibraryCorpusIndex::lookupKey(QStringLiteral("一是落实XX党委主体责任，加强党的全面领导")),
             LibraryCorpusIndex::lookupKey(QStringLiteral("落实XX党委主体责任，加强党的全面领导。")));
}

void TestLibraryCorpusIndex::sentencesTheMinerLeavesOutAreFoundAsWritten()
{
    const LibraryCorpusIndex index(*m_lib.db);
    // More placeholders than the miner keeps in a sentence.
    const QString form = QStringLiteral("截至XX月底，XX党委（党组）XX共有党员XX名，其中正式党员XX名，预备党员XX名");
    QVERIFY(hasSource(index.findVerbatim(form), QStringLiteral("001")));
    // Longer than any sentence the miner keeps.
    const QString opening = QStringLiteral(
        "2023年，在XX委XX工委和市委XX工委的正确领导下，本人坚持以深入学习贯彻习近平新时代中国特色社会主义思想为指导，"
        "贯彻落实新时代党的建设总要求和新时代党的组织路线，加强和改进XX党的建设为工作方向，以高质量党的建设推动XX高质量"
        "发展为工作目标，全面推进XX工作，认真履行党建第一责任人职责，抓班子带队伍，抓亮点求创新，进一步提高党建工作质量，"
        "有力推动XX各项工作顺利开展");
    const QList<CorpusMatch> found = index.findVerbatim(opening);
    QVERIFY(hasSource(found, QStringLiteral("001")));
    QCOMPARE(found[0].sectionPath, QString()); // the opening
    // As written means as written: one character off and it is not the same sentence.
    QVERIFY(index.findVerbatim(QString(opening).replace(QStringLiteral("抓亮点"), QStringLiteral("找亮点"))).isEmpty());
}

void TestLibraryCorpusIndex::freshSentenceIsNotFound_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("nominal: a sentence nobody wrote before")
        << QStringLiteral("今年我们组织全体党员走进三个社区开展垃圾分类志愿服务");
    QTest::newRow("robustness: a seed sentence with one word changed")
        << QStringLiteral("没有处理好理论学习和业务工作的时间安排，没有严格按照学习计划执行，学习仍存在一知半解、不透彻现象");
    QTest::newRow("robustness: empty") << QString();
    QTest::newRow("robustness: punctuation only") << QStringLiteral("，。；！？");
    QTest::newRow("robustness: quotes and SQL") << QStringLiteral("'; DROP TABLE phrases; -- “”");
    QTest::newRow("robustness: 10 000 characters") << QString(10000, u'党');
}

void TestLibraryCorpusIndex::freshSentenceIsNotFound()
{
    QFETCH(QString, sentence);
    const LibraryCorpusIndex index(*m_lib.db);
    QVERIFY(index.findVerbatim(sentence).isEmpty());
    QSqlQuery q(m_lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM phrases")) && q.next());
    QVERIFY(q.value(0).toInt() > 100);
}

void TestLibraryCorpusIndex::copyRatioOfASeedReadAsADraft()
{
    auto doc = ingestFile(test::seedPath(QStringLiteral("001")));
    QVERIFY(doc.ok());
    const LibraryCorpusIndex index(*m_lib.db);
    CheckContext context;
    context.corpus = &index;
    const QList<Finding> found = runChecks(doc.value(), context);
    QList<Finding> copies;
    std::copy_if(found.cbegin(), found.cend(), std::back_inserter(copies),
                 [](const Finding &f) { return f.rule == u"copy.sentence"; });
    int total = 0;
    for (const CheckParagraph &p : checkParagraphs(doc.value())) {
        if (p.kind != CheckParagraph::Kind::Opening && p.kind != CheckParagraph::Kind::Body)
            continue;
        for (const SentenceSpan &s : splitSentences(p.text))
            total += hanCharacterCount(p.text.mid(s.offset, s.length)) >= kMinSentenceHan;
    }
    // All of it is in the library it was imported into: sentences the miner kept, point leads
    // (一是理论学习不充分), and sentences too long or too full of XX for the miner, as written.
    QVERIFY(total > 50);
    QCOMPARE(copies.size(), total);
    for (const Finding &f : copies) {
        QCOMPARE(f.severity, Severity::Info);
        QVERIFY2(f.message.contains(QStringLiteral("001_")) || f.message.contains(QStringLiteral("more place")),
                 qPrintable(f.message));
    }
    const auto summary = std::find_if(found.cbegin(), found.cend(),
                                      [](const Finding &f) { return f.rule == u"copy.summary"; });
    QVERIFY(summary != found.cend());
    QVERIFY2(summary->message.startsWith(QStringLiteral("%1 of %2 sentences").arg(copies.size()).arg(total)),
             qPrintable(summary->message));
}

void TestLibraryCorpusIndex::freshDraftHasNoCopies()
{
    ParsedDocument doc;
    doc.title = QStringLiteral("2024年党建工作总结");
    doc.opening = {QStringLiteral("今年我们组织全体党员走进三个社区开展垃圾分类志愿服务，收到居民好评。"
                                  "支部书记带头讲授专题党课两次，围绕基层治理谈体会。")};
    const LibraryCorpusIndex index(*m_lib.db);
    CheckContext context;
    context.year = 2024;
    context.corpus = &index;
    const QList<Finding> found = runChecks(doc, context);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, QStringLiteral("copy.summary"));
    QVERIFY2(found[0].message.startsWith(QStringLiteral("0 of 2 sentences (0%)")), qPrintable(found[0].message));
}

void TestLibraryCorpusIndex::removedDocumentIsNoLongerASource()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const QString sentence =
        QStringLiteral("没有处理好理论学习和业务工作的时间安排，没有严格按照学习计划执行，学习仍存在一知半解、不深入现象");
    const LibraryCorpusIndex index(*lib.db);
    QVERIFY(!index.findVerbatim(sentence).isEmpty());
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM documents WHERE file_name LIKE '001\\_%' ESCAPE '\\'")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const Status removed = LibraryWriter(*lib.db).removeDocument(id);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(index.findVerbatim(sentence).isEmpty());
}

QTEST_GUILESS_MAIN(TestLibraryCorpusIndex)
#include "tst_librarycorpusindex.moc"
