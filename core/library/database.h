#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;
struct sqlite3;

namespace gaozi {

// One connection to a library file, owned by one thread. Opening creates the
// file if needed, sets WAL and a busy timeout, registers the FTS tokenizer
// and migrates the schema. Other threads open their own Database.
class Database final
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase &connection() { return m_db; }
    // The SQLite handle under the connection, for hot loops that bind and
    // step statements directly (sqlstatement.h); same connection, same transaction.
    sqlite3 *handle() const;
    // Row id of the last INSERT on this connection (sqlite3_last_insert_rowid).
    qint64 lastInsertRowId() const;
    // Reads the file through a memory map from now on (once per connection).
    // Searching a large library looks phrases up at random; through the map a
    // page in the OS cache costs no read() call (a filtered count on 270 MB
    // went from 170 to 45 ms). Writers leave it off, so an import's memory
    // figures are its own.
    void mapForReading();
    const QString &path() const { return m_path; }

    // While set, SQLite asks stop() every few thousand steps and abandons the
    // statement running when it says true: the statement fails with
    // interruptedMessage(). A search the user has typed past stops instead of
    // keeping a worker busy. An empty function clears it.
    void setInterruptCheck(std::function<bool()> stop);
    static QString interruptedMessage();
    static bool isInterruptedError(const QString &error);

    // Current schema version (PRAGMA user_version) and the one this build writes.
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn fails.
    // IMMEDIATE takes the write lock up front, so a busy library is reported
    // before any work is done rather than half-way through.
    Status transaction(const std::function<Status()> &fn);
    // The same steps for a transaction that spans several calls (an import
    // commits every few seconds): BEGIN IMMEDIATE; COMMIT, rolling back when
    // the commit fails; ROLLBACK.
    Status begin();
    Status commit();
    void rollback();

    // Key/value settings stored in the library itself.
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

private:
    Database() = default;
    Status migrate();
    Status migrateSteps();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_mapped = false;
    std::function<bool()> m_stop;
};

// Turns a failed query into a readable error; "database is locked" becomes
// busyLibraryMessage(), which the user can act on.
Error sqlError(const QString &what, const QSqlQuery &query);
Error sqlError(const QString &what, const QSqlDatabase &db);
Error sqlError(const QString &what, const QString &driverText);

// The translated message for a write that could not get the library's lock
// within the busy timeout (another window or an import kept writing); the
// same action can simply be tried again.
QString busyLibraryMessage();
bool isBusyLibraryError(const QString &error);

} // namespace gaozi
