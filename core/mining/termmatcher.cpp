#include "mining/termmatcher.h"

#include <QQueue>

namespace gaozi {
namespace {

quint64 edgeKey(int node, char16_t c)
{
    return (quint64(quint32(node)) << 16) | c;
}

} // namespace

TermMatcher::TermMatcher(const QStringList &terms)
{
    m_nodes.append(Node{});
    QList<QList<int>> children{QList<int>{}};
    QList<char16_t> via{0};
    m_sameTerm.fill(-1, terms.size());
    for (int t = 0; t < terms.size(); ++t) {
        const QString &term = terms[t];
        m_lengths.append(int(term.size()));
        if (term.isEmpty())
            continue;
        int node = 0;
        for (const QChar ch : term) {
            m_characters[ch.unicode() >> 6] |= quint64(1) << (ch.unicode() & 63);
            int next = child(node, ch.unicode());
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes.append(Node{});
                children.append(QList<int>{});
                via.append(ch.unicode());
                m_edges.insert(edgeKey(node, ch.unicode()), next);
                children[node].append(next);
            }
            node = next;
        }
        // Duplicate terms chain behind the first so each index is reported.
        if (m_nodes[node].term >= 0) {
            int last = m_nodes[node].term;
            while (m_sameTerm[last] >= 0)
                last = m_sameTerm[last];
            m_sameTerm[last] = t;
        } else {
            m_nodes[node].term = t;
        }
    }

    // Breadth first, so a node's fail target is final before its children need it.
    QQueue<int> queue;
    for (int c : children[0])
        queue.enqueue(c);
    while (!queue.isEmpty()) {
        const int node = queue.dequeue();
        for (int c : children[node]) {
            int f = m_nodes[node].fail;
            int target = child(f, via[c]);
            while (target < 0 && f != 0) {
                f = m_nodes[f].fail;
                target = child(f, via[c]);
            }
            m_nodes[c].fail = (target >= 0 && target != c) ? target : 0;
            const Node &failNode = m_nodes[m_nodes[c].fail];
            m_nodes[c].outLink = failNode.term >= 0 ? m_nodes[c].fail : failNode.outLink;
            queue.enqueue(c);
        }
    }
}

int TermMatcher::child(int node, char16_t c) const
{
    return m_edges.value(edgeKey(node, c), -1);
}

void TermMatcher::scan(QStringView text, const Callback &onMatch) const
{
    int state = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!inSomeTerm(c)) {
            state = 0;
            continue;
        }
        int next = child(state, c);
        while (next < 0 && state != 0) {
            state = m_nodes[state].fail;
            next = child(state, c);
        }
        state = next < 0 ? 0 : next;
        for (int n = m_nodes[state].term >= 0 ? state : m_nodes[state].outLink; n >= 0; n = m_nodes[n].outLink) {
            for (int t = m_nodes[n].term; t >= 0; t = m_sameTerm[t])
                onMatch(t, i - m_lengths[t] + 1);
        }
    }
}

} // namespace gaozi
