#include "library/fulltextbuild.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "library/schema.h"
#include "libraryfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;

// The full-text index built in a file of its own and put in place of the
// library's (fulltextbuild.h), as a bulk import of new files does.
class TestFullTextBuild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIndexTakesTheLibrarysPlace();
    void failedBuildLeavesTheIndexAlone();
    void staleBuildFileGoesOnOpen();
    void openLeavesARunningImportsPhrasesToIt();
};

static const QStringList kWords = {QStringLiteral("党建"), QStringLiteral("学习"), QStringLiteral("三会一课"),
                                   QStringLiteral("整改"), QStringLiteral("意识形态")};

// Each word's total and first texts, through the connection given.
static QStringList answers(Database &db)
{
    QStringList out;
    for (const QString &word : kWords) {
        SearchQuery q;
        q.text = word;
        q.limit = 20;
        auto r = PhraseSearch(db).search(q);
        if (!r) {
            out << r.error();
            continue;
        }
        QStringList texts;
        for (const auto &hit : r->hits)
            texts << hit.phrase.text;
        out << QStringLiteral("%1 %2: %3").arg(word).arg(r->total).arg(texts.join(u'|'));
    }
    return out;
}

static qint64 number(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestFullTextBuild::builtIndexTakesTheLibrarysPlace()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const QStringList before = answers(*lib.db);
    QVERIFY(before.join(QString()).contains(QStringLiteral("三会一课")));
    // The library's own index emptied: only the build can bring answers back.
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO phrase_fts(phrase_fts) VALUES ('delete-all')")));
    QVERIFY(answers(*lib.db) != before);
    QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'fts_upto'")));
    q.finish();

    // The build reads phrases as they are committed: a file stored after it
    // started is in it too.
    FullTextBuild build(lib.path());
    build.start();
    QTemporaryDir src;
    const QString late = src.filePath(QStringLiteral("late.txt"));
    QVERIFY(test::writeFile(late, QStringLiteral("后到支部2024年党建工作总结\n一、主要做法\n鑫鑫相传的红色家风教育。\n").toUtf8()));
    ImportOptions noTerms;
    noTerms.refreshTerms = false;
    QCOMPARE(Importer(*lib.db).run({late}, noTerms).count(ImportItem::Status::Imported), 1);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO phrase_fts(phrase_fts) VALUES ('delete-all')")));
    const qint64 upto = number(*lib.db, QStringLiteral("SELECT max(id) FROM phrases"));
    build.finishAt(upto);
    const Status installed = build.install();
    QVERIFY2(installed, qPrintable(installed.error()));
    QVERIFY(!QFileInfo::exists(FullTextBuild::buildPath(lib.path())));
    // The same connection, which had read the old index, sees the new one.
    QCOMPARE(answers(*lib.db), before);
    QCOMPARE(number(*lib.db, QStringLiteral("SELECT value FROM meta WHERE key = 'fts_upto'")), upto);
    SearchQuery rare;
    rare.text = QStringLiteral("鑫鑫");
    auto found = PhraseSearch(*lib.db).search(rare);
    QVERIFY(found);
    const qsizetype lateHits = found->hits.size();
    QVERIFY(lateHits > 0);
    // A phrase added after it is indexed the usual way, on top of it.
    auto added = LibraryWriter(*lib.db).addUserPhrase(PhraseKind::Sentence, QStringLiteral("鑫鑫向荣的支部新气象。"), {}, {});
    QVERIFY2(added, qPrintable(added.error()));
    found = PhraseSearch(*lib.db).search(rare);
    QVERIFY(found);
    QCOMPARE(found->hits.size(), lateHits + 1);
    GAOZI_VERIFY_DOCTOR(*lib.db); // FTS5's integrity check against the phrases
}

void TestFullTextBuild::failedBuildLeavesTheIndexAlone()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const QStringList before = answers(*lib.db);
    const qint64 upto = number(*lib.db, QStringLiteral("SELECT value FROM meta WHERE key = 'fts_upto'"));
    // A folder where the build file would go: the build cannot start.
    QVERIFY(QDir().mkpath(FullTextBuild::buildPath(lib.path())));
    {
        FullTextBuild build(lib.path());
        build.start();
        build.finishAt(upto);
        const Status installed = build.install();
        QVERIFY(!installed);
        QVERIFY2(installed.error().contains(QStringLiteral("search index")), qPrintable(installed.error()));
    }
    QCOMPARE(answers(*lib.db), before);
    QCOMPARE(number(*lib.db, QStringLiteral("SELECT value FROM meta WHERE key = 'fts_upto'")), upto);
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

void TestFullTextBuild::staleBuildFileGoesOnOpen()
{
    // A bulk import killed while building: its file stays, and so does a
    // missing index; the next open (no import holding the lock) removes both.
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    QFile stale(FullTextBuild::buildPath(lib.path()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    QVERIFY(stale.write("half an index") > 0);
    stale.close();
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(schema::keyIndexName())));
    lib.db.reset();
    auto reopened = Database::open(lib.path());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QVERIFY(!QFileInfo::exists(FullTextBuild::buildPath(lib.path())));
}

void TestFullTextBuild::openLeavesARunningImportsPhrasesToIt()
{
    // Phrases stored but not yet indexed: by a bulk import still running
    // (it holds the lock) they are left to it when the window opens the
    // library; once no import runs, opening indexes them.
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO phrase_fts(phrase_fts, rowid, text)"
                                  " SELECT 'delete', id, text FROM phrases WHERE id > 10")));
    QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '10' WHERE key = 'fts_upto'")));
    q.finish();
    const auto reopen = [&] {
        lib.db.reset();
        auto db = Database::open(lib.path());
        QVERIFY2(db, qPrintable(db.error()));
        lib.db = std::move(db).value();
    };
    QLockFile running(lib.path() + QStringLiteral("-rankindexes.lock"));
    QVERIFY(running.tryLock(0));
    reopen();
    QCOMPARE(number(*lib.db, QStringLiteral("SELECT value FROM meta WHERE key = 'fts_upto'")), 10);
    running.unlock();
    reopen();
    QCOMPARE(number(*lib.db, QStringLiteral("SELECT value FROM meta WHERE key = 'fts_upto'")),
             number(*lib.db, QStringLiteral("SELECT max(id) FROM phrases")));
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

QTEST_GUILESS_MAIN(TestFullTextBuild)
#include "tst_fulltextbuild.moc"
