#include "library/searchplan.h"

#include "library/fulltextcandidates.h"
#include "library/matchbits.h"
#include "library/phrasesearch.h"
#include "library/searchsql.h"
#include "library/sqlstatement.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <limits>
#include <vector>

namespace gaozi {
namespace {

using namespace searchsql;

// Below sortBelow matches a page looks every match up and sorts them; from
// about textFrom on, the walk tests text instead of a bitmap (reading the
// matches' ids costs more than the walk saves). Measured on the 32 and
// 270 MB benchmark libraries (docs/BENCHMARKS.md).
std::atomic<qint64> g_sortBelow{SearchPlanLimits().sortBelow};
std::atomic<qint64> g_textFrom{SearchPlanLimits().textFrom};
std::atomic<qint64> g_walkRows{SearchPlanLimits().walkRows};
std::atomic<qint64> g_walkBudget{SearchPlanLimits().walkBudget};
std::atomic<qint64> g_textRowCost{SearchPlanLimits().textRowCost};
// The estimate of the number of matches counts those among the first
// 1/kSample of the ids.
constexpr qint64 kSample = 64;

void bindValues(SqlStatement &s, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.typeId() == QMetaType::QString)
            s.bind(i + 1, v.toString());
        else
            s.bind(i + 1, v.toLongLong());
    }
}

Result<qint64> scalar(Database &db, const char *sql, const QVariantList &values)
{
    SqlStatement s;
    if (Status p = s.prepare(db, sql); !p)
        return Error{p.error()};
    bindValues(s, values);
    auto row = s.step(QStringLiteral("search failed"));
    if (!row)
        return Error{row.error()};
    return row.value() ? s.int64(0) : 0;
}

// Full-text matches, counted in the index alone (no phrase is read), up to cap.
Result<qint64> fullTextMatches(Database &db, const QString &expression, qint64 cap)
{
    return scalar(db, "SELECT count(*) FROM (SELECT 1 FROM phrase_fts WHERE phrase_fts MATCH ? LIMIT ?)",
                  {expression, cap});
}

struct Estimate
{
    qint64 matches = 0;
    qint64 phrases = 0;    // the highest id: about how many phrases
    qint64 sampleUpTo = 0; // the sample: the phrases with ids up to this
};

// About how many matches: those among the first 1/kSample of the ids, scaled
// (0 on a library of fewer than kSample phrases: there any plan is quick).
Result<Estimate> estimateMatches(Database &db, const QString &expression)
{
    auto maxId = scalar(db, "SELECT coalesce(max(id), 0) FROM phrases", {});
    if (!maxId)
        return Error{maxId.error()};
    const qint64 upTo = maxId.value() / kSample;
    auto sample =
        scalar(db, "SELECT count(*) FROM phrase_fts WHERE phrase_fts MATCH ? AND rowid <= ?", {expression, upTo});
    if (!sample)
        return Error{sample.error()};
    return Estimate{upTo > 0 ? sample.value() * maxId.value() / upTo : 0, maxId.value(), upTo};
}

// The index whose order is the default order under these filters, the
// narrowest first: a favourite is rare, a topic one of twenty, a role one of
// seven, a kind mostly "sentence".
QString rankIndex(const SearchQuery &query)
{
    if (query.favouritesOnly)
        return QStringLiteral(" INDEXED BY phrases_favourite");
    if (!query.topic.isEmpty())
        return QStringLiteral(" INDEXED BY phrases_topic_rank");
    if (!query.role.isEmpty())
        return QStringLiteral(" INDEXED BY phrases_role_rank");
    if (query.kind)
        return QStringLiteral(" INDEXED BY phrases_kind_rank");
    return QStringLiteral(" INDEXED BY phrases_rank");
}

Result<QList<PhraseRecord>> readPhrases(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!bindAndExec(q, sql, values))
        return sqlError(QStringLiteral("search failed"), q);
    QList<PhraseRecord> out;
    while (q.next())
        out.append(readPhrase(q));
    return out;
}

QString pageSql(const SearchQuery &query, const QString &indexedBy, const Where &w)
{
    return QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM phrases p") + indexedBy + w.sql +
           orderBy(query.sort) + QStringLiteral(" LIMIT ? OFFSET ?");
}

QVariantList pageValues(const SearchQuery &query, const Where &w)
{
    return w.values + QVariantList{std::max(0, query.limit), std::max(0, query.offset)};
}

// The ids a walk of the rank index kept; complete when the page is full or
// the index has no more rows, false when the walk ran out of budget first.
struct Walk
{
    QList<qint64> ids;
    bool complete = true;
};

