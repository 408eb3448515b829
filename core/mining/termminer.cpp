#include "mining/termminer.h"

#include "mining/gramtable.h"
#include "mining/slots.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <vector>

namespace gaozi {
namespace {

constexpr double kCohesionCap = 10.0;
constexpr int kLongestLength = 16;

// Digits and placeholder letters continue the text (党的XX大精神, 2023年以来);
// every one of them stands for the same neighbour.
constexpr char16_t kSoftNeighbour = 0xFFFF;

bool isSoft(QStringView p, qsizetype i)
{
    if (i < 0 || i >= p.size())
        return false;
    const QChar c = p[i];
    return c.isDigit() || (c.unicode() < 0x80 && c.isLetter()) || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A);
}

using Gram = GramCount;
using Level = GramTable;

struct Candidate
{
    QStringView text;
    Gram gram;
    double cohesion = 0;
    double entropy = 0;
    bool kept = true;
};

// Neighbour totals of one candidate; each boundary is its own neighbour.
struct Neighbours
{
    int leftEdges = 0;
    int rightEdges = 0;
    int total = 0;
};

// How often each (candidate, side, neighbour character) was seen, in one
// open-addressing table for all candidates: a hash table per candidate and
// side cost a fifth of the mining time in allocation and rehashing.
class NeighbourCounts
{
public:
    static quint64 key(qsizetype candidate, bool right, char16_t c)
    {
        return (quint64(candidate) << 17) | (quint64(right) << 16) | c;
    }

    void prefetch(quint64 key) const
    {
        if (!m_keys.empty())
            __builtin_prefetch(&m_keys[slotOf(key) & (m_keys.size() - 1)]);
    }

    void add(quint64 key)
    {
        if ((m_used + 1) * 2 > m_keys.size())
            grow();
        const size_t mask = m_keys.size() - 1;
        for (size_t i = slotOf(key) & mask;; i = (i + 1) & mask) {
            if (m_keys[i] == key) {
                ++m_counts[i];
                return;
            }
            if (m_keys[i] == kEmpty) {
                m_keys[i] = key;
                m_counts[i] = 1;
                ++m_used;
                return;
            }
        }
    }

    // f(candidate, right, count) for every entry, in key order, so sums come
    // out the same on every run.
    template<typename F>
    void forEachSorted(F &&f) const
    {
        std::vector<std::pair<quint64, int>> entries;
        entries.reserve(m_used);
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != kEmpty)
                entries.emplace_back(m_keys[i], m_counts[i]);
        }
        std::sort(entries.begin(), entries.end());
        for (const auto &[k, count] : entries)
            f(qsizetype(k >> 17), ((k >> 16) & 1) != 0, count);
    }

private:
    static constexpr quint64 kEmpty = ~quint64(0);

    static size_t slotOf(quint64 key) { return size_t(hashCodeUnits(reinterpret_cast<const char16_t *>(&key), 4)); }

    void grow()
    {
        std::vector<quint64> keys = std::move(m_keys);
        std::vector<int> counts = std::move(m_counts);
        m_keys.assign(std::max<size_t>(1024, keys.size() * 2), kEmpty);
        m_counts.assign(m_keys.size(), 0);
        const size_t mask = m_keys.size() - 1;
        for (size_t j = 0; j < keys.size(); ++j) {
            if (keys[j] == kEmpty)
                continue;
            size_t i = slotOf(keys[j]) & mask;
            while (m_keys[i] != kEmpty)
                i = (i + 1) & mask;
            m_keys[i] = keys[j];
            m_counts[i] = counts[j];
        }
    }

    std::vector<quint64> m_keys;
    std::vector<int> m_counts;
    size_t m_used = 0;
};

// The corpus seen as runs of Han characters: nothing crosses punctuation,
// digits or placeholders. Runs are found again on every pass rather than
// stored, so the only per-character memory is two bits (see Counter).
class HanCorpus
{
public:
    explicit HanCorpus(const QList<QStringList> &documents) : m_documents(documents)
    {
        forEachRun([this](QStringView run, int, bool, bool, qint64) { m_total += run.size(); });
    }

    qint64 total() const { return m_total; }

    // f(run, document, softLeft, softRight, position of the run's first character)
    template<typename F>
    void forEachRun(F &&f) const
    {
        qint64 base = 0;
        for (int d = 0; d < m_documents.size(); ++d) {
            for (const QString &paragraph : m_documents[d]) {
                const QStringView p(paragraph);
                qsizetype i = 0;
                while (i < p.size()) {
                    while (i < p.size() && !isHan(p[i]))
                        ++i;
                    const qsizetype from = i;
                    while (i < p.size() && isHan(p[i]))
                        ++i;
                    if (i > from) {
                        f(p.mid(from, i - from), d, isSoft(p, from - 1), isSoft(p, i), base);
                        base += i - from;
                    }
                }
            }
        }
    }

private:
    const QList<QStringList> &m_documents;
    qint64 m_total = 0;
};

