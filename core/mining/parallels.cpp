#include "mining/slots.h"
#include "mining/spanfinders.h"

namespace gaozi {
namespace {

constexpr int kMinItem = 2;
constexpr int kMaxItem = 8;
constexpr int kMaxPairItem = 6;
constexpr int kMinItems = 3;
constexpr int kMaxTail = 2;
constexpr QChar kSeparator = u'、';
// 等 closes a list: 项目建设等工作 ends the run at 项目建设.
constexpr QChar kListEnd = u'等';

struct Item
{
    qsizetype from = 0;
    qsizetype to = 0;
    qsizetype size() const { return to - from; }
};

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

class RunChecker
{
public:
    RunChecker(QStringView p, QList<TextSpan> &out) : m_p(p), m_out(out) {}

    void check(const QList<Item> &items)
    {
        if (items.size() == 2) {
            pair(items[0], items[1]);
            return;
        }
        // A list may hold a parallel run among items of other lengths (聚焦全面建成
        // 小康社会、决战决胜脱贫攻坚、坚持把党建工作与业务工作同谋划、同部署、同落实):
        // each stretch of similar items is checked with its two neighbours.
        const qsizetype n = items.size();
        qsizetype a = 0;
        while (a < n) {
            if (!fits(items[a])) {
                ++a;
                continue;
            }
            qsizetype lmin = items[a].size();
            qsizetype lmax = lmin;
            qsizetype b = a + 1;
            while (b < n && fits(items[b]) && std::max(lmax, items[b].size()) - std::min(lmin, items[b].size()) <= 1) {
                lmin = std::min(lmin, items[b].size());
                lmax = std::max(lmax, items[b].size());
                ++b;
            }
            const qsizetype from = std::max<qsizetype>(0, a - 1);
            const qsizetype to = std::min(n, b + 1);
            if (to - from >= kMinItems)
                series(items.mid(from, to - from));
            a = b;
        }
    }

private:
    QStringView text(const Item &i) const { return m_p.mid(i.from, i.size()); }
    static bool fits(const Item &i) { return i.size() >= kMinItem && i.size() <= kMaxItem; }

    void emit(const Item &first, const Item &last)
    {
        const qsizetype length = last.to - first.from;
        m_out.append(TextSpan{first.from, length, m_p.mid(first.from, length).toString()});
    }

    // 同向而行、同时发力 / 时时学、事事学: two items of one length that share a prefix
    // or suffix. A first item that carries the sentence before it is cut to the
    // second's length only where the shared prefix lines up.
    void pair(Item a, const Item &b)
    {
        const qsizetype len = b.size();
        if (len < kMinItem || len > kMaxPairItem || a.size() < len)
            return;
        const bool trimmed = a.size() > len;
        a.from = a.to - len;
        const qsizetype pre = commonPrefix(text(a), text(b));
        const qsizetype suf = commonSuffix(text(a), text(b));
        if (pre >= len || (pre == 0 && (trimmed || suf == 0)))
            return;
        emit(a, b);
    }

    // ≥3 items: the inner items fix the length (within one character); the
    // first and last items may carry text of the sentence around the run.
    void series(QList<Item> items)
    {
        const qsizetype n = items.size();
        qsizetype lmin = kMaxItem + 1;
        qsizetype lmax = 0;
        for (qsizetype i = 1; i + 1 < n; ++i) {
            lmin = std::min(lmin, items[i].size());
            lmax = std::max(lmax, items[i].size());
        }
        if (lmin < kMinItem || lmax > kMaxItem || lmax - lmin > 1)
            return;
        qsizetype pre = kMaxItem;
        for (qsizetype i = 2; i < n; ++i)
            pre = std::min(pre, commonPrefix(text(items[1]), text(items[i])));
        qsizetype suf = kMaxItem;
        for (qsizetype i = 0; i + 2 < n; ++i)
            suf = std::min(suf, commonSuffix(text(items[i]), text(items[i + 1])));
        pre = std::min(pre, lmin - 1);
        suf = std::min(suf, lmin - 1);

        // One inner item fixes no length: the run must show its pattern instead.
        if (n == kMinItems && pre == 0 && suf == 0)
            return;
        const QStringView prefix = text(items[1]).left(pre);
        const QStringView suffix = text(items[1]).right(suf);
        bool keepFirst = fitFirst(items.first(), lmin, lmax, prefix, items[1].size());
        bool keepLast = fitLast(items.last(), lmin, lmax, suffix, items[n - 2].size());
        const qsizetype kept = n - (keepFirst ? 0 : 1) - (keepLast ? 0 : 1);
        if (kept < kMinItems)
            return;
        emit(keepFirst ? items.first() : items[1], keepLast ? items.last() : items[n - 2]);
    }

