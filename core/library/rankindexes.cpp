#include "library/rankindexes.h"

#include "common/logging.h"
#include "library/schema.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

QString lockPath(const Database &db)
{
    return db.path() + QStringLiteral("-rankindexes.lock");
}

// Every index a bulk import may set aside.
QStringList pausedNames()
{
    return schema::rankIndexNames() + QStringList{schema::sourcesPhraseIndexName()};
}

// Builds whichever of them is missing.
Status createAll(Database &db)
{
    QSqlQuery q(db.connection());
    for (const QString &sql : schema::createRankIndexes() + QStringList{schema::createSourcesPhraseIndex()}) {
        if (!q.exec(sql))
            return sqlError(QStringLiteral("cannot build the rank indexes"), q);
    }
    return {};
}

Result<int> missing(Database &db)
{
    QSqlQuery q(db.connection());
    const QStringList names = pausedNames();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('%1')")
                    .arg(names.join(QStringLiteral("', '"))))
        || !q.next())
        return sqlError(QStringLiteral("cannot read the library's indexes"), q);
    return int(names.size()) - q.value(0).toInt();
}

} // namespace

RankIndexPause::RankIndexPause(Database &db) : m_db(db), m_lock(lockPath(db)) {}

RankIndexPause::~RankIndexPause() = default;

Result<std::unique_ptr<RankIndexPause>> RankIndexPause::begin(Database &db, bool sourcesToo)
{
    std::unique_ptr<RankIndexPause> pause(new RankIndexPause(db));
    pause->m_lock.setStaleLockTime(0); // only a dead holder's lock is stale
    if (!pause->m_lock.tryLock(0))
        return std::unique_ptr<RankIndexPause>();
    Status s = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        for (const QString &name : sourcesToo ? pausedNames() : schema::rankIndexNames()) {
            if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)))
                return sqlError(QStringLiteral("cannot set the rank indexes aside"), q);
        }
        return {};
    });
    if (!s)
        return Error{s.error()};
    return pause;
}

Status RankIndexPause::end()
{
    return m_db.transaction([&] { return createAll(m_db); });
}

Status restoreRankIndexes(Database &db)
{
    auto absent = missing(db);
    if (!absent)
        return Error{absent.error()};
    if (absent.value() == 0)
        return {};
    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return {}; // an import is storing without them; it builds them when done
    qCInfo(lcLibrary) << "building" << absent.value() << "missing rank indexes";
    return db.transaction([&] { return createAll(db); });
}

} // namespace gaozi
