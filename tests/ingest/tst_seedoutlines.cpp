#include "ingest/ingest.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// Every seed's title, facts and level-1/level-2 headings, exactly.
class TestSeedOutlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outline_data();
    void outline();
    void pointsUnderProblems();
    void labelsIn003();
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// "一|heading" for level 1 and "  （一）|heading" for level 2, in document order.
static QStringList topTwoLevels(const ParsedDocument &doc)
{
    QStringList out;
    for (const auto &s : doc.sections) {
        out << s.number + u'|' + s.heading;
        for (const auto &c : s.children)
            out << QStringLiteral("  ") + c.number + u'|' + c.heading;
    }
    return out;
}

void TestSeedOutlines::outline_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("headings");

    QTest::newRow("000 annual summary") << S(u"000") << S(u"2023年xxx党建工作总结") << 2023 << S(u"工作总结") << S(u"机关")
        << QStringList{S(u"一|2024年工作开展情况"), S(u"  一|系统抓教育，强化理想信念"),
                       S(u"  二|严格抓管理，强化责任落实"), S(u"  三|持续抓作风，强化监督管理"),
                       S(u"二|存在问题及原因"), S(u"  一|党的创新理论学习还不够深入"),
                       S(u"  二|意识形态工作还需要持续加强"), S(u"  三|基层党组织政治功能和组织功能发挥不够充分"),
                       S(u"三|下一步做法"), S(u"  一|持续压紧压实责任"), S(u"  二|不断夯实理论武装"),
                       S(u"  三|切实转变工作作风")};
    QTest::newRow("001 duty report") << S(u"001") << S(u"XX党委（党工委）书记2023年度抓党建工作述职报告") << 2023
        << S(u"述职报告") << S(u"党委")
        << QStringList{S(u"一|2023年度党建工作履职情况"), S(u"  一|加强党对XX工作的全面领导"),
                       S(u"  二|贯彻XX基层党组织工作条例"), S(u"  三|加强党员队伍XX管理"),
                       S(u"  四|加强和改进新形势下思想政治工作"), S(u"  五|落实XX系统意识形态工作责任制"),
                       S(u"二|存在问题"), S(u"三|下步工作打算")};
    QTest::newRow("002 inline headings") << S(u"002") << S(u"2023年度党建工作情况总结") << 2023 << S(u"工作总结") << S(u"机关")
        << QStringList{S(u"一|聚焦思想过硬，持续强化理论武装"), S(u"二|聚焦政治过硬，持续加强政治机关建设"),
                       S(u"三|聚焦组织过硬，持续建强基层战斗堡垒"), S(u"四|聚焦作风过硬，持续强化党风廉政建设")};
    QTest::newRow("003 branch quarter") << S(u"003") << S(u"XX党支部2023年工作情况总结报告") << 2023 << S(u"工作总结")
        << S(u"党支部")
        << QStringList{S(u"一|第三季度主要工作情况"), S(u"  一|抓实学思践悟，推动思想政治持续深化"),
                       S(u"  二|抓牢组织基础，推动支部建设全面过硬"), S(u"  三|抓严廉政建设，推动政治生态不断优化"),
                       S(u"二|存在问题及下一步工作计划"), S(u"  |存在问题"), S(u"  |第四季度工作计划")};
    QTest::newRow("004 ads and ascii parens") << S(u"004") << S(u"2020年党建工作总结（党组）") << 2020 << S(u"工作总结")
        << S(u"党组")
        << QStringList{S(u"一|强化政治引领，把学习贯彻习近平新时代中国特色社会主义思想作为重大政治任务"),
                       S(u"  一|强化理论武装"), S(u"  二|夯实党建主体责任"),
                       S(u"二|狠抓意识形态工作，着力为XX发展提供强大精神动力"), S(u"  一|强化主体责任落实"),
                       S(u"  二|注重舆情管控"), S(u"  三|加强舆论引导"),
                       S(u"三|聚焦固本强基，全面推动组织建设提质增效"),
                       S(u"四|严明党内纪律，驰而不息强化作风建设"), S(u"  一|严肃党的政治纪律和政治生活"),
                       S(u"  二|持续加强作风建设"), S(u"  三|强化“8小时”外监督管理"),
                       S(u"五|存在的主要问题和下一步工作")};
}

void TestSeedOutlines::outline()
{
    QFETCH(QString, seed);
    QFETCH(QString, title);
    QFETCH(int, year);
    QFETCH(QString, genre);
    QFETCH(QString, unit);
    QFETCH(QStringList, headings);
    const auto doc = ingestFile(test::seedPath(seed));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->title, title);
    QCOMPARE(doc->year, std::optional<int>(year));
    QCOMPARE(doc->genre, genre);
    QCOMPARE(doc->unitType, unit);
    QCOMPARE(topTwoLevels(doc.value()), headings);
}

void TestSeedOutlines::pointsUnderProblems()
{
    const auto doc = ingestFile(test::seedPath(QStringLiteral("001")));
    QVERIFY(doc.ok());
    const Section &problems = doc->sections[1];
    QCOMPARE(problems.heading, QStringLiteral("存在问题"));
    QStringList leads;
    for (const auto &p : problems.points)
        leads << p.lead;
    QCOMPARE(leads, (QStringList{QStringLiteral("理论学习不充分"), QStringLiteral("“一岗双责”履职不充分"),
                                 QStringLiteral("领导保障不充分")}));
}

void TestSeedOutlines::labelsIn003()
{
    const auto doc = ingestFile(test::seedPath(QStringLiteral("003")));
    QVERIFY(doc.ok());
    const Section &plan = doc->sections[1].children[1];
    QCOMPARE(plan.level, 2);
    QStringList leads;
    for (const auto &p : plan.points)
        leads << p.lead;
    QCOMPARE(leads, (QStringList{QStringLiteral("以学促行，提升思想引领力"), QStringLiteral("强基固本，增强组织向心力"),
                                 QStringLiteral("正风肃纪，提高队伍战斗力"), QStringLiteral("共融共建，提高整体凝聚力")}));
}

QTEST_GUILESS_MAIN(TestSeedOutlines)
#include "tst_seedoutlines.moc"
