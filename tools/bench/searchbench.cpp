#include "searchbench.h"

#include "library/phrasesearch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace gaozi::bench {
namespace {

// The count a results list needs to say "more than 10000 phrases".
constexpr int kCountLimit = 10000;

struct BenchQuery
{
    QString text;
    std::optional<PhraseKind> kind;
    QString role;
    QString topic;
};

QList<BenchQuery> querySet()
{
    const auto q = [](const char16_t *t) { return QString::fromUtf16(t); };
    return {
        {q(u"党"), {}, {}, {}},
        {q(u"的"), {}, {}, {}},
        {q(u"鑫"), {}, {}, {}},
        {q(u"党建"), {}, {}, {}},
        {q(u"学习"), {}, {}, {}},
        {q(u"廉洁"), {}, {}, {}},
        {q(u"主体责"), {}, {}, {}},
        {q(u"意识形态"), {}, {}, {}},
        {q(u"第一议题"), {}, {}, {}},
        {q(u"甘肃党建"), {}, {}, {}},
        {q(u"全面从严治党"), {}, {}, {}},
        {q(u"三会一课制度"), {}, {}, {}},
        {q(u"以高质量党建引领"), {}, {}, {}},
        {q(u"党建 学习"), {}, {}, {}},
        {q(u"学习"), PhraseKind::Sentence, {}, {}},
        {q(u"问题"), {}, q(u"存在问题"), {}},
        {q(u"理论"), {}, {}, q(u"理论学习")},
        {QString(), {}, {}, {}},
        {QString(), PhraseKind::Heading, {}, {}},
    };
}

double rgMillis(const QString &rg, const QString &word, const QString &dir)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(rg, {QStringLiteral("-F"), QStringLiteral("-c"), QStringLiteral("--no-messages"), word, dir});
    p.waitForFinished(-1);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype i = std::min(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

QJsonObject runSearchBench(Database &db, const QString &corpusDir, int repetitions)
{

    PhraseSearch search(db);
    QList<double> all;
    QList<double> allCapped;
    QList<double> allPages;
    QList<double> unfiltered;
    QJsonArray perQuery;
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    QList<double> rgTimes;
    QList<double> ratios;     // rg against the page with its exact total
    QList<double> pageRatios; // rg against the window's first page alone
    QList<double> allPages200;
    QList<double> page200Ratios; // rg against a page of 200 alone (the first page until 2026-12-07)
    for (const BenchQuery &bq : querySet()) {
        SearchQuery q;
        q.text = bq.text;
        q.kind = bq.kind;
        q.role = bq.role;
        q.topic = bq.topic;
        q.limit = kListPageRows; // a full page, as the window asks for when scrolled
        // Times `repetitions` searches of q, sorted; the last total in *total.
        const auto timeSearches = [&](const SearchQuery &sq, int *total) {
            QList<double> out;
            for (int i = 0; i < repetitions; ++i) {
                QElapsedTimer t;
                t.start();
                auto r = search.search(sq);
                out << double(t.nsecsElapsed()) / 1e6;
                if (total)
                    *total = r ? r->total : -1;
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        int total = 0;
        const QList<double> times = timeSearches(q, &total);
        all << times;
        // The same page with the total counted up to kCountLimit (SearchQuery::countLimit).
        q.countLimit = kCountLimit;
        const QList<double> capped = timeSearches(q, nullptr);
        allCapped << capped;
        // The page alone (the window counts after it).
        q.countLimit = SearchQuery::PageOnly;
        const QList<double> page200 = timeSearches(q, nullptr);
        allPages200 << page200;
        // The window's first page, what every keystroke waits for.
        q.limit = kFirstListRows;
        const QList<double> page = timeSearches(q, nullptr);
        allPages << page;
        const bool filtered = bq.kind || !bq.role.isEmpty() || !bq.topic.isEmpty();
        if (!filtered)
            unfiltered << times;
        QJsonObject o{{QStringLiteral("query"), bq.text},
                      {QStringLiteral("filtered"), filtered},
                      {QStringLiteral("matches"), total},
                      {QStringLiteral("p50_ms"), percentile(times, 50)},
                      {QStringLiteral("p95_ms"), percentile(times, 95)},
                      {QStringLiteral("capped_p50_ms"), percentile(capped, 50)},
                      {QStringLiteral("capped_p95_ms"), percentile(capped, 95)},
                      {QStringLiteral("page_p50_ms"), percentile(page, 50)},
                      {QStringLiteral("page_p95_ms"), percentile(page, 95)},
                      {QStringLiteral("page200_p50_ms"), percentile(page200, 50)},
                      {QStringLiteral("page200_p95_ms"), percentile(page200, 95)}};
        if (!rg.isEmpty() && !bq.text.isEmpty() && !bq.text.contains(u' ') && !filtered) {
            const double rgMs = rgMillis(rg, bq.text, corpusDir);
            rgTimes << rgMs;
            ratios << rgMs / std::max(0.001, percentile(times, 50));
            pageRatios << rgMs / std::max(0.001, percentile(page, 50));
            page200Ratios << rgMs / std::max(0.001, percentile(page200, 50));
            o.insert(QStringLiteral("rg_ms"), rgMs);
        }
        perQuery.append(o);
    }
    std::sort(all.begin(), all.end());
    std::sort(allCapped.begin(), allCapped.end());
    std::sort(allPages.begin(), allPages.end());
    std::sort(ratios.begin(), ratios.end());
    std::sort(pageRatios.begin(), pageRatios.end());
    std::sort(allPages200.begin(), allPages200.end());
    std::sort(page200Ratios.begin(), page200Ratios.end());
    std::sort(rgTimes.begin(), rgTimes.end());
    return {
        {QStringLiteral("queries"), perQuery},
        {QStringLiteral("repetitions"), repetitions},
        {QStringLiteral("p50_ms"), percentile(all, 50)},
        {QStringLiteral("p95_ms"), percentile(all, 95)},
        {QStringLiteral("p99_ms"), percentile(all, 99)},
        {QStringLiteral("count_limit"), kCountLimit},
        {QStringLiteral("capped_p50_ms"), percentile(allCapped, 50)},
        {QStringLiteral("capped_p95_ms"), percentile(allCapped, 95)},
        {QStringLiteral("capped_p99_ms"), percentile(allCapped, 99)},
        {QStringLiteral("page_p50_ms"), percentile(allPages, 50)},
        {QStringLiteral("page_p95_ms"), percentile(allPages, 95)},
        {QStringLiteral("page_p99_ms"), percentile(allPages, 99)},
        {QStringLiteral("page_rows"), kFirstListRows},
        {QStringLiteral("page200_p50_ms"), percentile(allPages200, 50)},
        {QStringLiteral("page200_p95_ms"), percentile(allPages200, 95)},
        {QStringLiteral("page200_p99_ms"), percentile(allPages200, 99)},
        {QStringLiteral("rg_median_ms"), percentile(rgTimes, 50)},
        {QStringLiteral("speedup_vs_rg_min"), ratios.isEmpty() ? 0.0 : ratios.first()},
        {QStringLiteral("speedup_vs_rg_median"), percentile(ratios, 50)},
        {QStringLiteral("page_speedup_vs_rg_min"), pageRatios.isEmpty() ? 0.0 : pageRatios.first()},
        {QStringLiteral("page_speedup_vs_rg_median"), percentile(pageRatios, 50)},
        {QStringLiteral("page200_speedup_vs_rg_min"), page200Ratios.isEmpty() ? 0.0 : page200Ratios.first()},
        {QStringLiteral("page200_speedup_vs_rg_median"), percentile(page200Ratios, 50)},
    };
}

} // namespace gaozi::bench
