#include "library/sqlstatement.h"

#include "library/database.h"

#include <sqlite3.h>

namespace gaozi {

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqlStatement::prepare(Database &db, const char *sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db.handle();
    if (!m_db)
        return Error{QStringLiteral("the library connection is not SQLite")};
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        return error(QStringLiteral("cannot prepare a statement"));
    m_texts.assign(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1, QByteArray());
    return {};
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &text)
{
    if (index <= 0 || size_t(index) >= m_texts.size())
        return;
    QByteArray &utf8 = m_texts[size_t(index)];
    utf8 = text.toUtf8();
    // constData() of an empty QByteArray is "", so '' is bound, never NULL.
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (index <= 0 || size_t(index) >= m_texts.size())
        return;
    QByteArray &kept = m_texts[size_t(index)];
    kept = bytes;
    sqlite3_bind_blob(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindPointer(int index, void *pointer, const char *type)
{
    sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
}

Status SqlStatement::exec(const QString &what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return {};
    }
    const Error e = error(what);
    sqlite3_reset(m_stmt);
    return e;
}

Result<bool> SqlStatement::step(const QString &what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error e = error(what);
    sqlite3_reset(m_stmt);
    return e;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
}

Status SqlStatement::eachRow(const QString &what, const std::function<void()> &row)
{
    for (;;) {
        auto more = step(what);
        if (!more)
            return Error{more.error()};
        if (!more.value())
            break;
        row();
    }
    reset();
    return {};
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

Error SqlStatement::error(const QString &what) const
{
    return sqlError(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no connection"));
}

} // namespace gaozi
