#include "library/database.h"

#include "common/logging.h"
#include "library/ftstokenizer.h"
#include "library/fulltext.h"
#include "library/matchbits.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/schema.h"
#include "library/textmatch.h"
#include "library/textsignature.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace gaozi {
namespace {

QAtomicInt g_connectionCounter;

// How long a statement waits for another connection's write lock.
constexpr int kBusyTimeoutMs = 5000;

bool isLockError(const QString &text)
{
    return text.contains(QStringLiteral("database is locked")) || text.contains(QStringLiteral("database is busy"));
}

Error describe(const QString &what, const QString &text)
{
    if (isLockError(text)) {
        // What SQLite says ("database is locked") means nothing to a user and
        // the operation's name is internal: both go to the log only.
        qCInfo(lcLibrary) << what << "gave up waiting for the library:" << text;
        return Error{busyLibraryMessage()};
    }
    if (text.contains(QStringLiteral("not a database")) || text.contains(QStringLiteral("malformed")))
        return Error{QStringLiteral("%1: the file is not a Gaozi library or is damaged (%2)").arg(what, text)};
    return Error{QStringLiteral("%1: %2").arg(what, text)};
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

QString busyLibraryMessage()
{
    return QCoreApplication::translate("gaozi::Library",
                                       "The library is busy: another Gaozi window or an import is writing to it. "
                                       "Try again in a moment.");
}

bool isBusyLibraryError(const QString &error)
{
    return error.contains(busyLibraryMessage());
}

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return describe(what, query.lastError().text());
}

Error sqlError(const QString &what, const QSqlDatabase &db)
{
    return describe(what, db.lastError().text());
}

Error sqlError(const QString &what, const QString &driverText)
{
    return describe(what, driverText);
}

sqlite3 *Database::handle() const
{
    return nativeHandle(m_db);
}

void Database::mapForReading()
{
    if (m_mapped)
        return;
    m_mapped = true;
    // SQLite caps the map at its compile-time maximum (2 GB by default).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
}

void Database::setInterruptCheck(std::function<bool()> stop)
{
    m_stop = std::move(stop);
    sqlite3 *h = handle();
    if (!h)
        return;
    if (!m_stop) {
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
        return;
    }
    // About every 1000 virtual machine steps: microseconds apart, and a
    // relaxed atomic load each time costs nothing measurable.
    sqlite3_progress_handler(
        h, 1000, [](void *self) { return static_cast<Database *>(self)->m_stop() ? 1 : 0; }, this);
}

QString Database::interruptedMessage()
{
    return QStringLiteral("interrupted");
}

bool Database::isInterruptedError(const QString &error)
{
    return error.contains(interruptedMessage());
}

qint64 Database::lastInsertRowId() const
{
    sqlite3 *h = handle();
    return h ? sqlite3_last_insert_rowid(h) : 0;
}

Database::~Database()
{
    if (m_db.isOpen()) {
        // Fold the WAL back into the main file so a copied library is complete.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (QFileInfo(path).isDir())
        return Error{QStringLiteral("%1 is a folder, not a library file").arg(path)};
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_connectionName = QStringLiteral("gaozi-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
    d->m_db.setDatabaseName(path);
    d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!d->m_db.open())
        return describe(QStringLiteral("cannot open library %1").arg(path), d->m_db.lastError().text());

    sqlite3 *handle = nativeHandle(d->m_db);
    if (!handle || !registerCjkTokenizer(handle))
        return Error{QStringLiteral("cannot register the full-text tokenizer (SQLite without FTS5?)")};
    if (!registerTextMatch(handle) || !registerMatchBits(handle) || !registerTextSignature(handle) ||
        !registerPhraseKeyFunction(handle))
        return Error{QStringLiteral("cannot register the search functions")};

    QSqlQuery q(d->m_db);
    // journal_mode is the first statement that reads the file: a non-SQLite file fails here.
    // Turning a new file to WAL needs it alone for a moment and SQLite does not
    // wait for that (no busy handler): when the window and an import create the
    // same library at once, one of them retries here for the busy timeout.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (!isLockError(q.lastError().text()) || waited.elapsed() > kBusyTimeoutMs)
            return sqlError(QStringLiteral("cannot open library %1").arg(path), q);
        QThread::msleep(10);
    }
    // A 64 MB page cache keeps B-tree lookups during an import in memory.
    for (const auto *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536",
                               "PRAGMA temp_store=MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(QStringLiteral("cannot configure library"), q);
    }
    if (Status s = d->migrate(); !s)
        return Error{s.error()};
    if (Status s = restoreRankIndexes(*d); !s)
        return Error{s.error()};
    // An import killed between storing files and indexing them left phrases
    // that search cannot see yet: index them now. Not those of a bulk import
    // still running, which indexes them itself at its end: the window's
    // connections opened meanwhile would hold the library's only writer for
    // as long as that takes, and the import's next commit would time out.
    if (bulkImportRunning(*d))
        return d;
    auto backlog = fullTextBacklog(*d);
    if (!backlog)
        return Error{backlog.error()};
    if (backlog.value() > 0) {
        if (Status s = d->transaction([&] { return syncFullText(*d); }); !s)
            return Error{s.error()};
    }
    return d;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return int(schema::steps().size());
}

namespace {

Error tooNew(int version)
{
    return Error{QStringLiteral("this library was written by a newer Gaozi (schema %1, this build knows %2)")
                     .arg(version)
                     .arg(Database::latestSchemaVersion())};
}

} // namespace

Status Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return sqlError(QStringLiteral("cannot read the library's schema version"), m_db);
    if (current > latestSchemaVersion())
        return tooNew(current);
    if (current == latestSchemaVersion())
        return {};
    // A step may rebuild a table that others reference (step 7): with foreign
    // keys on, dropping the old table would first delete every row that
    // references it. They are off while the steps run (SQLite takes the
    // setting only outside a transaction), and the references are checked
    // before the steps commit.
    QSqlQuery fk(m_db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
        return sqlError(QStringLiteral("cannot prepare the library's schema upgrade"), fk);
    const Status migrated = migrateSteps();
    if (!fk.exec(QStringLiteral("PRAGMA foreign_keys=ON")) && migrated)
        return sqlError(QStringLiteral("cannot finish the library's schema upgrade"), fk);
    return migrated;
}

Status Database::migrateSteps()
{
    // Another connection (the window and an import started together) may be
    // creating or upgrading the same file: the version is read again under the
    // write lock, so steps it has already run are not run twice.
    return transaction([&]() -> Status {
        const int locked = schemaVersion();
        if (locked < 0)
            return sqlError(QStringLiteral("cannot read the library's schema version"), m_db);
        if (locked > latestSchemaVersion())
            return tooNew(locked);
        QSqlQuery q(m_db);
        for (int v = locked; v < latestSchemaVersion(); ++v) {
            for (const QString &sql : schema::steps().at(v)) {
                if (!q.exec(sql))
                    return sqlError(QStringLiteral("schema step %1").arg(v + 1), q);
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
                return sqlError(QStringLiteral("schema step %1").arg(v + 1), q);
            qCInfo(lcLibrary) << "library schema migrated to" << v + 1;
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlError(QStringLiteral("cannot check the library after its schema upgrade"), q);
        if (q.next())
            return Error{QStringLiteral("the schema upgrade would leave rows of %1 pointing nowhere; "
                                        "the library is left as it was")
                             .arg(q.value(0).toString())};
        return {};
    });
}

Status Database::transaction(const std::function<Status()> &fn)
{
    if (Status s = begin(); !s)
        return s;
    Status result = fn();
    if (!result) {
        rollback();
        return result;
    }
    return commit();
}

Status Database::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("cannot start a write"), q);
    return {};
}

Status Database::commit()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return {};
    const Error e = sqlError(QStringLiteral("cannot commit"), q);
    rollback();
    return e;
}

void Database::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot save setting %1").arg(key), q);
    return {};
}

} // namespace gaozi
