#include "checktesthelpers.h"

#include "seeds.h"

#include <QTest>

using namespace gaozi;

// The seeds read as drafts: the slips the corpus README names are found, fixes repair them,
// and clean text stays clean.
class TestSeedChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed000HeadingYear();
    void seed000DoubledPunctuation();
    void seed001PlaceholdersAndDoubledCharacter();
    void seed004TermsDependOnTheYear();
    void cleanParagraph_data();
    void cleanParagraph();

private:
    static ParsedDocument seed(const QString &prefix);
};

ParsedDocument TestSeedChecks::seed(const QString &prefix)
{
    auto doc = ingestFile(test::seedPath(prefix));
    return doc.ok() ? doc.value() : ParsedDocument{};
}

void TestSeedChecks::seed000HeadingYear()
{
    const ParsedDocument doc = seed(QStringLiteral("000"));
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("year."));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, QStringLiteral("year.heading"));
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(found[0].sectionPath, QStringLiteral("一、2024年工作开展情况"));
    QCOMPARE(test::flaggedText(doc, found), QStringList{QStringLiteral("2024")});
    QVERIFY(test::fixedText(doc, found).contains(QStringLiteral("\n一、2023年工作开展情况\n")));
    // The document's own year is the default.
    QCOMPARE(test::withRule(runChecks(doc), QStringLiteral("year.")).size(), 1);
}

void TestSeedChecks::seed000DoubledPunctuation()
{
    const ParsedDocument doc = seed(QStringLiteral("000"));
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("typography.doubled-punctuation"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].sectionPath, QStringLiteral("二、存在问题及原因 › （一）党的创新理论学习还不够深入"));
    const QString fixed = test::fixedText(doc, found);
    QVERIFY(fixed.contains(QStringLiteral("找钥匙、找方法、找答案。")));
    QVERIFY(!fixed.contains(QStringLiteral("，。")));
}

void TestSeedChecks::seed001PlaceholdersAndDoubledCharacter()
{
    const ParsedDocument doc = seed(QStringLiteral("001"));
    const QList<Finding> all = runChecks(doc);
    const QList<Finding> placeholders = test::withRule(all, QStringLiteral("placeholder"));
    QVERIFY(placeholders.size() > 100);
    QVERIFY(test::flaggedText(doc, placeholders).contains(QStringLiteral("XX")));
    QCOMPARE(test::withRule(all, QStringLiteral("placeholder")).first().severity, Severity::Error);

    const QList<Finding> doubled = test::withRule(all, QStringLiteral("typography.doubled-character"));
    QCOMPARE(test::flaggedText(doc, doubled), QStringList{QStringLiteral("件件")});
    QVERIFY(doubled[0].excerpt.contains(QStringLiteral("办公条件件")));
    QVERIFY(test::fixedText(doc, doubled).contains(QStringLiteral("党建办公环境和办公条件不完善")));

    // Its plan cites 十九届历次全会精神 in 2023.
    const QList<Finding> dated = test::withRule(all, QStringLiteral("timeliness.outdated"));
    QCOMPARE(test::flaggedText(doc, dated), QStringList{QStringLiteral("十九届历次全会")});
}

void TestSeedChecks::seed004TermsDependOnTheYear()
{
    const ParsedDocument doc = seed(QStringLiteral("004"));
    const QStringList in2024 = test::flaggedText(doc, test::check(doc, 2024, QStringLiteral("timeliness.outdated")));
    QVERIFY(in2024.contains(QStringLiteral("十九大")));
    QVERIFY(in2024.contains(QStringLiteral("十九届四中全会")));
    QVERIFY(in2024.contains(QStringLiteral("十九届三中、四中全会")));
    QVERIFY(in2024.contains(QStringLiteral("新冠肺炎疫情防控")));
    QVERIFY(test::check(doc, 2020, QStringLiteral("timeliness")).isEmpty());
    QVERIFY(test::check(doc, 2020, QStringLiteral("year.")).isEmpty());

    // The safe fixes turn 十九大 into 二十大 and leave plenums for the writer.
    const QString fixed = test::fixedText(doc, test::check(doc, 2024, QStringLiteral("timeliness")));
    QVERIFY(fixed.contains(QStringLiteral("深入贯彻党的二十大精神")));
    QVERIFY(fixed.contains(QStringLiteral("十九届四中全会精神")));
}

void TestSeedChecks::cleanParagraph_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::newRow("nominal: a well-written paragraph")
        << QStringLiteral("2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
                          "坚决做到“两个维护”，推动党建工作高质量发展。");
    QTest::newRow("robustness: 件件落实 and 常常")
        << QStringLiteral("对群众反映的问题做到件件落实、事事有回音，常常深入基层调研。");
    QTest::newRow("robustness: 十九大以来 as history")
        << QStringLiteral("党的十九大以来，特别是党的十八大以来，我们持续巩固拓展脱贫攻坚成果。");
    QTest::newRow("robustness: full-width punctuation and quotes")
        << QStringLiteral("严格落实“三会一课”、主题党日等制度；认真学习《中国共产党支部工作条例（试行）》：做到学思用贯通。");
    QTest::newRow("robustness: enumeration done right")
        << QStringLiteral("一是加强学习，二是严格管理，三是强化监督。");
}

void TestSeedChecks::cleanParagraph()
{
    QFETCH(QString, paragraph);
    const ParsedDocument doc = test::openingOnly(QStringLiteral("2023年党建工作总结"), {paragraph});
    CheckContext context;
    context.year = 2023;
    const QList<Finding> found = runChecks(doc, context);
    QStringList rules;
    for (const Finding &f : found)
        rules.append(f.rule + QStringLiteral(": ") + f.excerpt);
    QVERIFY2(found.isEmpty(), qPrintable(rules.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSeedChecks)
#include "tst_seedchecks.moc"
