#include "importbench.h"

#include "machine.h"

#include "library/importer.h"
#include "library/librarystats.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

namespace gaozi::bench {
namespace {

qint64 folderBytes(const QString &dir, int *files)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += QFileInfo(it.next()).size();
        ++*files;
    }
    return total;
}

} // namespace

QJsonObject runImportBench(Database &db, const QString &corpusDir, bool refreshTerms)
{
    int files = 0;
    const qint64 corpusBytes = folderBytes(corpusDir, &files);
    const double loadBefore = loadAverage();
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    ImportOptions options;
    options.refreshTerms = refreshTerms;
    // The CPU time when the last file is stored splits the CPU figure as
    // storeMs and finishMs split the time.
    double storeCpu = 0;
    const ImportReport report = Importer(db).run({corpusDir}, options, [&](const ImportProgress &p) {
        if (p.done == p.total)
            storeCpu = cpuSeconds() - cpu0;
    });
    const double seconds = double(t.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpu0;
    if (!report.error.isEmpty())
        return {{QStringLiteral("error"), report.error}};
    const double peakRss = peakRssMb();
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbBytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    auto stats = libraryStats(db);

    const double mb = double(corpusBytes) / 1048576.0;
    return {
        {QStringLiteral("files"), files},
        {QStringLiteral("corpus_mb"), mb},
        {QStringLiteral("imported"), report.count(ImportItem::Status::Imported)},
        {QStringLiteral("failed"), report.count(ImportItem::Status::Failed)},
        {QStringLiteral("skipped"), report.count(ImportItem::Status::Skipped)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("read_mine_store_seconds"), double(report.storeMs) / 1000.0},
        {QStringLiteral("index_and_terms_seconds"), double(report.finishMs) / 1000.0},
        {QStringLiteral("read_mine_store_cpu_seconds"), storeCpu},
        {QStringLiteral("index_and_terms_cpu_seconds"), cpu - storeCpu},
        {QStringLiteral("cpu_seconds"), cpu},
        {QStringLiteral("load_average_before"), loadBefore},
        {QStringLiteral("load_average_after"), loadAverage()},
        {QStringLiteral("mb_per_s"), mb / std::max(0.001, seconds)},
        {QStringLiteral("documents_per_s"), double(files) / std::max(0.001, seconds)},
        {QStringLiteral("peak_rss_mb"), peakRss},
        {QStringLiteral("library_mb"), double(dbBytes) / 1048576.0},
        {QStringLiteral("library_to_corpus"), double(dbBytes) / std::max<double>(1, double(corpusBytes))},
        {QStringLiteral("phrases"), stats ? stats->phrases : -1},
    };
}

} // namespace gaozi::bench
