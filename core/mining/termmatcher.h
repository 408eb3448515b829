#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <vector>

namespace gaozi {

// Finds every occurrence of every term in one pass over a text (Aho–Corasick):
// O(text length + matches) per scan whatever the number of terms, so the
// library can count the documents that contain each term without a query per
// term. Matching is exact (no case or width folding); overlapping and nested
// occurrences are all reported (两个维护 inside 坚决做到两个维护 and 维护 both).
// Building is O(total term length); a built matcher is immutable and may be
// scanned from several threads.
class TermMatcher final
{
public:
    using Callback = std::function<void(int termIndex, qsizetype offset)>;

    explicit TermMatcher(const QStringList &terms); // empty terms never match
    TermMatcher(const TermMatcher &) = default;
    TermMatcher &operator=(const TermMatcher &) = default;

    // Calls onMatch(index into the constructor's list, offset of the match in
    // text) for each occurrence, in order of the occurrences' end positions.
    void scan(QStringView text, const Callback &onMatch) const;

    qsizetype size() const { return m_lengths.size(); }
    int length(int termIndex) const { return m_lengths[termIndex]; }

private:
    struct Node
    {
        int fail = 0;
        int term = -1;    // a term ending here
        int outLink = -1; // nearest node on the fail chain where a term ends
    };
    int child(int node, char16_t c) const;
    bool inSomeTerm(char16_t c) const { return (m_characters[c >> 6] >> (c & 63)) & 1; }

    QList<Node> m_nodes;
    // A bit per UTF-16 code unit that occurs in some term. Text is mostly
    // characters no term holds, and from any state those lead back to the
    // root without a match: no edge lookup is needed for them.
    std::vector<quint64> m_characters = std::vector<quint64>(65536 / 64, 0);
    QHash<quint64, int> m_edges; // (node << 16 | character) → node
    QList<int> m_lengths;
    QList<int> m_sameTerm;       // next term with the same text, or -1
};

} // namespace gaozi
