#include "library/phrasesearch.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gaozi {
namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// The filter part shared by search, count and facets. Every value is bound.
Where buildWhere(const SearchQuery &query, const QStringList &words, const QString &skipFacet = {})
{
    Where w;
    QStringList parts;
    if (!words.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ?)");
        w.values << PhraseSearch::ftsExpression(words);
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

const QString kColumns = QStringLiteral(
    "p.id, p.kind, p.text, p.role, p.topic, p.occurrences, p.doc_count, p.user, p.favourite");

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

Result<QList<QPair<QString, int>>> groupCounts(QSqlDatabase &db, const QString &column, const SearchQuery &query,
                                               const QStringList &words)
{
    const Where w = buildWhere(query, words, column);
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT p.%1, count(*) FROM phrases p%2 GROUP BY p.%1 ORDER BY count(*) DESC, p.%1")
                            .arg(column, w.sql);
    if (!bindAndExec(q, sql, w.values))
        return sqlError(QStringLiteral("cannot count %1").arg(column), q);
    QList<QPair<QString, int>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

} // namespace

QStringList PhraseSearch::queryWords(const QString &text)
{
    // Control characters separate words like spaces do: FTS5 reads a query
    // only up to a NUL, so one inside a quoted word was a syntax error.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}\\x{0}-\\x{1F}\\x{7F}]+"));
    // SQLite's UTF-16 reader takes any surrogate as the first of a pair: a
    // lone one swallowed the character after it, the closing quote of the
    // FTS5 phrase included. Half a character matches nothing anyway.
    QString cleaned = text;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned[i];
        if (c.isHighSurrogate() && i + 1 < cleaned.size() && cleaned[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            cleaned[i] = QChar::ReplacementCharacter;
    }
    return cleaned.split(spaces, Qt::SkipEmptyParts);
}

QString PhraseSearch::ftsExpression(const QStringList &words)
{
    QStringList quoted;
    for (QString w : words) {
        w.replace(u'"', QStringLiteral("\"\""));
        quoted << u'"' + w + u'"';
    }
    return quoted.join(QStringLiteral(" AND "));
}

QList<QPair<int, int>> PhraseSearch::matchRanges(const QString &text, const QStringList &words)
{
    QList<QPair<int, int>> ranges;
    for (const auto &w : words) {
        qsizetype from = 0;
        while ((from = text.indexOf(w, from, Qt::CaseInsensitive)) >= 0) {
            ranges.append({int(from), int(w.size())});
            from += std::max<qsizetype>(1, w.size());
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

Result<SearchResult> PhraseSearch::search(const SearchQuery &query) const
{
    const QStringList words = queryWords(query.text);
    const Where w = buildWhere(query, words);
    SearchResult result;

    QSqlQuery q(m_db.connection());
    QVariantList values = w.values;
    values << std::max(0, query.limit) << std::max(0, query.offset);
    if (!bindAndExec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM phrases p") + w.sql
                            + orderBy(query.sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
                     values))
        return sqlError(QStringLiteral("search failed"), q);
    while (q.next()) {
        SearchHit hit;
        hit.phrase = readPhrase(q);
        hit.matches = matchRanges(hit.phrase.text, words);
        result.hits.append(std::move(hit));
    }

    if (query.offset == 0 && result.hits.size() < query.limit) {
        result.total = int(result.hits.size());
    } else {
        QSqlQuery c(m_db.connection());
        if (!bindAndExec(c, QStringLiteral("SELECT count(*) FROM phrases p") + w.sql, w.values) || !c.next())
            return sqlError(QStringLiteral("search count failed"), c);
        result.total = c.value(0).toInt();
    }
    return result;
}

Result<FacetCounts> PhraseSearch::facets(const SearchQuery &query) const
{
    const QStringList words = queryWords(query.text);
    FacetCounts f;
    auto kinds = groupCounts(m_db.connection(), QStringLiteral("kind"), query, words);
    if (!kinds)
        return Error{kinds.error()};
    auto roles = groupCounts(m_db.connection(), QStringLiteral("role"), query, words);
    if (!roles)
        return Error{roles.error()};
    auto topics = groupCounts(m_db.connection(), QStringLiteral("topic"), query, words);
    if (!topics)
        return Error{topics.error()};
    f.kinds = kinds.value();
    f.roles = roles.value();
    f.topics = topics.value();

    SearchQuery base = query;
    base.favouritesOnly = false;
    base.userOnly = false;
    const Where w = buildWhere(base, words);
    QSqlQuery q(m_db.connection());
    if (!bindAndExec(q, QStringLiteral("SELECT coalesce(sum(p.favourite), 0), coalesce(sum(p.user), 0) FROM phrases p") + w.sql,
                     w.values)
        || !q.next())
        return sqlError(QStringLiteral("cannot count favourites"), q);
    f.favourites = q.value(0).toInt();
    f.user = q.value(1).toInt();
    return f;
}

Result<PhraseRecord> PhraseSearch::phrase(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!bindAndExec(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM phrases p WHERE p.id = ?"), {id}))
        return sqlError(QStringLiteral("cannot read phrase"), q);
    if (!q.next())
        return Error{QStringLiteral("no phrase with id %1").arg(id)};
    return readPhrase(q);
}

Result<QList<SourceView>> PhraseSearch::sources(qint64 phraseId, int limit) const
{
    QSqlQuery q(m_db.connection());
    const QString sql = QStringLiteral(
        "SELECT s.document_id, d.title, d.file_name, s.paragraph_id, coalesce(g.idx, 0), coalesce(g.section_path, ''),"
        " coalesce(g.text, ''), s.offset, s.length, s.hits"
        " FROM sources s JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN paragraphs g ON g.id = s.paragraph_id"
        " WHERE s.phrase_id = ? ORDER BY d.year DESC, d.id, g.idx, s.offset LIMIT ?");
    if (!bindAndExec(q, sql, {phraseId, limit}))
        return sqlError(QStringLiteral("cannot read sources"), q);
    QList<SourceView> out;
    while (q.next()) {
        SourceView s;
        s.documentId = q.value(0).toLongLong();
        s.documentTitle = q.value(1).toString();
        s.fileName = q.value(2).toString();
        s.paragraphId = q.value(3).toLongLong();
        s.paragraphIndex = q.value(4).toInt();
        s.sectionPath = q.value(5).toString();
        s.paragraphText = q.value(6).toString();
        s.offset = q.value(7).toInt();
        s.length = q.value(8).toInt();
        s.hits = q.value(9).toInt();
        out.append(std::move(s));
    }
    return out;
}

} // namespace gaozi
