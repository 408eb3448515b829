#include "library/deferredcounts.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "library/rankindexes.h"
#include "library/schema.h"
#include "libraryfixture.h"
#include "minedtexts.h"

#include <QLockFile>
#include <QScopeGuard>
#include <QThreadPool>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;
using test::MinedTexts;
using test::writeFile;

// Imports of many files that more than double the library: they store
// without the rank indexes (and, into a library that holds none of their
// files, without the sources and key indexes), count their phrases in memory
// and build it all at the end (rankindexes.h, deferredcounts.h).
class TestBulkImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void largeImportBuildsRankIndexesAfter();
    void newFilesFindKnownPhrasesWithoutTheKeyIndex();
    void othersLeavePhrasesAloneWhileTheKeyIndexIsAside();
    void foreignKeysHoldAgainAfterABulkImport();
    void bulkImportFinishesWithOneWorkerThread();
    void largeImportThatReplacesKeepsTheSourcesIndex();
    void documentFailingInALargeImportTakesItsCountsBack();
    void killedLargeImportIsCountedAgainOnOpen();
    void missingRankIndexesComeBackOnOpen();
};

void TestBulkImport::init()
{
    // Its full-text index is built beside the library (fulltextbuild.h); a
    // build that failed would only be noticed here, by the warning that the
    // import indexed in place instead.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("indexing in place instead")));
}

static QStringList rankIndexesIn(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'phrases\\_%' ESCAPE '\\'")))
        while (q.next())
            names << q.value(0).toString();
    QStringList rank;
    for (const QString &n : schema::rankIndexNames())
        if (names.contains(n))
            rank << n;
    return rank;
}

static bool hasIndex(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = '%1'").arg(name))
        && q.next();
}

static bool hasSourcesIndex(Database &db)
{
    return hasIndex(db, schema::sourcesPhraseIndexName());
}

// A progress callback that notes, between batches, whether the index is
// there; *throughout stays true only while it always is.
static Importer::ProgressFn watchIndex(Database &db, const QString &name, bool *throughout)
{
    *throughout = true;
    return [&db, name, throughout](const ImportProgress &p) {
        if (p.done > 0 && p.done < p.total)
            *throughout = *throughout && hasIndex(db, name);
    };
}

// Every phrase with its counts and rank, in a stable order.
static QStringList phraseCounts(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList rows;
    if (q.exec(QStringLiteral("SELECT kind, text, occurrences, doc_count, rank FROM phrases ORDER BY kind, text")))
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
    return rows;
}

static int phrasesInSeveralDocuments(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM phrases WHERE doc_count > 1")) && q.next() ? q.value(0).toInt()
                                                                                                 : -1;
}

static QString branchSummary(int i)
{
    return QStringLiteral("第%1支部%2年党建工作总结\n一、主要做法\n（一）严格落实三会一课制度，第%1次主题党日按期开展。\n"
                          "二、存在问题\n理论学习不够深入，第%1项整改尚未完成。\n")
        .arg(i + 1)
        .arg(2000 + i % 7);
}

// Files d00.txt … of branchSummary(0 … count - 1).
static bool writeBranchSummaries(const QTemporaryDir &dir, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!writeFile(dir.filePath(QStringLiteral("d%1.txt").arg(i, 2, 10, QLatin1Char('0'))), branchSummary(i).toUtf8()))
            return false;
    }
    return true;
}

// Options under which an import of `files` files or more is a bulk import.
static ImportOptions bulkFrom(int files)
{
    ImportOptions options;
    options.bulkFiles = files;
    return options;
}

// Texts of the first page for a word, in the order search gives them.
static QStringList firstPage(Database &db, const QString &word)
{
    SearchQuery q;
    q.text = word;
    q.limit = 30;
    auto r = PhraseSearch(db).search(q);
    QStringList texts;
    if (r)
        for (const auto &hit : r->hits)
            texts << hit.phrase.text;
    return texts;
}

