#include "library/termrefresh.h"

#include "common/logging.h"
#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/sqlstatement.h"
#include "mining/phrasemining.h"
#include "mining/termmatcher.h"
#include "mining/termminer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

namespace gaozi {
namespace {

struct ParagraphRow
{
    qint64 id;
    qint64 document;
    QString text;
};

Result<QList<ParagraphRow>> loadParagraphs(Database &db)
{
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT id, document_id, text FROM paragraphs ORDER BY document_id, idx"); !s)
        return Error{s.error()};
    QList<ParagraphRow> rows;
    if (Status s = q.eachRow(QStringLiteral("cannot read paragraphs"),
                             [&] { rows.append({q.int64(0), q.int64(1), q.text(2)}); });
        !s)
        return Error{s.error()};
    return rows;
}

// A term phrase as stored, and what the scan of the corpus found for it.
struct Term
{
    qint64 id = 0;
    QString text;
    bool user = false;
    int occurrences = 0; // stored
    int documents = 0;   // stored
    int quality = 0;
    qint64 rank = 0;
    int foundOccurrences = 0;
    int foundDocuments = 0;
};

qint64 rankOf(int documents, int occurrences, int quality)
{
    return qint64(documents) * 1000000 + std::min(occurrences, 9999) * 100 + quality;
}

// Phases of a refresh, logged at the end: on a large library the mining and
// the rewrite of the term sources dominate.
class Laps
{
public:
    Laps() { m_timer.start(); }
    void lap(const char *phase) { m_text += QStringLiteral(" %1 %2 ms").arg(QLatin1String(phase)).arg(m_timer.restart()); }
    const QString &text() const { return m_text; }

private:
    QElapsedTimer m_timer;
    QString m_text;
};

// Existing term phrases (quoted and numbered formulas mined per document,
// statistical ones from earlier refreshes, the user's own) plus the new
// statistical candidates, inserted.
Result<QList<Term>> collectTerms(Database &db, const QList<TermCandidate> &statistical, TermRefreshStats *stats)
{
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT id, key, text, user, occurrences, doc_count, quality, rank"
                                 " FROM phrases WHERE kind = 'term'");
        !s)
        return Error{s.error()};
    QList<Term> terms;
    QSet<QString> keys;
    if (Status s = q.eachRow(QStringLiteral("cannot read terms"),
                             [&] {
                                 keys.insert(q.text(1));
                                 terms.append({q.int64(0), q.text(2), q.int64(3) != 0, int(q.int64(4)),
                                               int(q.int64(5)), int(q.int64(6)), q.int64(7), 0, 0});
                             });
        !s)
        return Error{s.error()};
    SqlStatement insert;
    if (Status s = insert.prepare(db, "INSERT INTO phrases(kind, key, text, role, topic, quality)"
                                      " VALUES ('term', ?, ?, '', ?, ?)");
        !s)
        return Error{s.error()};
    for (const auto &c : statistical) {
        const QString key = phraseKey(c.text);
        if (key.isEmpty() || keys.contains(key))
            continue;
        const int quality = LibraryWriter::quality(PhraseKind::Term, c.text);
        insert.bind(1, key);
        insert.bind(2, c.text);
        insert.bind(3, classifyTopic(c.text));
        insert.bind(4, quality);
        if (Status s = insert.exec(QStringLiteral("cannot store term")); !s)
            return Error{s.error()};
        keys.insert(key);
        terms.append({db.lastInsertRowId(), c.text, false, 0, 0, quality, 0, 0, 0});
        ++stats->statistical;
    }
    return terms;
}

