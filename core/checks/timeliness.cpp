#include "checks/rules.h"

#include <vector>

namespace gaozi {
namespace {

enum class TermStatus { Current, Premature, Outdated };

TermStatus statusIn(const TimelineTerm &t, int year)
{
    if (t.from && year < *t.from)
        return TermStatus::Premature;
    if (t.until && year > *t.until)
        return TermStatus::Outdated;
    return TermStatus::Current;
}

// Follows suggestions through the table until one is current in `year`
// (十八大 → 十九大 → 二十大 for 2024). Empty when the chain ends on a term that is not current.
QString resolveSuggestion(const QList<TimelineTerm> &timeline, QString suggestion, int year)
{
    constexpr int kMaxHops = 8;
    for (int hop = 0; hop < kMaxHops && !suggestion.isEmpty(); ++hop) {
        const TimelineTerm *stale = nullptr;
        for (const TimelineTerm &t : timeline) {
            if (statusIn(t, year) != TermStatus::Current && t.pattern.match(suggestion).hasMatch()
                && !(t.except.isValid() && !t.except.pattern().isEmpty() && t.except.match(suggestion).hasMatch())) {
                stale = &t;
                break;
            }
        }
        if (!stale)
            return suggestion;
        suggestion = statusIn(*stale, year) == TermStatus::Outdated ? stale->after : stale->before;
    }
    return {};
}

// Spans already reported in one paragraph; allocated on first use.
class Claims
{
public:
    bool overlaps(qsizetype from, qsizetype to) const
    {
        for (qsizetype i = from; i < to && i < qsizetype(m_bits.size()); ++i) {
            if (m_bits[size_t(i)])
                return true;
        }
        return false;
    }
    void claim(qsizetype textSize, qsizetype from, qsizetype to)
    {
        if (m_bits.empty())
            m_bits.assign(size_t(textSize), false);
        for (qsizetype i = from; i < to; ++i)
            m_bits[size_t(i)] = true;
    }

private:
    std::vector<bool> m_bits;
};

// Exception spans of one row in one paragraph, consulted with increasing match offsets.
class Exceptions
{
public:
    Exceptions(const QRegularExpression &re, const QString &text) : m_re(re), m_text(text) {}
    bool overlaps(qsizetype from, qsizetype to)
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_re.isValid() && !m_re.pattern().isEmpty()) {
                auto it = m_re.globalMatch(m_text);
                while (it.hasNext()) {
                    const auto m = it.next();
                    m_spans.push_back({m.capturedStart(), m.capturedEnd()});
                }
            }
        }
        while (m_next < m_spans.size() && m_spans[m_next].second <= from)
            ++m_next;
        return m_next < m_spans.size() && m_spans[m_next].first < to;
    }

private:
    const QRegularExpression &m_re;
    const QString &m_text;
    bool m_loaded = false;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    size_t m_next = 0;
};

struct Texts
{
    QString message;
    QString suggestion;
};

Texts textsFor(const TimelineTerm &t, TermStatus status, const QString &matched, const QString &suggestion, bool fixable,
               int year)
{
    Texts out;
    if (status == TermStatus::Outdated)
        out.message = QCoreApplication::translate("gaozi::Checks",
                                                  "“%1” was current until %2; in a %3 document it reads as outdated.")
                          .arg(matched, QString::number(*t.until), QString::number(year));
    else
        out.message = QCoreApplication::translate("gaozi::Checks", "“%1” dates from %2, so it cannot appear in a %3 document.")
                          .arg(matched, QString::number(*t.from), QString::number(year));
    if (fixable)
        out.suggestion = QCoreApplication::translate("gaozi::Checks", "Write “%1” instead.").arg(suggestion);
    else if (!suggestion.isEmpty())
        out.suggestion = QCoreApplication::translate("gaozi::Checks",
                                                     "Cite the current equivalent, such as “%1”, or phrase it as past work.")
                             .arg(suggestion);
    else if (status == TermStatus::Outdated)
        out.suggestion = QCoreApplication::translate("gaozi::Checks", "Phrase it as past work, or drop it.");
    else
        out.suggestion = QCoreApplication::translate("gaozi::Checks", "Check the draft's year, or remove the term.");
    return out;
}

} // namespace

void checkTimeliness(const RuleInput &in, FindingSink &out)
{
    const int year = *in.year;
    std::vector<const TimelineTerm *> active;
    for (const TimelineTerm &t : in.data.timeline) {
        if (statusIn(t, year) != TermStatus::Current)
            active.push_back(&t);
    }
    if (active.empty())
        return;
    const QStringList &historyAfter = in.data.words(QStringLiteral("history-after"));
    const QStringList &historyBefore = in.data.words(QStringLiteral("history-before"));
    const auto &paragraphs = in.paragraphs();
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p].text;
        Claims claimed;
        for (const TimelineTerm *t : active) {
            const TermStatus status = statusIn(*t, year);
            const QString rule = status == TermStatus::Outdated ? QStringLiteral("timeliness.outdated")
                                                            : QStringLiteral("timeliness.premature");
            Exceptions exceptions(t->except, text);
            auto it = t->pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const qsizetype from = m.capturedStart();
                const qsizetype to = m.capturedEnd();
                if (to == from || claimed.overlaps(from, to))
                    continue;
                // 十九大以来, 疫情期间: a look back is never outdated (it can still be premature).
                if (status == TermStatus::Outdated
                    && (startsWithAny(text, to, historyAfter) || endsWithAny(text, from, historyBefore)))
                    continue;
                if (exceptions.overlaps(from, to))
                    continue;
                claimed.claim(text.size(), from, to);
                if (out.dropIfFull(rule))
                    continue;
                const QString suggestion =
                    resolveSuggestion(in.data.timeline, status == TermStatus::Outdated ? t->after : t->before, year);
                const bool fixable = !suggestion.isEmpty()
                                     && (status == TermStatus::Outdated ? t->fixAfter : t->fixBefore);
                const Texts texts = textsFor(*t, status, m.captured(), suggestion, fixable, year);
                out.add(rule, Severity::Warning, p, int(from), int(to - from), texts.message, texts.suggestion,
                        fixable ? std::optional<QString>(suggestion) : std::nullopt);
            }
        }
    }
}

} // namespace gaozi
