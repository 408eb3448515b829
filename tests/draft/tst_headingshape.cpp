#include "draft/headingshape.h"

#include <QTest>

using namespace gaozi;

class TestHeadingShape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QStringList>("siblings");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QStringList>("pairs");
        QTest::addColumn<QStringList>("others");
        QTest::newRow("nominal: 聚焦X过硬，持续Y")
            << QStringList{QStringLiteral("聚焦思想过硬，持续强化理论武装"), QStringLiteral("聚焦政治过硬，持续加强政治机关建设")}
            << QStringLiteral("聚焦X过硬，持续Y")
            << QStringList{QStringLiteral("聚焦作风过硬，持续强化党风廉政建设"), QStringLiteral("聚焦组织过硬，持续建强基层战斗堡垒。")}
            << QStringList{QStringLiteral("强化政治引领，持续加强政治建设"), QStringLiteral("聚焦作风过硬"),
                           QStringLiteral("聚焦作风过硬，坚持强化党风廉政建设")};
        QTest::newRow("nominal: positional XX抓YY，强化ZZZZ")
            << QStringList{QStringLiteral("系统抓教育，强化理想信念"), QStringLiteral("严格抓管理，强化责任落实")}
            << QStringLiteral("X抓Y，强化Z")
            << QStringList{QStringLiteral("持续抓作风，强化监督管理")}
            << QStringList{QStringLiteral("持续抓作风建设，强化监督管理"), QStringLiteral("持续抓作风，深化监督管理")};
        QTest::newRow("nominal: a lone sibling keeps its leading verbs")
            << QStringList{QStringLiteral("抓实学思践悟，推动思想政治持续深化")}
            << QStringLiteral("抓实X，推动Y")
            << QStringList{QStringLiteral("抓实组织建设，推动支部建设全面过硬")}
            << QStringList{QStringLiteral("抓牢组织基础，推动支部建设全面过硬")};
        QTest::newRow("robustness: odd clause count left aside")
            << QStringList{QStringLiteral("聚焦思想过硬，持续强化理论武装"), QStringLiteral("聚焦政治过硬，持续加强政治建设"),
                           QStringLiteral("存在问题")}
            << QStringLiteral("聚焦X过硬，持续Y") << QStringList{QStringLiteral("聚焦组织过硬，持续建强基层组织")}
            << QStringList{QStringLiteral("存在的问题")};
    }
    void shapes()
    {
        QFETCH(QStringList, siblings);
        QFETCH(QString, display);
        QFETCH(QStringList, pairs);
        QFETCH(QStringList, others);
        const auto shape = headingShape(siblings);
        QVERIFY(shape.has_value());
        QCOMPARE(shape->display(), display);
        for (const auto &s : siblings) {
            if (s != u"存在问题")
                QVERIFY2(shape->matches(s), qPrintable(s));
        }
        for (const auto &p : pairs)
            QVERIFY2(shape->matches(p), qPrintable(p));
        for (const auto &o : others)
            QVERIFY2(!shape->matches(o), qPrintable(o));
    }

    void nothingSharedMeansNoShape()
    {
        QVERIFY(!headingShape({QStringLiteral("存在问题"), QStringLiteral("下一步打算")}).has_value());
        QVERIFY(!headingShape({}).has_value());
        QVERIFY(!headingShape({QStringLiteral("  ")}).has_value());
    }

    void literalsNarrowTheSearch()
    {
        const auto shape = headingShape({QStringLiteral("聚焦思想过硬，持续强化理论武装"),
                                         QStringLiteral("聚焦政治过硬，持续加强政治机关建设")});
        QCOMPARE(shape->literals(), (QStringList{QStringLiteral("聚焦"), QStringLiteral("过硬"), QStringLiteral("持续")}));
    }
};

QTEST_GUILESS_MAIN(TestHeadingShape)
#include "tst_headingshape.moc"
