#include "library/database.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "library/schema.h"
#include "libraryfixture.h"

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
    void schema6LibraryGetsANamedKeyIndex();
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

// One value of the library, as text, for before/after comparisons.
static QString single(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(failed: %1)").arg(sql);
}

void TestDatabase::schema6LibraryGetsANamedKeyIndex()
{
    // Up to schema 6 the phrases' uniqueness was a table constraint, whose
    // index cannot be dropped. Step 7 rebuilds the table with a named unique
    // index instead. Sources reference phrases with ON DELETE CASCADE:
    // dropping the old table must not take them along, nor may ids, the id
    // sequence, favourites or search change.
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    LibraryWriter writer(*lib.db);
    auto gone = writer.addUserPhrase(PhraseKind::Sentence, QStringLiteral("一句随后删去的话，使序号高于现有的最大编号。"), {}, {});
    QVERIFY(gone);
    QVERIFY(writer.deleteUserPhrase(gone.value()));
    const qint64 favourite = single(*lib.db, QStringLiteral("SELECT min(phrase_id) FROM sources")).toLongLong();
    QVERIFY(writer.setFavourite(favourite, true));
    const auto state = [](Database &db) {
        SearchQuery query;
        query.text = QStringLiteral("党建");
        auto found = PhraseSearch(db).search(query);
        return QStringList{
            single(db, QStringLiteral("SELECT count(*) FROM phrases")),
            single(db, QStringLiteral("SELECT count(*) FROM sources")),
            single(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'phrases'")),
            single(db, QStringLiteral("SELECT group_concat(id) FROM phrases WHERE favourite = 1")),
            single(db, QStringLiteral("SELECT sum(id * (doc_count + occurrences + rank + sig % 1000)) FROM phrases")),
            found ? QString::number(found->total) : found.error(),
        };
    };
    const QStringList before = state(*lib.db);
    QVERIFY(before[1].toInt() > 100);
    QCOMPARE(before[2].toLongLong(), gone.value());

    // The table as schema 6 had it (with the sequence, indexes and triggers).
    {
        QSqlQuery q(lib.db->connection());
        QStringList triggers;
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'phrases'")));
        while (q.next())
            triggers << q.value(0).toString();
        QCOMPARE(triggers.size(), 2);
        QStringList steps = {
            QStringLiteral("PRAGMA foreign_keys=OFF"),
            QStringLiteral("BEGIN"),
            QStringLiteral("CREATE TABLE phrases6 (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                           " key TEXT NOT NULL, text TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',"
                           " topic TEXT NOT NULL DEFAULT '', occurrences INTEGER NOT NULL DEFAULT 0,"
                           " doc_count INTEGER NOT NULL DEFAULT 0, quality INTEGER NOT NULL DEFAULT 0,"
                           " rank INTEGER NOT NULL DEFAULT 0, user INTEGER NOT NULL DEFAULT 0,"
                           " favourite INTEGER NOT NULL DEFAULT 0, sig INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE(kind, key))"),
            QStringLiteral("INSERT INTO phrases6 SELECT id, kind, key, text, role, topic, occurrences, doc_count,"
                           " quality, rank, user, favourite, sig FROM phrases"),
            QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'phrases')"
                           " WHERE name = 'phrases6'"),
            QStringLiteral("DROP TABLE phrases"),
            QStringLiteral("ALTER TABLE phrases6 RENAME TO phrases"),
        };
        steps += schema::createRankIndexes() + triggers;
        steps += {QStringLiteral("PRAGMA user_version = 6"), QStringLiteral("COMMIT")};
        for (const QString &sql : std::as_const(steps))
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_phrases%'")));
        QVERIFY(q.next());
    }
    QCOMPARE(state(*lib.db), before);

    lib.db.reset();
    auto reopened = Database::open(lib.path());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    lib.db = std::move(reopened).value();
    QCOMPARE(lib.db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(state(*lib.db), before);
    QCOMPARE(single(*lib.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_phrases%'")),
             QStringLiteral("0"));
    QCOMPARE(single(*lib.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '%1'")
                                 .arg(schema::keyIndexName())),
             QStringLiteral("1"));
    QCOMPARE(single(*lib.db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    // Still one phrase per kind and key.
    QSqlQuery q(lib.db->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO phrases(kind, key, text) SELECT kind, key, text FROM phrases LIMIT 1")));
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
