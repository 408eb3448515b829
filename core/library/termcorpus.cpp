#include "library/termcorpus.h"

#include "library/sqlstatement.h"
#include "mining/termmatcher.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace gaozi {
namespace {

// Where one document uses one term: its first occurrence and how often.
struct Found
{
    int term;
    qint64 paragraph;
    int offset;
    int hits;
};

QList<Found> scanDocument(const TermMatcher &matcher, const TermCorpus &corpus, const DocumentRows &document)
{
    QList<Found> found;
    QHash<int, qsizetype> index;
    for (qsizetype i = document.begin; i < document.end; ++i) {
        const ParagraphRow &r = corpus.rows[i];
        matcher.scan(r.text, [&](int term, qsizetype offset) {
            const auto it = index.constFind(term);
            if (it != index.cend()) {
                ++found[*it].hits;
                return;
            }
            index.insert(term, found.size());
            found.append({term, r.id, int(offset), 1});
        });
    }
    return found;
}

// Documents scanned per round on the worker threads. Bounds the memory the
// findings take: only the counts and the rows kept outlive a round.
constexpr qsizetype kScanRound = 1024;

} // namespace

Result<TermCorpus> loadTermCorpus(Database &db)
{
    SqlStatement q;
    if (Status s = q.prepare(db, "SELECT p.id, p.document_id, p.text, coalesce(d.year, -1)"
                                 " FROM paragraphs p JOIN documents d ON d.id = p.document_id"
                                 " ORDER BY p.document_id, p.idx");
        !s)
        return Error{s.error()};
    TermCorpus corpus;
    if (Status s = q.eachRow(QStringLiteral("cannot read paragraphs"),
                             [&] {
                                 const qint64 document = q.int64(1);
                                 if (corpus.documents.isEmpty() || corpus.documents.last().id != document)
                                     corpus.documents.append({document, q.int64(3), corpus.rows.size(), 0});
                                 corpus.rows.append({q.int64(0), document, q.text(2)});
                                 corpus.documents.last().end = corpus.rows.size();
                                 corpus.characters += corpus.rows.last().text.size();
                             });
        !s)
        return Error{s.error()};
    std::stable_sort(corpus.documents.begin(), corpus.documents.end(),
                     [](const DocumentRows &a, const DocumentRows &b) { return a.year > b.year; });
    return corpus;
}

QList<QStringList> miningSample(const TermCorpus &corpus, qint64 budget, qint64 *characters)
{
    const qint64 step = budget > 0 ? std::max<qint64>(1, (corpus.characters + budget - 1) / budget) : 1;
    QList<QStringList> documents;
    *characters = 0;
    qint64 index = 0;
    qint64 last = -1;
    bool take = false;
    for (const ParagraphRow &r : corpus.rows) {
        if (r.document != last) {
            last = r.document;
            take = index++ % step == 0;
            if (take)
                documents.append(QStringList());
        }
        if (take) {
            documents.last().append(r.text);
            *characters += r.text.size();
        }
    }
    return documents;
}

TermScan scanForTerms(const TermCorpus &corpus, const QStringList &texts, int sourcesKept)
{
    TermScan scan;
    scan.texts = texts;
    scan.occurrences.fill(0, texts.size());
    scan.documents.fill(0, texts.size());
    const TermMatcher matcher(texts);
    const auto inDocument = [&](const DocumentRows &d) { return scanDocument(matcher, corpus, d); };
    for (qsizetype start = 0; start < corpus.documents.size(); start += kScanRound) {
        const QList<DocumentRows> round = corpus.documents.mid(start, kScanRound);
        const QList<QList<Found>> found = QtConcurrent::blockingMapped<QList<QList<Found>>>(round, inDocument);
        for (qsizetype d = 0; d < round.size(); ++d) {
            for (const Found &f : found[d]) {
                scan.occurrences[f.term] += f.hits;
                if (++scan.documents[f.term] <= sourcesKept)
                    scan.rows.append({f.term, round[d].id, f.paragraph, f.offset, f.hits});
            }
        }
    }
    return scan;
}

} // namespace gaozi
