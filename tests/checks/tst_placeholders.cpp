#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rule "placeholder": what a writer forgot to fill in.
class TestPlaceholders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagged_data();
    void flagged();
    void severityAndSection();
};

void TestPlaceholders::flagged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: XX unit") << QStringLiteral("在XX党委的领导下推进工作。") << QStringList{QStringLiteral("XX")};
    QTest::newRow("nominal: xxx and xx余次")
        << QStringLiteral("xxx开展主题活动xx余次。") << QStringList{QStringLiteral("xxx"), QStringLiteral("xx")};
    QTest::newRow("nominal: full-width ＸＸ") << QStringLiteral("ＸＸ支部召开会议。") << QStringList{QStringLiteral("ＸＸ")};
    QTest::newRow("nominal: X次 X项 X%")
        << QStringLiteral("开展研讨X次，完成X项，进度率X%。")
        << QStringList{QStringLiteral("X"), QStringLiteral("X"), QStringLiteral("X")};
    QTest::newRow("nominal: full-width Ｘ名") << QStringLiteral("接收预备党员Ｘ名。") << QStringList{QStringLiteral("Ｘ")};
    QTest::newRow("nominal: X as a unit") << QStringLiteral("联合X党支部开展活动。") << QStringList{QStringLiteral("X")};
    QTest::newRow("nominal: A as a name") << QStringLiteral("以A新时代中国特色社会主义思想为指导。")
                                          << QStringList{QStringLiteral("A")};
    QTest::newRow("nominal: editing notes")
        << QStringLiteral("全年开展活动〔待补〕次，其他【待补】，成效待补充。")
        << QStringList{QStringLiteral("〔待补〕"), QStringLiteral("【待补】"), QStringLiteral("待补充")};
    QTest::newRow("nominal: phrase slots")
        << QStringLiteral("{年}年，{单位}组织学习{数}次，{名}同志带头。")
        << QStringList{QStringLiteral("{年}"), QStringLiteral("{单位}"), QStringLiteral("{数}"), QStringLiteral("{名}")};
    QTest::newRow("nominal: ×× template") << QStringLiteral("××同志在会上讲话。") << QStringList{QStringLiteral("××")};

    QTest::newRow("robustness: Latin words are not placeholders")
        << QStringLiteral("用好学习强国APP和XXL号码表，参加Excel培训。") << QStringList{};
    QTest::newRow("robustness: X光 and A股 are words")
        << QStringLiteral("组织职工参加X光体检，关注A股市场，创建4A级景区。") << QStringList{};
    QTest::newRow("robustness: 有待补充 is a sentence, not a note")
        << QStringLiteral("制度体系有待补充完善。") << QStringList{};
    QTest::newRow("robustness: 二〇〇八年 is a year") << QStringLiteral("二〇〇八年以来持续推进。") << QStringList{};
    QTest::newRow("robustness: empty paragraph") << QString() << QStringList{};
    QTest::newRow("robustness: braces around other words") << QStringLiteral("{其他}内容。") << QStringList{};
}

void TestPlaceholders::flagged()
{
    QFETCH(QString, text);
    const ParsedDocument doc = test::openingOnly(QStringLiteral("2023年党建工作总结"), {text});
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("placeholder"));
    QTEST(test::flaggedText(doc, found), "expected");
}

void TestPlaceholders::severityAndSection()
{
    const ParsedDocument doc = test::parseDraft(QStringLiteral("2023年党建工作总结\n一、强化理论武装\n开展学习X次。\n"));
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("placeholder"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(found[0].sectionPath, QStringLiteral("一、强化理论武装"));
    QCOMPARE(found[0].paragraph, 2);
    QCOMPARE(found[0].offset, 4);
    QVERIFY(found[0].excerpt.contains(QStringLiteral("学习X次")));
    QVERIFY(!found[0].message.isEmpty());
    QVERIFY(!found[0].fix.has_value()); // nothing safe to put there
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
