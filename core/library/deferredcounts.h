#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <vector>

namespace gaozi {

// The phrases a bulk import creates (RankIndexPause) are found and counted
// in memory instead of in the library: each later document that holds one
// of them would otherwise look it up in the key index and rewrite its row,
// at a random place in the phrases table, and every commit wrote those pages
// to the WAL again (19 s of an 81 s store phase at 270 MB). Their counts and
// ranks are written once, in id order, when the import ends.
//
// The library says meanwhile (meta key "counts_deferred_above") that the
// phrases above an id may be counted short, in the same transaction that
// sets the indexes aside; writing the counts clears it. A process killed in
// between leaves it set, and recoverDeferredCounts() counts those phrases
// again from their sources.
//
// The in-memory state follows the library's transactions: what a
// transaction or savepoint rolled back is taken back with mark() and
// rollbackTo(), and committed() ends the transaction's log.
class DeferredCounts final
{
public:
    // above: the highest phrase id ever handed out before the import.
    explicit DeferredCounts(qint64 above);
    Q_DISABLE_COPY_MOVE(DeferredCounts)

    // Reads the kind, key and id of every phrase in the library, so that
    // find() knows them too: a bulk import sets the key index aside
    // (schema::keyIndexName) and finds every phrase here.
    Status loadExisting(Database &db);
    // Whether find() knows every phrase (loadExisting ran): then a phrase it
    // does not find is new, with no need to look in the library.
    bool knowsAll() const { return m_knowsAll; }

    // The id of a phrase the library held (loadExisting) or this import
    // created, by kind and stored key (storedPhraseKey()).
    std::optional<qint64> find(int kind, const QByteArray &storedKey) const;
    // Whether this import created the phrase id; its counts are then kept
    // here (count()), while an older phrase is counted in its row.
    bool created(qint64 id) const { return id > m_above; }
    // A phrase this import just created, with its first document counted in
    // its row.
    void created(int kind, const QByteArray &storedKey, qint64 id);
    // One more document holds the phrase id (which find() returned) hits times.
    void count(qint64 id, int hits);

    struct Mark
    {
        qsizetype created = 0;
        qsizetype counted = 0;
    };
    Mark mark() const;
    // Takes back everything since mark, as ROLLBACK TO a savepoint does.
    void rollbackTo(Mark mark);
    // The open transaction committed: what it did is kept.
    void committed();
    // The open transaction rolled back.
    void rolledBack() { rollbackTo({}); }

    // Adds the committed counts to the phrases and brings their ranks in
    // line, in id order, and clears the library's note. Call inside a
    // transaction, after the last commit of the import.
    Status write(Database &db);

    static QString metaKey();

private:
    struct Key
    {
        quint64 high;
        quint64 low;
        int kind;
        bool operator==(const Key &other) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.high, key.low, key.kind);
        }
    };
    static Key keyOf(int kind, const QByteArray &storedKey);
    struct Tally
    {
        qint64 occurrences = 0;
        qint32 documents = 0;
    };

    qint64 m_above;
    bool m_knowsAll = false;
    QHash<Key, qint64> m_ids;
    std::vector<Tally> m_tallies; // by id - m_above - 1
    // The open transaction's log, for rollbackTo().
    std::vector<Key> m_createdLog;
    std::vector<std::pair<qint64, int>> m_countLog;
};

// Counts again from their sources the phrases a killed bulk import left
// counted short (see DeferredCounts), if any. Database::open calls it through
// restoreRankIndexes(), when no import holds the lock. Call inside a
// transaction, with the index of sources by phrase in place.
Status recoverDeferredCounts(Database &db);

} // namespace gaozi
