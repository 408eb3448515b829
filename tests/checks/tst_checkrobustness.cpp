#include "checktesthelpers.h"

#include "checks/corpusindex.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// Degenerate documents: nothing, a title alone, one enormous paragraph.
class TestCheckRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDocument();
    void titleOnly();
    void megabyteParagraph_data();
    void megabyteParagraph();
};

void TestCheckRobustness::emptyDocument()
{
    QStringList rules;
    for (const Finding &f : runChecks(ParsedDocument{}))
        rules.append(f.rule);
    QCOMPARE(rules, QStringList{QStringLiteral("year.unknown")});
    CheckContext context;
    context.year = 2023;
    QVERIFY(runChecks(ParsedDocument{}, context).isEmpty());
    QVERIFY(runChecks(test::parseDraft(QString()), context).isEmpty());
}

void TestCheckRobustness::titleOnly()
{
    const ParsedDocument doc = test::parseDraft(QStringLiteral("2023年XX党支部工作总结\n"));
    QCOMPARE(doc.title, QStringLiteral("2023年XX党支部工作总结"));
    const QList<Finding> found = runChecks(doc);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, QStringLiteral("placeholder"));
    QCOMPARE(found[0].paragraph, 0);
}

void TestCheckRobustness::megabyteParagraph_data()
{
    QTest::addColumn<QString>("unit");
    // Real text full of findings: placeholders, half-width commas, outdated terms, repeats.
    const QString realText = QString::fromUtf8(test::seedBytes(QStringLiteral("004"))).split(u'\n').at(18);
    QTest::newRow("robustness: seed text repeated") << realText;
    QTest::newRow("robustness: one character") << QStringLiteral("学");
    QTest::newRow("robustness: opening quotes") << QStringLiteral("“");
    QTest::newRow("robustness: doubled punctuation") << QStringLiteral("，。");
    QTest::newRow("robustness: doubled characters") << QStringLiteral("条件件，");
    QTest::newRow("robustness: ASCII parentheses never closed") << QStringLiteral("(学习");
}

void TestCheckRobustness::megabyteParagraph()
{
    QFETCH(QString, unit);
    QVERIFY(!unit.isEmpty());
    constexpr qsizetype kCharacters = 1024 * 1024;
    QString paragraph;
    paragraph.reserve(kCharacters + unit.size());
    while (paragraph.size() < kCharacters)
        paragraph += unit;
    const ParsedDocument doc = test::openingOnly(QStringLiteral("2024年党建工作总结"), {paragraph});

    MemoryCorpusIndex corpus;
    corpus.addDocument(doc, QStringLiteral("self.txt"));
    CheckContext context;
    context.year = 2024;
    context.corpus = &corpus;
    const QList<Finding> found = runChecks(doc, context);

    // Every rule stops at its limit and says so once.
    QHash<QString, int> perRule;
    for (const Finding &f : found)
        ++perRule[f.rule];
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        QVERIFY2(it.value() <= kMaxFindingsPerRule, qPrintable(it.key()));
    for (const Finding &f : found) {
        QVERIFY(f.excerpt.size() <= 100);
        if (f.fix)
            QVERIFY(f.fix->offset + f.fix->length <= paragraph.size());
    }
    QVERIFY(found.size() < 12 * kMaxFindingsPerRule);
}

QTEST_GUILESS_MAIN(TestCheckRobustness)
#include "tst_checkrobustness.moc"
