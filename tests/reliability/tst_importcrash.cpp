#include "ingest/ingest.h"
#include "library/database.h"
#include "library/deferredcounts.h"
#include "mining/phrasemining.h"
#include "reliabilitysupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;

// The lid closes mid-import: `gaozi-cli import` is killed (SIGKILL: no
// destructor, no rollback, no checkpoint) at several points of a real import
// and the library is reopened each time. It must pass SQLite's integrity
// check and `doctor`, hold every document wholly or not at all, and a new
// import must finish the job. (A draft killed mid-edit is
// tests/composer/tst_composercrash.cpp.)
class TestImportCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveWholeDocuments();
    void reimportCompletes();
    void killedBulkImportsLeaveWholeDocuments();

private:
    // Runs `gaozi-cli import` with extra arguments and kills it at several
    // points, checking the library after each.
    void killImports(const QStringList &extra);
    void reimport(const QStringList &extra);
    int storedDocuments();
    void verifyLibrary();

    QTemporaryDir m_tmp;
    QString m_corpus;
    QString m_db;
    int m_files = 0;
    int m_killedCounting = 0; // kills that left a bulk import's counts in memory
};

namespace {

// A plain SQLite connection that only reads: it must not run Gaozi's own
// open-time repairs, so it sees the file exactly as the killed process left it.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // First column of each row; empty when the query fails.
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(db());
        QStringList out;
        if (!q.exec(sql))
            return {QStringLiteral("query failed: %1").arg(sql)};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    QString m_name;
};

} // namespace

void TestImportCrash::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_corpus = m_tmp.filePath(QStringLiteral("corpus"));
    m_db = m_tmp.filePath(QStringLiteral("library.sqlite"));
    QString error;
    m_files = test::generateCorpus(m_corpus, 2, &error);
    QVERIFY2(m_files > 50, qPrintable(error));
}

int TestImportCrash::storedDocuments()
{
    if (!QFileInfo::exists(m_db))
        return 0;
    const RawConnection raw(m_db);
    const QStringList n = raw.column(QStringLiteral("SELECT count(*) FROM documents"));
    bool ok = false;
    const int count = n.value(0).toInt(&ok);
    return ok ? count : 0;
}

void TestImportCrash::verifyLibrary()
{
    if (!QFileInfo::exists(m_db))
        return; // killed before it created the file: nothing in, nothing to check
    {
        const RawConnection raw(m_db);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(raw.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    }
    const test::CliRun doctor =
        test::runCli({QStringLiteral("doctor"), QStringLiteral("--db"), m_db, QStringLiteral("--no-seed"), QStringLiteral("--json")},
                     m_tmp.path());
    QVERIFY2(doctor.code == 0, QByteArray(doctor.out + doctor.err).constData());
    QVERIFY(QJsonDocument::fromJson(doctor.out).object().value(QStringLiteral("ok")).toBool());

    // Whole documents: each has its paragraphs, its phrase sources, and a
    // character count that matches what was stored with it.
    const RawConnection raw(m_db);
    const auto none = [&](const char *what, const QString &sql) {
        const QStringList rows = raw.column(sql);
        QVERIFY2(rows == QStringList{QStringLiteral("0")},
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), rows.join(u' '))));
    };
    none("documents without paragraphs",
         QStringLiteral("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = d.id)"));
    none("documents without phrases",
         QStringLiteral("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)"));
    none("documents whose paragraphs do not add up",
         QStringLiteral("SELECT count(*) FROM documents d WHERE d.char_count <>"
                        " (SELECT coalesce(sum(length(p.text)), 0) FROM paragraphs p WHERE p.document_id = d.id)"));
    none("sources pointing into another document",
         QStringLiteral("SELECT count(*) FROM sources s JOIN paragraphs p ON p.id = s.paragraph_id"
                        " WHERE p.document_id <> s.document_id"));
    none("paragraphs of no document",
         QStringLiteral("SELECT count(*) FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id)"));

    // The newest document is the one the kill was closest to: it holds exactly
    // what reading and mining its file again gives.
    const QStringList newest = raw.column(QStringLiteral("SELECT path FROM documents ORDER BY id DESC LIMIT 1"));
    if (newest.isEmpty())
        return;
    auto doc = ingestFile(newest.first());
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const MinedDocument mined = mineDocument(doc.value());
    QSet<QPair<int, QString>> phrases;
    for (const Occurrence &o : mined.occurrences) {
        if (o.kind != PhraseKind::Term && !o.key.isEmpty() && !o.text.isEmpty())
            phrases.insert({int(o.kind), o.key});
    }
    const QString id = raw.column(QStringLiteral("SELECT id FROM documents ORDER BY id DESC LIMIT 1")).value(0);
    QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM paragraphs WHERE document_id = %1").arg(id)).value(0).toInt(),
             mined.paragraphs.size());
    QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM sources s JOIN phrases p ON p.id = s.phrase_id"
                                       " WHERE s.document_id = %1 AND p.kind <> 'term'")
                            .arg(id))
                 .value(0)
                 .toInt(),
             phrases.size());
}

