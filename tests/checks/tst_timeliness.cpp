#include "checktesthelpers.h"

#include "checks/checkdata.h"

#include <QTest>

using namespace gaozi;

// Rules timeliness.outdated and timeliness.premature, driven by resources/data/timeline.tsv.
class TestTimeliness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledDataLoads();
    void findings_data();
    void findings();
    void suggestionFollowsTheChain();
};

void TestTimeliness::bundledDataLoads()
{
    const CheckData &data = CheckData::bundled();
    QVERIFY2(data.errors.isEmpty(), qPrintable(data.errors.join(u'\n')));
    QVERIFY(data.timeline.size() >= 20);
    QVERIFY(!data.placeholders.isEmpty());
    QVERIFY(data.reduplications.contains(QStringLiteral("件件")));
    QVERIFY(!data.words(QStringLiteral("history-after")).isEmpty());
}

void TestTimeliness::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("fixed"); // the paragraph after applying fixes

    const QString outdated = QStringLiteral("timeliness.outdated");
    const QString premature = QStringLiteral("timeliness.premature");

    QTest::newRow("nominal: 十九大精神 in 2024")
        << QStringLiteral("深入贯彻党的十九大精神。") << 2024 << QStringList{QStringLiteral("十九大")} << outdated
        << QStringLiteral("深入贯彻党的二十大精神。");
    QTest::newRow("nominal: 十九届四中全会 in 2024")
        << QStringLiteral("学习十九届四中全会精神。") << 2024 << QStringList{QStringLiteral("十九届四中全会")} << outdated
        << QStringLiteral("学习十九届四中全会精神。");
    QTest::newRow("nominal: 十九届历次全会 in a 2023 report")
        << QStringLiteral("以党的十九届历次全会精神为指导。") << 2023 << QStringList{QStringLiteral("十九届历次全会")}
        << outdated << QStringLiteral("以党的十九届历次全会精神为指导。");
    QTest::newRow("nominal: 新冠肺炎疫情防控 in 2024")
        << QStringLiteral("围绕新冠肺炎疫情防控开展宣传。") << 2024 << QStringList{QStringLiteral("新冠肺炎疫情防控")}
        << outdated << QStringLiteral("围绕新冠肺炎疫情防控开展宣传。");
    QTest::newRow("nominal: 不忘初心 campaign as current in 2021")
        << QStringLiteral("扎实开展“不忘初心、牢记使命”主题教育。") << 2021
        << QStringList{QStringLiteral("“不忘初心、牢记使命”主题教育")} << outdated
        << QStringLiteral("扎实开展“不忘初心、牢记使命”主题教育。");
    QTest::newRow("nominal: 脱贫攻坚 as a goal in 2021")
        << QStringLiteral("决战决胜脱贫攻坚。") << 2021 << QStringList{QStringLiteral("决战决胜脱贫攻坚")} << outdated
        << QStringLiteral("决战决胜脱贫攻坚。");
    QTest::newRow("nominal: 十四五 in 2026")
        << QStringLiteral("谋划十四五发展。") << 2026 << QStringList{QStringLiteral("十四五")} << outdated
        << QStringLiteral("谋划十五五发展。");
    QTest::newRow("nominal: 二十大 in a 2021 summary")
        << QStringLiteral("学习党的二十大精神。") << 2021 << QStringList{QStringLiteral("二十大")} << premature
        << QStringLiteral("学习党的十九大精神。");
    QTest::newRow("nominal: 新质生产力 before 2023")
        << QStringLiteral("发展新质生产力。") << 2022 << QStringList{QStringLiteral("新质生产力")} << premature
        << QStringLiteral("发展新质生产力。");
    QTest::newRow("nominal: 二十大以来 in 2021 is still premature")
        << QStringLiteral("党的二十大以来。") << 2021 << QStringList{QStringLiteral("二十大")} << premature
        << QStringLiteral("党的十九大以来。");

    QTest::newRow("robustness: 十九大 while it was current")
        << QStringLiteral("深入贯彻党的十九大精神和十九届四中全会精神。") << 2020 << QStringList{} << outdated
        << QStringLiteral("深入贯彻党的十九大精神和十九届四中全会精神。");
    QTest::newRow("robustness: 十九大以来 is history")
        << QStringLiteral("党的十九大以来，党的十八大以来，自十八大起。") << 2024 << QStringList{} << outdated
        << QStringLiteral("党的十九大以来，党的十八大以来，自十八大起。");
    QTest::newRow("robustness: 巩固拓展脱贫攻坚成果 after 2020")
        << QStringLiteral("巩固拓展脱贫攻坚成果，推动脱贫攻坚同乡村振兴有效衔接。") << 2023 << QStringList{} << outdated
        << QStringLiteral("巩固拓展脱贫攻坚成果，推动脱贫攻坚同乡村振兴有效衔接。");
    QTest::newRow("robustness: keeping 党史学习教育 regular")
        << QStringLiteral("巩固拓展党史学习教育成果，推动党史学习教育常态化长效化。") << 2023 << QStringList{} << outdated
        << QStringLiteral("巩固拓展党史学习教育成果，推动党史学习教育常态化长效化。");
    QTest::newRow("robustness: 十四五时期 looked back on")
        << QStringLiteral("十四五时期取得的成就。") << 2026 << QStringList{} << outdated
        << QStringLiteral("十四五时期取得的成就。");
    QTest::newRow("robustness: 抗击疫情期间")
        << QStringLiteral("抗击疫情期间涌现的先进典型。") << 2024 << QStringList{} << outdated
        << QStringLiteral("抗击疫情期间涌现的先进典型。");
    QTest::newRow("robustness: 不忘初心、牢记使命 without the campaign")
        << QStringLiteral("不忘初心、牢记使命，做到“两个维护”。") << 2024 << QStringList{} << outdated
        << QStringLiteral("不忘初心、牢记使命，做到“两个维护”。");
}

void TestTimeliness::findings()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(QString, rule);
    const ParsedDocument doc = test::openingOnly(QString(), {text});
    const QList<Finding> all = test::check(doc, year, QStringLiteral("timeliness"));
    for (const Finding &f : all)
        QCOMPARE(f.rule, rule);
    QTEST(test::flaggedText(doc, all), "flagged");
    QFETCH(QString, fixed);
    QCOMPARE(test::fixedText(doc, all).section(u'\n', 1), fixed);
}

void TestTimeliness::suggestionFollowsTheChain()
{
    // 十八大 → 十九大 → 二十大: a 2024 draft is pointed at the congress current in 2024.
    const ParsedDocument doc = test::openingOnly(QString(), {QStringLiteral("学习党的十八大精神。")});
    const QList<Finding> found = test::check(doc, 2024, QStringLiteral("timeliness"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].fix.has_value());
    QCOMPARE(found[0].fix->replacement, QStringLiteral("二十大"));
    QVERIFY(found[0].suggestion.contains(QStringLiteral("二十大")));
    QCOMPARE(found[0].severity, Severity::Warning);
}

QTEST_GUILESS_MAIN(TestTimeliness)
#include "tst_timeliness.moc"
