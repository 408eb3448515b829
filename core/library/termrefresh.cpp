#include "library/termrefresh.h"

#include "common/logging.h"
#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "library/sqlstatement.h"
#include "library/termcorpus.h"
#include "library/textsignature.h"
#include "mining/phrasemining.h"
#include "mining/termminer.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace gaozi {
namespace {

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

// The term phrases stored (quoted and numbered formulas mined per document,
// statistical ones from earlier refreshes, the user's own), and their keys.
struct StoredTerms
{
    QList<Term> terms;
    QSet<QByteArray> keys;
};

Result<StoredTerms> readTerms(Database &db)
{
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT id, key, text, user, occurrences, doc_count, quality, rank"
                                 " FROM phrases WHERE kind = 'term' ORDER BY id");
        !s)
        return Error{s.error()};
    StoredTerms stored;
    if (Status s = q.eachRow(QStringLiteral("cannot read terms"),
                             [&] {
                                 stored.keys.insert(q.blob(1));
                                 stored.terms.append({q.int64(0), q.text(2), q.int64(3) != 0, int(q.int64(4)),
                                                      int(q.int64(5)), int(q.int64(6)), q.int64(7), 0, 0});
                             });
        !s)
        return Error{s.error()};
    return stored;
}

// The statistical candidates that are not terms yet, with their stored keys,
// in the order they are added.
QList<QPair<TermCandidate, QByteArray>> newTerms(const QList<TermCandidate> &statistical, QSet<QByteArray> keys)
{
    QList<QPair<TermCandidate, QByteArray>> out;
    for (const auto &c : statistical) {
        const QString readable = phraseKey(c.text);
        const QByteArray key = storedPhraseKey(readable);
        if (readable.isEmpty() || keys.contains(key))
            continue;
        keys.insert(key);
        out.append({c, key});
    }
    return out;
}

// The term phrases stored plus the new statistical candidates, inserted.
Result<QList<Term>> collectTerms(Database &db, const QList<TermCandidate> &statistical, TermRefreshStats *stats)
{
    auto stored = readTerms(db);
    if (!stored)
        return Error{stored.error()};
    QList<Term> terms = std::move(stored->terms);
    SqlStatement insert;
    if (Status s = insert.prepare(db, "INSERT INTO phrases(kind, key, text, role, topic, quality, sig)"
                                      " VALUES ('term', ?, ?, '', ?, ?, ?)");
        !s)
        return Error{s.error()};
    for (const auto &[c, key] : newTerms(statistical, stored->keys)) {
        const int quality = LibraryWriter::quality(PhraseKind::Term, c.text);
        insert.bindBlob(1, key);
        insert.bind(2, c.text);
        insert.bind(3, classifyTopic(c.text));
        insert.bind(4, quality);
        insert.bind(5, storedSignature(c.text));
        if (Status s = insert.exec(QStringLiteral("cannot store term")); !s)
            return Error{s.error()};
        terms.append({db.lastInsertRowId(), c.text, false, 0, 0, quality, 0, 0, 0});
        ++stats->statistical;
    }
    return terms;
}


QStringList textsOf(const QList<Term> &terms)
{
    QStringList texts;
    texts.reserve(terms.size());
    for (const Term &t : terms)
        texts << t.text;
    return texts;
}

// Every term's sources, rewritten from a scan of the corpus: the one made
// ahead (TermRefresh::scan) when it was for these very terms, else a new one.
Status writeSources(Database &db, const TermCorpus &corpus, QList<Term> &terms, int sourcesKept, const TermScan *ahead,
                    TermRefreshStats *stats)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM sources WHERE phrase_id IN (SELECT id FROM phrases WHERE kind = 'term')")))
        return sqlError(QStringLiteral("cannot reset term sources"), q);
    const QStringList texts = textsOf(terms);
    const bool reuse = ahead && ahead->texts == texts;
    const TermScan fresh = reuse ? TermScan() : scanForTerms(corpus, texts, sourcesKept);
    const TermScan &scan = reuse ? *ahead : fresh;
    SqlStatement source;
    if (Status s = source.prepare(db, "INSERT INTO sources(phrase_id, document_id, paragraph_id, offset, length, hits,"
                                      " role, topic) VALUES (?, ?, ?, ?, ?, ?, '', '')");
        !s)
        return s;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        terms[i].foundOccurrences = scan.occurrences[i];
        terms[i].foundDocuments = scan.documents[i];
    }
    for (const TermScan::Row &r : scan.rows) {
        const Term &t = terms[r.term];
        source.bind(1, t.id);
        source.bind(2, r.document);
        source.bind(3, r.paragraph);
        source.bind(4, r.offset);
        source.bind(5, int(t.text.size()));
        source.bind(6, r.hits);
        if (Status s = source.exec(QStringLiteral("cannot store term source")); !s)
            return s;
        ++stats->sources;
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

struct TermRefresh::Data
{
    TermRefreshOptions options;
    TermCorpus corpus;
    QList<TermCandidate> statistical;
    std::optional<TermScan> ahead;
    TermRefreshStats stats;
    Laps laps;
};

TermRefresh::TermRefresh(const TermRefreshOptions &options) : d(std::make_unique<Data>())
{
    d->options = options;
}

TermRefresh::~TermRefresh() = default;

Status TermRefresh::load(Database &db)
{
    d->laps = Laps();
    auto corpus = loadTermCorpus(db);
    if (!corpus)
        return Error{corpus.error()};
    d->corpus = std::move(corpus).value();
    d->laps.lap("load");
    return {};
}

void TermRefresh::mine()
{
    QList<QStringList> sample = miningSample(d->corpus, d->options.miningCharacters, &d->stats.minedCharacters);
    d->statistical = mineStatisticalTerms(sample);
    d->laps.lap("mine");
}

Status TermRefresh::scan(Database &db)
{
    auto stored = readTerms(db);
    if (!stored)
        return Error{stored.error()};
    QStringList texts = textsOf(stored->terms);
    for (const auto &[c, key] : newTerms(d->statistical, stored->keys))
        texts << c.text;
    d->ahead = scanForTerms(d->corpus, texts, d->options.sourcesKept);
    d->laps.lap("scan");
    return {};
}

Result<TermRefreshStats> TermRefresh::store(Database &db)
{
    d->laps.lap("then"); // the caller's own work between mine() and store(), if any
    TermRefreshStats &stats = d->stats;
    Status s = db.transaction([&]() -> Status {
        if (Status r = phraseKeysWritable(db); !r)
            return r;
        auto terms = collectTerms(db, d->statistical, &stats);
        if (!terms)
            return Error{terms.error()};
        const TermScan *ahead = d->ahead ? &*d->ahead : nullptr;
        if (Status r = writeSources(db, d->corpus, terms.value(), d->options.sourcesKept, ahead, &stats); !r)
            return r;
        d->laps.lap("sources");
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
    d->laps.lap("commit");
    qCDebug(lcLibrary).noquote() << "term refresh:" << d->laps.text();
    if (!s)
        return Error{s.error()};
    return stats;
}

Result<TermRefreshStats> refreshTerms(Database &db, const TermRefreshOptions &options)
{
    TermRefresh refresh(options);
    if (Status s = refresh.load(db); !s)
        return Error{s.error()};
    refresh.mine();
    return refresh.store(db);
}

} // namespace gaozi
