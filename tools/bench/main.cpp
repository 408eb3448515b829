// gaozi-bench: the figures in docs/BENCHMARKS.md (tools/bench.sh runs it all).
//   gaozi-bench generate --mb N --out DIR
//   gaozi-bench run --corpus DIR --db FILE [--repetitions N] [--skip terms,search,export] [--json FILE]
//   gaozi-bench search --corpus DIR --db FILE [--repetitions N] [--json FILE]   (an existing library)
// The GUI figures come from gaozi-bench-gui (guibench.cpp).
#include "corpusgenerator.h"
#include "exportbench.h"
#include "importbench.h"
#include "machine.h"
#include "searchbench.h"

#include "library/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
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

void sayImport(const QJsonObject &f)
{
    say(QStringLiteral("import: read+mine+store %1 s (CPU %2 s), then indexing and corpus-wide terms %3 s (CPU %4 s), "
                       "load average %5")
            .arg(number(f, "read_mine_store_seconds"), 0, 'f', 1)
            .arg(number(f, "read_mine_store_cpu_seconds"), 0, 'f', 1)
            .arg(number(f, "index_and_terms_seconds"), 0, 'f', 1)
            .arg(number(f, "index_and_terms_cpu_seconds"), 0, 'f', 1)
            .arg(number(f, "load_average_before"), 0, 'f', 1));
    say(QStringLiteral("import: %1 files, %2 MB in %3 s (%4 MB/s, %5 documents/s), peak RSS %6 MB, library %7 MB (%8x)")
            .arg(f.value(QStringLiteral("files")).toInt())
            .arg(number(f, "corpus_mb"), 0, 'f', 1)
            .arg(number(f, "seconds"), 0, 'f', 1)
            .arg(number(f, "mb_per_s"), 0, 'f', 2)
            .arg(number(f, "documents_per_s"), 0, 'f', 0)
            .arg(number(f, "peak_rss_mb"), 0, 'f', 0)
            .arg(number(f, "library_mb"), 0, 'f', 1)
            .arg(number(f, "library_to_corpus"), 0, 'f', 1));
}

void saySearch(const QJsonObject &f)
{
    say(QStringLiteral("search: p50 %1 ms, p95 %2 ms, p99 %3 ms; with the total counted up to %4: p50 %5 ms, p95 %6 ms, "
                       "p99 %7 ms")
            .arg(number(f, "p50_ms"), 0, 'f', 2)
            .arg(number(f, "p95_ms"), 0, 'f', 2)
            .arg(number(f, "p99_ms"), 0, 'f', 2)
            .arg(f.value(QStringLiteral("count_limit")).toInt())
            .arg(number(f, "capped_p50_ms"), 0, 'f', 2)
            .arg(number(f, "capped_p95_ms"), 0, 'f', 2)
            .arg(number(f, "capped_p99_ms"), 0, 'f', 2));
    say(QStringLiteral("search: the window's first page alone (%1 rows; it counts after): p50 %2 ms, p95 %3 ms, "
                       "p99 %4 ms; a page of 200 alone: p50 %5 ms, p95 %6 ms, p99 %7 ms")
            .arg(f.value(QStringLiteral("page_rows")).toInt())
            .arg(number(f, "page_p50_ms"), 0, 'f', 2)
            .arg(number(f, "page_p95_ms"), 0, 'f', 2)
            .arg(number(f, "page_p99_ms"), 0, 'f', 2)
            .arg(number(f, "page200_p50_ms"), 0, 'f', 2)
            .arg(number(f, "page200_p95_ms"), 0, 'f', 2)
            .arg(number(f, "page200_p99_ms"), 0, 'f', 2));
    say(QStringLiteral("search: rg -F median %1 ms; speed-up vs rg of the first page alone: min %2x, median %3x; "
                       "of a page of 200 alone: min %4x, median %5x; of the page of 200 with its exact total: "
                       "min %6x, median %7x")
            .arg(number(f, "rg_median_ms"), 0, 'f', 1)
            .arg(number(f, "page_speedup_vs_rg_min"), 0, 'f', 1)
            .arg(number(f, "page_speedup_vs_rg_median"), 0, 'f', 0)
            .arg(number(f, "page200_speedup_vs_rg_min"), 0, 'f', 1)
            .arg(number(f, "page200_speedup_vs_rg_median"), 0, 'f', 0)
            .arg(number(f, "speedup_vs_rg_min"), 0, 'f', 0)
            .arg(number(f, "speedup_vs_rg_median"), 0, 'f', 0));
}

