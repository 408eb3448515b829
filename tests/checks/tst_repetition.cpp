#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rules repetition.sentence, repetition.heading and repetition.opening-verb.
class TestRepetition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void openingVerbSuggestsUnusedVerbs();
};

void TestRepetition::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("flagged");

    const QString title = QStringLiteral("2023年党建工作总结\n");
    QTest::newRow("nominal: a sentence twice in two sections")
        << title + QStringLiteral("一、学习\n坚持把党的政治建设摆在首位。\n二、管理\n“坚持把党的政治建设摆在首位”！\n")
        << QStringList{QStringLiteral("repetition.sentence")} << QStringList{QStringLiteral("“坚持把党的政治建设摆在首位”")};
    QTest::newRow("nominal: a sentence twice in one paragraph")
        << title + QStringLiteral("一、学习\n严格落实三会一课制度。严格落实三会一课制度。\n")
        << QStringList{QStringLiteral("repetition.sentence")} << QStringList{QStringLiteral("严格落实三会一课制度")};
    QTest::newRow("nominal: the same heading twice")
        << title + QStringLiteral("一、强化理论武装\n正文甲。\n二、强化理论武装\n正文乙。\n")
        << QStringList{QStringLiteral("repetition.heading")} << QStringList{QStringLiteral("强化理论武装")};
    QTest::newRow("nominal: three of four headings open alike")
        << title + QStringLiteral("一、加强学习\n二、加强管理\n三、加强监督\n四、推动发展\n")
        << QStringList{QStringLiteral("repetition.opening-verb")} << QStringList{QStringLiteral("加强")};
    QTest::newRow("nominal: all four alike is parallel form, reported as a note")
        << title + QStringLiteral("一、聚焦思想过硬\n二、聚焦政治过硬\n三、聚焦组织过硬\n四、聚焦作风过硬\n")
        << QStringList{QStringLiteral("repetition.opening-verb")} << QStringList{QStringLiteral("聚焦")};

    QTest::newRow("robustness: short sentences may repeat")
        << title + QStringLiteral("一、学习\n确保不出问题。\n二、管理\n确保不出问题。\n") << QStringList{} << QStringList{};
    QTest::newRow("robustness: two of three alike")
        << title + QStringLiteral("一、加强学习\n二、加强管理\n三、推动发展\n") << QStringList{} << QStringList{};
    QTest::newRow("robustness: same heading text under different numbers of points")
        << title + QStringLiteral("一、学习\n一是读书。二是研讨。\n二、管理\n一是制度。二是考核。\n") << QStringList{}
        << QStringList{};
}

void TestRepetition::findings()
{
    QFETCH(QString, text);
    const ParsedDocument doc = test::parseDraft(text);
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("repetition"));
    QStringList rules;
    for (const Finding &f : found)
        rules.append(f.rule);
    QTEST(rules, "rules");
    QTEST(test::flaggedText(doc, found), "flagged");
}

void TestRepetition::openingVerbSuggestsUnusedVerbs()
{
    const ParsedDocument doc = test::parseDraft(
        QStringLiteral("2023年党建工作总结\n一、强化学习\n二、强化管理\n三、强化监督\n四、深化改革\n"));
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("repetition.opening-verb"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QVERIFY(!found[0].suggestion.contains(QStringLiteral("强化")));
    QVERIFY(!found[0].suggestion.contains(QStringLiteral("深化")));
    QVERIFY(found[0].suggestion.contains(QStringLiteral("夯实")));
}

QTEST_GUILESS_MAIN(TestRepetition)
#include "tst_repetition.moc"
