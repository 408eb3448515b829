#pragma once

#include "mining/termmatcher.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace gaozi {

// The topic lexicon (resources/data/topics.txt) and role rules
// (resources/data/roles.txt); the files' headers describe the formats.
class Lexicons final
{
public:
    // Loaded once from the bundled resources; a missing file logs a warning and
    // leaves that lexicon empty (everything falls back to 综合 / 做法成效).
    static const Lexicons &bundled();
    static Lexicons fromLines(const QStringList &topicLines, const QStringList &roleLines);

    // context: the phrase's section headings, nearest first, consulted on a tie.
    QString topic(QStringView text, const QStringList &context = {}) const;
    QStringList topicNames() const; // in file order, the fallback last
    QString fallbackTopic() const { return m_fallbackTopic; }

    QString openingRole() const { return m_openingRole; }
    QString defaultRole() const { return m_defaultRole; }
    QString closingRole() const { return m_closing.name; }
    QString roleOfHeading(QStringView heading) const; // empty when no keyword matches
    QString roleOfLead(QStringView paragraph) const;  // empty unless it opens with a cue
    bool readsAsClosing(QStringView paragraph) const;
    QStringList roleNames() const; // opening, default, then the named roles in file order

private:
    struct Entry
    {
        QString name;
        QStringList keywords;
    };
    // One score, or one topic's index, per topic: a phrase is scored many
    // times over, and these stay off the heap.
    using TopicList = QVarLengthArray<int, 16>;
    TopicList topicScores(QStringView text) const;

    QList<Entry> m_topics;
    // Every topic keyword in one matcher: a phrase is scored in one pass.
    TermMatcher m_topicKeywords{QStringList{}};
    QList<int> m_keywordTopic;
    QString m_fallbackTopic;
    QList<Entry> m_headingRoles;
    Entry m_lead;
    Entry m_closing;
    QString m_openingRole;
    QString m_defaultRole;
};

} // namespace gaozi