// Walks the rank index under the filters and keeps the phrases whose id is in
// bits (or, without bits, whose text holds every word) until the page is
// full or maxRows rows were read (with bits: rows in bits). With
// candidateTest, an id in bits is a candidate, kept once its text holds the
// words.
Result<Walk> walkRankIndex(Database &db, const SearchQuery &query, const QStringList &words, const MatchBits *bits,
                           qint64 maxRows, CandidateTest *candidateTest = nullptr)
{
    const Where filters = buildWhere(query, words, {}, WordTest::None);
    QString select = QStringLiteral("SELECT p.id, ");
    QString where = filters.sql;
    QVariantList values;
    if (bits) {
        // SQLite tests the bits itself and returns only the rows in them.
        select += QStringLiteral("1");
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("gaozi_in_bits(?, p.id)");
    } else {
        // The signature comes from the index; the text is read (the phrase
        // sought) only when it passes.
        QStringList calls;
        const qint64 sig = wordsSignature(words);
        values << sig << sig;
        for (const QString &word : words) {
            calls << QStringLiteral("gaozi_contains(p.text, ?)");
            values << foldAscii(word);
        }
        select += QStringLiteral("CASE WHEN (p.sig & ?) = ? THEN ") + calls.join(QStringLiteral(" AND ")) +
                  QStringLiteral(" ELSE 0 END");
    }
    values += filters.values;
    SqlStatement walk;
    const QByteArray sql =
        QString(select + QStringLiteral(" FROM phrases p") + rankIndex(query) + where + orderBy(query.sort)).toUtf8();
    if (Status p = walk.prepare(db, sql.constData()); !p)
        return Error{p.error()};
    bindValues(walk, values);
    if (bits)
        bits->bindTo(walk, int(values.size()) + 1);
    Walk out;
    int skip = std::max(0, query.offset);
    for (qint64 rows = 0; out.ids.size() < query.limit; ++rows) {
        if (rows >= maxRows) {
            out.complete = false;
            break;
        }
        auto row = walk.step(QStringLiteral("search failed"));
        if (!row)
            return Error{row.error()};
        if (!row.value())
            break;
        const qint64 id = walk.int64(0);
        bool match = walk.int64(1) != 0;
        if (match && bits && candidateTest) {
            auto holds = candidateTest->holds(id);
            if (!holds)
                return Error{holds.error()};
            match = holds.value();
        }
        if (!match || skip-- > 0)
            continue;
        out.ids << id;
    }
    walk.reset();
    return out;
}

// The phrases of ids, in that order.
Result<QList<PhraseRecord>> readByIds(Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<PhraseRecord>{};
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    auto rows = readPhrases(db,
                            QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM phrases p WHERE p.id IN (") +
                                list.join(u',') + u')',
                            {});
    if (!rows)
        return rows;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows->size(); ++i)
        at.insert(rows->at(i).id, i);
    QList<PhraseRecord> page;
    for (const qint64 id : ids) {
        if (const auto it = at.constFind(id); it != at.cend())
            page.append(rows->at(*it));
    }
    return page;
}

} // namespace

