// gaozi-bench: the figures in docs/BENCHMARKS.md.
//   gaozi-bench generate --mb N --out DIR
//   gaozi-bench run --corpus DIR --db FILE [--repetitions N] [--json FILE]
#include "corpusgenerator.h"
#include "exportbench.h"
#include "searchbench.h"

#include "library/database.h"
#include "library/importer.h"
#include "library/librarystats.h"
#include "library/termrefresh.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace gaozi;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("gaozi-bench: ") + text + u'\n'), stderr);
    return 1;
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

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

int generate(const QCommandLineParser &p)
{
    bench::GeneratorOptions options;
    options.targetBytes = qint64(p.value(QStringLiteral("mb")).toDouble() * 1024 * 1024);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() || options.targetBytes <= 0)
        return fail(QStringLiteral("generate needs --mb N and --out DIR"));
    QElapsedTimer t;
    t.start();
    auto corpus = bench::generateCorpus(out, options, [](qint64 bytes) {
        std::fprintf(stderr, "\r%lld MB", bytes / (1024 * 1024));
    });
    if (!corpus)
        return fail(corpus.error());
    say(QStringLiteral("\ngenerated %1 files (%2 docx, %3 GB18030), %4 MB in %5 s")
            .arg(corpus->files)
            .arg(corpus->docx)
            .arg(corpus->gb18030)
            .arg(double(corpus->bytes) / 1048576.0, 0, 'f', 1)
            .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int run(const QCommandLineParser &p)
{
    const QString corpusDir = p.value(QStringLiteral("corpus"));
    const QString dbPath = p.value(QStringLiteral("db"));
    if (corpusDir.isEmpty() || dbPath.isEmpty())
        return fail(QStringLiteral("run needs --corpus DIR and --db FILE"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    int files = 0;
    const qint64 corpusBytes = folderBytes(corpusDir, &files);

    auto db = Database::open(dbPath);
    if (!db)
        return fail(db.error());

    QElapsedTimer t;
    t.start();
    ImportOptions options;
    options.refreshTerms = false; // timed on its own below
    const ImportReport report = Importer(*db.value()).run({corpusDir}, options);
    const double storeSeconds = double(t.elapsed()) / 1000.0;
    if (!report.error.isEmpty())
        return fail(report.error);
    auto terms = refreshTerms(*db.value());
    if (!terms)
        return fail(terms.error());
    const double importSeconds = double(t.elapsed()) / 1000.0;
    const double termSeconds = importSeconds - storeSeconds;
    const qint64 rssAfterImport = peakRssKb();
    QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbBytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    auto stats = libraryStats(*db.value());

    const double mb = double(corpusBytes) / 1048576.0;
    QJsonObject importFigures{
        {QStringLiteral("files"), files},
        {QStringLiteral("corpus_mb"), mb},
        {QStringLiteral("imported"), report.count(ImportItem::Status::Imported)},
        {QStringLiteral("failed"), report.count(ImportItem::Status::Failed)},
        {QStringLiteral("skipped"), report.count(ImportItem::Status::Skipped)},
        {QStringLiteral("seconds"), importSeconds},
        {QStringLiteral("read_mine_store_seconds"), storeSeconds},
        {QStringLiteral("term_refresh_seconds"), termSeconds},
        {QStringLiteral("mb_per_s"), mb / std::max(0.001, importSeconds)},
        {QStringLiteral("documents_per_s"), double(files) / std::max(0.001, importSeconds)},
        {QStringLiteral("peak_rss_mb"), double(rssAfterImport) / 1024.0},
        {QStringLiteral("library_mb"), double(dbBytes) / 1048576.0},
        {QStringLiteral("library_to_corpus"), double(dbBytes) / std::max<double>(1, double(corpusBytes))},
        {QStringLiteral("phrases"), stats ? stats->phrases : -1},
    };
    say(QStringLiteral("import: read+mine+store %1 s, corpus-wide terms %2 s").arg(storeSeconds, 0, 'f', 1).arg(termSeconds, 0, 'f', 1));
    say(QStringLiteral("import: %1 files, %2 MB in %3 s (%4 MB/s), peak RSS %5 MB, library %6 MB")
            .arg(files)
            .arg(mb, 0, 'f', 1)
            .arg(importSeconds, 0, 'f', 1)
            .arg(mb / std::max(0.001, importSeconds), 0, 'f', 2)
            .arg(double(rssAfterImport) / 1024.0, 0, 'f', 0)
            .arg(double(dbBytes) / 1048576.0, 0, 'f', 1));

    const int reps = p.value(QStringLiteral("repetitions")).toInt();
    const QJsonObject searchFigures = bench::runSearchBench(*db.value(), corpusDir, std::max(1, reps));
    say(QStringLiteral("search: p50 %1 ms, p95 %2 ms, p99 %3 ms; rg -F median %4 ms; speed-up vs rg: min %5x, median %6x")
            .arg(searchFigures.value(QStringLiteral("p50_ms")).toDouble(), 0, 'f', 2)
            .arg(searchFigures.value(QStringLiteral("p95_ms")).toDouble(), 0, 'f', 2)
            .arg(searchFigures.value(QStringLiteral("p99_ms")).toDouble(), 0, 'f', 2)
            .arg(searchFigures.value(QStringLiteral("rg_median_ms")).toDouble(), 0, 'f', 1)
            .arg(searchFigures.value(QStringLiteral("speedup_vs_rg_min")).toDouble(), 0, 'f', 0)
            .arg(searchFigures.value(QStringLiteral("speedup_vs_rg_median")).toDouble(), 0, 'f', 0));

    const QJsonObject exportFigures = bench::runExportBench(std::max(1, reps));
    say(QStringLiteral("export: 30-page draft to .docx p50 %1 ms, p95 %2 ms (%3 pages by LibreOffice count not measured here)")
            .arg(exportFigures.value(QStringLiteral("p50_ms")).toDouble(), 0, 'f', 1)
            .arg(exportFigures.value(QStringLiteral("p95_ms")).toDouble(), 0, 'f', 1)
            .arg(exportFigures.value(QStringLiteral("characters")).toInt()));

    const QJsonObject all{{QStringLiteral("import"), importFigures},
                          {QStringLiteral("search"), searchFigures},
                          {QStringLiteral("export"), exportFigures},
                          {QStringLiteral("threads"), QThread::idealThreadCount()}};
    if (p.isSet(QStringLiteral("json"))) {
        QFile out(p.value(QStringLiteral("json")));
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
        out.write(QJsonDocument(all).toJson());
    }
    return report.count(ImportItem::Status::Imported) > 0 ? 0 : fail(QStringLiteral("nothing was imported"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Gaozi benchmarks: generate a synthetic corpus, then measure."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate | run"));
    p.addOption({QStringLiteral("mb"), QStringLiteral("Corpus size to generate, MB."), QStringLiteral("N"), QStringLiteral("8")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Folder for the generated corpus."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("corpus"), QStringLiteral("Corpus folder to import."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Library file to create (deleted first)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("repetitions"), QStringLiteral("Runs per query."), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    p.process(app);
    const QString command = p.positionalArguments().value(0);
    if (command == u"generate")
        return generate(p);
    if (command == u"run")
        return run(p);
    return fail(QStringLiteral("command must be generate or run (see --help)"));
}