// Every term's sources, rewritten from one Aho–Corasick pass over the corpus:
// per document, where each term first occurs and how often it does.
Status writeSources(Database &db, const QList<ParagraphRow> &all, QList<Term> &terms, TermRefreshStats *stats)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM sources WHERE phrase_id IN (SELECT id FROM phrases WHERE kind = 'term')")))
        return sqlError(QStringLiteral("cannot reset term sources"), q);
    QStringList texts;
    texts.reserve(terms.size());
    for (const Term &t : std::as_const(terms))
        texts << t.text;
    const TermMatcher matcher(texts);
    SqlStatement source;
    if (Status s = source.prepare(db, "INSERT INTO sources(phrase_id, document_id, paragraph_id, offset, length, hits,"
                                      " role, topic) VALUES (?, ?, ?, ?, ?, ?, '', '')");
        !s)
        return s;
    struct First
    {
        qint64 paragraph;
        int offset;
        int hits;
    };
    QHash<int, First> inDocument;
    const auto flush = [&](qint64 document) -> Status {
        for (auto it = inDocument.cbegin(); it != inDocument.cend(); ++it) {
            Term &t = terms[it.key()];
            source.bind(1, t.id);
            source.bind(2, document);
            source.bind(3, it->paragraph);
            source.bind(4, it->offset);
            source.bind(5, int(t.text.size()));
            source.bind(6, it->hits);
            if (Status s = source.exec(QStringLiteral("cannot store term source")); !s)
                return s;
            t.foundOccurrences += it->hits;
            ++t.foundDocuments;
            ++stats->sources;
        }
        inDocument.clear();
        return {};
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ParagraphRow &r = all[i];
        matcher.scan(r.text, [&](int term, qsizetype offset) {
            auto it = inDocument.find(term);
            if (it == inDocument.end())
                inDocument.insert(term, {r.id, int(offset), 1});
            else
                ++it->hits;
        });
        if (i + 1 == all.size() || all[i + 1].document != r.document) {
            if (Status s = flush(r.document); !s)
                return s;
        }
    }
    return {};
}

// Counts and rank from the scan, as recountPhrases() would compute them from
// the sources just written, without reading them back: a mined term no
// document uses any more is deleted; the user's own terms keep their counts
// and only have their rank brought in line. Role and topic stay as they are
// (term sources carry none). Unchanged rows are not written.
Status storeCounts(Database &db, const QList<Term> &terms)
{
    SqlStatement drop;
    SqlStatement counts;
    if (Status s = drop.prepare(db, "DELETE FROM phrases WHERE id = ? AND user = 0"); !s)
        return s;
    if (Status s = counts.prepare(db, "UPDATE phrases SET occurrences = ?, doc_count = ?, rank = ? WHERE id = ?"); !s)
        return s;
    for (const Term &t : terms) {
        if (!t.user && t.foundDocuments == 0) {
            drop.bind(1, t.id);
            if (Status s = drop.exec(QStringLiteral("cannot remove an unused term")); !s)
                return s;
            continue;
        }
        const int occurrences = t.user ? t.occurrences : t.foundOccurrences;
        const int documents = t.user ? t.documents : t.foundDocuments;
        const qint64 rank = rankOf(documents, occurrences, t.quality);
        if (occurrences == t.occurrences && documents == t.documents && rank == t.rank)
            continue;
        counts.bind(1, occurrences);
        counts.bind(2, documents);
        counts.bind(3, rank);
        counts.bind(4, t.id);
        if (Status s = counts.exec(QStringLiteral("cannot count terms")); !s)
            return s;
    }
    return {};
}

} // namespace

Result<TermRefreshStats> refreshTerms(Database &db)
{
    Laps laps;
    auto rows = loadParagraphs(db);
    if (!rows)
        return Error{rows.error()};
    laps.lap("load");

    QList<QStringList> documents;
    qint64 lastDoc = -1;
    for (const auto &r : rows.value()) {
        if (r.document != lastDoc) {
            documents.append(QStringList());
            lastDoc = r.document;
        }
        documents.last().append(r.text);
    }
    const QList<TermCandidate> statistical = mineStatisticalTerms(documents);
    documents.clear();
    laps.lap("mine");

    TermRefreshStats stats;
    Status s = db.transaction([&]() -> Status {
        auto terms = collectTerms(db, statistical, &stats);
        if (!terms)
            return Error{terms.error()};
        if (Status r = writeSources(db, rows.value(), terms.value(), &stats); !r)
            return r;
        laps.lap("sources");
        if (Status r = storeCounts(db, terms.value()); !r)
            return r;
        if (Status r = syncFullText(db); !r)
            return r;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM phrases WHERE kind = 'term'")) || !q.next())
            return sqlError(QStringLiteral("cannot count terms"), q);
        stats.terms = q.value(0).toInt();
        return {};
    });
    laps.lap("commit");
    qCDebug(lcLibrary).noquote() << "term refresh:" << laps.text();
    if (!s)
        return Error{s.error()};
    return stats;
}

} // namespace gaozi