Result<RankedPage> readRankedPage(Database &db, const SearchQuery &query, const QStringList &words)
{
    RankedPage page;
    const QString expression = PhraseSearch::ftsExpression(words);
    // One look at the first ids decides (evaluating the words over the whole
    // index costs as much as some whole pages): few matches are sorted.
    auto estimate = estimateMatches(db, expression);
    if (!estimate)
        return Error{estimate.error()};
    const qint64 matches = estimate->matches;
    if (matches < g_sortBelow.load()) {
        const Where w = buildWhere(query, words);
        auto rows = readPhrases(db, pageSql(query, {}, w), pageValues(query, w));
        if (!rows)
            return Error{rows.error()};
        page.phrases = std::move(rows).value();
        return page;
    }
    // The tokenizer also splits at a no-break space, which a query word may
    // hold; gaozi_contains would not, so such a word keeps to the bitmap.
    const bool plainWords =
        std::none_of(words.cbegin(), words.cend(), [](const QString &w) { return w.contains(QChar(0x00A0)); });
    if (matches >= g_textFrom.load() && plainWords) {
        const Where w = buildWhere(query, words, {}, WordTest::Text);
        auto rows = readPhrases(db, pageSql(query, rankIndex(query), w), pageValues(query, w));
        if (!rows)
            return Error{rows.error()};
        page.phrases = std::move(rows).value();
        return page;
    }
    // The bitmap reads the candidates' lists in the full-text index; the text
    // walk reads about this many phrases' texts (if the matches were spread
    // evenly), each costing as much as textRowCost list entries.
    auto candidates = fullTextCandidates(db, words, estimate->sampleUpTo, estimate->phrases);
    if (!candidates)
        return Error{candidates.error()};
    const qint64 wanted = qint64(std::max(0, query.offset)) + std::max(0, query.limit);
    const qint64 expectedRows = wanted * estimate->phrases / std::max<qint64>(1, matches);
    if (plainWords && expectedRows <= g_walkRows.load() &&
        expectedRows * g_textRowCost.load() <= candidates->listRows) {
        auto walked = walkRankIndex(db, query, words, nullptr, g_walkBudget.load());
        if (!walked)
            return Error{walked.error()};
        if (walked->complete) {
            auto rows = readByIds(db, walked->ids);
            if (!rows)
                return Error{rows.error()};
            page.phrases = std::move(rows).value();
            return page;
        }
    }
    SqlStatement ids;
    if (Status p = ids.prepare(db, "SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ?"); !p)
        return Error{p.error()};
    ids.bind(1, candidates->expression);
    CandidateTest test;
    if (!candidates->exact) {
        if (Status p = test.prepare(db, words); !p)
            return Error{p.error()};
    }
    MatchBits bits;
    int counted = 0;
    if (Status s = ids.eachRow(QStringLiteral("search failed"),
                               [&] {
                                   bits.set(ids.int64(0));
                                   ++counted;
                               });
        !s)
        return Error{s.error()};
    auto walked =
        walkRankIndex(db, query, words, &bits, std::numeric_limits<qint64>::max(), candidates->exact ? nullptr : &test);
    if (!walked)
        return Error{walked.error()};
    auto rows = readByIds(db, walked->ids);
    if (!rows)
        return Error{rows.error()};
    page.phrases = std::move(rows).value();
    page.matches = candidates->exact ? counted : -1;
    return page;
}

SearchPlanLimits searchPlanLimits()
{
    return {g_sortBelow.load(), g_textFrom.load(), g_walkRows.load(), g_walkBudget.load(), g_textRowCost.load()};
}

void setSearchPlanLimits(const SearchPlanLimits &limits)
{
    g_sortBelow = limits.sortBelow;
    g_textFrom = limits.textFrom;
    g_walkRows = limits.walkRows;
    g_walkBudget = limits.walkBudget;
    g_textRowCost = limits.textRowCost;
}

Result<QPair<int, bool>> countMatches(Database &db, const SearchQuery &query, const QStringList &words,
                                      int knownMatches)
{
    const qint64 cap = query.countLimit > 0 ? qint64(query.countLimit) + 1 : std::numeric_limits<qint64>::max();
    qint64 count = 0;
    if (!words.isEmpty() && !hasFilter(query)) {
        if (knownMatches >= 0) {
            count = knownMatches;
        } else {
            auto n = fullTextMatches(db, PhraseSearch::ftsExpression(words), cap);
            if (!n)
                return Error{n.error()};
            count = n.value();
        }
    } else {
        const Where w = buildWhere(query, words);
        QSqlQuery c(db.connection());
        QVariantList values = w.values;
        // Uncapped, the plain form lets SQLite count an index without reading
        // rows. Capped, the count must stop at the cap: with words, the
        // matches are joined as the index yields them (an IN list would be
        // collected whole first).
        QString sql = QStringLiteral("SELECT count(*) FROM phrases p") + w.sql;
        if (query.countLimit > 0 && !words.isEmpty()) {
            const Where filters = buildWhere(query, words, {}, WordTest::None);
            // CROSS JOIN keeps the matches outside: SQLite otherwise walked a
            // filter's index and looked each phrase up in the full-text index.
            sql =
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM phrase_fts f CROSS JOIN phrases p ON p.id = f.rowid"
                               " WHERE phrase_fts MATCH ?") +
                QString(filters.sql).replace(QStringLiteral(" WHERE "), QStringLiteral(" AND ")) +
                QStringLiteral(" LIMIT ?)");
            values = QVariantList{PhraseSearch::ftsExpression(words)} + filters.values;
            values << cap;
        } else if (query.countLimit > 0) {
            sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM phrases p") + w.sql + QStringLiteral(" LIMIT ?)");
            values << cap;
        }
        if (!bindAndExec(c, sql, values) || !c.next())
            return sqlError(QStringLiteral("search count failed"), c);
        count = c.value(0).toLongLong();
    }
    if (query.countLimit > 0 && count > query.countLimit)
        return QPair<int, bool>{query.countLimit, false};
    return QPair<int, bool>{int(count), true};
}

} // namespace gaozi
