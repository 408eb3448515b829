#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rules numbering.sequence, numbering.level, numbering.points and numbering.parens.
class TestNumbering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixesRenumber_data();
    void fixesRenumber();
};

static const QString kTitle = QStringLiteral("2023年党建工作总结\n");

void TestNumbering::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QList<int>>("severities");

    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);

    QTest::newRow("nominal: 一、二、四、")
        << QStringLiteral("一、学习\n正文。\n二、管理\n正文。\n四、作风\n正文。\n") << QStringLiteral("numbering.sequence")
        << QStringList{QStringLiteral("四、")} << QList<int>{error};
    QTest::newRow("nominal: repeated （二）")
        << QStringLiteral("一、学习\n（一）读书\n正文。\n（二）研讨\n正文。\n（二）交流\n正文。\n")
        << QStringLiteral("numbering.sequence") << QStringList{QStringLiteral("（二）")} << QList<int>{error};
    QTest::newRow("nominal: first heading is 二、")
        << QStringLiteral("二、学习\n正文。\n三、管理\n正文。\n") << QStringLiteral("numbering.sequence")
        << QStringList{QStringLiteral("二、"), QStringLiteral("三、")} << QList<int>{error, error};
    QTest::newRow("nominal: 1. 2. 4.")
        << QStringLiteral("一、学习\n（一）读书\n1.原著\n2.讲话\n4.文件\n") << QStringLiteral("numbering.sequence")
        << QStringList{QStringLiteral("4.")} << QList<int>{error};
    QTest::newRow("robustness: each parent restarts at 一")
        << QStringLiteral("一、学习\n（一）读书\n（二）研讨\n二、管理\n（一）制度\n（二）考核\n")
        << QStringLiteral("numbering.sequence") << QStringList{} << QList<int>{};

    QTest::newRow("nominal: （一） right under the title")
        << QStringLiteral("（一）学习\n正文。\n（二）管理\n正文。\n") << QStringLiteral("numbering.level")
        << QStringList{QStringLiteral("（一）")} << QList<int>{error};
    QTest::newRow("nominal: 1. right under 一、 is a warning")
        << QStringLiteral("一、学习\n1.读书\n2.研讨\n") << QStringLiteral("numbering.level")
        << QStringList{QStringLiteral("1.")} << QList<int>{warning};
    QTest::newRow("robustness: complete ladder")
        << QStringLiteral("一、学习\n（一）读书\n1.原著\n（1）选读\n") << QStringLiteral("numbering.level")
        << QStringList{} << QList<int>{};
    QTest::newRow("robustness: label lines are not numbered")
        << QStringLiteral("存在问题：学习不够深入。\n下一步打算：加强学习。\n") << QStringLiteral("numbering")
        << QStringList{} << QList<int>{};

    QTest::newRow("nominal: 一是 without 二是")
        << QStringLiteral("一、学习\n一是组织读书班。同时开展研讨。\n") << QStringLiteral("numbering.points")
        << QStringList{QStringLiteral("一是")} << QList<int>{error};
    QTest::newRow("nominal: 一是 then 三是")
        << QStringLiteral("一、学习\n一是读书。三是研讨。\n") << QStringLiteral("numbering.points")
        << QStringList{QStringLiteral("三")} << QList<int>{error};
    QTest::newRow("nominal: 二是 without 一是")
        << QStringLiteral("一、学习\n二是读书。三是研讨。\n") << QStringLiteral("numbering.points")
        << QStringList{QStringLiteral("二是")} << QList<int>{error};
    QTest::newRow("robustness: a run across paragraphs")
        << QStringLiteral("二、存在问题\n一是理论学习不充分。\n二是履职不充分。\n三是保障不充分。\n")
        << QStringLiteral("numbering.points") << QStringList{} << QList<int>{};
    QTest::newRow("robustness: two runs in one section")
        << QStringLiteral("一、学习\n一是读书。二是研讨。\n一是交流。二是总结。\n") << QStringLiteral("numbering.points")
        << QStringList{} << QList<int>{};
    QTest::newRow("robustness: 统一是 is not a marker")
        << QStringLiteral("一、学习\n思想统一是前提。\n") << QStringLiteral("numbering.points") << QStringList{}
        << QList<int>{};
    QTest::newRow("robustness: a run ends with its section")
        << QStringLiteral("一、学习\n一是读书。二是研讨。\n二、管理\n一是制度。二是考核。\n")
        << QStringLiteral("numbering.points") << QStringList{} << QList<int>{};

    QTest::newRow("nominal: (一) next to （二）")
        << QStringLiteral("一、学习\n(一)读书\n正文。\n（二）研讨\n正文。\n") << QStringLiteral("numbering.parens")
        << QStringList{QStringLiteral("(一)")} << QList<int>{error};
    QTest::newRow("nominal: ASCII parentheses throughout is a warning")
        << QStringLiteral("一、学习\n(一)读书\n(二)研讨\n") << QStringLiteral("numbering.parens")
        << QStringList{QStringLiteral("(一)"), QStringLiteral("(二)")} << QList<int>{warning, warning};
    QTest::newRow("robustness: full-width throughout")
        << QStringLiteral("一、学习\n（一）读书\n（二）研讨\n") << QStringLiteral("numbering.parens") << QStringList{}
        << QList<int>{};
}

void TestNumbering::findings()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(QList<int>, severities);
    const ParsedDocument doc = test::parseDraft(kTitle + text);
    const QList<Finding> found = test::check(doc, 2023, rule);
    QTEST(test::flaggedText(doc, found), "flagged");
    QList<int> got;
    for (const Finding &f : found)
        got.append(int(f.severity));
    QCOMPARE(got, severities);
}

void TestNumbering::fixesRenumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: 一、二、四、五、 renumbered")
        << QStringLiteral("一、甲\n二、乙\n四、丙\n五、丁\n") << QStringLiteral("numbering.sequence")
        << QStringLiteral("2023年党建工作总结\n一、甲\n二、乙\n三、丙\n四、丁");
    QTest::newRow("nominal: （一）（三） renumbered inside the marker")
        << QStringLiteral("一、甲\n（一）乙\n（三）丙\n") << QStringLiteral("numbering.sequence")
        << QStringLiteral("2023年党建工作总结\n一、甲\n（一）乙\n（二）丙");
    QTest::newRow("nominal: ASCII parentheses normalised")
        << QStringLiteral("一、甲\n(一)乙\n（二）丙\n") << QStringLiteral("numbering.parens")
        << QStringLiteral("2023年党建工作总结\n一、甲\n（一）乙\n（二）丙");
    QTest::newRow("nominal: 一是 二是 二是 三是")
        << QStringLiteral("一、甲\n一是读书。二是研讨。二是交流。三是总结。\n") << QStringLiteral("numbering.points")
        << QStringLiteral("2023年党建工作总结\n一、甲\n一是读书。二是研讨。三是交流。四是总结。");
}

void TestNumbering::fixesRenumber()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const ParsedDocument doc = test::parseDraft(kTitle + text);
    QTEST(test::fixedText(doc, test::check(doc, 2023, rule)), "expected");
}

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
