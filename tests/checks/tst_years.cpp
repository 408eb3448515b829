#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rules year.title, year.heading, year.opening, year.body and year.unknown.
class TestYears : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixesPutTheDraftYear();
    void unknownYearIsSaidOnce();
};

void TestYears::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("nominal: 2024 heading in a 2023 summary")
        << QStringLiteral("2023年工作总结\n一、2024年工作开展情况\n正文。\n") << 2023
        << QStringList{QStringLiteral("year.heading")};
    QTest::newRow("nominal: last year's heading left over")
        << QStringLiteral("2023年工作总结\n一、2022年工作开展情况\n正文。\n") << 2023
        << QStringList{QStringLiteral("year.heading")};
    QTest::newRow("nominal: title contradicts the draft's year")
        << QStringLiteral("2022年工作总结\n正文。\n") << 2023 << QStringList{QStringLiteral("year.title")};
    QTest::newRow("nominal: opening starts with last year")
        << QStringLiteral("2023年工作总结\n2022年，我局坚持学习。\n") << 2023 << QStringList{QStringLiteral("year.opening")};
    QTest::newRow("nominal: work done three years ahead")
        << QStringLiteral("2023年工作总结\n一、主要做法\n2026年组织读书班三期。\n") << 2023
        << QStringList{QStringLiteral("year.body")};

    QTest::newRow("robustness: 2023年 in a 2023 draft")
        << QStringLiteral("2023年工作总结\n2023年，我局坚持学习。\n一、2023年工作开展情况\n2023年组织学习。\n") << 2023
        << QStringList{};
    QTest::newRow("robustness: next year's plan heading")
        << QStringLiteral("2023年工作总结\n一、工作情况\n正文。\n二、2024年工作打算\n正文。\n") << 2023 << QStringList{};
    QTest::newRow("robustness: plans under a 下一步 heading")
        << QStringLiteral("2023年工作总结\n一、下一步工作\n（一）2024年重点任务\n2025年完成换届。\n") << 2023
        << QStringList{};
    QTest::newRow("robustness: summary and plan in one title")
        << QStringLiteral("2023年工作总结和2024年工作计划\n正文。\n") << 2023 << QStringList{};
    QTest::newRow("robustness: targets, ranges and document titles")
        << QStringLiteral("2023年工作总结\n一、主要做法\n到2035年基本实现现代化，落实2035年远景目标，"
                          "执行《2025年工作要点》和（2021—2025年）规划，2026年底前完成。\n")
        << 2023 << QStringList{};
    QTest::newRow("robustness: history in a heading")
        << QStringLiteral("2023年工作总结\n一、2019年以来的主要成效\n正文。\n") << 2023 << QStringList{};
    QTest::newRow("robustness: past years in the body")
        << QStringLiteral("2023年工作总结\n一、主要做法\n延续2021年建立的制度，截至2022年底已完成。\n") << 2023
        << QStringList{};
    QTest::newRow("robustness: 今年 and 明年 need no number")
        << QStringLiteral("2023年工作总结\n今年以来，我局坚持学习，明年继续。\n") << 2023 << QStringList{};
}

void TestYears::findings()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    const QList<Finding> found = test::check(test::parseDraft(text), year, QStringLiteral("year."));
    QStringList rules;
    for (const Finding &f : found)
        rules.append(f.rule);
    QTEST(rules, "rules");
}

void TestYears::fixesPutTheDraftYear()
{
    const ParsedDocument doc = test::parseDraft(
        QStringLiteral("2022年工作总结\n2022年，我局坚持学习。\n一、2024年工作开展情况\n正文。\n"));
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("year."));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[2].severity, Severity::Error);
    QCOMPARE(test::fixedText(doc, found),
             QStringLiteral("2023年工作总结\n2023年，我局坚持学习。\n一、2023年工作开展情况\n正文。"));
}

void TestYears::unknownYearIsSaidOnce()
{
    const ParsedDocument doc = test::openingOnly(QStringLiteral("党建工作总结"), {QStringLiteral("十九大以来坚持学习。")});
    const QList<Finding> all = runChecks(doc);
    const QList<Finding> unknown = test::withRule(all, QStringLiteral("year.unknown"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown[0].paragraph, -1);
    QVERIFY(test::withRule(all, QStringLiteral("timeliness")).isEmpty());
    // With a year from the context the same document is checked.
    CheckContext context;
    context.year = 2024;
    QVERIFY(test::withRule(runChecks(doc, context), QStringLiteral("year.unknown")).isEmpty());
}

QTEST_GUILESS_MAIN(TestYears)
#include "tst_years.moc"