void TestBulkImport::largeImportBuildsRankIndexesAfter()
{
    QTemporaryDir src;
    QVERIFY(writeBranchSummaries(src, 40));
    // The same files into two libraries: one stored without the rank indexes
    // (every import of 10 files or more that doubles the library), one with.
    test::LibraryFixture bulk;
    test::LibraryFixture plain;
    QVERIFY(bulk.open(false));
    QVERIFY(plain.open(false));
    const ImportOptions bulkOptions = bulkFrom(10);
    const ImportOptions plainOptions = bulkFrom(1000);
    // Into a library that holds none of the files, the sources index is set
    // aside too; seen between batches.
    bool sourcesIndexWhileStoring = true;
    const auto watch = watchIndex(*bulk.db, schema::sourcesPhraseIndexName(), &sourcesIndexWhileStoring);
    QCOMPARE(Importer(*bulk.db).run({src.path()}, bulkOptions, watch).count(ImportItem::Status::Imported), 40);
    QVERIFY(!sourcesIndexWhileStoring);
    QCOMPARE(Importer(*plain.db).run({src.path()}, plainOptions).count(ImportItem::Status::Imported), 40);
    QCOMPARE(rankIndexesIn(*bulk.db), schema::rankIndexNames());
    QVERIFY(hasSourcesIndex(*bulk.db));
    QVERIFY(!QFileInfo::exists(bulk.path() + QStringLiteral("-rankindexes.lock")));
    // The phrases the bulk import created were counted in memory and written
    // at its end: the counts and ranks are those of the plain import.
    QVERIFY(phrasesInSeveralDocuments(*bulk.db) > 3);
    QCOMPARE(phraseCounts(*bulk.db), phraseCounts(*plain.db));
    QVERIFY(bulk.db->meta(DeferredCounts::metaKey()).isEmpty());
    for (const QString &word : {QStringLiteral("三会一课"), QStringLiteral("学习"), QStringLiteral("整改")}) {
        const QStringList page = firstPage(*bulk.db, word);
        QVERIFY(!page.isEmpty());
        QCOMPARE(page, firstPage(*plain.db, word));
    }
    GAOZI_VERIFY_DOCTOR(*bulk.db);
}

