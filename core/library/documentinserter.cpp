#include "library/documentinserter.h"

#include "ingest/outlinejson.h"
#include "library/deferredcounts.h"
#include "library/librarywriter.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/textsignature.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gaozi {
namespace {

int charCount(const MinedDocument &mined)
{
    qsizetype n = 0;
    for (const auto &p : mined.paragraphs)
        n += p.text.size();
    return int(n);
}

// One phrase of a document: where it first occurs and how often it does.
struct DocumentPhrase
{
    const Occurrence *first;
    int hits;
};

} // namespace

DocumentInserter::DocumentInserter(Database &db, QSet<qint64> *counted, DeferredCounts *deferred)
    : m_db(db), m_counted(counted), m_deferred(deferred)
{
}

Status DocumentInserter::prepare()
{
    if (!m_deferred || !m_deferred->knowsAll()) {
        if (Status s = phraseKeysWritable(m_db); !s)
            return s;
    }
    const QList<QPair<SqlStatement *, const char *>> statements = {
        {&m_byContent, "SELECT id, file_name FROM documents WHERE content_hash = ?"},
        {&m_byPath, "SELECT id FROM documents WHERE path = ?"},
        {&m_document, "INSERT INTO documents(path, file_name, content_hash, title, year, genre, unit_type, format,"
                      " encoding, char_count, dropped_lines, outline_json, builtin, imported_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_paragraph, "INSERT INTO paragraphs(document_id, idx, section_path, text) VALUES (?, ?, ?, ?)"},
        // Rank as in recountPhrases: documents, then uses, then quality. (An
        // upsert with RETURNING does the same in one statement but costs more
        // than the lookup and the plain insert or update together.) An update
        // leaves the rank, and so the rank indexes, alone: see rankCounted().
        {&m_findPhrase, "SELECT id FROM phrases WHERE kind = ? AND key = ?"},
        {&m_insertPhrase, "INSERT INTO phrases(kind, key, text, role, topic, quality, occurrences, doc_count, rank,"
                          " sig) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"},
        {&m_countPhrase, "UPDATE phrases SET occurrences = occurrences + ?, doc_count = doc_count + 1 WHERE id = ?"},
        {&m_source, "INSERT INTO sources(phrase_id, document_id, paragraph_id, offset, length, hits, role, topic)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &[statement, sql] : statements) {
        if (Status s = statement->prepare(m_db, sql); !s)
            return s;
    }
    return {};
}

Result<std::optional<QPair<qint64, QString>>> DocumentInserter::findByContent(const QString &contentHash)
{
    m_byContent.bind(1, contentHash);
    auto row = m_byContent.step(QStringLiteral("cannot look up document"));
    if (!row)
        return Error{row.error()};
    std::optional<QPair<qint64, QString>> found;
    if (row.value())
        found = QPair<qint64, QString>{m_byContent.int64(0), m_byContent.text(1)};
    m_byContent.reset();
    return found;
}

Result<QList<qint64>> DocumentInserter::findByPath(const QString &path)
{
    m_byPath.bind(1, path);
    QList<qint64> ids;
    if (Status s = m_byPath.eachRow(QStringLiteral("cannot look up document"), [&] { ids << m_byPath.int64(0); }); !s)
        return Error{s.error()};
    return ids;
}

Result<qint64> DocumentInserter::storePhrase(const Occurrence &o, const QByteArray &key, int hits)
{
    const QString kind = kindName(o.kind);
    // A bulk import finds the phrases it created in memory, and when none of
    // its files was in the library (the key index is set aside) every
    // phrase; what is not found there is looked up.
    qint64 existing = m_deferred ? m_deferred->find(int(o.kind), key).value_or(0) : 0;
    if (existing && m_deferred->created(existing)) {
        m_deferred->count(existing, hits);
        return existing;
    }
    if (!existing && !(m_deferred && m_deferred->knowsAll())) {
        m_findPhrase.bind(1, kind);
        m_findPhrase.bindBlob(2, key);
        auto found = m_findPhrase.step(QStringLiteral("cannot look up phrase"));
        if (!found)
            return Error{found.error()};
        existing = found.value() ? m_findPhrase.int64(0) : 0;
        m_findPhrase.reset();
    }
    if (existing) {
        m_countPhrase.bind(1, hits);
        m_countPhrase.bind(2, existing);
        if (Status s = m_countPhrase.exec(QStringLiteral("cannot count phrase")); !s)
            return Error{s.error()};
        m_counted->insert(existing);
        return existing;
    }
    const int quality = LibraryWriter::quality(o.kind, o.text);
    m_insertPhrase.bind(1, kind);
    m_insertPhrase.bindBlob(2, key);
    m_insertPhrase.bind(3, o.text);
    m_insertPhrase.bind(4, o.role);
    m_insertPhrase.bind(5, o.topic);
    m_insertPhrase.bind(6, quality);
    m_insertPhrase.bind(7, hits);
    m_insertPhrase.bind(8, 1000000 + std::min(hits, 9999) * 100 + quality);
    m_insertPhrase.bind(9, storedSignature(o.text));
    if (Status s = m_insertPhrase.exec(QStringLiteral("cannot store phrase")); !s)
        return Error{s.error()};
    const qint64 id = m_db.lastInsertRowId();
    if (m_deferred)
        m_deferred->created(int(o.kind), key, id);
    return id;
}

QString storedOutline(const ParsedDocument &doc, const QString &path)
{
    const QJsonArray outline = outlineToJson(doc, path).value(QStringLiteral("sections")).toArray();
    return QString::fromUtf8(QJsonDocument(outline).toJson(QJsonDocument::Compact));
}

Result<qint64> DocumentInserter::insert(const QString &path, const QString &contentHash, const QString &outline,
                                        const ParsedDocument &doc, const MinedDocument &mined,
                                        const QList<QByteArray> &storedKeys, bool builtin)
{
    m_document.bind(1, path);
    m_document.bind(2, QFileInfo(path).fileName());
    m_document.bind(3, contentHash);
    m_document.bind(4, doc.title);
    if (doc.year)
        m_document.bind(5, *doc.year);
    else
        m_document.bindNull(5);
    m_document.bind(6, doc.genre);
    m_document.bind(7, doc.unitType);
    m_document.bind(8, doc.format);
    m_document.bind(9, doc.encoding);
    m_document.bind(10, charCount(mined));
    m_document.bind(11, int(doc.dropped.size()));
    m_document.bind(12, outline);
    m_document.bind(13, builtin ? 1 : 0);
    m_document.bind(14, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = m_document.exec(QStringLiteral("cannot store document")); !s)
        return Error{s.error()};
    const qint64 documentId = m_db.lastInsertRowId();

    QList<qint64> paragraphIds;
    paragraphIds.reserve(mined.paragraphs.size());
    for (int i = 0; i < mined.paragraphs.size(); ++i) {
        m_paragraph.bind(1, documentId);
        m_paragraph.bind(2, i);
        m_paragraph.bind(3, mined.paragraphs[i].sectionPath);
        m_paragraph.bind(4, mined.paragraphs[i].text);
        if (Status s = m_paragraph.exec(QStringLiteral("cannot store paragraphs")); !s)
            return Error{s.error()};
        paragraphIds << m_db.lastInsertRowId();
    }

    // One source row per phrase and document: where it first occurs, and how
    // often. A document that repeats a term fifty times adds one row, not fifty.
    QList<DocumentPhrase> phrases;
    QHash<QPair<int, QString>, qsizetype> index;
    for (const Occurrence &o : mined.occurrences) {
        if (o.key.isEmpty() || o.text.isEmpty())
            continue;
        const QPair<int, QString> key{int(o.kind), o.key};
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            ++phrases[*it].hits;
            continue;
        }
        index.insert(key, phrases.size());
        phrases.append({&o, 1});
    }
    for (const DocumentPhrase &p : phrases) {
        const Occurrence &o = *p.first;
        const qsizetype at = p.first - mined.occurrences.constData();
        auto phraseId =
            storePhrase(o, storedKeys.size() == mined.occurrences.size() ? storedKeys[at] : storedPhraseKey(o.key), p.hits);
        if (!phraseId)
            return Error{phraseId.error()};
        m_source.bind(1, phraseId.value());
        m_source.bind(2, documentId);
        if (o.paragraph >= 0 && o.paragraph < paragraphIds.size())
            m_source.bind(3, paragraphIds[o.paragraph]);
        else
            m_source.bindNull(3);
        m_source.bind(4, o.offset);
        m_source.bind(5, o.length);
        m_source.bind(6, p.hits);
        m_source.bind(7, o.role);
        m_source.bind(8, o.topic);
        if (Status s = m_source.exec(QStringLiteral("cannot store phrase source")); !s)
            return Error{s.error()};
    }
    return documentId;
}

} // namespace gaozi