void TestImportCrash::killedImportsLeaveWholeDocuments()
{
    killImports({});
}

void TestImportCrash::reimportCompletes()
{
    reimport({});
}

// The same with the corpus imported as a bulk import (stored without the
// rank indexes, new phrases counted in memory until the end): a kill leaves
// the indexes missing and the counts short, and the next open (doctor's, or
// the next import's) must build and count them again.
void TestImportCrash::killedBulkImportsLeaveWholeDocuments()
{
    m_db = m_tmp.filePath(QStringLiteral("bulk.sqlite"));
    const QStringList bulk = {QStringLiteral("--bulk-files"), QStringLiteral("20")};
    m_killedCounting = 0;
    killImports(bulk);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_killedCounting >= 1, "a kill landed while a bulk import held counts in memory");
    reimport(bulk);
}

void TestImportCrash::killImports(const QStringList &extra)
{
    // Where each kill lands: 0 = while opening the library;
    // n > 0 = once n more documents are stored than before this run; -1 = once
    // every file is stored, during the corpus-wide term refresh and indexing.
    const QList<int> killPoints = {0, 1, 3, 10, 25, -1};
    int kills = 0;
    for (const int point : killPoints) {
        const int before = storedDocuments();
        const int target = point < 0 ? m_files : before + point;
        QProcess child;
        test::startCli(child,
                       QStringList{QStringLiteral("import"), m_corpus, QStringLiteral("--db"), m_db,
                                   QStringLiteral("--no-seed")} + extra,
                       m_tmp.path());
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        bool finished = false;
        if (point == 0) {
            // As soon as the library file exists: creating the schema, or
            // (later rounds) recovering the WAL and indexing at open.
            while (!finished && !QFileInfo::exists(m_db))
                finished = child.waitForFinished(5);
            if (!finished)
                finished = child.waitForFinished(50);
        }
        while (!finished && storedDocuments() < target)
            finished = child.waitForFinished(20);
        if (!finished) {
            child.kill();
            QVERIFY(child.waitForFinished(-1));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            ++kills;
        }
        const int after = storedDocuments();
        if (QFileInfo::exists(m_db)) {
            const RawConnection raw(m_db);
            if (!raw.column(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(DeferredCounts::metaKey()))
                     .isEmpty())
                ++m_killedCounting;
        }
        qInfo("kill point %d: %s with %d documents stored (%d before)", point, finished ? "finished" : "killed", after,
              before);
        verifyLibrary();
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills of gaozi-cli import over a corpus of %d files", kills, m_files);
    QVERIFY2(kills >= 4, "most kills landed before the import ended");
}

void TestImportCrash::reimport(const QStringList &extra)
{
    const test::CliRun r = test::runCli(QStringList{QStringLiteral("import"), m_corpus, QStringLiteral("--db"), m_db,
                                                    QStringLiteral("--no-seed"), QStringLiteral("--json")}
                                            + extra,
                                        m_tmp.path());
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("error")).toString(), QString());
    QCOMPARE(storedDocuments(), m_files);
    verifyLibrary();
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
