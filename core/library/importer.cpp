#include "library/importer.h"

#include "common/logging.h"
#include "common/resourcefiles.h"
#include "ingest/documentreader.h"
#include "ingest/ingest.h"
#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/termrefresh.h"
#include "library/undecodablenames.h"
#include "mining/phrasemining.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace gaozi {
namespace {

struct Prepared
{
    QString path;
    QString error;
    ParsedDocument doc;
    MinedDocument mined;
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
    return p;
}

// Files mined together on worker threads and then stored in one transaction.
// The next batch is mined while one is stored, so memory holds two batches.
qsizetype batchSize()
{
    return std::max(8, QThread::idealThreadCount() * 8);
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

// Files and folders whose names Qt cannot spell are invisible to
// QDirIterator: each is named in the report instead of silently missing.
void reportUndecodableNames(const QString &root, QList<ImportItem> *failures)
{
    QStringList folders{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            folders << it.filePath();
    }
    for (const QString &folder : std::as_const(folders)) {
        for (const UndecodableEntry &entry : undecodableEntries(folder)) {
            if (entry.folder)
                failures->append({entry.shownPath, ImportItem::Status::Failed,
                                  QStringLiteral("the folder name is not valid UTF-8, so its files were not read; "
                                                 "rename the folder"),
                                  0});
            else if (isSupportedDocumentName(entry.shownPath))
                failures->append({entry.shownPath, ImportItem::Status::Failed,
                                  QStringLiteral("the file name is not valid UTF-8; rename the file"), 0});
        }
    }
}

} // namespace

int ImportReport::count(ImportItem::Status status) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const ImportItem &i) { return i.status == status; }));
}

QString importStatusName(ImportItem::Status status)
{
    switch (status) {
    case ImportItem::Status::Imported:
        return QStringLiteral("imported");
    case ImportItem::Status::Replaced:
        return QStringLiteral("replaced");
    case ImportItem::Status::Skipped:
        return QStringLiteral("skipped");
    case ImportItem::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportItem> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path.startsWith(u':') && info.isFile()) {
            files << path; // a bundled resource
        } else if (!info.exists()) {
            failures->append({path, ImportItem::Status::Failed, QStringLiteral("no such file or folder"), 0});
        } else if (info.isDir()) {
            QStringList found;
            // Unreadable files are listed too: the import names them and says why.
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isSupportedDocumentName(file))
                    found << QFileInfo(file).absoluteFilePath();
            }
            found.sort();
            files << found;
            reportUndecodableNames(info.absoluteFilePath(), failures);
        } else if (!info.isFile()) {
            // Reading a named pipe or a device would wait forever.
            failures->append({path, ImportItem::Status::Failed, QStringLiteral("not a regular file (a pipe or device)"), 0});
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

ImportReport Importer::run(const QStringList &paths, const ImportOptions &options, const ProgressFn &progress,
                           const std::atomic<bool> *cancel)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.items);
    LibraryWriter writer(m_db);
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const auto mine = [&](qsizetype start) { return QtConcurrent::mapped(files.mid(start, batchSize()), prepare); };

    int done = 0;
    bool changed = false;
    QFuture<Prepared> next = files.isEmpty() ? QFuture<Prepared>() : mine(0);
    for (qsizetype start = 0; start < files.size() && !cancelled(); start += batchSize()) {
        if (progress)
            progress({done, int(files.size()), files[start]});
        const QList<Prepared> prepared = next.results();
        next = start + batchSize() < files.size() ? mine(start + batchSize()) : QFuture<Prepared>();
        if (cancelled())
            break;
        QList<StoreRequest> requests;
        for (const Prepared &p : prepared) {
            if (p.error.isEmpty())
                requests.append({p.path, &p.doc, &p.mined, options.builtin});
        }
        const QList<Result<StoreOutcome>> stored = writer.storeDocuments(requests);
        qsizetype r = 0;
        for (const Prepared &p : prepared) {
            const ImportItem item = itemFor(p, p.error.isEmpty() ? &stored[r++] : nullptr);
            if (item.status == ImportItem::Status::Failed) {
                qCInfo(lcLibrary) << "import failed:" << item.path << item.reason;
                if (isBusyLibraryError(item.reason)) {
                    report.error = item.reason;
                    report.items.append(item);
                    next.cancel();
                    next.waitForFinished();
                    return report;
                }
            }
            changed = changed || item.status == ImportItem::Status::Imported
                || item.status == ImportItem::Status::Replaced;
            report.items.append(item);
            ++done;
            if (progress)
                progress({done, int(files.size()), p.path});
        }
    }
    next.cancel();
    next.waitForFinished();
    report.cancelled = cancelled();
    if (changed && options.refreshTerms) {
        auto terms = refreshTerms(m_db);
        if (!terms)
            report.error = terms.error();
    }
    if (Status s = m_db.transaction([&] { return syncFullText(m_db); }); !s && report.error.isEmpty())
        report.error = s.error();
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
