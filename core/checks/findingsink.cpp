#include "checks/rules.h"

#include <algorithm>

namespace gaozi {
namespace {

constexpr int kExcerptContext = 12;
constexpr int kExcerptMaxSpan = 60;

} // namespace

QString excerptAround(const QString &text, int offset, int length)
{
    const int size = int(text.size());
    offset = std::clamp(offset, 0, size);
    length = std::clamp(length, 0, size - offset);
    int from = std::max(0, offset - kExcerptContext);
    int to = std::min(size, offset + std::min(length, kExcerptMaxSpan) + kExcerptContext);
    // Never cut a surrogate pair in half.
    if (from > 0 && text[from].isLowSurrogate())
        --from;
    if (to < size && text[to].isLowSurrogate())
        ++to;
    QString out = text.mid(from, to - from);
    out.replace(u'\n', u' ');
    if (from > 0)
        out.prepend(u'…');
    if (to < size)
        out.append(u'…');
    return out;
}

bool startsWithAny(QStringView text, qsizetype pos, const QStringList &words)
{
    const QStringView rest = text.mid(pos);
    return std::any_of(words.cbegin(), words.cend(), [rest](const QString &w) { return rest.startsWith(w); });
}

bool endsWithAny(QStringView text, qsizetype pos, const QStringList &words)
{
    const QStringView head = text.left(pos);
    return std::any_of(words.cbegin(), words.cend(), [head](const QString &w) { return head.endsWith(w); });
}

bool containsAny(QStringView text, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(), [text](const QString &w) { return text.contains(w); });
}

bool FindingSink::dropIfFull(const QString &rule)
{
    if (m_counts.value(rule) < kMaxFindingsPerRule)
        return false;
    ++m_dropped[rule];
    return true;
}

bool FindingSink::admit(const QString &rule)
{
    int &count = m_counts[rule];
    if (count >= kMaxFindingsPerRule) {
        ++m_dropped[rule];
        return false;
    }
    ++count;
    return true;
}

void FindingSink::add(const QString &rule, Severity severity, int paragraph, int offset, int length,
                      const QString &message, const QString &suggestion, const std::optional<QString> &replacement)
{
    Fix fix{paragraph, offset, length, replacement.value_or(QString())};
    if (!replacement)
        fix.paragraph = -1;
    addWithFix(rule, severity, paragraph, offset, length, message, suggestion, fix);
}

void FindingSink::addWithFix(const QString &rule, Severity severity, int paragraph, int offset, int length,
                             const QString &message, const QString &suggestion, const Fix &fix)
{
    if (!admit(rule))
        return;
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.paragraph = paragraph;
    f.offset = offset;
    f.length = length;
    f.message = message;
    f.suggestion = suggestion;
    if (paragraph >= 0 && paragraph < m_doc.paragraphs.size()) {
        const CheckParagraph &p = m_doc.paragraphs[paragraph];
        f.sectionPath = p.sectionPath;
        f.line = p.line;
        f.excerpt = excerptAround(p.text, offset, length);
    }
    if (fix.paragraph >= 0)
        f.fix = fix;
    m_findings.append(std::move(f));
}

QList<Finding> FindingSink::take()
{
    for (auto it = m_dropped.cbegin(); it != m_dropped.cend(); ++it) {
        Finding f;
        f.rule = QStringLiteral("checks.truncated");
        f.severity = Severity::Info;
        f.message = QCoreApplication::translate("gaozi::Checks", "%n more finding(s) of rule %1 were not listed.",
                                                nullptr, it.value())
                        .arg(it.key());
        m_findings.append(std::move(f));
    }
    m_dropped.clear();
    m_counts.clear();
    return std::exchange(m_findings, {});
}

} // namespace gaozi
