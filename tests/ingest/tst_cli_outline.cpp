#include "seeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The CLI contract: JSON shape, exit codes, one-line errors on stderr.
class TestCliOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleFileJson();
    void severalFilesGiveArray();
    void badFileFailsWithOneLine();
    void helpExitsZero();
};

struct Run
{
    int code;
    QByteArray out;
    QByteArray err;
};

static Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GAOZI_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliOutline::singleFileJson()
{
    const QString seed = gaozi::test::seedPath(QStringLiteral("004"));
    const Run r = runCli({QStringLiteral("outline"), seed, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), seed);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("2020年党建工作总结（党组）"));
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2020);
    QCOMPARE(o.value(QStringLiteral("genre")).toString(), QStringLiteral("工作总结"));
    QCOMPARE(o.value(QStringLiteral("unit_type")).toString(), QStringLiteral("党组"));
    QVERIFY(o.value(QStringLiteral("dropped_lines")).toInt() >= 10);
    const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 5);
    const QJsonObject first = sections.first().toObject();
    QCOMPARE(first.value(QStringLiteral("level")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("一"));
    QCOMPARE(first.value(QStringLiteral("children")).toArray().size(), 2);
    QVERIFY(first.value(QStringLiteral("points")).isArray());
}

void TestCliOutline::severalFilesGiveArray()
{
    const Run r = runCli({QStringLiteral("outline"), QStringLiteral("--json"),
                          gaozi::test::seedPath(QStringLiteral("000")), gaozi::test::seedPath(QStringLiteral("001"))});
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[1].toObject().value(QStringLiteral("genre")).toString(), QStringLiteral("述职报告"));
}

void TestCliOutline::badFileFailsWithOneLine()
{
    const Run r = runCli({QStringLiteral("outline"), QStringLiteral("/nonexistent/x.txt")});
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("x.txt"));
}

void TestCliOutline::helpExitsZero()
{
    const Run r = runCli({QStringLiteral("outline"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--json"));
    QVERIFY(runCli({QStringLiteral("no-such-command")}).code != 0);
}

QTEST_GUILESS_MAIN(TestCliOutline)
#include "tst_cli_outline.moc"
