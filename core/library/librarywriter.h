#pragma once

#include "common/result.h"
#include "ingest/parseddocument.h"
#include "library/database.h"
#include "mining/minedphrase.h"

#include <QHash>
#include <QSet>

namespace gaozi {

class DeferredCounts;

struct StoreOutcome
{
    enum class Kind { Added, Replaced, Skipped };
    Kind kind = Kind::Added;
    qint64 documentId = 0;
    QString note; // why it was skipped, or what it replaced
};

// One document for LibraryWriter::storeDocuments; doc and mined must outlive the call.
struct StoreRequest
{
    QString path;
    const ParsedDocument *doc = nullptr;
    const MinedDocument *mined = nullptr;
    bool builtin = false;
    // contentHash(*doc) and storedOutline(*doc, path), when the caller has
    // them already (the importer works them out on its worker threads);
    // computed here when empty.
    QString contentHash;
    QString outline;
    // storedPhraseKey() of each of mined->occurrences' keys, in order; when
    // empty, worked out here for each distinct phrase.
    QList<QByteArray> storedKeys;
};

// Write side of the library. Each public call is one transaction: a document
// is wholly in or wholly out, whatever happens to the process.
class LibraryWriter final
{
public:
    explicit LibraryWriter(Database &db) : m_db(db) {}

    // Same content already present (by the cleaned text's hash): skipped.
    // Same path with other content: the old document is replaced.
    // New phrases become searchable at the next syncFullText() (fulltext.h),
    // which Importer::run calls once at the end of an import.
    Result<StoreOutcome> storeDocument(const QString &path, const ParsedDocument &doc, const MinedDocument &mined,
                                       bool builtin = false);
    // Several documents in one transaction: a document that fails is rolled
    // back alone and reported in its place, the others are kept, and each is
    // still wholly in or wholly out (the batch shares one savepoint, and is
    // stored again with one per document only when a document fails). When the
    // transaction itself fails (the library is busy) every result carries
    // that error and nothing is stored.
    QList<Result<StoreOutcome>> storeDocuments(const QList<StoreRequest> &requests);
    // The same inside the caller's transaction (Database::begin), so one
    // commit can cover several calls. The outer error is one that leaves the
    // transaction unusable; the caller then rolls back. Before committing,
    // the caller calls rankCounted().
    Result<QList<Result<StoreOutcome>>> storeDocumentsInTransaction(const QList<StoreRequest> &requests);
    // Brings the rank of every phrase stored documents counted again in line
    // with its counts: once per transaction rather than once per document,
    // as a rank change rewrites the phrase's entry in every rank index.
    Status rankCounted();
    // From now on the phrases stored documents create are found and counted
    // in counts (a bulk import's, deferredcounts.h), which follows this
    // writer's savepoints; the caller reports its commits and rollbacks.
    void deferCounts(DeferredCounts *counts) { m_deferred = counts; }
    // Removes a document, its sources, and phrases no other document uses.
    Status removeDocument(qint64 id);

    Result<qint64> addUserPhrase(PhraseKind kind, const QString &text, const QString &role, const QString &topic);
    Status updateUserPhrase(qint64 id, PhraseKind kind, const QString &text, const QString &role, const QString &topic);
    Status deleteUserPhrase(qint64 id);
    Status setFavourite(qint64 id, bool favourite);

    // Hash of a parsed document's cleaned text: equal for the same content in
    // any encoding or container.
    static QString contentHash(const ParsedDocument &doc);
    // 0..99: how complete and reusable a phrase of this kind looks.
    static int quality(PhraseKind kind, const QString &text);

private:
    Status removeDocumentInTransaction(qint64 id);

    Database &m_db;
    QSet<qint64> m_counted; // phrases whose counts changed since rankCounted()
    DeferredCounts *m_deferred = nullptr;
};

// Recomputes counts, majority role/topic and rank of the given phrases from
// their sources and deletes mined phrases left without any. Costs a scan of
// each phrase's sources: for corpus-wide passes, not per document. Call inside
// a transaction.
Status recountPhrases(Database &db, const QSet<qint64> &ids);

// Adds (direction +1) or removes (-1) one document's occurrences, given per
// phrase, to the stored counts and rank; phrases left with none are deleted
// unless they are the user's own. Call inside a transaction.
Status adjustCounts(Database &db, const QHash<qint64, int> &perPhrase, int direction);

} // namespace gaozi