void TestBulkImport::newFilesFindKnownPhrasesWithoutTheKeyIndex()
{
    // The library already holds a sentence that every new file repeats, as a
    // mined phrase of one file and as the user's own. The bulk import sets
    // the key index aside and finds both in memory: each stays one phrase,
    // counted for every file, exactly as an import with the index counts it.
    const QString shared = QStringLiteral("严格落实三会一课制度，第一议题学习常态化开展。");
    const QString mine = QStringLiteral("坚持把党的政治建设摆在首位，压紧压实管党治党责任。");
    QTemporaryDir first;
    QTemporaryDir src;
    const QString firstFile = first.filePath(QStringLiteral("first.txt"));
    QVERIFY(writeFile(firstFile, QStringLiteral("总支2023年党建工作总结\n一、主要做法\n%1\n").arg(shared).toUtf8()));
    for (int i = 0; i < 12; ++i)
        QVERIFY(writeFile(src.filePath(QStringLiteral("d%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                          (branchSummary(i) + shared + u'\n' + mine + u'\n').toUtf8()));
    test::LibraryFixture bulk;
    test::LibraryFixture plain;
    for (test::LibraryFixture *lib : {&bulk, &plain}) {
        QVERIFY(lib->open(false));
        QCOMPARE(Importer(*lib->db).run({firstFile}).count(ImportItem::Status::Imported), 1);
        QVERIFY(LibraryWriter(*lib->db).addUserPhrase(PhraseKind::Sentence, mine, {}, {}));
    }
    const ImportOptions bulkOptions = bulkFrom(10);
    const ImportOptions plainOptions = bulkFrom(1000);
    bool keyIndexWhileStoring = true;
    const auto watch = watchIndex(*bulk.db, schema::keyIndexName(), &keyIndexWhileStoring);
    const ImportReport report = Importer(*bulk.db).run({src.path()}, bulkOptions, watch);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.count(ImportItem::Status::Imported), 12);
    QVERIFY(!keyIndexWhileStoring);
    QVERIFY(hasIndex(*bulk.db, schema::keyIndexName()));
    QCOMPARE(Importer(*plain.db).run({src.path()}, plainOptions).count(ImportItem::Status::Imported), 12);

    QSqlQuery q(bulk.db->connection());
    const auto sentences = [&](const QString &fragment) {
        q.prepare(QStringLiteral("SELECT text, doc_count, user FROM phrases WHERE kind = 'sentence' AND text LIKE ?"));
        q.addBindValue(QStringLiteral("%%1%").arg(fragment));
        QStringList rows;
        if (q.exec())
            while (q.next())
                rows << QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return rows;
    };
    QCOMPARE(sentences(QStringLiteral("第一议题学习")), QStringList{QStringLiteral("严格落实三会一课制度，第一议题学习常态化开展|13|0")});
    QCOMPARE(sentences(QStringLiteral("管党治党")), QStringList{mine + QStringLiteral("|12|1")});
    QCOMPARE(phraseCounts(*bulk.db), phraseCounts(*plain.db));
    GAOZI_VERIFY_DOCTOR(*bulk.db);
}

void TestBulkImport::othersLeavePhrasesAloneWhileTheKeyIndexIsAside()
{
    // While a bulk import of new files finds phrases in memory, a phrase
    // written by anyone else could be stored twice or counted after its
    // deletion: the window (another connection) is told to wait, in words,
    // and loses nothing; marking a favourite still works.
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    auto pause = RankIndexPause::begin(*lib.db, true);
    QVERIFY(pause && pause.value());
    auto window = Database::open(lib.path());
    QVERIFY2(window, qPrintable(window.error()));
    Database &other = *window.value();
    LibraryWriter writer(other);
    const QString text = QStringLiteral("以高质量党建引领基层治理提质增效。");
    auto added = writer.addUserPhrase(PhraseKind::Sentence, text, {}, {});
    QVERIFY(!added);
    QVERIFY2(added.error().contains(QStringLiteral("large import")), qPrintable(added.error()));
    QSqlQuery q(other.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(phrase_id), max(document_id) FROM sources")) && q.next());
    const qint64 phraseId = q.value(0).toLongLong();
    const qint64 documentId = q.value(1).toLongLong();
    q.finish();
    QVERIFY(!writer.removeDocument(documentId));
    QVERIFY(writer.setFavourite(phraseId, true));
    QTemporaryDir src;
    const QString file = src.filePath(QStringLiteral("one.txt"));
    QVERIFY(writeFile(file, QStringLiteral("机关支部2024年党建工作总结\n一、主要做法\n%1\n").arg(text).toUtf8()));
    const ImportReport refused = Importer(other).run({file});
    QCOMPARE(refused.count(ImportItem::Status::Imported), 0);
    QVERIFY2(refused.error.contains(QStringLiteral("large import")), qPrintable(refused.error));

    QVERIFY(pause.value()->end());
    pause.value().reset();
    added = writer.addUserPhrase(PhraseKind::Sentence, text, {}, {});
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(Importer(other).run({file}).count(ImportItem::Status::Imported), 1);
    QVERIFY(writer.removeDocument(documentId));
    GAOZI_VERIFY_DOCTOR(other);
}

static int foreignKeysOn(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() ? q.value(0).toInt() : -1;
}

void TestBulkImport::foreignKeysHoldAgainAfterABulkImport()
{
    // A bulk import of new files stores without foreign key checks on its
    // connection (every reference it writes is to a row it has just stored
    // or read, and nobody may delete phrases meanwhile); afterwards that
    // connection checks them again: removing a document takes its sources
    // with it, and a source pointing nowhere is refused.
    QTemporaryDir src;
    QVERIFY(writeBranchSummaries(src, 12));
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    const ImportOptions many = bulkFrom(10);
    bool checkedWhileStoring = true;
    const auto watch = [&](const ImportProgress &p) {
        if (p.done > 0 && p.done < p.total)
            checkedWhileStoring = checkedWhileStoring && foreignKeysOn(*lib.db) == 1;
    };
    QCOMPARE(Importer(*lib.db).run({src.path()}, many, watch).count(ImportItem::Status::Imported), 12);
    QVERIFY(!checkedWhileStoring);
    QCOMPARE(foreignKeysOn(*lib.db), 1);

    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT document_id, count(*) FROM sources GROUP BY document_id LIMIT 1")) && q.next());
    const qint64 documentId = q.value(0).toLongLong();
    QVERIFY(q.value(1).toInt() > 3);
    q.finish();
    QVERIFY(LibraryWriter(*lib.db).removeDocument(documentId));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sources WHERE document_id = %1").arg(documentId)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO sources(phrase_id, document_id, offset, length, hits, role, topic)"
                                   " VALUES (999999, 999999, 0, 1, 1, '', '')")));
    GAOZI_VERIFY_DOCTOR(*lib.db);

    // A pause given up without end() (the import failed) checks them again too.
    auto pause = RankIndexPause::begin(*lib.db, true);
    QVERIFY(pause && pause.value());
    QCOMPARE(foreignKeysOn(*lib.db), 0);
    pause.value().reset();
    QCOMPARE(foreignKeysOn(*lib.db), 1);
    QVERIFY(restoreRankIndexes(*lib.db));
}

// On one core Qt's global pool has one thread. The import mines and scans
// the terms on a thread of its own beside the library's writer; were that a
// thread of the global pool, the scan's work, queued on the same pool, would
// wait for it for ever.
void TestBulkImport::bulkImportFinishesWithOneWorkerThread()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const auto restore = qScopeGuard([&] { pool->setMaxThreadCount(threads); });
    QTemporaryDir src;
    QVERIFY(writeBranchSummaries(src, 12));
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    const ImportOptions many = bulkFrom(10);
    const ImportReport report = Importer(*lib.db).run({src.path()}, many);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.count(ImportItem::Status::Imported), 12);
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sources s JOIN phrases p ON p.id = s.phrase_id"
                                  " WHERE p.kind = 'term'"))
            && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

