#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gaozi-cli import/search/stats/documents/doctor: JSON shapes and exit codes.
class TestCliLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importReportsBrokenFile();
    void searchJsonShape();
    void documentsListAndRemove();
    void statsAndDoctor();
    void firstUseSeedsTheLibrary();
    void errorsAreOneLine();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList args);
    QTemporaryDir m_dir;
    QString m_db;
};

TestCliLibrary::Run TestCliLibrary::cli(QStringList args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAOZI_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
    const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(corpus));
    for (const auto &seed : gaozi::test::seedPaths())
        QVERIFY(QFile::copy(seed, corpus + u'/' + QFileInfo(seed).fileName()));
    QFile broken(corpus + QStringLiteral("/broken.docx"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PK\x03\x04 not really a zip");
}

void TestCliLibrary::importReportsBrokenFile()
{
    const Run r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("corpus")), QStringLiteral("--db"), m_db,
                       QStringLiteral("--no-seed"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 1);
    bool sawBroken = false;
    for (const auto &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(QStringLiteral("status")).toString() == u"failed") {
            sawBroken = item.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("broken.docx"));
            QVERIFY(!item.value(QStringLiteral("reason")).toString().isEmpty());
        }
    }
    QVERIFY(sawBroken);
    // Importing again skips everything that is already there.
    const Run again = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("corpus")), QStringLiteral("--db"), m_db,
                           QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("skipped")).toInt(), 5);
}

void TestCliLibrary::searchJsonShape()
{
    const Run r = cli({QStringLiteral("search"), QStringLiteral("党建"), QStringLiteral("--kind"), QStringLiteral("heading"),
                       QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!a.isEmpty());
    QVERIFY(a.size() <= 5);
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "kind", "role", "topic", "text", "count", "documents"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("heading"));
        QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("党建")));
    }
    const Run empty = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(empty.code, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 20);
    QVERIFY(cli({QStringLiteral("search"), QStringLiteral("--kind"), QStringLiteral("bogus"), QStringLiteral("--db"), m_db}).code != 0);
}

void TestCliLibrary::documentsListAndRemove()
{
    const Run r = cli({QStringLiteral("documents"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray docs = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(docs.size(), 5);
    qint64 id = 0;
    for (const auto &v : docs) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.contains(QStringLiteral("file")) && d.contains(QStringLiteral("title")) && d.contains(QStringLiteral("year")));
        if (d.value(QStringLiteral("file")).toString().startsWith(QStringLiteral("003")))
            id = d.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(id > 0);
    QCOMPARE(cli({QStringLiteral("documents"), QStringLiteral("--remove"), QString::number(id), QStringLiteral("--db"), m_db}).code, 0);
    const Run after = cli({QStringLiteral("documents"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 4);
}

void TestCliLibrary::statsAndDoctor()
{
    const Run s = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(s.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(s.out).object();
    QVERIFY(o.value(QStringLiteral("phrases")).toInt() > 100);
    QVERIFY(o.value(QStringLiteral("phrases_by_kind")).toObject().contains(QStringLiteral("term")));
    const Run d = cli({QStringLiteral("doctor"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(d.code, 0);
    QVERIFY(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("ok")).toBool());
}

void TestCliLibrary::firstUseSeedsTheLibrary()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    const Run r = cli({QStringLiteral("documents"), QStringLiteral("--db"), fresh, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 5);
}

void TestCliLibrary::errorsAreOneLine()
{
    const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_dir.path()});
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
    for (const char *cmd : {"import", "search", "stats", "documents", "doctor"}) {
        const Run help = cli({QString::fromLatin1(cmd), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--db"));
    }
}

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