// One neighbour seen count times out of total: its share of the entropy.
double entropyTerm(int count, int total)
{
    const double p = double(count) / total;
    return -p * std::log2(p);
}

// Boundaries are distinct neighbours, one occurrence each.
double edgeEntropy(int edges, int total)
{
    return edges > 0 ? double(edges) / total * std::log2(double(total)) : 0.0;
}

// Runs work on corpus positions a few positions after their table entry was
// prefetched, in order, so that many cache misses are in flight at once: the
// counting passes are bound by random reads of tables larger than the cache.
template<typename Item, typename Work>
class Pipeline
{
public:
    explicit Pipeline(Work work) : m_work(std::move(work)) {}
    ~Pipeline() { drain(); }

    void push(const Item &item)
    {
        if (m_size == kDepth) {
            m_work(m_ring[m_head]);
            m_ring[m_head] = item;
            m_head = (m_head + 1) % kDepth;
            return;
        }
        m_ring[(m_head + m_size++) % kDepth] = item;
    }
    void drain()
    {
        for (; m_size > 0; --m_size, m_head = (m_head + 1) % kDepth)
            m_work(m_ring[m_head]);
    }

private:
    static constexpr int kDepth = 16;
    std::array<Item, kDepth> m_ring{};
    int m_head = 0;
    int m_size = 0;
    Work m_work;
};

template<typename Item, typename Work>
Pipeline<Item, Work> pipeline(Work work)
{
    return Pipeline<Item, Work>(std::move(work));
}

// Counts the frequent n-grams level by level. An n-gram is looked at only where
// both its (n−1)-grams are frequent (a bit per position remembers which are),
// and it enters the exact table only when its hash bucket reached the threshold
// in a first pass (the PCY filter), so the tables hold little beyond the
// frequent n-grams themselves whatever the size of the corpus.
class Counter
{
public:
    Counter(const HanCorpus &corpus, int maxLength, int minOccurrences)
        : m_total(corpus.total()), m_minOccurrences(minOccurrences)
    {
        for (int n = 0; n <= maxLength; ++n)
            m_levels.emplace_back(n);
        m_unigrams.assign(65536, 0);
        corpus.forEachRun([this](QStringView run, int, bool, bool, qint64) {
            for (const QChar c : run)
                ++m_unigrams[c.unicode()];
        });
        std::vector<bool> frequent(size_t(m_total), false);
        corpus.forEachRun([&](QStringView run, int, bool, bool, qint64 base) {
            for (qsizetype i = 0; i < run.size(); ++i)
                frequent[size_t(base + i)] = m_unigrams[run[i].unicode()] >= m_minOccurrences;
        });
        const size_t buckets = std::clamp<size_t>(std::bit_ceil(size_t(m_total)), kMinBuckets, kMaxBuckets);
        std::vector<quint32> bucket(buckets);
        for (int n = 2; n <= maxLength; ++n) {
            countLevel(corpus, n, frequent, bucket);
            if (m_levels[size_t(n)].isEmpty())
                break;
        }
    }

    const Level &level(int n) const { return m_levels[size_t(n)]; }
    Level &level(int n) { return m_levels[size_t(n)]; }
    int maxLength() const { return int(m_levels.size()) - 1; }

    int count(QStringView g) const
    {
        if (g.size() == 1)
            return m_unigrams[g[0].unicode()];
        const Gram *gram = m_levels[size_t(g.size())].find(g.utf16());
        return gram ? gram->count : 0;
    }

    // PMI of the weakest split of g into two parts.
    double cohesion(QStringView g, int count) const
    {
        double weakest = std::numeric_limits<double>::max();
        for (qsizetype k = 1; k < g.size(); ++k) {
            const double a = this->count(g.left(k));
            const double b = this->count(g.mid(k));
            weakest = std::min(weakest, std::log2(double(count) * double(m_total) / (a * b)));
        }
        return weakest;
    }

private:
    static constexpr size_t kMinBuckets = size_t(1) << 10;
    static constexpr size_t kMaxBuckets = size_t(1) << 24; // 64 MB of counters

