#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gaozi;

// Every input a fuzzer ever crashed on is kept in tests/fuzz/regressions/<target>/
// and replayed here through the same entry point, in every build (gcc too):
// a fixed crash stays fixed. The bundled documents go through every entry
// point as well, so the entry points themselves stay working.
class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regressionFoldersNameTargets();
    void replay_data();
    void replay();
};

void TestFuzzRegressions::regressionFoldersNameTargets()
{
    const QDir root(QStringLiteral(GAOZI_FUZZ_REGRESSIONS));
    QVERIFY(root.exists());
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!folders.isEmpty());
    for (const QString &folder : folders)
        QVERIFY2(fuzz::entry(folder), qPrintable(QStringLiteral("no fuzz target named %1").arg(folder)));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(QStringLiteral(GAOZI_FUZZ_REGRESSIONS));
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(target));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) // hidden files (.gitkeep) left out
            QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
    }
    const QDir corpus(QStringLiteral(GAOZI_CORPUS_DIR));
    for (const fuzz::Target &t : fuzz::targets()) {
        for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QStringLiteral("seed %1/%2").arg(t.name, name))) << t.name << corpus.filePath(name);
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    const fuzz::Entry run = fuzz::entry(target);
    QVERIFY(run);
    run(f.readAll()); // aborts the test on a broken invariant, like the fuzzer
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
