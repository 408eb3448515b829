#include "cli.h"

#include "checks/checkfile.h"
#include "checks/corpusindex.h"
#include "checks/findingformat.h"

#include <memory>

namespace gaozi::cli {
namespace {

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

// The corpus the copy-ratio rules compare against: none without --db (those rules are skipped).
Result<std::unique_ptr<CorpusIndex>> openCorpus(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("db")))
        return std::unique_ptr<CorpusIndex>();
    return Error{QStringLiteral("--db: this gaozi-cli cannot compare against a library file")};
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Document to check (.txt, .md, .docx)."));
    parser.addOption({QStringLiteral("year"),
                      QStringLiteral("The draft's year (default: the year in its title)."), QStringLiteral("Y")});
    if (const int code = parseArgs(parser, QStringLiteral("check"), args,
                                   QStringLiteral("Check a document for leftover placeholders, numbering slips, wrong "
                                                  "years, outdated terms, repetition and punctuation.\n"
                                                  "Exits 0 whenever the check ran, with or without findings; "
                                                  "non-zero only when the file cannot be read or the arguments are wrong."),
                                   true);
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(QStringLiteral("check: give exactly one FILE"));

    CheckContext context;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < kMinYear || year > kMaxYear)
            return fail(QStringLiteral("check: --year must be a year between %1 and %2").arg(kMinYear).arg(kMaxYear));
        context.year = year;
    }
    auto corpus = openCorpus(parser);
    if (!corpus)
        return fail(corpus.error());
    context.corpus = corpus.value().get();

    const QString file = files.first();
    auto checked = checkFile(file, context);
    if (!checked)
        return fail(QStringLiteral("%1: %2").arg(file, checked.error()));

    if (parser.isSet(QStringLiteral("json"))) {
        outJson(QJsonDocument(findingsToJson(checked->findings)));
        return 0;
    }
    const QString year = checked->year ? QString::number(*checked->year) : QStringLiteral("unknown");
    out(QStringLiteral("%1: checked as a document of year %2\n").arg(file, year)
        + findingsToText(checked->findings, file));
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("check"), QStringLiteral("Check a document for mechanical mistakes"), runCheck});

} // namespace
} // namespace gaozi::cli