    // frequent: on entry, whether the (n−1)-gram at each position is frequent;
    // on return, the same for the n-gram.
    void countLevel(const HanCorpus &corpus, int n, std::vector<bool> &frequent, std::vector<quint32> &bucket)
    {
        const size_t mask = bucket.size() - 1;
        std::fill(bucket.begin(), bucket.end(), 0);
        auto looked = [&](qint64 base, qsizetype i, qsizetype len) {
            return i + n <= len && frequent[size_t(base + i)] && frequent[size_t(base + i + 1)];
        };
        auto slotOf = [&](const char16_t *p) {
            const size_t slot = hashCodeUnits(p, n) & mask;
            __builtin_prefetch(&bucket[slot], 1);
            return slot;
        };
        {
            auto count = pipeline<size_t>([&](size_t slot) { ++bucket[slot]; });
            corpus.forEachRun([&](QStringView run, int, bool, bool, qint64 base) {
                for (qsizetype i = 0; i + n <= run.size(); ++i) {
                    if (looked(base, i, run.size()))
                        count.push(slotOf(run.utf16() + i));
                }
            });
        }
        Level &level = m_levels[size_t(n)];
        struct Seen
        {
            size_t slot;
            const char16_t *gram;
            int document;
        };
        {
            auto count = pipeline<Seen>([&](const Seen &seen) {
                if (bucket[seen.slot] < quint32(m_minOccurrences))
                    return;
                Gram &s = level.insert(seen.gram);
                ++s.count;
                if (s.lastDocument != seen.document) {
                    ++s.documents;
                    s.lastDocument = seen.document;
                }
            });
            corpus.forEachRun([&](QStringView run, int document, bool, bool, qint64 base) {
                for (qsizetype i = 0; i + n <= run.size(); ++i) {
                    if (looked(base, i, run.size()))
                        count.push({slotOf(run.utf16() + i), run.utf16() + i, document});
                }
            });
        }
        level.retain([this](const Gram &g) { return g.count >= m_minOccurrences; });
        struct Mark
        {
            qint64 position;
            quint64 hash;
            const char16_t *gram;
        };
        auto mark = pipeline<Mark>([&](const Mark &m) {
            frequent[size_t(m.position)] = level.find(m.gram, m.hash) != nullptr;
        });
        corpus.forEachRun([&](QStringView run, int, bool, bool, qint64 base) {
            // In order: position i still needs the (n−1)-gram bit of i + 1. A
            // looked position's bit is written a few positions later, after
            // every reader of it has read it.
            for (qsizetype i = 0; i < run.size(); ++i) {
                if (!looked(base, i, run.size())) {
                    frequent[size_t(base + i)] = false;
                    continue;
                }
                const quint64 hash = level.hashOf(run.utf16() + i);
                level.prefetch(hash);
                mark.push({base + i, hash, run.utf16() + i});
            }
        });
        mark.drain();
    }

    qint64 m_total;
    std::vector<int> m_unigrams;
    std::vector<Level> m_levels;
    int m_minOccurrences;
};

void measureNeighbours(const HanCorpus &corpus, const Counter &counter, int minLength, QList<Candidate> &candidates)
{
    std::vector<Neighbours> neighbours(size_t(candidates.size()));
    NeighbourCounts counts;
    // Two stages, each a few positions behind the one before: find the
    // candidates at a position, then count their neighbours.
    struct Occurrence
    {
        int candidate;
        quint64 left;  // NeighbourCounts key, or kEdge
        quint64 right;
    };
    constexpr quint64 kEdge = ~quint64(0);
    auto tally = pipeline<Occurrence>([&](const Occurrence &o) {
        Neighbours &nb = neighbours[size_t(o.candidate)];
        ++nb.total;
        if (o.left == kEdge)
            ++nb.leftEdges;
        else
            counts.add(o.left);
        if (o.right == kEdge)
            ++nb.rightEdges;
        else
            counts.add(o.right);
    });
    const Level &first = counter.level(minLength);
    struct Look
    {
        QStringView text; // the run
        qsizetype at;
        quint64 hash; // of the minLength-gram at `at`
        bool softLeft;
        bool softRight;
    };
    auto look = pipeline<Look>([&](const Look &l) {
        const QStringView text = l.text;
        const qsizetype len = text.size();
        const qsizetype i = l.at;
        // Every frequent n-gram's (n-1)-gram prefix is frequent, so lengths
        // below minLength need no look.
        for (int n = minLength; n <= counter.maxLength() && i + n <= len; ++n) {
            const Gram *it = n == minLength ? first.find(text.utf16() + i, l.hash)
                                            : counter.level(n).find(text.utf16() + i);
            if (!it)
                break; // no longer n-gram starting here is frequent either
            if (it->candidate < 0)
                continue;
            const int c = it->candidate;
            Occurrence o{c, kEdge, kEdge};
            if (i > 0)
                o.left = NeighbourCounts::key(c, false, text[i - 1].unicode());
            else if (l.softLeft)
                o.left = NeighbourCounts::key(c, false, kSoftNeighbour);
            if (i + n < len)
                o.right = NeighbourCounts::key(c, true, text[i + n].unicode());
            else if (l.softRight)
                o.right = NeighbourCounts::key(c, true, kSoftNeighbour);
            __builtin_prefetch(&neighbours[size_t(c)], 1);
            if (o.left != kEdge)
                counts.prefetch(o.left);
            if (o.right != kEdge)
                counts.prefetch(o.right);
            tally.push(o);
        }
    });
    corpus.forEachRun([&](QStringView text, int, bool softLeft, bool softRight, qint64) {
        for (qsizetype i = 0; i + minLength <= text.size(); ++i) {
            const quint64 hash = first.hashOf(text.utf16() + i);
            first.prefetch(hash);
            look.push({text, i, hash, softLeft, softRight});
        }
    });
    look.drain();
    tally.drain();
    std::vector<double> left(size_t(candidates.size()), 0.0);
    std::vector<double> right(size_t(candidates.size()), 0.0);
    counts.forEachSorted([&](qsizetype c, bool isRight, int count) {
        (isRight ? right : left)[size_t(c)] += entropyTerm(count, neighbours[size_t(c)].total);
    });
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Neighbours &nb = neighbours[size_t(c)];
        if (nb.total == 0) {
            candidates[c].entropy = 0;
            continue;
        }
        candidates[c].entropy = std::min(left[size_t(c)] + edgeEntropy(nb.leftEdges, nb.total),
                                         right[size_t(c)] + edgeEntropy(nb.rightEdges, nb.total));
    }
}