int writeJson(const QCommandLineParser &p, const QJsonObject &all)
{
    if (!p.isSet(QStringLiteral("json")))
        return 0;
    QFile out(p.value(QStringLiteral("json")));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    out.write(QJsonDocument(all).toJson());
    return 0;
}

int run(const QCommandLineParser &p, bool importFirst)
{
    const QString corpusDir = p.value(QStringLiteral("corpus"));
    const QString dbPath = p.value(QStringLiteral("db"));
    if (corpusDir.isEmpty() || dbPath.isEmpty())
        return fail(QStringLiteral("%1 needs --corpus DIR and --db FILE").arg(importFirst ? u"run" : u"search"));
    if (!importFirst && !QFileInfo::exists(dbPath))
        return fail(QStringLiteral("no library %1 (search measures an existing one)").arg(dbPath));
    if (importFirst) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    const QStringList skip = p.value(QStringLiteral("skip")).split(u',', Qt::SkipEmptyParts);
    const int reps = std::max(1, p.value(QStringLiteral("repetitions")).toInt());
    QJsonObject all{{QStringLiteral("machine"), bench::machineInfo()}};

    auto db = Database::open(dbPath);
    if (!db)
        return fail(db.error());
    if (importFirst) {
        const QJsonObject figures = bench::runImportBench(*db.value(), corpusDir, !skip.contains(u"terms"));
        if (figures.contains(QStringLiteral("error")))
            return fail(figures.value(QStringLiteral("error")).toString());
        sayImport(figures);
        all.insert(QStringLiteral("import"), figures);
        if (figures.value(QStringLiteral("imported")).toInt() == 0)
            return fail(QStringLiteral("nothing was imported"));
    }
    if (!skip.contains(u"search")) {
        const QJsonObject figures = bench::runSearchBench(*db.value(), corpusDir, reps);
        saySearch(figures);
        all.insert(QStringLiteral("search"), figures);
    }
    if (importFirst && !skip.contains(u"export")) {
        const QJsonObject figures = bench::runExportBench(reps);
        say(QStringLiteral("export: 30-page draft (%1 characters) to .docx p50 %2 ms, p95 %3 ms")
                .arg(figures.value(QStringLiteral("characters")).toInt())
                .arg(number(figures, "p50_ms"), 0, 'f', 1)
                .arg(number(figures, "p95_ms"), 0, 'f', 1));
        all.insert(QStringLiteral("export"), figures);
    }
    return writeJson(p, all);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Gaozi benchmarks: generate a synthetic corpus, then measure."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate | run | search"));
    p.addOption({QStringLiteral("mb"), QStringLiteral("Corpus size to generate, MB."), QStringLiteral("N"), QStringLiteral("8")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Folder for the generated corpus."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("corpus"), QStringLiteral("Corpus folder to import (and to search with rg)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Library file: run creates it (deleted first), search reads it."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("repetitions"), QStringLiteral("Runs per query and per export."), QStringLiteral("N"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("skip"), QStringLiteral("Phases to leave out: terms, search, export."), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    p.process(app);
    const QString command = p.positionalArguments().value(0);
    if (command == u"generate")
        return generate(p);
    if (command == u"run")
        return run(p, true);
    if (command == u"search")
        return run(p, false);
    return fail(QStringLiteral("command must be generate, run or search (see --help)"));
}
