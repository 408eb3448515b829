#include "library/fulltext.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {

Status syncFullText(Database &db)
{
    QSqlQuery q(db.connection());
    const QStringList steps = {
        QStringLiteral("INSERT INTO phrase_fts(rowid, text) SELECT id, text FROM phrases"
                       " WHERE id > (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto') ORDER BY id"),
        QStringLiteral("UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM phrases)"
                       " WHERE key = 'fts_upto' AND CAST(value AS INTEGER) < (SELECT coalesce(max(id), 0) FROM phrases)"),
    };
    for (const auto &sql : steps) {
        if (!q.exec(sql))
            return sqlError(QStringLiteral("cannot update the search index"), q);
    }
    return {};
}

Result<qint64> lastPhraseId(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'phrases'), 0)"))
        || !q.next())
        return sqlError(QStringLiteral("cannot read the library's phrases"), q);
    return q.value(0).toLongLong();
}

Result<qint64> fullTextBacklog(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM phrases"
                               " WHERE id > (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto')"))
        || !q.next())
        return sqlError(QStringLiteral("cannot read the search index state"), q);
    return q.value(0).toLongLong();
}

} // namespace gaozi
