#include "library/librarywriter.h"

#include "library/deferredcounts.h"
#include "library/documentinserter.h"
#include "library/fulltext.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/sqlstatement.h"
#include "library/sqlvalue.h"
#include "library/textsignature.h"

#include "mining/phrasemining.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gaozi {

int LibraryWriter::quality(PhraseKind kind, const QString &text)
{
    const qsizetype n = text.size();
    int lo = 8, hi = 80;
    switch (kind) {
    case PhraseKind::Term:
        lo = 2, hi = 10;
        break;
    case PhraseKind::Heading:
    case PhraseKind::Point:
        lo = 6, hi = 40;
        break;
    case PhraseKind::Parallel:
        lo = 8, hi = 60;
        break;
    case PhraseKind::Outline:
        lo = 20, hi = 600;
        break;
    case PhraseKind::Sentence:
        lo = 15, hi = 90;
        break;
    }
    int q = 40;
    if (n >= lo && n <= hi)
        q += 40;
    else if (n > hi)
        q += std::max(0, 40 - int((n - hi) / 4));
    const int slots = int(text.count(u'{'));
    q -= std::max(0, slots - 1) * 10;
    if (text.count(u'“') != text.count(u'”') || text.count(u'（') != text.count(u'）'))
        q -= 30;
    return std::clamp(q, 0, 99);
}

Status recountPhrases(Database &db, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched (id INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM touched")))
        return sqlError(QStringLiteral("cannot recount phrases"), q);
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO touched(id) VALUES (?)")))
        return sqlError(QStringLiteral("cannot recount phrases"), q);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot recount phrases"), q);
    }
    const QStringList steps = {
        QStringLiteral("DELETE FROM phrases WHERE user = 0 AND id IN (SELECT id FROM touched)"
                       " AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.phrase_id = phrases.id)"),
        QStringLiteral(
            "UPDATE phrases SET"
            " occurrences = (SELECT coalesce(sum(s.hits), 0) FROM sources s WHERE s.phrase_id = phrases.id),"
            " doc_count = (SELECT count(DISTINCT s.document_id) FROM sources s WHERE s.phrase_id = phrases.id),"
            " role = coalesce((SELECT s.role FROM sources s WHERE s.phrase_id = phrases.id AND s.role <> ''"
            "   GROUP BY s.role ORDER BY count(*) DESC, s.role LIMIT 1), role),"
            " topic = coalesce((SELECT s.topic FROM sources s WHERE s.phrase_id = phrases.id AND s.topic <> ''"
            "   GROUP BY s.topic ORDER BY count(*) DESC, s.topic LIMIT 1), topic)"
            " WHERE id IN (SELECT id FROM touched) AND user = 0"),
        QStringLiteral("UPDATE phrases SET rank = doc_count * 1000000 + min(occurrences, 9999) * 100 + quality"
                       " WHERE id IN (SELECT id FROM touched)"),
        QStringLiteral("DELETE FROM touched"),
    };
    for (const auto &sql : steps) {
        if (!q.exec(sql))
            return sqlError(QStringLiteral("cannot recount phrases"), q);
    }
    return {};
}

Status adjustCounts(Database &db, const QHash<qint64, int> &perPhrase, int direction)
{
    // Counts move by what one document adds or takes away, so storing a
    // document costs the same however many others share its phrases.
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral(
            "UPDATE phrases SET occurrences = occurrences + ?, doc_count = doc_count + ?,"
            " rank = (doc_count + ?) * 1000000 + min(occurrences + ?, 9999) * 100 + quality WHERE id = ?")))
        return sqlError(QStringLiteral("cannot count phrases"), q);
    QSqlQuery drop(db.connection());
    if (!drop.prepare(QStringLiteral("DELETE FROM phrases WHERE id = ? AND user = 0 AND occurrences <= 0")))
        return sqlError(QStringLiteral("cannot count phrases"), drop);
    for (auto it = perPhrase.cbegin(); it != perPhrase.cend(); ++it) {
        const int occurrences = direction * it.value();
        for (const QVariant &v : QVariantList{occurrences, direction, direction, occurrences, it.key()})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot count phrases"), q);
        if (direction < 0) {
            drop.addBindValue(it.key());
            if (!drop.exec())
                return sqlError(QStringLiteral("cannot count phrases"), drop);
        }
    }
    return {};
}

Result<StoreOutcome> LibraryWriter::storeDocument(const QString &path, const ParsedDocument &doc,
                                                  const MinedDocument &mined, bool builtin)
{
    return storeDocuments({StoreRequest{path, &doc, &mined, builtin, {}, {}, {}}}).first();
}

