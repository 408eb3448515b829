#include "mining/termminer.h"

#include "mining/slots.h"

#include <QHash>

#include <algorithm>
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

struct Gram
{
    int count = 0;
    int documents = 0;
    int lastDocument = -1;
};

using Level = QHash<QStringView, Gram>;

struct Candidate
{
    QStringView text;
    Gram gram;
    double cohesion = 0;
    double entropy = 0;
    bool kept = true;
};

// Neighbour counts of one candidate; each boundary is its own neighbour.
struct Neighbours
{
    QHash<char16_t, int> left;
    QHash<char16_t, int> right;
    int leftEdges = 0;
    int rightEdges = 0;
    int total = 0;
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

double entropy(const QHash<char16_t, int> &counts, int edges, int total)
{
    if (total == 0)
        return 0;
    double h = 0;
    for (const int c : counts) {
        const double p = double(c) / total;
        h -= p * std::log2(p);
    }
    if (edges > 0)
        h += double(edges) / total * std::log2(double(total));
    return h;
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
        : m_total(corpus.total()), m_levels(size_t(maxLength) + 1), m_minOccurrences(minOccurrences)
    {
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
    int maxLength() const { return int(m_levels.size()) - 1; }

    int count(QStringView g) const
    {
        if (g.size() == 1)
            return m_unigrams[g[0].unicode()];
        return m_levels[size_t(g.size())].value(g).count;
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
        auto slot = [&](QStringView g) -> quint32 & { return bucket[qHash(g, 0) & mask]; };
        auto looked = [&](qint64 base, qsizetype i, qsizetype len) {
            return i + n <= len && frequent[size_t(base + i)] && frequent[size_t(base + i + 1)];
        };
        corpus.forEachRun([&](QStringView run, int, bool, bool, qint64 base) {
            for (qsizetype i = 0; i + n <= run.size(); ++i) {
                if (looked(base, i, run.size()))
                    ++slot(run.mid(i, n));
            }
        });
        Level &level = m_levels[size_t(n)];
        corpus.forEachRun([&](QStringView run, int document, bool, bool, qint64 base) {
            for (qsizetype i = 0; i + n <= run.size(); ++i) {
                const QStringView g = run.mid(i, n);
                if (!looked(base, i, run.size()) || slot(g) < quint32(m_minOccurrences))
                    continue;
                Gram &s = level[g];
                ++s.count;
                if (s.lastDocument != document) {
                    ++s.documents;
                    s.lastDocument = document;
                }
            }
        });
        for (auto it = level.begin(); it != level.end();) {
            if (it->count < m_minOccurrences)
                it = level.erase(it);
            else
                ++it;
        }
        corpus.forEachRun([&](QStringView run, int, bool, bool, qint64 base) {
            // In order: position i still needs the (n−1)-gram bit of i + 1.
            for (qsizetype i = 0; i < run.size(); ++i) {
                const bool kept = looked(base, i, run.size()) && level.contains(run.mid(i, n));
                frequent[size_t(base + i)] = kept;
            }
        });
    }

    qint64 m_total;
    std::vector<int> m_unigrams;
    std::vector<Level> m_levels;
    int m_minOccurrences;
};

void measureNeighbours(const HanCorpus &corpus, const Counter &counter, int minLength,
                       const QHash<QStringView, int> &index, QList<Candidate> &candidates)
{
    QList<Neighbours> neighbours(candidates.size());
    corpus.forEachRun([&](QStringView text, int, bool softLeft, bool softRight, qint64) {
        const qsizetype len = text.size();
        for (qsizetype i = 0; i < len; ++i) {
            for (int n = 2; n <= counter.maxLength() && i + n <= len; ++n) {
                const QStringView g = text.mid(i, n);
                if (!counter.level(n).contains(g))
                    break; // no longer n-gram starting here is frequent either
                if (n < minLength)
                    continue;
                const auto it = index.constFind(g);
                if (it == index.cend())
                    continue;
                Neighbours &nb = neighbours[*it];
                ++nb.total;
                if (i > 0)
                    ++nb.left[text[i - 1].unicode()];
                else if (softLeft)
                    ++nb.left[kSoftNeighbour];
                else
                    ++nb.leftEdges;
                if (i + n < len)
                    ++nb.right[text[i + n].unicode()];
                else if (softRight)
                    ++nb.right[kSoftNeighbour];
                else
                    ++nb.rightEdges;
            }
        }
    });
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Neighbours &nb = neighbours[c];
        candidates[c].entropy = std::min(entropy(nb.left, nb.leftEdges, nb.total),
                                         entropy(nb.right, nb.rightEdges, nb.total));
    }
}

// An expression seen only inside a longer candidate adds nothing.
void dropSubsumed(int minLength, const QHash<QStringView, int> &index, QList<Candidate> &candidates)
{
    QList<bool> subsumed(candidates.size(), false);
    for (const Candidate &t : candidates) {
        if (!t.kept)
            continue;
        for (qsizetype len = minLength; len < t.text.size(); ++len) {
            for (qsizetype at = 0; at + len <= t.text.size(); ++at) {
                const auto it = index.constFind(t.text.mid(at, len));
                if (it == index.cend())
                    continue;
                const Candidate &s = candidates[*it];
                if (s.gram.count == t.gram.count && s.gram.documents == t.gram.documents)
                    subsumed[*it] = true;
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

    const Counter counter(corpus, maxLength, minOccurrences);

    QList<Candidate> candidates;
    QHash<QStringView, int> index;
    for (int n = minLength; n <= maxLength; ++n) {
        const Level &level = counter.level(n);
        for (auto it = level.cbegin(); it != level.cend(); ++it) {
            const QStringView g = it.key();
            if (it->documents < options.minDocuments || options.noStart.contains(g.front())
                || options.noEnd.contains(g.back()))
                continue;
            const double cohesion = counter.cohesion(it.key(), it->count);
            if (cohesion < options.minCohesion)
                continue;
            index.insert(it.key(), int(candidates.size()));
            candidates.append(Candidate{it.key(), it.value(), cohesion});
        }
    }
    measureNeighbours(corpus, counter, minLength, index, candidates);
    for (Candidate &c : candidates)
        c.kept = c.entropy >= options.minEntropy;
    dropSubsumed(minLength, index, candidates);

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
