#include "library/rankindexes.h"

#include "common/logging.h"
#include "library/deferredcounts.h"
#include "library/fulltext.h"
#include "library/fulltextbuild.h"
#include "library/schema.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

QString lockPath(const Database &db)
{
    return db.path() + QStringLiteral("-rankindexes.lock");
}

// Every index a bulk import may set aside, and that opening builds if missing.
QStringList pausedNames()
{
    return schema::rankIndexNames() + QStringList{schema::sourcesPhraseIndexName(), schema::keyIndexName()};
}

Result<bool> hasIndex(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot read the library's indexes"), q);
    return q.value(0).toInt() > 0;
}

// The rank indexes a bulk import drops: not the favourites' one, which is
// partial (favourite = 1). New phrases and the counts written at the end
// never touch it, and building it again reads every phrase (about 1.5 s at
// 270 MB).
QStringList droppedRankIndexes()
{
    QStringList names = schema::rankIndexNames();
    names.removeAll(QStringLiteral("phrases_favourite"));
    return names;
}

// Builds whichever of them is missing; with keysToo false, not the key index.
Status createAll(Database &db, bool keysToo = true)
{
    QSqlQuery q(db.connection());
    QStringList statements = schema::createRankIndexes() + QStringList{schema::createSourcesPhraseIndex()};
    if (keysToo)
        statements.prepend(schema::createKeyIndex());
    for (const QString &sql : std::as_const(statements)) {
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

RankIndexPause::~RankIndexPause()
{
    // When an error ended the import before end(); the connection may be gone.
    if (Status s = restoreForeignKeys(); !s)
        qCWarning(lcLibrary) << s.error();
}

// Foreign keys are a per-connection setting that SQLite ignores inside a
// transaction, so the pause switches them between its transactions.
Status RankIndexPause::restoreForeignKeys()
{
    if (!m_foreignKeysOff)
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return sqlError(QStringLiteral("cannot check foreign keys again"), q);
    m_foreignKeysOff = false;
    return {};
}

Result<std::unique_ptr<RankIndexPause>> RankIndexPause::begin(Database &db, bool sourcesToo)
{
    std::unique_ptr<RankIndexPause> pause(new RankIndexPause(db));
    pause->m_lock.setStaleLockTime(0); // only a dead holder's lock is stale
    if (!pause->m_lock.tryLock(0))
        return std::unique_ptr<RankIndexPause>();
    Status s = db.transaction([&]() -> Status {
        auto above = lastPhraseId(db);
        if (!above)
            return Error{above.error()};
        pause->m_counts = std::make_unique<DeferredCounts>(above.value());
        if (sourcesToo) {
            if (Status s = pause->m_counts->loadExisting(db); !s)
                return s;
        }
        if (Status s = db.setMeta(DeferredCounts::metaKey(), QString::number(above.value())); !s)
            return s;
        QSqlQuery q(db.connection());
        QStringList names = droppedRankIndexes();
        if (sourcesToo)
            names << schema::sourcesPhraseIndexName() << schema::keyIndexName();
        for (const QString &name : std::as_const(names)) {
            if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)))
                return sqlError(QStringLiteral("cannot set the rank indexes aside"), q);
        }
        return {};
    });
    if (!s)
        return Error{s.error()};
    if (sourcesToo) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
            return sqlError(QStringLiteral("cannot set foreign key checks aside"), q);
        pause->m_foreignKeysOff = true;
    }
    return pause;
}

Status RankIndexPause::end(bool keysToo)
{
    if (Status s = restoreForeignKeys(); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        if (Status s = m_counts->write(m_db); !s)
            return s;
        return createAll(m_db, keysToo);
    });
}

Status RankIndexPause::restoreKeys()
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(schema::createKeyIndex()))
            return sqlError(QStringLiteral("cannot build the phrase key index"), q);
        return {};
    });
}

bool bulkImportRunning(const Database &db)
{
    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

Status phraseKeysWritable(Database &db)
{
    auto present = hasIndex(db, schema::keyIndexName());
    if (!present)
        return Error{present.error()};
    if (!present.value())
        return Error{QStringLiteral("a large import is storing new files into this library and keeps track of "
                                    "its phrases itself meanwhile; try again when it has finished")};
    return {};
}

Status restoreRankIndexes(Database &db)
{
    auto absent = missing(db);
    if (!absent)
        return Error{absent.error()};
    if (absent.value() == 0 && db.meta(DeferredCounts::metaKey()).isEmpty())
        return {};
    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return {}; // an import is storing without them; it builds them when done
    if (absent.value() > 0) {
        qCInfo(lcLibrary) << "building" << absent.value() << "missing rank indexes";
        removeStaleFullTextBuild(db.path()); // a killed bulk import's
    }
    return db.transaction([&]() -> Status {
        if (Status s = createAll(db); !s)
            return s;
        return recoverDeferredCounts(db);
    });
}

} // namespace gaozi
