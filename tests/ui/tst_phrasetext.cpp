#include "ui/phrasetext.h"

#include <QTest>

using namespace gaozi::ui;

using Ranges = QList<QPair<int, int>>;

// Runs rendered as a compact string: [x] a slot, <x> matched text, x plain.
static QString render(const QList<TextRun> &runs)
{
    QString out;
    for (const auto &r : runs) {
        if (r.slot)
            out += u'[' + r.text + u']';
        else if (r.match)
            out += u'<' + r.text + u'>';
        else
            out += r.text;
    }
    return out;
}

class TestPhraseText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitRuns_data();
    void splitRuns();
    void htmlIsEscaped();
};

void TestPhraseText::splitRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ranges>("matches");
    QTest::addColumn<QString>("expected");

    using M = Ranges;
    QTest::newRow("nominal: plain") << QStringLiteral("强化理论武装") << M{} << QStringLiteral("强化理论武装");
    QTest::newRow("nominal: slots become pills")
        << QStringLiteral("{年}开展谈心谈话{数}次") << M{} << QStringLiteral("[年]开展谈心谈话[数]次");
    QTest::newRow("nominal: match highlighted") << QStringLiteral("推动党建与业务融合") << M{{2, 2}}
                                                << QStringLiteral("推动<党建>与业务融合");
    QTest::newRow("nominal: several matches") << QStringLiteral("学习学习") << M{{0, 2}, {2, 2}}
                                              << QStringLiteral("<学习学习>");
    QTest::newRow("nominal: unit slot") << QStringLiteral("{单位}党委") << M{} << QStringLiteral("[单位]党委");
    QTest::newRow("nominal: outline lines joined") << QStringLiteral("一、总结\n二、打算") << M{}
                                                   << QStringLiteral("一、总结｜二、打算");
    QTest::newRow("robustness: long braces are text") << QStringLiteral("{这不是一个占位}") << M{}
                                                      << QStringLiteral("{这不是一个占位}");
    QTest::newRow("robustness: match past the end") << QStringLiteral("党建") << M{{1, 10}}
                                                    << QStringLiteral("党<建>");
    QTest::newRow("robustness: negative start") << QStringLiteral("党建") << M{{-3, 4}} << QStringLiteral("<党>建");
    QTest::newRow("robustness: empty") << QString() << M{{0, 1}} << QString();
    QTest::newRow("robustness: unclosed brace") << QStringLiteral("共{数") << M{} << QStringLiteral("共{数");
}

void TestPhraseText::splitRuns()
{
    QFETCH(QString, text);
    QFETCH(Ranges, matches);
    QFETCH(QString, expected);
    QCOMPARE(render(gaozi::ui::splitRuns(text, matches)), expected);
}

void TestPhraseText::htmlIsEscaped()
{
    const QString html = phraseHtml(QStringLiteral("<b>{数}</b>&"));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&amp;")));
    QVERIFY(html.contains(QStringLiteral("数")));
    QVERIFY(!html.contains(QStringLiteral("{数}")));
}

QTEST_GUILESS_MAIN(TestPhraseText)
#include "tst_phrasetext.moc"
