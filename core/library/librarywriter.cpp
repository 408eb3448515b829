#include "library/librarywriter.h"

#include "library/fulltext.h"
#include "library/sqlvalue.h"

#include "ingest/outlinejson.h"
#include "mining/phrasemining.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

void hashSections(QCryptographicHash &h, const QList<Section> &sections)
{
    for (const auto &s : sections) {
        h.addData(QString(QString::number(s.level) + s.number + s.heading + u'\n').toUtf8());
        for (const auto &p : s.paragraphs)
            h.addData(QString(p + u'\n').toUtf8());
        hashSections(h, s.children);
    }
}

int charCount(const MinedDocument &mined)
{
    qsizetype n = 0;
    for (const auto &p : mined.paragraphs)
        n += p.text.size();
    return int(n);
}

} // namespace

QString LibraryWriter::contentHash(const ParsedDocument &doc)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QString(doc.title + u'\n').toUtf8());
    for (const auto &p : doc.opening)
        h.addData(QString(p + u'\n').toUtf8());
    hashSections(h, doc.sections);
    return QString::fromLatin1(h.result().toHex());
}

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
    StoreOutcome outcome;
    const QString hash = contentHash(doc);
    Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, file_name FROM documents WHERE content_hash = ?"));
        q.addBindValue(hash);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot look up document"), q);
        if (q.next()) {
            outcome.kind = StoreOutcome::Kind::Skipped;
            outcome.documentId = q.value(0).toLongLong();
            outcome.note = QStringLiteral("same content as %1, already in the library").arg(q.value(1).toString());
            return {};
        }
        q.prepare(QStringLiteral("SELECT id FROM documents WHERE path = ?"));
        q.addBindValue(path);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot look up document"), q);
        QList<qint64> old;
        while (q.next())
            old << q.value(0).toLongLong();
        for (const qint64 id : old) {
            if (Status r = removeDocumentInTransaction(id); !r)
                return r;
        }
        if (!old.isEmpty()) {
            outcome.kind = StoreOutcome::Kind::Replaced;
            outcome.note = QStringLiteral("changed since the last import; old phrases replaced");
        }
        return insertDocument(path, doc, mined, builtin, &outcome.documentId);
    });
    if (!s)
        return Error{s.error()};
    return outcome;
}

Status LibraryWriter::insertDocument(const QString &path, const ParsedDocument &doc, const MinedDocument &mined,
                                     bool builtin, qint64 *documentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO documents(path, file_name, content_hash, title, year, genre, unit_type, format, encoding,"
        " char_count, dropped_lines, outline_json, builtin, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonArray outline = outlineToJson(doc, path).value(QStringLiteral("sections")).toArray();
    for (const QVariant &v :
         QVariantList{path, QFileInfo(path).fileName(), contentHash(doc), sqlText(doc.title),
                      doc.year ? QVariant(*doc.year) : QVariant(QMetaType::fromType<int>()), sqlText(doc.genre),
                      sqlText(doc.unitType), sqlText(doc.format), sqlText(doc.encoding), charCount(mined), int(doc.dropped.size()),
                      QString::fromUtf8(QJsonDocument(outline).toJson(QJsonDocument::Compact)), builtin ? 1 : 0,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store document"), q);
    *documentId = q.lastInsertId().toLongLong();

    QList<qint64> paragraphIds;
    paragraphIds.reserve(mined.paragraphs.size());
    q.prepare(QStringLiteral("INSERT INTO paragraphs(document_id, idx, section_path, text) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < mined.paragraphs.size(); ++i) {
        q.addBindValue(*documentId);
        q.addBindValue(i);
        q.addBindValue(sqlText(mined.paragraphs[i].sectionPath));
        q.addBindValue(sqlText(mined.paragraphs[i].text));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store paragraphs"), q);
        paragraphIds << q.lastInsertId().toLongLong();
    }

    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM phrases WHERE kind = ? AND key = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO phrases(kind, key, text, role, topic, quality) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery source(m_db.connection());
    source.prepare(QStringLiteral(
        "INSERT INTO sources(phrase_id, document_id, paragraph_id, offset, length, hits, role, topic)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // One source row per phrase and document: where it first occurs, and how
    // often. A document that repeats a term fifty times adds one row, not fifty.
    QHash<QPair<int, QString>, qint64> known;
    QHash<qint64, int> perPhrase; // occurrences of each phrase in this document
    QList<QPair<qint64, const Occurrence *>> firsts;
    for (const Occurrence &o : mined.occurrences) {
        if (o.key.isEmpty() || o.text.isEmpty())
            continue;
        const QPair<int, QString> k{int(o.kind), o.key};
        qint64 phraseId = known.value(k, 0);
        if (phraseId == 0) {
            find.addBindValue(kindName(o.kind));
            find.addBindValue(o.key);
            if (!find.exec())
                return sqlError(QStringLiteral("cannot look up phrase"), find);
            if (find.next()) {
                phraseId = find.value(0).toLongLong();
            } else {
                for (const QVariant &v : QVariantList{kindName(o.kind), o.key, o.text, sqlText(o.role), sqlText(o.topic),
                                                      quality(o.kind, o.text)})
                    insert.addBindValue(v);
                if (!insert.exec())
                    return sqlError(QStringLiteral("cannot store phrase"), insert);
                phraseId = insert.lastInsertId().toLongLong();
            }
            find.finish();
            known.insert(k, phraseId);
        }
        if (perPhrase[phraseId]++ == 0)
            firsts.append({phraseId, &o});
    }
    for (const auto &[phraseId, o] : firsts) {
        const QVariant paragraph = (o->paragraph >= 0 && o->paragraph < paragraphIds.size())
            ? QVariant(paragraphIds[o->paragraph])
            : QVariant(QMetaType::fromType<qlonglong>());
        for (const QVariant &v : QVariantList{phraseId, *documentId, paragraph, o->offset, o->length,
                                              perPhrase.value(phraseId), sqlText(o->role), sqlText(o->topic)})
            source.addBindValue(v);
        if (!source.exec())
            return sqlError(QStringLiteral("cannot store phrase source"), source);
    }
    return adjustCounts(m_db, perPhrase, +1);
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
    return m_db.transaction([&] { return removeDocumentInTransaction(id); });
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
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO phrases(kind, key, text, role, topic, quality, user, rank)"
                                 " VALUES (?, ?, ?, ?, ?, ?, 1, ?)"
                                 " ON CONFLICT(kind, key) DO UPDATE SET user = 1, text = excluded.text"));
        const int qual = quality(kind, slotted);
        for (const QVariant &v : QVariantList{kindName(kind), key, slotted, sqlText(role), sqlText(topic), qual, qual})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot add phrase"), q);
        q.prepare(QStringLiteral("SELECT id FROM phrases WHERE kind = ? AND key = ?"));
        q.addBindValue(kindName(kind));
        q.addBindValue(key);
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
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE phrases SET kind = ?, key = ?, text = ?, role = ?, topic = ?, quality = ?"
                                 " WHERE id = ? AND user = 1"));
        for (const QVariant &v : QVariantList{kindName(kind), key, slotted, sqlText(role), sqlText(topic),
                                              quality(kind, slotted), id})
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