QList<Result<StoreOutcome>> LibraryWriter::storeDocuments(const QList<StoreRequest> &requests)
{
    QList<Result<StoreOutcome>> results;
    Status s = m_db.transaction([&]() -> Status {
        auto stored = storeDocumentsInTransaction(requests);
        if (!stored)
            return Error{stored.error()};
        results = std::move(stored).value();
        return rankCounted();
    });
    if (!s) {
        results.clear();
        for (qsizetype i = 0; i < requests.size(); ++i)
            results.append(Error{s.error()});
    }
    return results;
}

Result<QList<Result<StoreOutcome>>> LibraryWriter::storeDocumentsInTransaction(const QList<StoreRequest> &requests)
{
    DocumentInserter inserter(m_db, &m_counted, m_deferred);
    if (Status p = inserter.prepare(); !p)
        return Error{p.error()};
    const auto storeOne = [&](const StoreRequest &r) -> Result<StoreOutcome> {
        StoreOutcome outcome;
        const QString hash = r.contentHash.isEmpty() ? contentHash(*r.doc) : r.contentHash;
        auto same = inserter.findByContent(hash);
        if (!same)
            return Error{same.error()};
        if (same->has_value()) {
            outcome.kind = StoreOutcome::Kind::Skipped;
            outcome.documentId = same->value().first;
            outcome.note = QStringLiteral("same content as %1, already in the library").arg(same->value().second);
            return outcome;
        }
        auto old = inserter.findByPath(r.path);
        if (!old)
            return Error{old.error()};
        for (const qint64 id : old.value()) {
            if (Status s = removeDocumentInTransaction(id); !s)
                return Error{s.error()};
        }
        if (!old->isEmpty()) {
            outcome.kind = StoreOutcome::Kind::Replaced;
            outcome.note = QStringLiteral("changed since the last import; old phrases replaced");
        }
        auto id = inserter.insert(r.path, hash, r.outline.isEmpty() ? storedOutline(*r.doc, r.path) : r.outline, *r.doc,
                                  *r.mined, r.storedKeys, r.builtin);
        if (!id)
            return Error{id.error()};
        outcome.documentId = id.value();
        return outcome;
    };
    // A savepoint copies aside every page it first changes, so that it can
    // roll back; with one per document the pages every document changes were
    // copied once per document, a quarter of the time spent storing. The
    // batch runs under one savepoint, and only when a document fails is it
    // rolled back and stored again with one per document, so that the
    // failure takes its own document alone.
    QSqlQuery savepoint(m_db.connection());
    const auto exec = [&](const char *sql) -> Status {
        if (!savepoint.exec(QString::fromLatin1(sql)))
            return sqlError(QStringLiteral("cannot store document"), savepoint);
        return {};
    };
    if (Status s = exec("SAVEPOINT store_batch"); !s)
        return Error{s.error()};
    const auto mark = [&] { return m_deferred ? m_deferred->mark() : DeferredCounts::Mark{}; };
    const auto rollbackTo = [&](DeferredCounts::Mark at) {
        if (m_deferred)
            m_deferred->rollbackTo(at);
    };
    const DeferredCounts::Mark batchMark = mark();
    QList<Result<StoreOutcome>> results;
    for (const StoreRequest &r : requests) {
        results.append(storeOne(r));
        if (!results.last())
            break;
    }
    const bool failed = !results.isEmpty() && !results.last();
    if (failed) {
        results.clear();
        if (Status s = exec("ROLLBACK TO store_batch"); !s)
            return Error{s.error()};
        rollbackTo(batchMark);
        for (const StoreRequest &r : requests) {
            if (Status s = exec("SAVEPOINT store_document"); !s)
                return Error{s.error()};
            const DeferredCounts::Mark documentMark = mark();
            Result<StoreOutcome> stored = storeOne(r);
            if (!stored) {
                savepoint.exec(QStringLiteral("ROLLBACK TO store_document"));
                rollbackTo(documentMark);
            }
            if (Status s = exec("RELEASE store_document"); !s)
                return Error{s.error()};
            results.append(std::move(stored));
        }
    }
    if (Status s = exec("RELEASE store_batch"); !s)
        return Error{s.error()};
    return results;
}

