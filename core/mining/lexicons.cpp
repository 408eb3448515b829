#include "mining/lexicons.h"

#include "common/logging.h"
#include "common/resourcefiles.h"

namespace gaozi {
namespace {

const QString kTopicFallback = QStringLiteral("综合");
const QString kOpening = QStringLiteral("开头");
const QString kDefault = QStringLiteral("做法成效");

QStringList loadLines(const QString &name)
{
    auto lines = readResourceLines(name);
    if (!lines) {
        qCWarning(lcMining) << "lexicon not loaded:" << lines.error();
        return {};
    }
    return lines.value();
}

// Indices of the highest scores among the candidates that are still open.
template <typename List>
List best(const List &scores, const List &candidates)
{
    int top = 0;
    for (int i : candidates)
        top = std::max(top, scores[i]);
    if (top == 0)
        return candidates;
    List out;
    for (int i : candidates) {
        if (scores[i] == top)
            out.append(i);
    }
    return out;
}

} // namespace

const Lexicons &Lexicons::bundled()
{
    static const Lexicons lexicons =
        fromLines(loadLines(QStringLiteral("topics.txt")), loadLines(QStringLiteral("roles.txt")));
    return lexicons;
}

Lexicons Lexicons::fromLines(const QStringList &topicLines, const QStringList &roleLines)
{
    Lexicons lex;
    lex.m_fallbackTopic = kTopicFallback;
    lex.m_openingRole = kOpening;
    lex.m_defaultRole = kDefault;
    auto entry = [](const QStringList &fields) {
        return Entry{fields.value(1).trimmed(), fields.value(2).split(u' ', Qt::SkipEmptyParts)};
    };
    for (const QString &line : topicLines) {
        const QStringList f = line.split(u'\t');
        if (f[0] == u"topic" && f.size() >= 3)
            lex.m_topics.append(entry(f));
        else if (f[0] == u"fallback" && f.size() >= 2)
            lex.m_fallbackTopic = f[1].trimmed();
        else
            qCWarning(lcMining) << "topics.txt: cannot read" << line;
    }
    QStringList keywords;
    for (int t = 0; t < lex.m_topics.size(); ++t) {
        for (const QString &k : lex.m_topics[t].keywords) {
            keywords.append(k);
            lex.m_keywordTopic.append(t);
        }
    }
    lex.m_topicKeywords = TermMatcher(keywords);
    for (const QString &line : roleLines) {
        const QStringList f = line.split(u'\t');
        if (f[0] == u"opening" && f.size() >= 2)
            lex.m_openingRole = f[1].trimmed();
        else if (f[0] == u"default" && f.size() >= 2)
            lex.m_defaultRole = f[1].trimmed();
        else if (f[0] == u"heading" && f.size() >= 3)
            lex.m_headingRoles.append(entry(f));
        else if (f[0] == u"lead" && f.size() >= 3)
            lex.m_lead = entry(f);
        else if (f[0] == u"closing" && f.size() >= 3)
            lex.m_closing = entry(f);
        else
            qCWarning(lcMining) << "roles.txt: cannot read" << line;
    }
    return lex;
}

Lexicons::TopicList Lexicons::topicScores(QStringView text) const
{
    TopicList scores(m_topics.size(), 0);
    m_topicKeywords.scan(text, [&](int keyword, qsizetype) {
        scores[m_keywordTopic[keyword]] += m_topicKeywords.length(keyword);
    });
    return scores;
}

QString Lexicons::topic(QStringView text, const QStringList &context) const
{
    TopicList open;
    for (int i = 0; i < m_topics.size(); ++i)
        open.append(i);
    const TopicList own = topicScores(text);
    const bool matched = std::any_of(own.cbegin(), own.cend(), [](int s) { return s > 0; });
    open = best(own, open);
    // Headings only choose among the topics the text itself ties on; a text
    // that names no topic at all may take its heading's.
    for (const QString &heading : context) {
        if (open.size() <= 1)
            break;
        open = best(topicScores(heading), open);
    }
    if (open.isEmpty())
        return m_fallbackTopic;
    if (!matched && open.size() == m_topics.size())
        return m_fallbackTopic;
    return m_topics[open.first()].name;
}

QStringList Lexicons::topicNames() const
{
    QStringList names;
    for (const Entry &t : m_topics)
        names.append(t.name);
    names.append(m_fallbackTopic);
    return names;
}

QString Lexicons::roleOfHeading(QStringView heading) const
{
    QString role;
    qsizetype earliest = heading.size();
    for (const Entry &r : m_headingRoles) {
        for (const QString &k : r.keywords) {
            const qsizetype at = heading.indexOf(k);
            if (at >= 0 && at < earliest) {
                earliest = at;
                role = r.name;
            }
        }
    }
    return role;
}

QString Lexicons::roleOfLead(QStringView paragraph) const
{
    const QStringView p = paragraph.trimmed();
    for (const QString &k : m_lead.keywords) {
        if (p.startsWith(k))
            return m_lead.name;
    }
    return {};
}

bool Lexicons::readsAsClosing(QStringView paragraph) const
{
    return std::any_of(m_closing.keywords.cbegin(), m_closing.keywords.cend(),
                       [&](const QString &k) { return paragraph.contains(k); });
}

QStringList Lexicons::roleNames() const
{
    QStringList names{m_openingRole, m_defaultRole};
    for (const Entry &r : m_headingRoles) {
        if (!names.contains(r.name))
            names.append(r.name);
    }
    if (!m_closing.name.isEmpty() && !names.contains(m_closing.name))
        names.append(m_closing.name);
    return names;
}

} // namespace gaozi