    // A first item carries the words before the run (切实履行把方向): cut it to the
    // shared prefix, or to its neighbour's length when the items share none.
    bool fitFirst(Item &first, qsizetype lmin, qsizetype lmax, QStringView prefix, qsizetype neighbour) const
    {
        if (first.size() < lmin)
            return false;
        if (!prefix.isEmpty()) {
            for (qsizetype len = std::min(lmax, first.size()); len >= lmin; --len) {
                if (m_p.mid(first.to - len, len).startsWith(prefix)) {
                    first.from = first.to - len;
                    return true;
                }
            }
            return false;
        }
        if (first.size() > lmax)
            first.from = first.to - neighbour;
        return true;
    }

    // A last item may run on into the sentence: 项目建设等工作 stops at 等, and
    // 保落实职责 loses a trailing word of at most kMaxTail characters; a longer
    // run-on (党员活动室建设) cannot be cut safely and the item is left out.
    bool fitLast(Item &last, qsizetype lmin, qsizetype lmax, QStringView suffix, qsizetype neighbour) const
    {
        const qsizetype stop = text(last).indexOf(kListEnd);
        if (stop >= lmin && stop <= lmax)
            last.to = last.from + stop;
        if (last.size() < lmin)
            return false;
        if (!suffix.isEmpty()) {
            for (qsizetype len = std::min(lmax, last.size()); len >= lmin; --len) {
                if (m_p.mid(last.from, len).endsWith(suffix)) {
                    last.to = last.from + len;
                    return true;
                }
            }
            return false;
        }
        if (last.size() <= lmax)
            return true;
        if (last.size() - neighbour > kMaxTail)
            return false;
        last.to = last.from + neighbour;
        return true;
    }

    QStringView m_p;
    QList<TextSpan> &m_out;
};

// 走深走心走实 / 管权管事管人 / 看纪律看作风看廉政: one character opening ≥3
// units of two or three characters with no separator between them.
void repeatedHeads(QStringView p, qsizetype from, qsizetype to, QList<TextSpan> &out)
{
    for (qsizetype i = from; i < to; ++i) {
        for (qsizetype unit = 2; unit <= 3; ++unit) {
            const QChar head = p[i];
            qsizetype units = 1;
            while (i + (units + 1) * unit <= to && p[i + units * unit] == head)
                ++units;
            if (units < kMinItems)
                continue;
            bool clean = true;
            for (qsizetype u = 0; u < units && clean; ++u) {
                for (qsizetype k = 1; k < unit; ++k)
                    clean = clean && p[i + u * unit + k] != head;
            }
            if (!clean)
                continue;
            const qsizetype length = units * unit;
            out.append(TextSpan{i, length, p.mid(i, length).toString()});
            i += length - 1;
            break;
        }
    }
}

} // namespace

QList<TextSpan> findParallels(QStringView p)
{
    QList<TextSpan> out;
    RunChecker runs(p, out);
    qsizetype i = 0;
    while (i < p.size()) {
        if (!isHan(p[i])) {
            ++i;
            continue;
        }
        // A clause of Han characters and 、; anything else (punctuation, quotes,
        // placeholders, digits) ends it.
        QList<Item> items;
        Item current{i, i};
        while (i < p.size() && (isHan(p[i]) || p[i] == kSeparator)) {
            if (p[i] == kSeparator) {
                current.to = i;
                if (current.size() == 0)
                    break;
                items.append(current);
                current = Item{i + 1, i + 1};
            } else {
                current.to = i + 1;
            }
            ++i;
        }
        if (current.size() > 0)
            items.append(current);
        if (items.size() >= 2)
            runs.check(items);
        for (const Item &item : items)
            repeatedHeads(p, item.from, item.to, out);
        while (i < p.size() && p[i] == kSeparator)
            ++i;
    }
    return out;
}

} // namespace gaozi
