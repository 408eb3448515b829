#include "draft/outlineops.h"

#include <QTest>

using namespace gaozi;

namespace {

// The outline as a reader sees it: "一、A 二、B （一）C".
QString shown(const Draft &d)
{
    QStringList parts;
    for (const auto &e : numberedOutline(d))
        parts << e.number + e.heading;
    return parts.join(u' ');
}

int uidOf(const Draft &d, const QString &heading)
{
    for (const auto &e : numberedOutline(d)) {
        if (e.heading == heading)
            return e.uid;
    }
    return -1;
}

// 一、A （一）A1 （二）A2 二、B 三、C
Draft sample()
{
    Draft d;
    const int a = outline::addChild(d, 0, QStringLiteral("A"));
    outline::addChild(d, a, QStringLiteral("A1"));
    outline::addChild(d, a, QStringLiteral("A2"));
    outline::addChild(d, 0, QStringLiteral("B"));
    outline::addChild(d, 0, QStringLiteral("C"));
    return d;
}

} // namespace

class TestOutlineOps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberingPerLevel_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<QString>("number");
        QTest::newRow("nominal: level 1") << 1 << 3 << QStringLiteral("三、");
        QTest::newRow("nominal: level 1 eleven") << 1 << 11 << QStringLiteral("十一、");
        QTest::newRow("nominal: level 2") << 2 << 2 << QStringLiteral("（二）");
        QTest::newRow("nominal: level 3") << 3 << 4 << QStringLiteral("4.");
        QTest::newRow("nominal: level 4") << 4 << 1 << QStringLiteral("（1）");
    }
    void numberingPerLevel()
    {
        QFETCH(int, level);
        QFETCH(int, ordinal);
        QFETCH(QString, number);
        QCOMPARE(sectionNumber(level, ordinal), number);
    }

    void buildsNumberedTree()
    {
        const Draft d = sample();
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）A2 二、B 三、C"));
        QCOMPARE(sectionNumberFor(d, uidOf(d, QStringLiteral("A2"))), QStringLiteral("（二）"));
        QCOMPARE(parentUid(d, uidOf(d, QStringLiteral("A2"))), uidOf(d, QStringLiteral("A")));
        QCOMPARE(parentUid(d, uidOf(d, QStringLiteral("B"))), 0);
        QCOMPARE(parentUid(d, 999), -1);
    }

    void uidsAreUniqueAndStable()
    {
        Draft d = sample();
        const int b = uidOf(d, QStringLiteral("B"));
        QVERIFY(outline::moveDown(d, b));
        QVERIFY(outline::indent(d, b));
        QCOMPARE(findSection(d, b)->heading, QStringLiteral("B"));
        const int fresh = outline::addSibling(d, b, QStringLiteral("D"));
        QSet<int> seen;
        for (const auto &e : numberedOutline(d)) {
            QVERIFY2(!seen.contains(e.uid), qPrintable(e.heading));
            seen.insert(e.uid);
        }
        QVERIFY(seen.contains(fresh));
    }

    void addSiblingInsertsAfter()
    {
        Draft d = sample();
        outline::addSibling(d, uidOf(d, QStringLiteral("A1")), QStringLiteral("X"));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）X （三）A2 二、B 三、C"));
        outline::addSibling(d, 0, QStringLiteral("Z"));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）X （三）A2 二、B 三、C 四、Z"));
    }

    void removeRenumbersFollowers()
    {
        Draft d = sample();
        QVERIFY(outline::remove(d, uidOf(d, QStringLiteral("A"))));
        QCOMPARE(shown(d), QStringLiteral("一、B 二、C"));
        QVERIFY(!outline::remove(d, 999));
    }

    void renameAndBody()
    {
        Draft d = sample();
        const int b = uidOf(d, QStringLiteral("B"));
        QVERIFY(outline::rename(d, b, QStringLiteral("存在问题")));
        QVERIFY(outline::setBody(d, b, QStringLiteral("一是……")));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）A2 二、存在问题 三、C"));
        QCOMPARE(findSection(d, b)->body, QStringLiteral("一是……"));
    }

    void indentUnderPreviousSibling()
    {
        Draft d = sample();
        QVERIFY(outline::indent(d, uidOf(d, QStringLiteral("B"))));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）A2 （三）B 二、C"));
        QVERIFY(outline::indent(d, uidOf(d, QStringLiteral("A2"))));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 1.A2 （二）B 二、C"));
        // The first on its level has nothing to go under.
        QVERIFY(!outline::indent(d, uidOf(d, QStringLiteral("A"))));
        QVERIFY(!outline::indent(d, uidOf(d, QStringLiteral("A1"))));
    }

    void indentStopsAtFourLevels()
    {
        Draft d;
        int parent = 0;
        for (const char *h : {"L1", "L2", "L3", "L4"})
            parent = outline::addChild(d, parent, QString::fromLatin1(h));
        QCOMPARE(outline::addChild(d, parent, QStringLiteral("L5")), 0);
        const int sibling = outline::addSibling(d, parent, QStringLiteral("L4b"));
        QVERIFY(!outline::canIndent(d, sibling));
        QVERIFY(!outline::indent(d, sibling));
        QCOMPARE(shown(d), QStringLiteral("一、L1 （一）L2 1.L3 （1）L4 （2）L4b"));
        // A subtree too deep for its new place is refused as a whole.
        const int top = outline::addChild(d, 0, QStringLiteral("T"));
        QVERIFY(!outline::moveTo(d, uidOf(d, QStringLiteral("L1")), top, 0));
        QVERIFY(outline::moveTo(d, uidOf(d, QStringLiteral("L2")), top, 0));
    }

    void outdentFollowsParent()
    {
        Draft d = sample();
        QVERIFY(outline::outdent(d, uidOf(d, QStringLiteral("A1"))));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A2 二、A1 三、B 四、C"));
        QVERIFY(!outline::outdent(d, uidOf(d, QStringLiteral("B"))));
    }

    void outdentKeepsChildren()
    {
        Draft d = sample();
        const int a2 = uidOf(d, QStringLiteral("A2"));
        outline::addChild(d, a2, QStringLiteral("A2a"));
        QVERIFY(outline::outdent(d, a2));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 二、A2 （一）A2a 三、B 四、C"));
    }

    void moveUpAndDown()
    {
        Draft d = sample();
        const int c = uidOf(d, QStringLiteral("C"));
        QVERIFY(outline::moveUp(d, c));
        QCOMPARE(shown(d), QStringLiteral("一、A （一）A1 （二）A2 二、C 三、B"));
        QVERIFY(outline::moveUp(d, c));
        QCOMPARE(shown(d), QStringLiteral("一、C 二、A （一）A1 （二）A2 三、B"));
        QVERIFY(!outline::moveUp(d, c));
        QVERIFY(outline::moveDown(d, uidOf(d, QStringLiteral("A1"))));
        QCOMPARE(shown(d), QStringLiteral("一、C 二、A （一）A2 （二）A1 三、B"));
        QVERIFY(!outline::moveDown(d, uidOf(d, QStringLiteral("A1"))));
    }

    void moveToForDragAndDrop_data()
    {
        QTest::addColumn<QString>("moved");
        QTest::addColumn<QString>("parent"); // empty: top level
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: to the top") << "C" << "" << 0 << "一、C 二、A （一）A1 （二）A2 三、B";
        QTest::newRow("nominal: down past one (row counts before the move)")
            << "A" << "" << 2 << "一、B 二、A （一）A1 （二）A2 三、C";
        QTest::newRow("nominal: to the end") << "A" << "" << -1 << "一、B 二、C 三、A （一）A1 （二）A2";
        QTest::newRow("nominal: into another section") << "C" << "A" << 1 << "一、A （一）A1 （二）C （三）A2 二、B";
        QTest::newRow("nominal: child up to the top level") << "A2" << "" << 1
                                                            << "一、A （一）A1 二、A2 三、B 四、C";
        QTest::newRow("robustness: row past the end appends") << "B" << "A" << 99
                                                              << "一、A （一）A1 （二）A2 （三）B 二、C";
        QTest::newRow("robustness: onto its own place") << "B" << "" << 1 << "一、A （一）A1 （二）A2 二、B 三、C";
    }
    void moveToForDragAndDrop()
    {
        QFETCH(QString, moved);
        QFETCH(QString, parent);
        QFETCH(int, row);
        QFETCH(QString, expected);
        Draft d = sample();
        QVERIFY(outline::moveTo(d, uidOf(d, moved), parent.isEmpty() ? 0 : uidOf(d, parent), row));
        QCOMPARE(shown(d), expected);
    }

    void editsNeverReachACopy()
    {
        // Undo keeps copies of the draft; an edit must not write through to them.
        Draft d = sample();
        const Draft before = d;
        const int a1 = uidOf(d, QStringLiteral("A1"));
        QVERIFY(outline::setBody(d, a1, QStringLiteral("新写的")));
        QVERIFY(outline::rename(d, a1, QStringLiteral("改名")));
        findSection(d, a1)->hint = QStringLiteral("提示");
        QCOMPARE(findSection(before, a1)->body, QString());
        QCOMPARE(findSection(before, a1)->heading, QStringLiteral("A1"));
        QVERIFY(findSection(before, a1)->hint.isEmpty());
        QVERIFY(!d.sameContent(before));
    }

    void moveIntoItselfRefused()
    {
        Draft d = sample();
        const Draft before = d;
        QVERIFY(!outline::moveTo(d, uidOf(d, QStringLiteral("A")), uidOf(d, QStringLiteral("A1")), 0));
        QVERIFY(!outline::moveTo(d, uidOf(d, QStringLiteral("A")), uidOf(d, QStringLiteral("A")), 0));
        QVERIFY(!outline::moveTo(d, 999, 0, 0));
        QVERIFY(d.sameContent(before));
    }
};

QTEST_GUILESS_MAIN(TestOutlineOps)
#include "tst_outlineops.moc"