void TestBulkImport::largeImportThatReplacesKeepsTheSourcesIndex()
{
    // One of the files is in the library in an older version: replacing it
    // deletes phrases, which looks sources up by phrase, so that index stays.
    QTemporaryDir src;
    const auto write = [&](int i, const QString &extra) {
        return writeFile(src.filePath(QStringLiteral("d%1.txt").arg(i)),
                         QStringLiteral("第%1支部2024年党建工作总结\n一、主要做法\n（一）坚持第%1周集中学习。%2\n")
                             .arg(i)
                             .arg(extra)
                             .toUtf8());
    };
    QVERIFY(write(0, QStringLiteral("旧稿里独有的一句话，替换后应当消失。")));
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QCOMPARE(Importer(*lib.db).run({src.filePath(QStringLiteral("d0.txt"))}).count(ImportItem::Status::Imported), 1);
    for (int i = 0; i < 12; ++i)
        QVERIFY(write(i, QString()));
    const ImportOptions many = bulkFrom(10);
    bool sourcesIndexWhileStoring = true;
    const auto watch = watchIndex(*lib.db, schema::sourcesPhraseIndexName(), &sourcesIndexWhileStoring);
    const ImportReport report = Importer(*lib.db).run({src.path()}, many, watch);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.count(ImportItem::Status::Replaced), 1);
    QCOMPARE(report.count(ImportItem::Status::Imported), 11);
    QVERIFY(sourcesIndexWhileStoring);
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());
    QVERIFY(firstPage(*lib.db, QStringLiteral("独有的一句话")).isEmpty());
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

