#include "library/fulltextbuild.h"

#include "common/logging.h"
#include "library/ftstokenizer.h"
#include "library/schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QThread>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace gaozi {
namespace {

// The library's writers wait this long for each other (as Database does).
constexpr int kBusyTimeoutMs = 5000;

// One statement with its parameters bound in order (texts and integers),
// run to its end.
Status run(sqlite3 *db, const char *sql, const QVariantList &values = {})
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].typeId() == QMetaType::QString) {
                const QByteArray utf8 = values[i].toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, i + 1, values[i].toLongLong());
            }
        }
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return {};
    return Error{QStringLiteral("cannot build the search index: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

void removeFile(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

FullTextBuild::FullTextBuild(const QString &libraryPath) : m_library(libraryPath), m_path(buildPath(libraryPath))
{
    m_thread.setMaxThreadCount(1);
}

FullTextBuild::~FullTextBuild()
{
    m_final.store(-1); // abandons a build not installed
    m_built.waitForFinished();
    close();
    removeFile(m_path);
}

QString FullTextBuild::buildPath(const QString &libraryPath)
{
    return libraryPath + QStringLiteral("-fts.tmp");
}

void FullTextBuild::start()
{
    m_built = QtConcurrent::run(&m_thread, [this] { return build(); });
}

void FullTextBuild::finishAt(qint64 upto)
{
    m_upto = upto;
    m_final.store(upto);
}

Status FullTextBuild::exec(const char *sql)
{
    return run(m_handle, sql);
}

void FullTextBuild::close()
{
    sqlite3_close_v2(m_handle);
    m_handle = nullptr;
}

namespace {

// Rows read from the library per read transaction: short ones, so that
// the import's checkpoints are never held up for long.
constexpr qint64 kChunk = 20000;

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
    bool prepare(sqlite3 *db, const char *sql) { return sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK; }
};

} // namespace

Status FullTextBuild::build()
{
    QElapsedTimer timer;
    timer.start();
    removeFile(m_path);
    const QByteArray path = QFile::encodeName(m_path);
    const QByteArray library = QFile::encodeName(m_library);
    // No mutex of SQLite's: each handle is used by one thread at a time (the
    // worker, then install() after waiting for it).
    if (sqlite3_open_v2(path.constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK)
        return Error{QStringLiteral("cannot create %1 for the search index").arg(m_path)};
    sqlite3 *source = nullptr;
    const auto closeSource = qScopeGuard([&] { sqlite3_close_v2(source); });
    if (sqlite3_open_v2(library.constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("cannot read the library for the search index")};
    if (!registerCjkTokenizer(m_handle))
        return Error{QStringLiteral("cannot register the full-text tokenizer")};
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    sqlite3_busy_timeout(source, kBusyTimeoutMs);
    // The file is thrown away if anything goes wrong: no journal, no syncs.
    for (const char *sql : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-65536"}) {
        if (Status s = exec(sql); !s)
            return s;
    }
    if (Status s = exec(schema::createFullTextTable().toUtf8().constData()); !s)
        return s;
    // The library's settings (the 64 MB hash of schema step 4).
    Statement hash;
    if (!hash.prepare(source, "SELECT v FROM phrase_fts_config WHERE k = 'hashsize'"))
        return run(source, "SELECT v FROM phrase_fts_config"); // says why
    const qint64 hashSize = sqlite3_step(hash.stmt) == SQLITE_ROW ? sqlite3_column_int64(hash.stmt, 0) : 0;
    sqlite3_reset(hash.stmt); // ends the read: later reads must see later commits
    if (hashSize > 0) {
        if (Status s = run(m_handle, "INSERT INTO phrase_fts(phrase_fts, rank) VALUES ('hashsize', ?)", {hashSize});
            !s)
            return s;
    }
    Statement last, rows, insert, count;
    if (!last.prepare(source, "SELECT coalesce(max(id), 0) FROM phrases")
        || !count.prepare(source, "SELECT count(*) FROM phrases WHERE id <= ?")
        || !rows.prepare(source, "SELECT id, text FROM phrases WHERE id > ? AND id <= ? ORDER BY id"))
        return run(source, "SELECT id, text FROM phrases LIMIT 0"); // says why
    if (!insert.prepare(m_handle, "INSERT INTO phrase_fts(rowid, text) VALUES (?, ?)"))
        return run(m_handle, "INSERT INTO phrase_fts(rowid, text) VALUES (0, '')");
    // One transaction for the whole index: FTS5 writes a segment whenever
    // its hash fills, not at every read.
    if (Status s = exec("BEGIN"); !s)
        return s;
    qint64 done = 0;
    qint64 indexed = 0;
    for (;;) {
        const qint64 final = m_final.load();
        if (final < 0)
            return Error{QStringLiteral("the search index build was abandoned")};
        qint64 limit = final;
        if (final == 0) {
            if (sqlite3_step(last.stmt) == SQLITE_ROW)
                limit = sqlite3_column_int64(last.stmt, 0);
            sqlite3_reset(last.stmt);
        }
        if (limit > done) {
            const qint64 to = std::min(limit, done + kChunk);
            sqlite3_bind_int64(rows.stmt, 1, done);
            sqlite3_bind_int64(rows.stmt, 2, to);
            int rc;
            while ((rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
                sqlite3_bind_int64(insert.stmt, 1, sqlite3_column_int64(rows.stmt, 0));
                sqlite3_bind_text(insert.stmt, 2, reinterpret_cast<const char *>(sqlite3_column_text(rows.stmt, 1)),
                                  sqlite3_column_bytes(rows.stmt, 1), SQLITE_STATIC);
                const int inserted = sqlite3_step(insert.stmt);
                sqlite3_reset(insert.stmt);
                ++indexed;
                if (inserted != SQLITE_DONE) {
                    sqlite3_reset(rows.stmt);
                    (void)exec("ROLLBACK"); // the error that led here is the one reported
                    return Error{QStringLiteral("cannot build the search index: %1")
                                     .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))};
                }
            }
            sqlite3_reset(rows.stmt);
            if (rc != SQLITE_DONE) {
                (void)exec("ROLLBACK");
                return Error{QStringLiteral("cannot read the library for the search index: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(source)))};
            }
            done = to;
            continue;
        }
        if (final > 0)
            break;
        QThread::msleep(50); // the import has not committed more yet
    }
    // Every phrase up to the last, read in a fresh snapshot, must be in it.
    sqlite3_bind_int64(count.stmt, 1, done);
    const qint64 expected = sqlite3_step(count.stmt) == SQLITE_ROW ? sqlite3_column_int64(count.stmt, 0) : -1;
    sqlite3_reset(count.stmt);
    if (expected != indexed) {
        (void)exec("ROLLBACK");
        return Error{QStringLiteral("the search index built beside the library holds %1 phrases of %2")
                         .arg(indexed)
                         .arg(expected)};
    }
    if (Status s = exec("COMMIT"); !s)
        return s;
    qCInfo(lcLibrary) << "search index of phrases up to" << done << "built beside the library in" << timer.elapsed()
                      << "ms";
    return {};
}

Status FullTextBuild::install()
{
    m_built.waitForFinished();
    if (!m_built.isValid() || m_built.resultCount() == 0)
        return Error{QStringLiteral("the search index was not built")};
    if (Status built = m_built.result(); !built) {
        close();
        return built;
    }
    QElapsedTimer timer;
    timer.start();
    // The rows of the library's index are replaced wholesale; its settings
    // (phrase_fts_config) stay. Another connection (the window's) notices that
    // the index changed by the library's data version and reads it again.
    Status s = run(m_handle, "ATTACH DATABASE ? AS lib", {m_library});
    if (s)
        s = exec("BEGIN IMMEDIATE");
    for (const char *sql : {"DELETE FROM lib.phrase_fts_data", "DELETE FROM lib.phrase_fts_idx",
                            "INSERT INTO lib.phrase_fts_data SELECT * FROM main.phrase_fts_data",
                            "INSERT INTO lib.phrase_fts_idx SELECT * FROM main.phrase_fts_idx"}) {
        if (s)
            s = exec(sql);
    }
    if (s)
        s = run(m_handle, "UPDATE lib.meta SET value = ? WHERE key = 'fts_upto'", {QString::number(m_upto)});
    if (s)
        s = exec("COMMIT");
    if (!s)
        (void)exec("ROLLBACK"); // the error that led here is the one reported
    close();
    removeFile(m_path);
    if (s)
        qCInfo(lcLibrary) << "search index installed in" << timer.elapsed() << "ms";
    return s;
}

void removeStaleFullTextBuild(const QString &libraryPath)
{
    removeFile(FullTextBuild::buildPath(libraryPath));
}

} // namespace gaozi
