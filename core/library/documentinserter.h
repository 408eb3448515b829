#pragma once

#include "common/result.h"
#include "ingest/parseddocument.h"
#include "library/database.h"
#include "library/sqlstatement.h"
#include "mining/minedphrase.h"

#include <QSet>

namespace gaozi {

class DeferredCounts;

// Writes one parsed and mined document (its row, paragraphs, phrases and
// sources) with statements prepared once and reused for every document of a
// batch. Each distinct phrase of a document costs an index lookup and then
// either an insert with its counts or an update of its counts, and one source
// row, whatever the size of the library. The rank of a phrase counted again
// is left for LibraryWriter::rankCounted() to bring in line once per
// transaction, not once per document: a rank change rewrites the phrase's
// entry in every rank index, and the common phrases are in most documents.
// In a bulk import the phrases it created are found and counted in memory
// instead (deferredcounts.h).
// Call inside a transaction; LibraryWriter::storeDocuments does.
// The outline of a document as stored in documents.outline_json.
QString storedOutline(const ParsedDocument &doc, const QString &path);

class DocumentInserter final
{
public:
    // counted collects the ids of existing phrases whose counts changed.
    // With deferred (a bulk import), the phrases it creates are found and
    // counted there instead (deferredcounts.h).
    DocumentInserter(Database &db, QSet<qint64> *counted, DeferredCounts *deferred = nullptr);
    Q_DISABLE_COPY_MOVE(DocumentInserter)

    Status prepare();

    // The document with this content, if any: its id and file name.
    Result<std::optional<QPair<qint64, QString>>> findByContent(const QString &contentHash);
    Result<QList<qint64>> findByPath(const QString &path);

    // storedKeys: as StoreRequest::storedKeys (empty: worked out here).
    Result<qint64> insert(const QString &path, const QString &contentHash, const QString &outline,
                          const ParsedDocument &doc, const MinedDocument &mined, const QList<QByteArray> &storedKeys,
                          bool builtin);
private:
    // Finds or creates the phrase and adds this document's occurrences to it.
    // key: storedPhraseKey(o.key).
    Result<qint64> storePhrase(const Occurrence &o, const QByteArray &key, int hits);

    Database &m_db;
    SqlStatement m_byContent;
    SqlStatement m_byPath;
    SqlStatement m_document;
    SqlStatement m_paragraph;
    SqlStatement m_findPhrase;
    SqlStatement m_insertPhrase;
    SqlStatement m_countPhrase;
    SqlStatement m_source;
    QSet<qint64> *m_counted;
    DeferredCounts *m_deferred;
};

} // namespace gaozi