// An expression seen only inside a longer candidate adds nothing.
void dropSubsumed(int minLength, const Counter &counter, QList<Candidate> &candidates)
{
    QList<bool> subsumed(candidates.size(), false);
    for (const Candidate &t : candidates) {
        if (!t.kept)
            continue;
        for (qsizetype len = minLength; len < t.text.size(); ++len) {
            for (qsizetype at = 0; at + len <= t.text.size(); ++at) {
                const Gram *it = counter.level(int(len)).find(t.text.utf16() + at);
                if (!it || it->candidate < 0)
                    continue;
                const Candidate &s = candidates[it->candidate];
                if (s.gram.count == t.gram.count && s.gram.documents == t.gram.documents)
                    subsumed[it->candidate] = true;
            }
        }
    }
    for (qsizetype c = 0; c < candidates.size(); ++c)
        candidates[c].kept = candidates[c].kept && !subsumed[c];
}

} // namespace

QList<TermCandidate> mineStatisticalTerms(const QList<QStringList> &documents, const TermMinerOptions &options)
{
    const HanCorpus corpus(documents);
    const qint64 total = corpus.total();
    const int maxLength = std::clamp(options.maxLength, 2, kLongestLength);
    const int minLength = std::clamp(options.minLength, 2, maxLength);
    if (total == 0)
        return {};
    int minOccurrences = std::max(1, options.minOccurrences);
    if (options.charactersPerOccurrence > 0)
        minOccurrences = std::max<qint64>(minOccurrences, total / options.charactersPerOccurrence);

    Counter counter(corpus, maxLength, minOccurrences);

    QList<Candidate> candidates;
    for (int n = minLength; n <= maxLength; ++n) {
        counter.level(n).forEach([&](QStringView g, Gram &gram) {
            if (gram.documents < options.minDocuments || options.noStart.contains(g.front())
                || options.noEnd.contains(g.back()))
                return;
            const double cohesion = counter.cohesion(g, gram.count);
            if (cohesion < options.minCohesion)
                return;
            gram.candidate = int(candidates.size());
            candidates.append(Candidate{g, gram, cohesion});
        });
    }
    measureNeighbours(corpus, counter, minLength, candidates);
    for (Candidate &c : candidates)
        c.kept = c.entropy >= options.minEntropy;
    dropSubsumed(minLength, counter, candidates);

    QList<TermCandidate> out;
    for (const Candidate &c : candidates) {
        if (!c.kept)
            continue;
        const double score =
            c.entropy * std::min(c.cohesion, kCohesionCap) * std::log2(1.0 + c.gram.count);
        out.append(TermCandidate{c.text.toString(), c.gram.documents, c.gram.count, score});
    }
    std::sort(out.begin(), out.end(), [](const TermCandidate &a, const TermCandidate &b) {
        return a.score != b.score ? a.score > b.score : a.text < b.text;
    });
    if (options.maxCandidates > 0 && out.size() > options.maxCandidates)
        out.resize(options.maxCandidates);
    return out;
}

} // namespace gaozi
