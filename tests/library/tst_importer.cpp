#include "ingest/ingest.h"
#include "library/deferredcounts.h"
#include "library/documentcatalog.h"
#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/schema.h"
#include "library/phrasesearch.h"
#include "library/textsignature.h"
#include "libraryfixture.h"
#include "minedtexts.h"
#include "mining/phrasemining.h"
#include "mining/slots.h"
#include "seeds.h"
#include "zipbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace gaozi;
using test::MinedTexts;
using test::writeFile;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderWithBrokenFileImportsTheRest();
    void sameContentIsSkipped();
    void contentHashIsTheSha256OfTheText();
    void changedFileReplacesItsPhrases();
    void removingDocumentRemovesOrphanPhrases();
    void documentFailingInTheStoreIsRolledBackAlone();
    void olderLibraryKeysBecomeDigests();
    void cancelStopsBetweenFiles();
    void progressIsReported();
    void seedsOnFirstUseOnly();
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
    GAOZI_VERIFY_DOCTOR(*lib.db);
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

// Libraries store each document's content hash and find a file's earlier
// import by it: the digest must stay what every library so far holds, the
// SHA-256 of title, paragraphs and headings, one per line.
void TestImporter::contentHashIsTheSha256OfTheText()
{
    ParsedDocument doc;
    doc.title = QStringLiteral("2023年党建工作总结");
    doc.opening = {QStringLiteral("今年以来，支部坚持党建引领。")};
    Section first;
    first.level = 1;
    first.number = QStringLiteral("一");
    first.heading = QStringLiteral("强化政治引领");
    first.paragraphs = {QStringLiteral("一是抓学习。"), QStringLiteral("二是抓落实。")};
    Section child;
    child.level = 2;
    child.number = QStringLiteral("一");
    child.heading = QStringLiteral("理论学习");
    child.paragraphs = {QStringLiteral("全年集中学习12次。")};
    first.children = {child};
    Section second;
    second.level = 1;
    second.number = QStringLiteral("二");
    second.heading = QStringLiteral("下一步打算");
    doc.sections = {first, second};
    const QByteArray text = QStringLiteral("2023年党建工作总结\n今年以来，支部坚持党建引领。\n1一强化政治引领\n"
                                           "一是抓学习。\n二是抓落实。\n2一理论学习\n全年集中学习12次。\n1二下一步打算\n")
                                .toUtf8();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    QCOMPARE(LibraryWriter::contentHash(doc), expected);
    QCOMPARE(expected.size(), 64);
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
    GAOZI_VERIFY_DOCTOR(*lib.db);
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
    GAOZI_VERIFY_DOCTOR(*lib.db);
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
    GAOZI_VERIFY_DOCTOR(*lib.db);
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
