#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gaozi {

class Database;

// A prepared SQLite statement used straight through the C API, for the loops
// that write or read hundreds of thousands of rows (import, term refresh).
// QSqlQuery builds a QVariant and a parameter name for every bound value,
// which cost as much as SQLite's own work there. Same connection as the
// Database, so it joins the transaction in progress. Text is bound as UTF-8
// and kept until the next bind of that parameter; it is never bound as NULL
// (the library's text columns are NOT NULL, '' meaning none). Blobs likewise.
class SqlStatement final
{
public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    Status prepare(Database &db, const char *sql);

    // Errors read "what: SQLite's message", a busy library as in sqlError().

    // Parameters count from 1, as in SQL.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    // A pointer for an SQL function that reads it with sqlite3_value_pointer
    // under the same type name (matchbits.h); it must outlive the binding.
    void bindPointer(int index, void *pointer, const char *type);

    // Runs a statement that returns no rows and resets it for the next run.
    Status exec(const QString &what);
    // Steps once: true with a row to read, false when done. After the last row
    // (or when the rows are not needed) call reset().
    Result<bool> step(const QString &what);
    void reset();
    // Steps through every row, calling row() on each, then resets.
    Status eachRow(const QString &what, const std::function<void()> &row);

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_texts;
};

} // namespace gaozi
