#include "library/searchsql.h"

#include "library/phrasesearch.h"
#include "library/textsignature.h"

#include <QVariant>

namespace gaozi::searchsql {

QString foldAscii(QString word)
{
    for (QChar &c : word) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return word;
}

qint64 wordsSignature(const QStringList &words)
{
    quint64 sig = 0;
    for (const QString &word : words)
        sig |= textSignature(word);
    return qint64(sig);
}

bool hasFilter(const SearchQuery &query)
{
    return query.kind || !query.role.isEmpty() || !query.topic.isEmpty() || query.favouritesOnly || query.userOnly;
}

Where buildWhere(const SearchQuery &query, const QStringList &words, const QString &skipFacet, WordTest test)
{
    Where w;
    QStringList parts;
    if (!words.isEmpty() && test == WordTest::FullText) {
        parts << QStringLiteral("p.id IN (SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ?)");
        w.values << PhraseSearch::ftsExpression(words);
    }
    if (test == WordTest::Text) {
        // The signature first: SQLite reads it from the rank index and seeks
        // the phrase only when it passes (textsignature.h).
        parts << QStringLiteral("(p.sig & ?) = ?");
        const qint64 sig = wordsSignature(words);
        w.values << sig << sig;
        for (const QString &word : words) {
            parts << QStringLiteral("gaozi_contains(p.text, ?)");
            w.values << foldAscii(word);
        }
    }
    if (query.kind && skipFacet != u"kind") {
        parts << QStringLiteral("p.kind = ?");
        w.values << kindName(*query.kind);
    }
    if (!query.role.isEmpty() && skipFacet != u"role") {
        parts << QStringLiteral("p.role = ?");
        w.values << query.role;
    }
    if (!query.topic.isEmpty() && skipFacet != u"topic") {
        parts << QStringLiteral("p.topic = ?");
        w.values << query.topic;
    }
    if (query.favouritesOnly)
        parts << QStringLiteral("p.favourite = 1");
    if (query.userOnly)
        parts << QStringLiteral("p.user = 1");
    w.sql = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

QString orderBy(SortOrder sort)
{
    switch (sort) {
    case SortOrder::Frequency:
        return QStringLiteral(" ORDER BY p.occurrences DESC, p.doc_count DESC, p.id");
    case SortOrder::Length:
        return QStringLiteral(" ORDER BY length(p.text), p.rank DESC, p.id");
    case SortOrder::Rank:
        break;
    }
    return QStringLiteral(" ORDER BY p.user DESC, p.rank DESC, p.id");
}

QString columns()
{
    return QStringLiteral("p.id, p.kind, p.text, p.role, p.topic, p.occurrences, p.doc_count, p.user, p.favourite");
}

PhraseRecord readPhrase(const QSqlQuery &q)
{
    PhraseRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = kindFromName(q.value(1).toString()).value_or(PhraseKind::Sentence);
    r.text = q.value(2).toString();
    r.role = q.value(3).toString();
    r.topic = q.value(4).toString();
    r.occurrences = q.value(5).toInt();
    r.documents = q.value(6).toInt();
    r.user = q.value(7).toBool();
    r.favourite = q.value(8).toBool();
    return r;
}

bool bindAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const auto &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace gaozi::searchsql
