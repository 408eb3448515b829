#include "cli.h"

#include "checks/checkfile.h"
#include "checks/findingformat.h"
#include "draft/draftchecks.h"
#include "draft/draftstore.h"
#include "library/database.h"
#include "library/librarycorpusindex.h"

#include <QFileInfo>

#include <memory>

namespace gaozi::cli {
namespace {

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

const QString kDraft = QStringLiteral("draft");
const QString kNoCopy = QStringLiteral("no-copy");

// The library the copy-ratio rules compare against and --draft reads from: --db, else the
// default library when it exists (a check never creates one). Null when there is none.
Result<std::unique_ptr<Database>> openCheckLibrary(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("db")) && !QFileInfo::exists(databasePath(parser)))
        return std::unique_ptr<Database>();
    return openLibrary(parser);
}

struct Checked
{
    QString label; // what text output names: the file, or the draft
    std::optional<int> year;
    QList<Finding> findings;
};

Result<Checked> checkStoredDraft(Database &db, const QString &idText, const CheckContext &context)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{QStringLiteral("check: --draft needs a draft id (see 'gaozi-cli drafts')")};
    auto draft = DraftStore(db).load(id);
    if (!draft)
        return Error{QStringLiteral("check: draft %1: %2").arg(id).arg(draft.error())};
    DraftCheck checked = checkDraft(draft.value(), context);
    const QString name = draft->name.isEmpty() ? QStringLiteral("draft %1").arg(id) : draft->name;
    return Checked{name, checked.year, std::move(checked.findings)};
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Document to check (.txt, .md, .docx)."));
    parser.addOption({kDraft, QStringLiteral("Check a draft stored in the library instead of a file."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("year"),
                      QStringLiteral("The draft's year (default: the draft's year field, or the year in the title)."),
                      QStringLiteral("Y")});
    parser.addOption({kNoCopy, QStringLiteral("Do not compare sentences with the library (skips the copy ratio).")});
    if (const int code = parseArgs(parser, QStringLiteral("check"), args,
                                   QStringLiteral("Check a document or a draft for leftover placeholders, numbering "
                                                  "slips, wrong years, outdated terms, repetition and punctuation, and "
                                                  "how much of it the library already holds word for word (the "
                                                  "library: --db, else the default one if it exists).\n"
                                                  "Exits 0 whenever the check ran, with or without findings; "
                                                  "non-zero only when the input cannot be read or the arguments are "
                                                  "wrong."),
                                   true);
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    const bool draft = parser.isSet(kDraft);
    if (draft ? !files.isEmpty() : files.size() != 1)
        return fail(QStringLiteral("check: give exactly one FILE, or --draft ID"));

    CheckContext context;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < kMinYear || year > kMaxYear)
            return fail(QStringLiteral("check: --year must be a year between %1 and %2").arg(kMinYear).arg(kMaxYear));
        context.year = year;
    }
    std::unique_ptr<Database> db;
    if (draft || !parser.isSet(kNoCopy)) {
        auto opened = openCheckLibrary(parser);
        if (!opened)
            return fail(opened.error());
        db = std::move(opened).value();
    }
    if (draft && !db)
        return fail(QStringLiteral("check: no library at %1; give --db FILE").arg(databasePath(parser)));
    std::unique_ptr<LibraryCorpusIndex> corpus;
    if (db && !parser.isSet(kNoCopy))
        corpus = std::make_unique<LibraryCorpusIndex>(*db);
    context.corpus = corpus.get();

    Result<Checked> checked = Error{};
    if (draft) {
        checked = checkStoredDraft(*db, parser.value(kDraft), context);
    } else {
        const QString file = files.first();
        auto fromFile = checkFile(file, context);
        if (fromFile)
            checked = Checked{file, fromFile->year, std::move(fromFile->findings)};
        else
            checked = Error{QStringLiteral("%1: %2").arg(file, fromFile.error())};
    }
    if (!checked)
        return fail(checked.error());

    if (parser.isSet(QStringLiteral("json"))) {
        outJson(QJsonDocument(findingsToJson(checked->findings)));
        return 0;
    }
    const QString year = checked->year ? QString::number(*checked->year) : QStringLiteral("unknown");
    out(QStringLiteral("%1: checked as a document of year %2\n").arg(checked->label, year)
        + findingsToText(checked->findings, checked->label));
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("check"), QStringLiteral("Check a document or a draft for mechanical mistakes"), runCheck});

} // namespace
} // namespace gaozi::cli
