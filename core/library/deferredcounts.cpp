#include "library/deferredcounts.h"

#include "common/logging.h"
#include "library/sqlstatement.h"
#include "mining/minedphrase.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <cstring>

namespace gaozi {

DeferredCounts::DeferredCounts(qint64 above) : m_above(above) {}

QString DeferredCounts::metaKey()
{
    return QStringLiteral("counts_deferred_above");
}

DeferredCounts::Key DeferredCounts::keyOf(int kind, const QByteArray &storedKey)
{
    // A stored key is a 16-byte digest.
    Q_ASSERT(storedKey.size() == 16);
    char bytes[16] = {};
    std::memcpy(bytes, storedKey.constData(), size_t(std::min<qsizetype>(storedKey.size(), 16)));
    return {qFromUnaligned<quint64>(bytes), qFromUnaligned<quint64>(bytes + 8), kind};
}

Status DeferredCounts::loadExisting(Database &db)
{
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT kind, key, id FROM phrases"); !s)
        return s;
    Status read = q.eachRow(QStringLiteral("cannot read the library's phrases"), [&] {
        // A kind this build does not know is never mined, so never looked for.
        if (const auto kind = kindFromName(q.text(0)))
            m_ids.insert(keyOf(int(*kind), q.blob(1)), q.int64(2));
    });
    m_knowsAll = bool(read);
    return read;
}

std::optional<qint64> DeferredCounts::find(int kind, const QByteArray &storedKey) const
{
    const auto it = m_ids.constFind(keyOf(kind, storedKey));
    if (it == m_ids.cend())
        return std::nullopt;
    return *it;
}

void DeferredCounts::created(int kind, const QByteArray &storedKey, qint64 id)
{
    Q_ASSERT(id > m_above);
    const Key key = keyOf(kind, storedKey);
    m_ids.insert(key, id);
    m_createdLog.push_back(key);
    const auto slot = size_t(id - m_above - 1);
    if (slot >= m_tallies.size())
        m_tallies.resize(slot + 1);
}

void DeferredCounts::count(qint64 id, int hits)
{
    Tally &t = m_tallies[size_t(id - m_above - 1)];
    t.occurrences += hits;
    t.documents += 1;
    m_countLog.emplace_back(id, hits);
}

DeferredCounts::Mark DeferredCounts::mark() const
{
    return {qsizetype(m_createdLog.size()), qsizetype(m_countLog.size())};
}

void DeferredCounts::rollbackTo(Mark mark)
{
    while (qsizetype(m_countLog.size()) > mark.counted) {
        const auto [id, hits] = m_countLog.back();
        Tally &t = m_tallies[size_t(id - m_above - 1)];
        t.occurrences -= hits;
        t.documents -= 1;
        m_countLog.pop_back();
    }
    while (qsizetype(m_createdLog.size()) > mark.created) {
        m_ids.remove(m_createdLog.back());
        m_createdLog.pop_back();
    }
}

void DeferredCounts::committed()
{
    m_createdLog.clear();
    m_countLog.clear();
}

Status DeferredCounts::write(Database &db)
{
    SqlStatement update;
    if (Status s = update.prepare(db, "UPDATE phrases SET occurrences = occurrences + ?1, doc_count = doc_count + ?2,"
                                      " rank = (doc_count + ?2) * 1000000 + min(occurrences + ?1, 9999) * 100 + quality"
                                      " WHERE id = ?3");
        !s)
        return s;
    for (size_t slot = 0; slot < m_tallies.size(); ++slot) {
        const Tally &t = m_tallies[slot];
        if (t.documents == 0)
            continue;
        update.bind(1, t.occurrences);
        update.bind(2, t.documents);
        update.bind(3, m_above + 1 + qint64(slot));
        if (Status s = update.exec(QStringLiteral("cannot count phrases")); !s)
            return s;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(metaKey());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot count phrases"), q);
    m_tallies.clear();
    return {};
}

Status recoverDeferredCounts(Database &db)
{
    const QString above = db.meta(DeferredCounts::metaKey());
    if (above.isEmpty())
        return {};
    qCInfo(lcLibrary) << "counting again the phrases above" << above << "that an interrupted import left";
    QSqlQuery q(db.connection());
    const QStringList steps = {
        QStringLiteral("UPDATE phrases SET"
                       " occurrences = (SELECT coalesce(sum(s.hits), 0) FROM sources s WHERE s.phrase_id = phrases.id),"
                       " doc_count = (SELECT count(DISTINCT s.document_id) FROM sources s WHERE s.phrase_id = phrases.id)"
                       " WHERE id > ?1 AND user = 0"),
        QStringLiteral("UPDATE phrases SET rank = doc_count * 1000000 + min(occurrences, 9999) * 100 + quality"
                       " WHERE id > ?1"),
    };
    for (const QString &sql : steps) {
        q.prepare(sql);
        q.addBindValue(above.toLongLong());
        if (!q.exec())
            return sqlError(QStringLiteral("cannot count phrases again"), q);
    }
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(DeferredCounts::metaKey());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot count phrases again"), q);
    return {};
}

} // namespace gaozi
