#include "seeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The `gaozi-cli check` contract: text by default, a JSON array with --json, exit 0
// whenever the check ran, one line on stderr and non-zero otherwise.
class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonShape();
    void textIsCompilerStyle();
    void yearOptionChangesTheResult();
    void cleanFileExitsZero();
    void errors_data();
    void errors();
    void help();
};

struct Run
{
    int code;
    QByteArray out;
    QByteArray err;
};

static Run runCli(const QStringList &args)
{
    // No default library: without one the copy-ratio rules are skipped (tests/library covers them).
    static QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAOZI_CLI_PATH), QStringList{QStringLiteral("check")} + args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

static QJsonArray findingsOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out).array();
}

void TestCliCheck::jsonShape()
{
    const Run r = runCli({gaozi::test::seedPath(QStringLiteral("000")), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonArray findings = findingsOf(r);
    QVERIFY(findings.size() > 5);
    const QStringList keys = {QStringLiteral("rule"),    QStringLiteral("severity"), QStringLiteral("section"),
                              QStringLiteral("line"),    QStringLiteral("excerpt"),  QStringLiteral("message"),
                              QStringLiteral("suggestion"), QStringLiteral("paragraph"), QStringLiteral("offset"),
                              QStringLiteral("length"),  QStringLiteral("fix")};
    bool sawHeadingYear = false;
    for (const auto &v : findings) {
        const QJsonObject o = v.toObject();
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
        if (o.value(QStringLiteral("rule")).toString() == u"year.heading") {
            sawHeadingYear = true;
            QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QCOMPARE(o.value(QStringLiteral("line")).toInt(), 3);
            QCOMPARE(o.value(QStringLiteral("section")).toString(), QStringLiteral("一、2024年工作开展情况"));
            QCOMPARE(o.value(QStringLiteral("fix")).toObject().value(QStringLiteral("replacement")).toString(),
                     QStringLiteral("2023"));
        }
        QVERIFY(o.value(QStringLiteral("line")).toInt() > 0 || o.value(QStringLiteral("paragraph")).toInt() < 0);
    }
    QVERIFY(sawHeadingYear);
}

void TestCliCheck::textIsCompilerStyle()
{
    const QString seed = gaozi::test::seedPath(QStringLiteral("001"));
    const Run r = runCli({seed});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(seed + QStringLiteral(":12: warning: [typography.doubled-character]")));
    QVERIFY(out.contains(QStringLiteral("办公条件件")));
    QVERIFY(out.contains(QStringLiteral("2023")));
    QVERIFY(out.trimmed().endsWith(QStringLiteral("notes.")));
}

void TestCliCheck::yearOptionChangesTheResult()
{
    const QString seed = gaozi::test::seedPath(QStringLiteral("004"));
    auto outdated = [&](const QString &year) {
        int n = 0;
        for (const auto &v : findingsOf(runCli({seed, QStringLiteral("--json"), QStringLiteral("--year"), year})))
            n += v.toObject().value(QStringLiteral("rule")).toString() == u"timeliness.outdated";
        return n;
    };
    QCOMPARE(outdated(QStringLiteral("2020")), 0);
    QVERIFY(outdated(QStringLiteral("2024")) >= 5);
}

void TestCliCheck::cleanFileExitsZero()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clean.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("2023年党建工作总结\n2023年，我局坚持学习，推动党建工作高质量发展。\n").toUtf8());
    f.close();
    const Run r = runCli({path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(findingsOf(r).size(), 0);
}

void TestCliCheck::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("robustness: missing file") << QStringList{QStringLiteral("/nonexistent/draft.txt")};
    QTest::newRow("robustness: no file") << QStringList{};
    QTest::newRow("robustness: two files") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")};
    QTest::newRow("robustness: bad year")
        << QStringList{gaozi::test::seedPath(QStringLiteral("000")), QStringLiteral("--year"), QStringLiteral("twenty")};
    QTest::newRow("robustness: unknown option") << QStringList{QStringLiteral("--frobnicate")};
}

void TestCliCheck::errors()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCliCheck::help()
{
    const Run r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--year"));
    QVERIFY(r.out.contains("--json"));
    QVERIFY(r.out.contains("--db"));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
