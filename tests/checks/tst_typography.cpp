#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rules typography.half-width, .doubled-punctuation, .doubled-character and .unbalanced.
class TestTypography : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
};

void TestTypography::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QString>("fixed");

    const QString halfWidth = QStringLiteral("typography.half-width");
    const QString doubledPunct = QStringLiteral("typography.doubled-punctuation");
    const QString doubledChar = QStringLiteral("typography.doubled-character");
    const QString unbalanced = QStringLiteral("typography.unbalanced");

    QTest::newRow("nominal: half-width comma and colon")
        << QStringLiteral("深入贯彻精神,以政治建设为统领:坚持学习;推进工作?") << halfWidth
        << QStringList{QStringLiteral(","), QStringLiteral(":"), QStringLiteral(";"), QStringLiteral("?")}
        << QStringLiteral("深入贯彻精神，以政治建设为统领：坚持学习；推进工作？");
    QTest::newRow("nominal: ASCII parentheses around Chinese")
        << QStringLiteral("印发管理方案(试行)的通知。") << halfWidth << QStringList{QStringLiteral("(试行)")}
        << QStringLiteral("印发管理方案（试行）的通知。");
    QTest::newRow("robustness: numbers, times and Latin keep ASCII")
        << QStringLiteral("会议8:30开始，共1,200人，使用Qt, C++和(2021-2023)数据。") << halfWidth << QStringList{}
        << QStringLiteral("会议8:30开始，共1,200人，使用Qt, C++和(2021-2023)数据。");
    QTest::newRow("robustness: full-width punctuation")
        << QStringLiteral("坚持学习，推进工作；做到：“两个维护”。") << halfWidth << QStringList{}
        << QStringLiteral("坚持学习，推进工作；做到：“两个维护”。");

    QTest::newRow("nominal: ，。 keeps the full stop")
        << QStringLiteral("找钥匙、找答案，。通过学习") << doubledPunct << QStringList{QStringLiteral("，。")}
        << QStringLiteral("找钥匙、找答案。通过学习");
    QTest::newRow("nominal: 、、 and ；。")
        << QStringLiteral("学习、、研讨；。总结") << doubledPunct << QStringList{QStringLiteral("、、"), QStringLiteral("；。")}
        << QStringLiteral("学习、研讨。总结");
    QTest::newRow("robustness: ？！ ellipsis and dash are fine")
        << QStringLiteral("难道不是吗？！我们……继续——前进。") << doubledPunct << QStringList{}
        << QStringLiteral("难道不是吗？！我们……继续——前进。");

    QTest::newRow("nominal: 条件件")
        << QStringLiteral("党建办公环境和办公条件件不完善。") << doubledChar << QStringList{QStringLiteral("件件")}
        << QStringLiteral("党建办公环境和办公条件不完善。");
    QTest::newRow("nominal: 党员员 and 的的")
        << QStringLiteral("加强党员员队伍建设，我们的的工作。") << doubledChar
        << QStringList{QStringLiteral("员员"), QStringLiteral("的的")} << QStringLiteral("加强党员队伍建设，我们的工作。");
    QTest::newRow("nominal: three in a row")
        << QStringLiteral("工作作作风。") << doubledChar << QStringList{QStringLiteral("作作作")}
        << QStringLiteral("工作作作风。");
    QTest::newRow("robustness: reduplications")
        << QStringLiteral("做到件件落实、事事有回音，常常提醒，人人参与，时时学、事事学，层层签订，天天向上，一一结对。")
        << doubledChar << QStringList{}
        << QStringLiteral("做到件件落实、事事有回音，常常提醒，人人参与，时时学、事事学，层层签订，天天向上，一一结对。");
    QTest::newRow("robustness: AABB and ABAB forms")
        << QStringLiteral("切切实实、扎扎实实、认认真真地推动主题教育走深走实。") << doubledChar << QStringList{}
        << QStringLiteral("切切实实、扎扎实实、认认真真地推动主题教育走深走实。");
    QTest::newRow("robustness: two words that meet")
        << QStringLiteral("改进工作作风，树立管理理念，符合中国国情，深入学习习近平新时代中国特色社会主义思想，"
                          "纪检组组长到会，现将工作作如下报告。")
        << doubledChar << QStringList{}
        << QStringLiteral("改进工作作风，树立管理理念，符合中国国情，深入学习习近平新时代中国特色社会主义思想，"
                          "纪检组组长到会，现将工作作如下报告。");
    QTest::newRow("robustness: placeholders and numerals are not Chinese doubles")
        << QStringLiteral("XX党委于二〇〇八年成立。") << doubledChar << QStringList{}
        << QStringLiteral("XX党委于二〇〇八年成立。");

    QTest::newRow("nominal: unclosed quote and bracket")
        << QStringLiteral("做到“两个维护，印发《实施方案。") << unbalanced
        << QStringList{QStringLiteral("“"), QStringLiteral("《")} << QStringLiteral("做到“两个维护，印发《实施方案。");
    QTest::newRow("nominal: stray closing parenthesis")
        << QStringLiteral("党组织书记）带头讲党课。") << unbalanced << QStringList{QStringLiteral("）")}
        << QStringLiteral("党组织书记）带头讲党课。");
    QTest::newRow("nominal: quote typed the wrong way round")
        << QStringLiteral("坚决做到”两个维护”。") << unbalanced << QStringList{QStringLiteral("”")}
        << QStringLiteral("坚决做到“两个维护”。");
    QTest::newRow("robustness: balanced and nested")
        << QStringLiteral("坚决做到“两个维护”，学习《关于加强党的建设的意见（试行）》，落实【重点】任务。") << unbalanced
        << QStringList{} << QStringLiteral("坚决做到“两个维护”，学习《关于加强党的建设的意见（试行）》，落实【重点】任务。");
}

void TestTypography::findings()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const ParsedDocument doc = test::openingOnly(QString(), {text});
    const QList<Finding> found = test::check(doc, 2023, rule);
    QTEST(test::flaggedText(doc, found), "flagged");
    for (const Finding &f : found)
        QCOMPARE(f.severity, Severity::Warning);
    QFETCH(QString, fixed);
    QCOMPARE(test::fixedText(doc, found).section(u'\n', 1), fixed);
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
