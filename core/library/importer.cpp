#include "library/importer.h"

#include "common/logging.h"
#include "common/resourcefiles.h"
#include "ingest/documentreader.h"
#include "ingest/ingest.h"
#include "library/deferredcounts.h"
#include "library/documentinserter.h"
#include "library/fulltextbuild.h"
#include "library/librarywriter.h"
#include "library/phrasekey.h"
#include "library/rankindexes.h"
#include "mining/phrasemining.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>

namespace gaozi {
namespace {

struct Prepared
{
    QString path;
    QString error;
    ParsedDocument doc;
    MinedDocument mined;
    // Worked out here, on a worker thread, for the store (StoreRequest).
    QString contentHash;
    QString outline;
    QList<QByteArray> storedKeys;
};

// A summary's longest paragraph is a few thousand characters. Megabytes
// without a break are not a document anyone wrote, and the library would
// store, show and search them whole: such files are refused.
constexpr qsizetype kMaxParagraphChars = 200000;

Prepared prepare(const QString &path)
{
    Prepared p;
    p.path = path;
    auto raw = readDocumentFile(path);
    if (!raw) {
        p.error = raw.error();
        return p;
    }
    for (const RawParagraph &paragraph : std::as_const(raw->paragraphs)) {
        if (paragraph.text.size() > kMaxParagraphChars) {
            p.error = QStringLiteral("a single line of %1 characters (the limit is %2): not a document; "
                                     "was it saved without line breaks?")
                          .arg(paragraph.text.size())
                          .arg(kMaxParagraphChars);
            return p;
        }
    }
    ParsedDocument doc = ingestRaw(raw.value());
    if (doc.sections.isEmpty() && doc.opening.isEmpty()) {
        p.error = QStringLiteral("no text left after cleaning");
        return p;
    }
    p.doc = std::move(doc);
    p.mined = mineDocument(p.doc);
    p.contentHash = LibraryWriter::contentHash(p.doc);
    p.outline = storedOutline(p.doc, path);
    p.storedKeys.reserve(p.mined.occurrences.size());
    for (const Occurrence &o : std::as_const(p.mined.occurrences))
        p.storedKeys.append(storedPhraseKey(o.key));
    return p;
}

// Files are mined in batches on worker threads, the next batch while the
// calling thread stores the previous one; a batch is bounded in files and in
// bytes, so memory holds two batches whatever the files.
constexpr qsizetype kBatchFiles = 64;
constexpr qint64 kBatchBytes = 4 * 1024 * 1024;
// A transaction covers several batches: each commit writes every page it
// touched to the WAL, and the hot pages (rank indexes, the phrase key index)
// are touched by every file, so fewer, larger commits write much less (32 MB:
// one commit per 16 files 55 s, per ~1000 files 22 s). It is committed after
// this long, so another writer (the window marking a favourite) waits at most
// about that, well inside the 5 s busy timeout.
constexpr qint64 kCommitAfterMs = 2000;

// The first batches are small (1, 2, 4 … files) and each is committed at
// once, so the first files are in the library (and a progress bar moves)
// within moments of starting; the rest go by kCommitAfterMs.
qsizetype batchFiles(int batch)
{
    return batch < 6 ? qsizetype(1) << batch : kBatchFiles;
}

// End (exclusive) of the batch of files that starts at start.
qsizetype batchEnd(const QStringList &files, qsizetype start, int batch)
{
    qint64 bytes = 0;
    qsizetype end = start;
    while (end < files.size() && end - start < batchFiles(batch) && (end == start || bytes < kBatchBytes))
        bytes += QFileInfo(files[end++]).size();
    return end;
}

ImportItem itemFor(const Prepared &p, const Result<StoreOutcome> *stored)
{
    ImportItem item{p.path, ImportItem::Status::Failed, p.error, 0};
    if (!stored)
        return item;
    if (!*stored) {
        item.reason = stored->error();
        return item;
    }
    item.documentId = stored->value().documentId;
    item.reason = stored->value().note;
    switch (stored->value().kind) {
    case StoreOutcome::Kind::Skipped:
        item.status = ImportItem::Status::Skipped;
        break;
    case StoreOutcome::Kind::Replaced:
        item.status = ImportItem::Status::Replaced;
        break;
    case StoreOutcome::Kind::Added:
        item.status = ImportItem::Status::Imported;
        break;
    }
    return item;
}

Result<qint64> documentCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM documents")) || !q.next())
        return sqlError(QStringLiteral("cannot count documents"), q);
    return q.value(0).toLongLong();
}

// Whether any of files is in the library already (an import may replace it).
Result<bool> holdsAny(Database &db, const QStringList &files)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT path FROM documents")))
        return sqlError(QStringLiteral("cannot read the library's documents"), q);
    QSet<QString> held;
    while (q.next())
        held.insert(q.value(0).toString());
    return std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return held.contains(f); });
}

} // namespace

