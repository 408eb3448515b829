#include "ingest/ingest.h"
#include "library/deferredcounts.h"
#include "library/documentcatalog.h"
#include "library/fulltext.h"
#include "library/librarystats.h"
#include "library/librarywriter.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/schema.h"
#include "library/phrasesearch.h"
#include "library/textsignature.h"
#include "libraryfixture.h"
#include "mining/phrasemining.h"
#include "mining/slots.h"
#include "seeds.h"
#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace gaozi;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderWithBrokenFileImportsTheRest();
    void sameContentIsSkipped();
    void changedFileReplacesItsPhrases();
    void removingDocumentRemovesOrphanPhrases();
    void documentFailingInTheStoreIsRolledBackAlone();
    void olderLibraryKeysBecomeDigests();
    void largeImportBuildsRankIndexesAfter();
    void largeImportThatReplacesKeepsTheSourcesIndex();
    void documentFailingInALargeImportTakesItsCountsBack();
    void killedLargeImportIsCountedAgainOnOpen();
    void missingRankIndexesComeBackOnOpen();
    void cancelStopsBetweenFiles();
    void progressIsReported();
    void seedsOnFirstUseOnly();

private:
    static bool writeFile(const QString &path, const QByteArray &bytes);
};

bool TestImporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Texts parsed and mined as an import would, each with a store request for
// /corpus/<i>.txt that points into docs and mined (so the struct is not copied).
struct MinedTexts
{
    QList<ParsedDocument> docs;
    QList<MinedDocument> mined;
    QList<StoreRequest> requests;
    QString error;

    explicit MinedTexts(const QStringList &texts)
    {
        for (const QString &text : texts) {
            auto doc = ingestBytes(QStringLiteral("doc.txt"), text.toUtf8());
            if (!doc) {
                error = doc.error();
                return;
            }
            docs.append(doc.value());
        }
        for (const ParsedDocument &doc : std::as_const(docs))
            mined.append(mineDocument(doc));
        for (int i = 0; i < docs.size(); ++i)
            requests.append({QStringLiteral("/corpus/%1.txt").arg(i), &docs[i], &mined[i], false, {}, {}, {}});
    }
    Q_DISABLE_COPY_MOVE(MinedTexts)
};

static int countPhrasesContaining(Database &db, const QString &text)
{
    SearchQuery q;
    q.text = text;
    q.limit = 100000;
    auto r = PhraseSearch(db).search(q);
    return r ? r->total : -1;
}

void TestImporter::folderWithBrokenFileImportsTheRest()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QTemporaryDir src;
    QVERIFY(QDir().mkpath(src.filePath(QStringLiteral("nested"))));
    for (const auto &seed : test::seedPaths())
        QVERIFY(QFile::copy(seed, src.filePath(QStringLiteral("nested/") + QFileInfo(seed).fileName())));
    const QByteArray good = test::buildDocx(test::docxParagraph(QStringLiteral("x")));
    QVERIFY(writeFile(src.filePath(QStringLiteral("broken.docx")), good.left(good.size() / 3)));
    QVERIFY(writeFile(src.filePath(QStringLiteral("photo.jpg")), QByteArray("\xFF\xD8\xFF", 3)));

    const ImportReport report = Importer(*lib.db).run({src.path()});
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.count(ImportItem::Status::Imported), 5);
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);
    for (const auto &item : report.items) {
        if (item.status == ImportItem::Status::Failed) {
            QVERIFY(item.path.endsWith(QStringLiteral("broken.docx")));
            QVERIFY2(item.reason.contains(QStringLiteral("damaged or truncated")), qPrintable(item.reason));
        }
    }
    auto docs = DocumentCatalog(*lib.db).documents();
    QVERIFY(docs.ok());
    QCOMPARE(docs->size(), 5);
    auto doctor = checkLibrary(*lib.db);
    QVERIFY(doctor.ok());
    QVERIFY2(doctor->ok(), qPrintable(doctor->problems.join(u'\n')));
}

void TestImporter::sameContentIsSkipped()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    // The same seed again, and a GB18030 copy of it under another name.
    QTemporaryDir src;
    QStringEncoder enc("GB18030");
    QVERIFY(writeFile(src.filePath(QStringLiteral("gbk.txt")), enc(QString::fromUtf8(test::seedBytes(QStringLiteral("002"))))));
    const ImportReport report = Importer(*lib.db).run({test::seedPath(QStringLiteral("002")), src.filePath(QStringLiteral("gbk.txt"))});
    QCOMPARE(report.count(ImportItem::Status::Skipped), 2);
    QVERIFY(report.items.first().reason.contains(QStringLiteral("same content")));
    auto docs = DocumentCatalog(*lib.db).documents();
    QCOMPARE(docs->size(), 5);
}