void TestBulkImport::documentFailingInALargeImportTakesItsCountsBack()
{
    // The fifth file is refused halfway through, in a batch with three
    // others (batches run 1, 2, 4 … files): that batch is rolled back and
    // stored again file by file. What the rolled-back attempt counted and
    // created in memory must go with it.
    QTemporaryDir src;
    for (int i = 0; i < 12; ++i) {
        QString text = branchSummary(i);
        if (i == 4)
            text += QStringLiteral("拒收标记\n");
        QVERIFY(writeFile(src.filePath(QStringLiteral("d%1.txt").arg(i, 2, 10, QLatin1Char('0'))), text.toUtf8()));
    }
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON paragraphs"
                                  " WHEN new.text LIKE '%拒收标记%' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    const ImportOptions many = bulkFrom(10);
    const ImportReport report = Importer(*lib.db).run({src.path()}, many);
    QCOMPARE(report.count(ImportItem::Status::Imported), 11);
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(phrasesInSeveralDocuments(*lib.db) > 3);
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

void TestBulkImport::killedLargeImportIsCountedAgainOnOpen()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QStringList texts;
    for (int i = 0; i < 6; ++i)
        texts << branchSummary(i);
    const MinedTexts batch(texts);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    const QList<StoreRequest> &requests = batch.requests;
    {
        // A bulk import that commits its files and dies before it ends: the
        // lock goes with the process, the note in the library stays.
        auto pause = RankIndexPause::begin(*lib.db, true);
        QVERIFY(pause && pause.value());
        LibraryWriter writer(*lib.db);
        writer.deferCounts(&pause.value()->counts());
        QVERIFY(lib.db->begin());
        auto stored = writer.storeDocumentsInTransaction(requests);
        QVERIFY(stored);
        QVERIFY(writer.rankCounted());
        QVERIFY(lib.db->commit());
    }
    QVERIFY(!lib.db->meta(DeferredCounts::metaKey()).isEmpty());
    QVERIFY(phrasesInSeveralDocuments(*lib.db) == 0); // each counted by its first document only

    lib.db.reset();
    auto reopened = Database::open(lib.path());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    lib.db = std::move(reopened).value();
    QVERIFY(lib.db->meta(DeferredCounts::metaKey()).isEmpty());
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());

    // The same documents stored the ordinary way count the same.
    test::LibraryFixture plain;
    QVERIFY(plain.open(false));
    for (const auto &result : LibraryWriter(*plain.db).storeDocuments(requests))
        QVERIFY(result);
    QVERIFY(phrasesInSeveralDocuments(*lib.db) > 3);
    QCOMPARE(phraseCounts(*lib.db), phraseCounts(*plain.db));
    GAOZI_VERIFY_DOCTOR(*lib.db);
}

void TestBulkImport::missingRankIndexesComeBackOnOpen()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const auto dropAll = [&] {
        QSqlQuery q(lib.db->connection());
        for (const QString &name :
             schema::rankIndexNames() + QStringList{schema::sourcesPhraseIndexName(), schema::keyIndexName()})
            QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(name)));
    };
    const auto reopen = [&] {
        lib.db.reset();
        auto db = Database::open(lib.path());
        QVERIFY2(db, qPrintable(db.error()));
        lib.db = std::move(db).value();
    };
    // An import that stored without them and was killed: no one holds the
    // lock, so opening the library builds them.
    dropAll();
    reopen();
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());
    QVERIFY(hasSourcesIndex(*lib.db));
    QVERIFY(hasIndex(*lib.db, schema::keyIndexName()));
    // An import still storing without them holds the lock: opening the
    // library (the window's worker threads) leaves them to it.
    dropAll();
    QLockFile running(lib.path() + QStringLiteral("-rankindexes.lock"));
    QVERIFY(running.tryLock(0));
    reopen();
    QVERIFY(rankIndexesIn(*lib.db).isEmpty());
    QVERIFY(firstPage(*lib.db, QStringLiteral("党建")).size() > 0); // search still answers
    // A second large import meanwhile cannot take the lock, and without the
    // key index it must not store phrases: it says why and stores nothing.
    // Once the first is over, it goes through.
    QTemporaryDir src;
    for (int i = 0; i < 12; ++i)
        QVERIFY(writeFile(src.filePath(QStringLiteral("b%1.txt").arg(i)),
                          QStringLiteral("第%1支部2024年党建工作总结\n一、主要做法\n（一）坚持第%1周集中学习。\n").arg(i).toUtf8()));
    const ImportOptions many = bulkFrom(10);
    const ImportReport second = Importer(*lib.db).run({src.path()}, many);
    QVERIFY2(second.error.contains(QStringLiteral("large import")), qPrintable(second.error));
    QCOMPARE(second.count(ImportItem::Status::Imported), 0);
    QVERIFY(rankIndexesIn(*lib.db).isEmpty());
    running.unlock();
    reopen();
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());
    QVERIFY(hasSourcesIndex(*lib.db));
    QVERIFY(hasIndex(*lib.db, schema::keyIndexName()));
    const ImportReport after = Importer(*lib.db).run({src.path()}, many);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.count(ImportItem::Status::Imported), 12);
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