ImportReport Importer::run(const QStringList &paths, const ImportOptions &options, const ProgressFn &progress,
                           const std::atomic<bool> *cancel)
{
    ImportReport report;
    QElapsedTimer phase;
    phase.start();
    const QStringList files = collectFiles(paths, &report.items);
    LibraryWriter writer(m_db);
    std::unique_ptr<RankIndexPause> pause;
    std::unique_ptr<FullTextBuild> fullText;
    if (files.size() >= options.bulkFiles) {
        auto held = documentCount(m_db);
        if (!held) {
            report.error = held.error();
            return report;
        }
        if (files.size() > held.value()) {
            // Without the sources index, deleting a phrase (when a changed
            // file replaces its old version) would scan every source row.
            auto replaces = holdsAny(m_db, files);
            if (!replaces) {
                report.error = replaces.error();
                return report;
            }
            auto paused = RankIndexPause::begin(m_db, !replaces.value());
            if (!paused) {
                report.error = paused.error();
                return report;
            }
            pause = std::move(paused).value();
            if (pause)
                writer.deferCounts(&pause->counts());
            // Its full-text index is built beside it (fulltextbuild.h).
            if (pause && pause->counts().knowsAll()) {
                fullText = std::make_unique<FullTextBuild>(m_db.path());
                fullText->start();
            }
        }
    }
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const auto mine = [&](qsizetype start, qsizetype end) {
        return QtConcurrent::mapped(files.mid(start, end - start), prepare);
    };

    int done = 0;
    bool changed = false;
    bool inTransaction = false;
    qsizetype uncommitted = 0; // first item of the open transaction in report.items
    QElapsedTimer open;
    const auto rolledBack = [&] {
        if (pause)
            pause->counts().rolledBack();
    };
    // Items stored in a transaction that then failed are not in the library.
    const auto fail = [&](const QString &error) {
        for (qsizetype i = uncommitted; i < report.items.size(); ++i) {
            if (report.items[i].status != ImportItem::Status::Failed)
                report.items[i] = {report.items[i].path, ImportItem::Status::Failed, error, 0};
        }
        report.error = error;
    };
    const auto commit = [&]() -> bool {
        inTransaction = false;
        if (Status s = writer.rankCounted(); !s) {
            m_db.rollback();
            rolledBack();
            fail(s.error());
            return false;
        }
        if (Status s = m_db.commit(); !s) {
            rolledBack();
            fail(s.error());
            return false;
        }
        if (pause)
            pause->counts().committed();
        return true;
    };

    int batch = 0;
    qsizetype end = files.isEmpty() ? 0 : batchEnd(files, 0, batch);
    QFuture<Prepared> next = files.isEmpty() ? QFuture<Prepared>() : mine(0, end);
    for (qsizetype start = 0; start < files.size() && !cancelled(); start = end, ++batch) {
        if (progress)
            progress({done, int(files.size()), files[start]});
        QList<Prepared> prepared = next.results();
        end = start + prepared.size();
        next = end < files.size() ? mine(end, batchEnd(files, end, batch + 1)) : QFuture<Prepared>();
        if (cancelled())
            break;
        if (!inTransaction) {
            if (Status s = m_db.begin(); !s) {
                report.error = s.error();
                break;
            }
            inTransaction = true;
            uncommitted = report.items.size();
            open.start();
        }
        QList<StoreRequest> requests;
        for (const Prepared &p : prepared) {
            if (p.error.isEmpty())
                requests.append({p.path, &p.doc, &p.mined, options.builtin, p.contentHash, p.outline, p.storedKeys});
        }
        const auto stored = writer.storeDocumentsInTransaction(requests);
        if (!stored) {
            m_db.rollback();
            rolledBack();
            inTransaction = false;
            fail(stored.error());
            break;
        }
        qsizetype r = 0;
        for (const Prepared &p : prepared) {
            const ImportItem item = itemFor(p, p.error.isEmpty() ? &stored.value()[r++] : nullptr);
            if (item.status == ImportItem::Status::Failed)
                qCInfo(lcLibrary) << "import failed:" << item.path << item.reason;
            changed = changed || item.status == ImportItem::Status::Imported
                || item.status == ImportItem::Status::Replaced;
            report.items.append(item);
            ++done;
            if (progress)
                progress({done, int(files.size()), p.path});
        }
        // Freeing a batch's texts and phrases took 3 % of this thread, which
        // is the one every file waits for: a worker does it.
        QThreadPool::globalInstance()->start([done = std::move(prepared)] {});
        if ((batchFiles(batch) < kBatchFiles || open.elapsed() >= kCommitAfterMs) && !commit())
            break;
    }
    if (inTransaction)
        commit();
    next.cancel();
    next.waitForFinished();
    report.cancelled = cancelled();
    finish(report, std::move(pause), std::move(fullText), changed, options, phase);
    return report;
}

ImportReport seedBundledCorpus(Database &db)
{
    if (!db.meta(QStringLiteral("seeded")).isEmpty())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM documents")) || !q.next() || q.value(0).toInt() > 0)
        return {};
    Importer importer(db);
    ImportOptions options;
    options.builtin = true;
    ImportReport report = importer.run(bundledCorpusFiles(), options);
    if (report.error.isEmpty() && report.count(ImportItem::Status::Imported) > 0) {
        if (Status s = db.setMeta(QStringLiteral("seeded"), QStringLiteral("1")); !s)
            report.error = s.error();
    }
    return report;
}

} // namespace gaozi
