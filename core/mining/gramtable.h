#pragma once

#include <QStringView>

#include <cstring>
#include <vector>

namespace gaozi {

// A 64-bit hash of n code units: four at a time through a multiply-xorshift,
// then a full avalanche, so low bits are good for masks.
quint64 hashCodeUnits(const char16_t *p, qsizetype n);

// Counts of one n-gram in the term miner.
struct GramCount
{
    int count = 0;
    int documents = 0;
    int lastDocument = -1;
    int candidate = -1; // index among the candidates, once chosen
};

// The n-grams of one length n and their counts, in an open-addressing table.
// The first eight code units of each key are kept in the entry and the rest
// compared in the corpus text, so a lookup reads one entry where QHash read a
// span, an entry and the key's text: the term miner makes a few lookups per
// character of the corpus and was bound by those cache misses. Keys are views
// into text that must outlive the table.
class GramTable
{
public:
    explicit GramTable(int n = 0) : m_n(n) {}

    int length() const { return m_n; }
    qsizetype size() const { return m_used; }
    bool isEmpty() const { return m_used == 0; }

    // The counts of the n-gram at p (n code units), or null.
    const GramCount *find(const char16_t *p) const { return find(p, hashOf(p)); }

    // For callers that look keys up a few steps ahead (see Pipeline): the
    // hash of the key at p, a prefetch of the entry it probes first, and
    // find() with that hash.
    quint64 hashOf(const char16_t *p) const { return hashCodeUnits(p, m_n) | 1; }
    void prefetch(quint64 hash) const
    {
        if (!m_entries.empty())
            __builtin_prefetch(&m_entries[hash & (m_entries.size() - 1)]);
    }
    const GramCount *find(const char16_t *p, quint64 hash) const
    {
        if (m_entries.empty())
            return nullptr;
        const Key key = keyOf(p, hash);
        const size_t mask = m_entries.size() - 1;
        for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
            const Entry &e = m_entries[i];
            if (e.key.hash == 0)
                return nullptr;
            if (same(e, key, p))
                return &e.counts;
        }
    }
    GramCount *find(const char16_t *p)
    {
        return const_cast<GramCount *>(std::as_const(*this).find(p));
    }

    // The counts of the n-gram at p, added at zero when new.
    GramCount &insert(const char16_t *p);

    // Keeps only the n-grams for which keep(counts) holds.
    template<typename Keep>
    void retain(Keep &&keep)
    {
        std::vector<Entry> old = std::move(m_entries);
        std::vector<bool> kept(old.size(), false);
        qsizetype n = 0;
        for (size_t i = 0; i < old.size(); ++i) {
            kept[i] = old[i].key.hash != 0 && keep(old[i].counts);
            n += kept[i] ? 1 : 0;
        }
        m_entries.clear();
        m_used = 0;
        if (n > 0)
            m_entries.assign(capacityFor(n), Entry{});
        for (size_t i = 0; i < old.size(); ++i) {
            if (kept[i])
                place(old[i]);
        }
    }

    // f(QStringView gram, GramCount &counts) for every n-gram.
    template<typename F>
    void forEach(F &&f)
    {
        for (Entry &e : m_entries) {
            if (e.key.hash != 0)
                f(QStringView(e.text, m_n), e.counts);
        }
    }

private:
    struct Key
    {
        quint64 hash = 0; // never 0 for a key; 0 marks an empty entry
        quint64 head[2] = {0, 0};
    };
    struct Entry
    {
        Key key;
        const char16_t *text = nullptr;
        GramCount counts;
    };

    Key keyOf(const char16_t *p, quint64 hash) const;
    static size_t capacityFor(qsizetype n); // at most half full
    bool same(const Entry &e, const Key &key, const char16_t *p) const
    {
        return e.key.hash == key.hash && e.key.head[0] == key.head[0] && e.key.head[1] == key.head[1]
            && (m_n <= 8 || std::memcmp(e.text + 8, p + 8, size_t(m_n - 8) * sizeof(char16_t)) == 0);
    }
    void place(const Entry &e); // into a free slot; the table must have room

    int m_n;
    std::vector<Entry> m_entries;
    qsizetype m_used = 0;
};

} // namespace gaozi
