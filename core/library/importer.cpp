#include "library/importer.h"

#include "common/logging.h"
#include "common/resourcefiles.h"
#include "ingest/documentreader.h"
#include "ingest/ingest.h"
#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/termrefresh.h"
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

Prepared prepare(const QString &path)
{
    Prepared p;
    p.path = path;
    auto doc = ingestFile(path);
    if (!doc) {
        p.error = doc.error();
        return p;
    }
    if (doc->sections.isEmpty() && doc->opening.isEmpty()) {
        p.error = QStringLiteral("no text left after cleaning");
        return p;
    }
    p.doc = std::move(doc).value();
    p.mined = mineDocument(p.doc);
    return p;
}

// Files mined in parallel before being stored one by one; bounds memory.
int batchSize()
{
    return std::max(2, QThread::idealThreadCount() * 2);
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
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isSupportedDocumentName(file))
                    found << QFileInfo(file).absoluteFilePath();
            }
            found.sort();
            files << found;
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

    int done = 0;
    bool changed = false;
    for (qsizetype start = 0; start < files.size() && !cancelled(); start += batchSize()) {
        const QStringList batch = files.mid(start, batchSize());
        if (progress)
            progress({done, int(files.size()), batch.first()});
        const QList<Prepared> prepared = QtConcurrent::blockingMapped(batch, prepare);
        for (const Prepared &p : prepared) {
            if (cancelled())
                break;
            ImportItem item{p.path, ImportItem::Status::Failed, p.error, 0};
            if (p.error.isEmpty()) {
                auto stored = writer.storeDocument(p.path, p.doc, p.mined, options.builtin);
                if (!stored) {
                    item.reason = stored.error();
                    if (stored.error().contains(QStringLiteral("busy"))) {
                        report.error = stored.error();
                        report.items.append(item);
                        return report;
                    }
                } else {
                    item.documentId = stored->documentId;
                    item.reason = stored->note;
                    item.status = stored->kind == StoreOutcome::Kind::Skipped
                        ? ImportItem::Status::Skipped
                        : (stored->kind == StoreOutcome::Kind::Replaced ? ImportItem::Status::Replaced
                                                                        : ImportItem::Status::Imported);
                    changed = changed || item.status != ImportItem::Status::Skipped;
                }
            }
            if (item.status == ImportItem::Status::Failed)
                qCInfo(lcLibrary) << "import failed:" << item.path << item.reason;
            report.items.append(item);
            ++done;
            if (progress)
                progress({done, int(files.size()), p.path});
        }
    }
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
