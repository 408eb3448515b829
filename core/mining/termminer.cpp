#include "mining/termminer.h"

#include "mining/slots.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace gaozi {
namespace {

constexpr double kCohesionCap = 10.0;
constexpr int kLongestLength = 16;

struct Run
{
    QStringView text;
    int document;
    bool softLeft;  // the text goes on through a digit or placeholder
    bool softRight;
};

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

// Runs of Han characters: nothing crosses punctuation, digits or placeholders.
std::vector<Run> hanRuns(const QList<QStringList> &documents, qint64 *total)
{
    std::vector<Run> runs;
    *total = 0;
    for (int d = 0; d < documents.size(); ++d) {
        for (const QString &paragraph : documents[d]) {
            const QStringView p(paragraph);
            qsizetype i = 0;
            while (i < p.size()) {
                while (i < p.size() && !isHan(p[i]))
                    ++i;
                const qsizetype from = i;
                while (i < p.size() && isHan(p[i]))
                    ++i;
                if (i > from) {
                    runs.push_back(Run{p.mid(from, i - from), d, isSoft(p, from - 1), isSoft(p, i)});
                    *total += i - from;
                }
            }
        }
    }
    return runs;
}

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

class Counter
{
public:
    Counter(const std::vector<Run> &runs, qint64 total, int maxLength, int minOccurrences)
        : m_runs(runs), m_total(total), m_levels(size_t(maxLength) + 1), m_minOccurrences(minOccurrences)
    {
        m_unigrams.assign(65536, 0);
        for (const Run &r : runs) {
            for (const QChar c : r.text)
                ++m_unigrams[c.unicode()];
        }
        for (int n = 2; n <= maxLength; ++n) {
            countLevel(n);
            if (m_levels[n].isEmpty())
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
    bool frequentParts(QStringView g) const
    {
        if (g.size() == 2)
            return m_unigrams[g[0].unicode()] >= m_minOccurrences && m_unigrams[g[1].unicode()] >= m_minOccurrences;
        const Level &shorter = m_levels[size_t(g.size()) - 1];
        return shorter.contains(g.left(g.size() - 1)) && shorter.contains(g.mid(1));
    }

    void countLevel(int n)
    {
        Level &level = m_levels[size_t(n)];
        for (const Run &r : m_runs) {
            for (qsizetype i = 0; i + n <= r.text.size(); ++i) {
                const QStringView g = r.text.mid(i, n);
                if (!frequentParts(g))
                    continue;
                Gram &s = level[g];
                ++s.count;
                if (s.lastDocument != r.document) {
                    ++s.documents;
                    s.lastDocument = r.document;
                }
            }
        }
        for (auto it = level.begin(); it != level.end();) {
            if (it->count < m_minOccurrences)
                it = level.erase(it);
            else
                ++it;
        }
    }

    const std::vector<Run> &m_runs;
    qint64 m_total;
    std::vector<int> m_unigrams;
    std::vector<Level> m_levels;
    int m_minOccurrences;
};

void measureNeighbours(const std::vector<Run> &runs, const Counter &counter, int minLength,
                       const QHash<QStringView, int> &index, QList<Candidate> &candidates)
{
    QList<Neighbours> neighbours(candidates.size());
    for (const Run &r : runs) {
        const qsizetype len = r.text.size();
        for (qsizetype i = 0; i < len; ++i) {
            for (int n = 2; n <= counter.maxLength() && i + n <= len; ++n) {
                const QStringView g = r.text.mid(i, n);
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
                    ++nb.left[r.text[i - 1].unicode()];
                else if (r.softLeft)
                    ++nb.left[kSoftNeighbour];
                else
                    ++nb.leftEdges;
                if (i + n < len)
                    ++nb.right[r.text[i + n].unicode()];
                else if (r.softRight)
                    ++nb.right[kSoftNeighbour];
                else
                    ++nb.rightEdges;
            }
        }
    }
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
    qint64 total = 0;
    const std::vector<Run> runs = hanRuns(documents, &total);
    const int maxLength = std::clamp(options.maxLength, 2, kLongestLength);
    const int minLength = std::clamp(options.minLength, 2, maxLength);
    if (total == 0)
        return {};
    int minOccurrences = std::max(1, options.minOccurrences);
    if (options.charactersPerOccurrence > 0)
        minOccurrences = std::max<qint64>(minOccurrences, total / options.charactersPerOccurrence);

    const Counter counter(runs, total, maxLength, minOccurrences);

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
    measureNeighbours(runs, counter, minLength, index, candidates);
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
