#include "library/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshLibraryIsMigratedAndInWal();
    void reopenKeepsData();
    void refusesNonLibraryFile();
    void refusesNewerSchema();
    void refusesFolder();
    void failedTransactionLeavesNothing();
};

void TestDatabase::freshLibraryIsMigratedAndInWal()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->setMeta(QStringLiteral("k"), QStringLiteral("值")).ok());
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(db.value()->meta(QStringLiteral("k")), QStringLiteral("值"));
}

void TestDatabase::refusesNonLibraryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("not a Gaozi library")), qPrintable(db.error()));
    // The user's file is left as it was.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("newer Gaozi")), qPrintable(db.error()));
}

void TestDatabase::refusesFolder()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("folder")), qPrintable(db.error()));
}

void TestDatabase::failedTransactionLeavesNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    const Status s = db.value()->transaction([&]() -> Status {
        if (Status m = db.value()->setMeta(QStringLiteral("half"), QStringLiteral("written")); !m)
            return m;
        return Error{QStringLiteral("simulated failure")};
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), QStringLiteral("simulated failure"));
    QVERIFY(db.value()->meta(QStringLiteral("half")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
