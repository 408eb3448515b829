#include "mining/gramtable.h"

#include <algorithm>
#include <bit>

namespace gaozi {
namespace {

quint64 mix64(quint64 h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

} // namespace

quint64 hashCodeUnits(const char16_t *p, qsizetype n)
{
    quint64 h = quint64(n) * 0x9E3779B97F4A7C15ULL;
    for (; n >= 4; n -= 4, p += 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    if (n > 0) {
        quint64 v = 0;
        std::memcpy(&v, p, size_t(n) * sizeof(char16_t));
        h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
    }
    return mix64(h);
}

GramTable::Key GramTable::keyOf(const char16_t *p, quint64 hash) const
{
    Key key;
    key.hash = hash;
    std::memcpy(key.head, p, size_t(std::min(m_n, 8)) * sizeof(char16_t));
    return key;
}

size_t GramTable::capacityFor(qsizetype n)
{
    return std::max<size_t>(1024, std::bit_ceil(size_t(n) * 2));
}

GramCount &GramTable::insert(const char16_t *p)
{
    if (GramCount *found = find(p))
        return *found;
    if (size_t(m_used + 1) * 2 > m_entries.size()) {
        std::vector<Entry> old = std::move(m_entries);
        m_entries.assign(capacityFor(m_used + 1), Entry{});
        m_used = 0;
        for (const Entry &e : old) {
            if (e.key.hash != 0)
                place(e);
        }
    }
    Entry e;
    e.key = keyOf(p, hashOf(p));
    e.text = p;
    place(e);
    return *find(p);
}

void GramTable::place(const Entry &e)
{
    const size_t mask = m_entries.size() - 1;
    size_t i = e.key.hash & mask;
    while (m_entries[i].key.hash != 0)
        i = (i + 1) & mask;
    m_entries[i] = e;
    ++m_used;
}

} // namespace gaozi