Status LibraryWriter::rankCounted()
{
    SqlStatement rank;
    if (Status s = rank.prepare(m_db, "UPDATE phrases SET rank = doc_count * 1000000 + min(occurrences, 9999) * 100"
                                      " + quality WHERE id = ?");
        !s)
        return s;
    for (const qint64 id : std::as_const(m_counted)) {
        rank.bind(1, id);
        if (Status s = rank.exec(QStringLiteral("cannot rank phrase")); !s)
            return s;
    }
    m_counted.clear();
    return {};
}

Status LibraryWriter::removeDocumentInTransaction(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT phrase_id, sum(hits) FROM sources WHERE document_id = ? GROUP BY phrase_id"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot remove document"), q);
    QHash<qint64, int> perPhrase;
    while (q.next())
        perPhrase.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot remove document"), q);
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("no document with id %1").arg(id)};
    return adjustCounts(m_db, perPhrase, -1);
}

Status LibraryWriter::removeDocument(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status r = phraseKeysWritable(m_db); !r)
            return r;
        return removeDocumentInTransaction(id);
    });
}

Result<qint64> LibraryWriter::addUserPhrase(PhraseKind kind, const QString &text, const QString &role,
                                            const QString &topic)
{
    const QString slotted = slotify(text.trimmed());
    const QString key = phraseKey(slotted);
    if (key.isEmpty())
        return Error{QStringLiteral("a phrase needs some text")};
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        if (Status r = phraseKeysWritable(m_db); !r)
            return r;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO phrases(kind, key, text, role, topic, quality, user, rank, sig)"
                                 " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
                                 " ON CONFLICT(kind, key) DO UPDATE SET user = 1, text = excluded.text,"
                                 " sig = excluded.sig"));
        const int qual = quality(kind, slotted);
        for (const QVariant &v : QVariantList{kindName(kind), storedPhraseKey(key), slotted, sqlText(role),
                                              sqlText(topic), qual, qual, storedSignature(slotted)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot add phrase"), q);
        q.prepare(QStringLiteral("SELECT id FROM phrases WHERE kind = ? AND key = ?"));
        q.addBindValue(kindName(kind));
        q.addBindValue(storedPhraseKey(key));
        if (!q.exec() || !q.next())
            return sqlError(QStringLiteral("cannot add phrase"), q);
        id = q.value(0).toLongLong();
        return syncFullText(m_db);
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status LibraryWriter::updateUserPhrase(qint64 id, PhraseKind kind, const QString &text, const QString &role,
                                       const QString &topic)
{
    const QString slotted = slotify(text.trimmed());
    const QString key = phraseKey(slotted);
    if (key.isEmpty())
        return Error{QStringLiteral("a phrase needs some text")};
    return m_db.transaction([&]() -> Status {
        if (Status r = phraseKeysWritable(m_db); !r)
            return r;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE phrases SET kind = ?, key = ?, text = ?, role = ?, topic = ?, quality = ?"
                                 " WHERE id = ? AND user = 1"));
        for (const QVariant &v : QVariantList{kindName(kind), storedPhraseKey(key), slotted, sqlText(role),
                                              sqlText(topic), quality(kind, slotted), id})
            q.addBindValue(v);
        if (!q.exec()) {
            if (q.lastError().text().contains(QStringLiteral("UNIQUE")))
                return Error{QStringLiteral("the library already has this phrase")};
            return sqlError(QStringLiteral("cannot edit phrase"), q);
        }
        if (q.numRowsAffected() == 0)
            return Error{QStringLiteral("only your own phrases can be edited")};
        return {};
    });
}

Status LibraryWriter::deleteUserPhrase(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status r = phraseKeysWritable(m_db); !r)
            return r;
        QSqlQuery q(m_db.connection());
        // A user phrase that the corpus also contains goes back to being a mined phrase.
        q.prepare(QStringLiteral("DELETE FROM phrases WHERE id = ? AND user = 1"
                                 " AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.phrase_id = phrases.id)"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot delete phrase"), q);
        if (q.numRowsAffected() > 0)
            return {};
        q.prepare(QStringLiteral("UPDATE phrases SET user = 0 WHERE id = ? AND user = 1"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot delete phrase"), q);
        if (q.numRowsAffected() == 0)
            return Error{QStringLiteral("only your own phrases can be deleted")};
        return {};
    });
}

Status LibraryWriter::setFavourite(qint64 id, bool favourite)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE phrases SET favourite = ? WHERE id = ?"));
        q.addBindValue(favourite ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot mark favourite"), q);
        if (q.numRowsAffected() == 0)
            return Error{QStringLiteral("no phrase with id %1").arg(id)};
        return {};
    });
}

} // namespace gaozi
