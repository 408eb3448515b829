#include "ingest/headingmarkers.h"

#include <QTest>

using namespace gaozi;

class TestHeadingMarkers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marker_data();
    void marker();
    void numerals();
    void points();
};

void TestHeadingMarkers::marker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("length");

    QTest::newRow("nominal: level 1") << QStringLiteral("一、强化政治引领") << 1 << QStringLiteral("一") << 2;
    QTest::newRow("nominal: level 1 eleven") << QStringLiteral("十一、其他") << 1 << QStringLiteral("十一") << 3;
    QTest::newRow("nominal: level 2") << QStringLiteral("（三）强化监督") << 2 << QStringLiteral("三") << 3;
    QTest::newRow("nominal: level 2 ascii parens") << QStringLiteral("(二)注重舆情管控") << 2 << QStringLiteral("二") << 3;
    QTest::newRow("nominal: level 3 dot") << QStringLiteral("1.坚持学习") << 3 << QStringLiteral("1") << 2;
    QTest::newRow("nominal: level 3 comma") << QStringLiteral("2、坚持学习") << 3 << QStringLiteral("2") << 2;
    QTest::newRow("nominal: level 3 full-width") << QStringLiteral("１２．坚持学习") << 3 << QStringLiteral("12") << 3;
    QTest::newRow("nominal: level 4") << QStringLiteral("（1）细化任务") << 4 << QStringLiteral("1") << 3;
    QTest::newRow("robustness: year is not a number") << QStringLiteral("2023年，在市委") << 0 << QString() << 0;
    QTest::newRow("robustness: decimal") << QStringLiteral("1.5亿元投入") << 0 << QString() << 0;
    QTest::newRow("robustness: numeral word") << QStringLiteral("十九大精神") << 0 << QString() << 0;
    QTest::newRow("robustness: bare marker") << QStringLiteral("1.") << 0 << QString() << 0;
    QTest::newRow("robustness: empty") << QString() << 0 << QString() << 0;
}

void TestHeadingMarkers::marker()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QFETCH(QString, number);
    QFETCH(int, length);
    const HeadingMarker m = headingMarkerAt(line);
    QCOMPARE(m.level, level);
    QCOMPARE(m.number, number);
    QCOMPARE(int(m.length), length);
}

void TestHeadingMarkers::numerals()
{
    QCOMPARE(chineseNumeralValue(u"一"), 1);
    QCOMPARE(chineseNumeralValue(u"十"), 10);
    QCOMPARE(chineseNumeralValue(u"十二"), 12);
    QCOMPARE(chineseNumeralValue(u"二十"), 20);
    QCOMPARE(chineseNumeralValue(u"九十九"), 99);
    QCOMPARE(chineseNumeralValue(u"大"), 0);
    for (int i = 1; i < 100; ++i)
        QCOMPARE(chineseNumeralValue(chineseNumeral(i)), i);
}

void TestHeadingMarkers::points()
{
    qsizetype len = 0;
    QCOMPARE(pointMarkerOrdinal(u"一是加强学习", 0, &len), 1);
    QCOMPARE(int(len), 2);
    QCOMPARE(pointMarkerOrdinal(u"十二是其他", 0, &len), 12);
    QCOMPARE(int(len), 3);
    QCOMPARE(pointMarkerOrdinal(u"一岗双责", 0), 0);
}

QTEST_GUILESS_MAIN(TestHeadingMarkers)
#include "tst_headingmarkers.moc"
