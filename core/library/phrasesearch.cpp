#include "library/phrasesearch.h"

#include "library/searchplan.h"
#include "library/searchsql.h"
#include "library/sqlstatement.h"

#include <QHash>

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gaozi {
namespace {

using namespace searchsql;

// Facet values by count, most first, then by value as SQLite orders text.
QList<QPair<QString, int>> sortedCounts(const QHash<QString, int> &counts)
{
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const QPair<QString, int> &a, const QPair<QString, int> &b) {
        return a.second != b.second ? a.second > b.second : a.first.toUtf8() < b.first.toUtf8();
    });
    return out;
}

Result<QList<QPair<QString, int>>> groupCounts(Database &db, const char *sql)
{
    SqlStatement q;
    if (Status s = q.prepare(db, sql); !s)
        return Error{s.error()};
    QList<QPair<QString, int>> out;
    if (Status s = q.eachRow(QStringLiteral("cannot count the facets"), [&] { out.append({q.text(0), int(q.int64(1))}); });
        !s)
        return Error{s.error()};
    std::stable_sort(out.begin(), out.end(),
                     [](const QPair<QString, int> &a, const QPair<QString, int> &b) { return a.second > b.second; });
    return out;
}

// No words, no filter (the window opening, the search box cleared): each
// facet counted off its own rank index, without reading a phrase. (Named by
// the planner, not by INDEXED BY: a large import drops the rank indexes for
// its duration, and these must still answer then.)
Result<FacetCounts> wholeLibraryFacets(Database &db)
{
    FacetCounts f;
    auto kinds = groupCounts(db, "SELECT kind, count(*) FROM phrases GROUP BY kind");
    auto roles = groupCounts(db, "SELECT role, count(*) FROM phrases GROUP BY role");
    auto topics = groupCounts(db, "SELECT topic, count(*) FROM phrases GROUP BY topic");
    for (const auto *r : {&kinds, &roles, &topics}) {
        if (!*r)
            return Error{r->error()};
    }
    f.kinds = kinds.value();
    f.roles = roles.value();
    f.topics = topics.value();
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT (SELECT count(*) FROM phrases WHERE favourite = 1),"
                                 " (SELECT count(*) FROM phrases WHERE user = 1)");
        !s)
        return Error{s.error()};
    auto row = q.step(QStringLiteral("cannot count favourites"));
    if (!row)
        return Error{row.error()};
    f.favourites = int(q.int64(0));
    f.user = int(q.int64(1));
    return f;
}

// Every facet from one read of the matching phrases: each facet leaves its
// own filter out (so the panel shows what choosing another value would
// give), the favourite and own-phrase counts leave out both of theirs.
// Four GROUP BY queries read every match four times; on a word found in a
// hundred thousand phrases that kept a worker busy for seconds.
Result<FacetCounts> facetsInOnePass(Database &db, const SearchQuery &query, const QStringList &words)
{
    QString sql = QStringLiteral("SELECT p.kind, p.role, p.topic, p.favourite, p.user FROM phrases p");
    if (!words.isEmpty())
        sql += QStringLiteral(" WHERE p.id IN (SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ?)");
    SqlStatement q;
    const QByteArray utf8 = sql.toUtf8();
    if (Status s = q.prepare(db, utf8.constData()); !s)
        return Error{s.error()};
    if (!words.isEmpty())
        q.bind(1, PhraseSearch::ftsExpression(words));
    const QString kind = query.kind ? kindName(*query.kind) : QString();
    QHash<QString, int> kinds, roles, topics;
    FacetCounts f;
    const Status read = q.eachRow(QStringLiteral("cannot count the facets"), [&] {
        const QString k = q.text(0), r = q.text(1), t = q.text(2);
        const bool favourite = q.int64(3) != 0, user = q.int64(4) != 0;
        const bool byKind = kind.isEmpty() || k == kind;
        const bool byRole = query.role.isEmpty() || r == query.role;
        const bool byTopic = query.topic.isEmpty() || t == query.topic;
        const bool byMarks = (!query.favouritesOnly || favourite) && (!query.userOnly || user);
        kinds[k] += byRole && byTopic && byMarks ? 1 : 0;
        roles[r] += byKind && byTopic && byMarks ? 1 : 0;
        topics[t] += byKind && byRole && byMarks ? 1 : 0;
        if (byKind && byRole && byTopic) {
            f.favourites += favourite ? 1 : 0;
            f.user += user ? 1 : 0;
        }
    });
    if (!read)
        return Error{read.error()};
    f.kinds = sortedCounts(kinds);
    f.roles = sortedCounts(roles);
    f.topics = sortedCounts(topics);
    return f;
}

// A page in any order through one query; the default order with words goes
// through readRankedPage() instead.
Result<QList<PhraseRecord>> readPlainPage(QSqlDatabase &db, const SearchQuery &query, const QStringList &words)
{
    const Where w = buildWhere(query, words);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList values = w.values;
    values << std::max(0, query.limit) << std::max(0, query.offset);
    if (!bindAndExec(q, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM phrases p") + w.sql
                            + orderBy(query.sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
                     values))
        return sqlError(QStringLiteral("search failed"), q);
    QList<PhraseRecord> out;
    while (q.next())
        out.append(readPhrase(q));
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
    m_db.mapForReading();
    const QStringList words = queryWords(query.text);
    QList<PhraseRecord> phrases;
    int matches = -1;
    if (!words.isEmpty() && query.sort == SortOrder::Rank) {
        auto page = readRankedPage(m_db, query, words);
        if (!page)
            return Error{page.error()};
        phrases = std::move(page->phrases);
        matches = page->matches;
    } else {
        auto page = readPlainPage(m_db.connection(), query, words);
        if (!page)
            return Error{page.error()};
        phrases = std::move(page).value();
    }
    SearchResult result;
    for (PhraseRecord &p : phrases) {
        SearchHit hit;
        hit.matches = matchRanges(p.text, words);
        hit.phrase = std::move(p);
        result.hits.append(std::move(hit));
    }

    if (query.offset == 0 && result.hits.size() < query.limit) {
        result.total = int(result.hits.size());
        return result;
    }
    if (query.countLimit == SearchQuery::PageOnly) {
        result.total = std::max(0, query.offset) + int(result.hits.size());
        result.totalExact = result.hits.size() < query.limit;
        return result;
    }
    auto total = countMatches(m_db, query, words, matches);
    if (!total)
        return Error{total.error()};
    result.total = total->first;
    result.totalExact = total->second;
    return result;
}

Result<QPair<int, bool>> PhraseSearch::count(const SearchQuery &query) const
{
    m_db.mapForReading();
    return countMatches(m_db, query, queryWords(query.text), -1);
}

Result<FacetCounts> PhraseSearch::facets(const SearchQuery &query) const
{
    m_db.mapForReading();
    const QStringList words = queryWords(query.text);
    if (words.isEmpty() && !hasFilter(query))
        return wholeLibraryFacets(m_db);
    return facetsInOnePass(m_db, query, words);
}

Result<PhraseRecord> PhraseSearch::phrase(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!bindAndExec(q, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM phrases p WHERE p.id = ?"), {id}))
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