void TestImporter::changedFileReplacesItsPhrases()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QTemporaryDir src;
    const QString path = src.filePath(QStringLiteral("draft.txt"));
    QVERIFY(writeFile(path, QStringLiteral("2024年党建工作总结\n一、旧的标题甲乙丙丁\n旧内容说明这里有一句很长的旧句子用于测试替换。\n").toUtf8()));
    QCOMPARE(Importer(*lib.db).run({path}).count(ImportItem::Status::Imported), 1);
    QVERIFY(countPhrasesContaining(*lib.db, QStringLiteral("旧的标题")) > 0);

    QVERIFY(writeFile(path, QStringLiteral("2024年党建工作总结\n一、新的标题戊己庚辛\n新内容说明这里有一句很长的新句子用于测试替换。\n").toUtf8()));
    const ImportReport report = Importer(*lib.db).run({path});
    QCOMPARE(report.count(ImportItem::Status::Replaced), 1);
    QCOMPARE(countPhrasesContaining(*lib.db, QStringLiteral("旧的标题")), 0);
    QVERIFY(countPhrasesContaining(*lib.db, QStringLiteral("新的标题")) > 0);
    QCOMPARE(DocumentCatalog(*lib.db).documents()->size(), 1);
}

void TestImporter::documentFailingInTheStoreIsRolledBackAlone()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    // The library refuses the second document halfway through (after its
    // row and some paragraphs are written): the batch is stored again one
    // savepoint per document, so the first and third are kept whole.
    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON paragraphs"
                                  " WHEN new.text LIKE '%拒收标记%' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    const QStringList texts = {
        QStringLiteral("甲支部2023年党建工作总结\n一、主要做法\n（一）甲支部严格落实三会一课制度，全年开展主题党日十二次。\n"),
        QStringLiteral("乙支部2023年党建工作总结\n一、主要做法\n（一）乙支部扎实推进支部标准化建设。\n拒收标记\n"),
        QStringLiteral("丙支部2023年党建工作总结\n一、主要做法\n（一）丙支部认真开展谈心谈话，全年谈话三十余人次。\n"),
    };
    const MinedTexts batch(texts);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    const auto results = LibraryWriter(*lib.db).storeDocuments(batch.requests);
    QCOMPARE(results.size(), 3);
    QVERIFY(results[0]);
    QVERIFY(!results[1]);
    QVERIFY2(results[1].error().contains(QStringLiteral("refused for the test")), qPrintable(results[1].error()));
    QVERIFY(results[2]);

    auto documents = DocumentCatalog(*lib.db).documents();
    QVERIFY(documents);
    QStringList titles;
    for (const auto &d : documents.value())
        titles << d.title;
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("丙支部2023年党建工作总结"), QStringLiteral("甲支部2023年党建工作总结")}));
    QVERIFY(lib.db->transaction([&] { return syncFullText(*lib.db); }));
    QCOMPARE(countPhrasesContaining(*lib.db, QStringLiteral("乙支部")), 0);
    QVERIFY(countPhrasesContaining(*lib.db, QStringLiteral("丙支部")) > 0);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    auto report = checkLibrary(*lib.db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestImporter::olderLibraryKeysBecomeDigests()
{
    // A library of schema 4 kept each phrase's key text; opening it turns the
    // keys into digests, and the next import counts its phrases again
    // instead of storing them twice.
    QTemporaryDir src;
    const QString shared = QStringLiteral("全面落实三会一课制度，扎实开展主题党日活动。");
    const QString first = src.filePath(QStringLiteral("a.txt"));
    const QString second = src.filePath(QStringLiteral("b.txt"));
    QVERIFY(writeFile(first, QStringLiteral("甲支部2023年党建工作总结\n一、主要做法\n%1\n").arg(shared).toUtf8()));
    QVERIFY(writeFile(second, QStringLiteral("乙支部2024年党建工作总结\n一、主要做法\n%1\n").arg(shared).toUtf8()));
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QCOMPARE(Importer(*lib.db).run({first}).count(ImportItem::Status::Imported), 1);
    {
        QSqlQuery q(lib.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, text FROM phrases")));
        QList<QPair<qint64, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), phraseKey(q.value(1).toString())});
        QVERIFY(rows.size() > 2);
        QSqlQuery update(lib.db->connection());
        update.prepare(QStringLiteral("UPDATE phrases SET key = ? WHERE id = ?"));
        for (const auto &[id, key] : rows) {
            update.addBindValue(key);
            update.addBindValue(id);
            QVERIFY(update.exec());
        }
        // Nor had it text signatures (schema step 6).
        for (const QString &name : schema::rankIndexNames())
            QVERIFY(q.exec(QStringLiteral("DROP INDEX ") + name));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE phrases DROP COLUMN sig")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX phrases_rank ON phrases(user DESC, rank DESC, id)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
    }
    lib.db.reset();
    auto reopened = Database::open(lib.path());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    lib.db = std::move(reopened).value();

    QSqlQuery q(lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT text, key, typeof(key), sig FROM phrases")));
    while (q.next()) {
        QCOMPARE(q.value(2).toString(), QStringLiteral("blob"));
        QCOMPARE(q.value(1).toByteArray(), storedPhraseKey(phraseKey(q.value(0).toString())));
        QCOMPARE(q.value(3).toLongLong(), storedSignature(q.value(0).toString()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'phrases_rank'")) && q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("sig")), qPrintable(q.value(0).toString()));
    QCOMPARE(Importer(*lib.db).run({second}).count(ImportItem::Status::Imported), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(doc_count) FROM phrases WHERE kind = 'sentence' AND text LIKE '%三会一课%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 2);
    auto report = checkLibrary(*lib.db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
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

static bool hasSourcesIndex(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = '%1'")
                      .arg(schema::sourcesPhraseIndexName()))
        && q.next();
}

// A progress callback that notes, between batches, whether the sources
// index is there; *throughout stays true only while it always is.
static Importer::ProgressFn watchSourcesIndex(Database &db, bool *throughout)
{
    *throughout = true;
    return [&db, throughout](const ImportProgress &p) {
        if (p.done > 0 && p.done < p.total)
            *throughout = *throughout && hasSourcesIndex(db);
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

void TestImporter::largeImportBuildsRankIndexesAfter()
{
    QTemporaryDir src;
    for (int i = 0; i < 40; ++i)
        QVERIFY(writeFile(src.filePath(QStringLiteral("d%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                          branchSummary(i).toUtf8()));
    // The same files into two libraries: one stored without the rank indexes
    // (every import of 10 files or more that doubles the library), one with.
    test::LibraryFixture bulk;
    test::LibraryFixture plain;
    QVERIFY(bulk.open(false));
    QVERIFY(plain.open(false));
    ImportOptions bulkOptions;
    bulkOptions.bulkFiles = 10;
    ImportOptions plainOptions;
    plainOptions.bulkFiles = 1000;
    // Into a library that holds none of the files, the sources index is set
    // aside too; seen between batches.
    bool sourcesIndexWhileStoring = true;
    const auto watch = watchSourcesIndex(*bulk.db, &sourcesIndexWhileStoring);
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
    auto report = checkLibrary(*bulk.db);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestImporter::largeImportThatReplacesKeepsTheSourcesIndex()
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
    ImportOptions many;
    many.bulkFiles = 10;
    bool sourcesIndexWhileStoring = true;
    const auto watch = watchSourcesIndex(*lib.db, &sourcesIndexWhileStoring);
    const ImportReport report = Importer(*lib.db).run({src.path()}, many, watch);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.count(ImportItem::Status::Replaced), 1);
    QCOMPARE(report.count(ImportItem::Status::Imported), 11);
    QVERIFY(sourcesIndexWhileStoring);
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());
    QVERIFY(firstPage(*lib.db, QStringLiteral("独有的一句话")).isEmpty());
    auto doctor = checkLibrary(*lib.db);
    QVERIFY(doctor);
    QVERIFY2(doctor->ok(), qPrintable(doctor->problems.join(u'\n')));
}

void TestImporter::documentFailingInALargeImportTakesItsCountsBack()
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
    ImportOptions many;
    many.bulkFiles = 10;
    const ImportReport report = Importer(*lib.db).run({src.path()}, many);
    QCOMPARE(report.count(ImportItem::Status::Imported), 11);
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(phrasesInSeveralDocuments(*lib.db) > 3);
    auto doctor = checkLibrary(*lib.db);
    QVERIFY(doctor);
    QVERIFY2(doctor->ok(), qPrintable(doctor->problems.join(u'\n')));
}

void TestImporter::killedLargeImportIsCountedAgainOnOpen()
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
    auto doctor = checkLibrary(*lib.db);
    QVERIFY(doctor);
    QVERIFY2(doctor->ok(), qPrintable(doctor->problems.join(u'\n')));
}

void TestImporter::missingRankIndexesComeBackOnOpen()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const auto dropAll = [&] {
        QSqlQuery q(lib.db->connection());
        for (const QString &name : schema::rankIndexNames() + QStringList{schema::sourcesPhraseIndexName()})
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
    // An import still storing without them holds the lock: opening the
    // library (the window's worker threads) leaves them to it.
    dropAll();
    QLockFile running(lib.path() + QStringLiteral("-rankindexes.lock"));
    QVERIFY(running.tryLock(0));
    reopen();
    QVERIFY(rankIndexesIn(*lib.db).isEmpty());
    QVERIFY(firstPage(*lib.db, QStringLiteral("党建")).size() > 0); // search still answers
    // A second large import meanwhile stores too, and leaves the indexes to
    // the first.
    QTemporaryDir src;
    for (int i = 0; i < 12; ++i)
        QVERIFY(writeFile(src.filePath(QStringLiteral("b%1.txt").arg(i)),
                          QStringLiteral("第%1支部2024年党建工作总结\n一、主要做法\n（一）坚持第%1周集中学习。\n").arg(i).toUtf8()));
    ImportOptions many;
    many.bulkFiles = 10;
    const ImportReport second = Importer(*lib.db).run({src.path()}, many);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.count(ImportItem::Status::Imported), 12);
    QVERIFY(rankIndexesIn(*lib.db).isEmpty());
    running.unlock();
    reopen();
    QCOMPARE(rankIndexesIn(*lib.db), schema::rankIndexNames());
    QVERIFY(hasSourcesIndex(*lib.db));
}

void TestImporter::removingDocumentRemovesOrphanPhrases()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    // 004 is the only seed that mentions 甘肃.
    QVERIFY(countPhrasesContaining(*lib.db, QStringLiteral("甘肃")) > 0);
    qint64 id004 = 0;
    for (const auto &d : DocumentCatalog(*lib.db).documents().value()) {
        if (d.fileName.startsWith(QStringLiteral("004")))
            id004 = d.id;
    }
    QVERIFY(id004 > 0);
    QVERIFY(LibraryWriter(*lib.db).removeDocument(id004).ok());
    QCOMPARE(countPhrasesContaining(*lib.db, QStringLiteral("甘肃")), 0);
    QCOMPARE(DocumentCatalog(*lib.db).documents()->size(), 4);
    auto doctor = checkLibrary(*lib.db);
    QVERIFY2(doctor->ok(), qPrintable(doctor->problems.join(u'\n')));
    QVERIFY(!LibraryWriter(*lib.db).removeDocument(id004).ok());
}

void TestImporter::cancelStopsBetweenFiles()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    std::atomic<bool> cancel{true};
    const ImportReport report = Importer(*lib.db).run(test::seedPaths(), {}, {}, &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(DocumentCatalog(*lib.db).documents()->size(), 0);
}

void TestImporter::progressIsReported()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    QList<ImportProgress> seen;
    Importer(*lib.db).run(test::seedPaths(), {}, [&](const ImportProgress &p) { seen << p; });
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().done, 5);
    QCOMPARE(seen.last().total, 5);
}

void TestImporter::seedsOnFirstUseOnly()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    const ImportReport first = seedBundledCorpus(*lib.db);
    QCOMPARE(first.count(ImportItem::Status::Imported), 5);
    auto docs = DocumentCatalog(*lib.db).documents();
    QCOMPARE(docs->size(), 5);
    QVERIFY(docs->first().builtin);
    // After the user removes everything, the seeds do not come back.
    for (const auto &d : docs.value())
        QVERIFY(LibraryWriter(*lib.db).removeDocument(d.id).ok());
    QVERIFY(seedBundledCorpus(*lib.db).items.isEmpty());
    QCOMPARE(DocumentCatalog(*lib.db).documents()->size(), 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
