#include "checktesthelpers.h"

#include <QTest>

using namespace gaozi;

// Rule balance.section-length.
class TestBalance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
};

static QString body(int characters)
{
    return QString(characters, QChar(u'学')) + u'。';
}

void TestBalance::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");

    const QString title = QStringLiteral("2023年党建工作总结\n");
    QTest::newRow("nominal: one section far shorter")
        << title + QStringLiteral("一、甲\n") + body(400) + QStringLiteral("\n二、乙\n") + body(380)
               + QStringLiteral("\n三、丙\n") + body(420) + QStringLiteral("\n四、丁\n") + body(20) + u'\n'
        << QStringList{QStringLiteral("丁")};
    QTest::newRow("nominal: one section far longer")
        << title + QStringLiteral("一、甲\n") + body(100) + QStringLiteral("\n二、乙\n") + body(120)
               + QStringLiteral("\n三、丙\n") + body(900) + u'\n'
        << QStringList{QStringLiteral("丙")};
    QTest::newRow("nominal: children compared among themselves")
        << title + QStringLiteral("一、甲\n（一）子一\n") + body(300) + QStringLiteral("\n（二）子二\n") + body(300)
               + QStringLiteral("\n（三）子三\n") + body(10) + u'\n'
        << QStringList{QStringLiteral("子三")};
    QTest::newRow("robustness: problems and plans are short by nature")
        << title + QStringLiteral("一、甲\n") + body(400) + QStringLiteral("\n二、乙\n") + body(400)
               + QStringLiteral("\n三、丙\n") + body(400) + QStringLiteral("\n四、存在问题\n") + body(20)
               + QStringLiteral("\n五、下一步打算\n") + body(20) + u'\n'
        << QStringList{};
    QTest::newRow("robustness: two siblings are not compared")
        << title + QStringLiteral("一、甲\n") + body(400) + QStringLiteral("\n二、乙\n") + body(10) + u'\n' << QStringList{};
    QTest::newRow("robustness: a bare outline is not compared")
        << title + QStringLiteral("一、甲\n二、乙\n三、丙\n") << QStringList{};
}

void TestBalance::findings()
{
    QFETCH(QString, text);
    const ParsedDocument doc = test::parseDraft(text);
    const QList<Finding> found = test::check(doc, 2023, QStringLiteral("balance"));
    QTEST(test::flaggedText(doc, found), "flagged");
    for (const Finding &f : found) {
        QCOMPARE(f.severity, Severity::Info);
        QVERIFY(!f.fix);
    }
}

QTEST_GUILESS_MAIN(TestBalance)
#include "tst_balance.moc"
