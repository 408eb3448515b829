#include "cli.h"
#include "exportargs.h"

#include "draft/draftconvert.h"
#include "draft/draftjson.h"
#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "library/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

// Years the new-draft dialog offers.
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;

QString commandName(const QString &sub)
{
    return QStringLiteral("drafts ") + sub;
}

// Parses the subcommand's options (--db and --no-seed included when it
// needs the library) and checks its positional arguments ("ID NAME").
// Returns -1 to continue, or the exit code.
int parseSub(QCommandLineParser &parser, const QString &sub, const QStringList &args, const QString &description,
             bool withDb, const QString &positionals = {})
{
    if (const int code = parseArgs(parser, commandName(sub), args, description, withDb); code >= 0)
        return code;
    const qsizetype wanted = positionals.isEmpty() ? 0 : positionals.count(u' ') + 1;
    if (parser.positionalArguments().size() != wanted) {
        const QString usage = QStringLiteral("gaozi-cli drafts %1 %2").arg(sub, positionals).trimmed();
        return fail(QStringLiteral("drafts %1: usage: %2 [options]").arg(sub, usage));
    }
    return -1;
}

Result<qint64> draftId(const QString &text, const QString &sub)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{
            QStringLiteral("drafts %1: \"%2\" is not a draft id (see 'gaozi-cli drafts list')").arg(sub, text)};
    return id;
}

// Opens the library and loads the draft named by the first positional argument.
struct Opened
{
    std::unique_ptr<Database> db;
    Draft draft;
};

Result<Opened> openDraft(const QCommandLineParser &parser, const QString &sub)
{
    auto id = draftId(parser.positionalArguments().value(0), sub);
    if (!id)
        return Error{id.error()};
    auto db = openLibrary(parser);
    if (!db)
        return Error{db.error()};
    auto draft = DraftStore(*db.value()).load(id.value());
    if (!draft)
        return Error{QStringLiteral("drafts %1: %2").arg(sub, draft.error())};
    return Opened{std::move(db.value()), draft.value()};
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString isoTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toString(Qt::ISODate) : QString();
}

int runGenres(const QStringList &args)
{
    QCommandLineParser parser;
    if (const int code =
            parseSub(parser, QStringLiteral("genres"), args,
                     QStringLiteral("List the genre templates a new draft can start from (--genre ID)."), false);
        code >= 0)
        return code;
    auto genres = genreTemplates();
    if (!genres)
        return fail(QStringLiteral("drafts genres: %1").arg(genres.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &g : genres.value()) {
            QJsonArray headings;
            for (const auto &s : g.sections)
                headings.append(s.heading);
            array.append(QJsonObject{{QStringLiteral("id"), g.id},
                                     {QStringLiteral("name"), g.name},
                                     {QStringLiteral("description"), g.description},
                                     {QStringLiteral("title_pattern"), g.titlePattern},
                                     {QStringLiteral("period"), g.period},
                                     {QStringLiteral("headings"), headings}});
        }
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text;
    for (const auto &g : genres.value())
        text += QStringLiteral("%1  %2  %3\n").arg(g.id, -22).arg(g.name, g.description);
    out(text);
    return 0;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    if (const int code = parseSub(parser, QStringLiteral("list"), args,
                                  QStringLiteral("List the drafts in the library, most recently edited first."), true);
        code >= 0)
        return code;
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto drafts = DraftStore(*db.value()).list();
    if (!drafts)
        return fail(QStringLiteral("drafts list: %1").arg(drafts.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &d : drafts.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("title"), d.title},
                                     {QStringLiteral("genre"), d.genre},
                                     {QStringLiteral("year"), d.year},
                                     {QStringLiteral("chars"), d.charCount},
                                     {QStringLiteral("updated"), isoTime(d.updated)}});
        }
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text;
    for (const auto &d : drafts.value()) {
        const QString name = d.name == d.title ? QString() : QStringLiteral("  [%1]").arg(d.name);
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(d.id)
                    .arg(localTime(d.updated), d.genre.isEmpty() ? QStringLiteral("-") : d.genre, d.title, name);
    }
    text += drafts->size() == 1 ? QStringLiteral("1 draft\n") : QStringLiteral("%1 drafts\n").arg(drafts->size());
    out(text);
    return 0;
}

Result<DraftFields> draftFields(const QCommandLineParser &parser)
{
    DraftFields fields;
    fields.unit = parser.value(QStringLiteral("unit")).trimmed();
    if (!parser.isSet(QStringLiteral("year")))
        return Error{QStringLiteral("drafts new: --year YEAR is required")};
    bool ok = false;
    const QString year = parser.value(QStringLiteral("year"));
    fields.year = year.trimmed().toInt(&ok);
    if (!ok || fields.year < kFirstYear || fields.year > kLastYear)
        return Error{QStringLiteral("drafts new: --year takes a year from %1 to %2, not \"%3\"")
                         .arg(kFirstYear)
                         .arg(kLastYear)
                         .arg(year)};
    if (parser.isSet(QStringLiteral("period"))) {
        fields.period = parser.value(QStringLiteral("period")).trimmed();
        if (!draftPeriods().contains(fields.period))
            return Error{QStringLiteral("drafts new: unknown period \"%1\" (use one of %2)")
                             .arg(fields.period, draftPeriods().join(QStringLiteral(", ")))};
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const QString date = parser.value(QStringLiteral("date")).trimmed();
        fields.date = QDate::fromString(date, Qt::ISODate);
        if (!fields.date.isValid())
            fields.date = QDate::fromString(date, QStringLiteral("yyyy年M月d日"));
        if (!fields.date.isValid())
            return Error{QStringLiteral("drafts new: --date takes a date such as 2024-12-31, not \"%1\"").arg(date)};
    }
    return fields;
}

// The draft a new one starts as: a genre template, or the outline of a library document.
Result<Draft> startingDraft(const QCommandLineParser &parser, Database &db, const DraftFields &fields)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("genre"))) {
        const QString id = parser.value(QStringLiteral("genre"));
        auto genre = genreTemplate(id);
        if (!genre)
            return Error{QStringLiteral("drafts new: unknown genre \"%1\" (see 'gaozi-cli drafts genres')").arg(id)};
        return draftFromTemplate(genre.value(), fields, name);
    }
    bool ok = false;
    const QString text = parser.value(QStringLiteral("document"));
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        return Error{QStringLiteral("drafts new: \"%1\" is not a document id (see 'gaozi-cli documents')").arg(text)};
    auto draft = draftFromLibraryDocument(db, id, fields, name);
    if (!draft)
        return Error{QStringLiteral("drafts new: %1").arg(draft.error())};
    return draft;
}

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("genre"), QStringLiteral("Start from this genre template (see 'drafts genres')."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("document"),
                      QStringLiteral("Start from the headings of this library document (see 'gaozi-cli documents')."),
                      QStringLiteral("DOCID")});
    parser.addOption({QStringLiteral("unit"), QStringLiteral("The unit's name (单位名称), e.g. 中共XX局机关委员会."),
                      QStringLiteral("UNIT")});
    parser.addOption(
        {QStringLiteral("year"), QStringLiteral("The year the draft reports on (required)."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("period"),
                      QStringLiteral("全年, 上半年, 下半年 or 第一季度 … 第四季度 (default: the template's)."),
                      QStringLiteral("PERIOD")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("成文日期, e.g. 2024-12-31 (default: no date line)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("title"),
                      QStringLiteral("Your own title instead of the one built from the fields."),
                      QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The draft's name in the list (default: its title)."),
                      QStringLiteral("NAME")});
    if (const int code = parseSub(parser, QStringLiteral("new"), args,
                                  QStringLiteral("Create a draft in the library and print its id."), true);
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("genre")) == parser.isSet(QStringLiteral("document")))
        return fail(QStringLiteral("drafts new: give either --genre ID or --document DOCID"));
    auto fields = draftFields(parser);
    if (!fields)
        return fail(fields.error());

    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto draft = startingDraft(parser, *db.value(), fields.value());
    if (!draft)
        return fail(draft.error());
    if (parser.isSet(QStringLiteral("title"))) {
        draft->setTitle(parser.value(QStringLiteral("title")));
        if (!parser.isSet(QStringLiteral("name")))
            draft->name = draft->title();
    }
    auto id = DraftStore(*db.value()).create(draft.value());
    if (!id)
        return fail(QStringLiteral("drafts new: %1").arg(id.error()));
    if (parser.isSet(QStringLiteral("json")))
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), id.value()},
                                          {QStringLiteral("name"), draft->name},
                                          {QStringLiteral("title"), draft->title()}}));
    else
        out(QStringLiteral("%1\n").arg(id.value()));
    return 0;
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The draft (see 'drafts list')."));
    if (const int code = parseSub(parser, QStringLiteral("show"), args,
                                  QStringLiteral("Print a draft as its exported text reads (numbering included), "
                                                 "or with --json as stored."),
                                  true, QStringLiteral("ID"));
        code >= 0)
        return code;
    auto opened = openDraft(parser, QStringLiteral("show"));
    if (!opened)
        return fail(opened.error());
    const Draft &draft = opened->draft;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = draftToJson(draft);
        o.insert(QStringLiteral("chars"), visibleLength(draftToPlainText(draft)));
        o.insert(QStringLiteral("created"), isoTime(draft.created));
        o.insert(QStringLiteral("updated"), isoTime(draft.updated));
        outJson(QJsonDocument(o));
    } else {
        out(draftToPlainText(draft));
    }
    return 0;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The draft (see 'drafts list')."));
    addExportOptions(parser);
    if (const int code =
            parseSub(parser, QStringLiteral("export"), args,
                     QStringLiteral("Write a draft as a GB/T 9704 .docx or as .txt."), true, QStringLiteral("ID"));
        code >= 0)
        return code;
    const QString command = commandName(QStringLiteral("export"));
    auto target = exportTarget(parser, command);
    if (!target)
        return fail(target.error());
    auto opened = openDraft(parser, QStringLiteral("export"));
    if (!opened)
        return fail(opened.error());
    const Draft &draft = opened->draft;
    return writeExport(parser, command, target.value(), draftToExportDocument(draft),
                       QStringLiteral("draft %1").arg(draft.id), QJsonObject{{QStringLiteral("draft"), draft.id}});
}

int runRename(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The draft (see 'drafts list')."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Its new name in the list."));
    if (const int code =
            parseSub(parser, QStringLiteral("rename"), args,
                     QStringLiteral("Rename a draft (its name in the list; the title follows the fields)."), true,
                     QStringLiteral("ID NAME"));
        code >= 0)
        return code;
    auto opened = openDraft(parser, QStringLiteral("rename"));
    if (!opened)
        return fail(opened.error());
    const QString name = parser.positionalArguments().at(1).trimmed();
    if (Status s = DraftStore(*opened->db).rename(opened->draft.id, name); !s)
        return fail(QStringLiteral("drafts rename: %1").arg(s.error()));
    if (parser.isSet(QStringLiteral("json")))
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), opened->draft.id}, {QStringLiteral("name"), name}}));
    else
        out(QStringLiteral("renamed draft %1 to %2\n").arg(opened->draft.id).arg(name));
    return 0;
}

int runDuplicate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The draft (see 'drafts list')."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("The copy's name (default: the name and 副本)."),
                      QStringLiteral("NAME")});
    if (const int code = parseSub(parser, QStringLiteral("duplicate"), args,
                                  QStringLiteral("Copy a draft and print the copy's id."), true, QStringLiteral("ID"));
        code >= 0)
        return code;
    auto opened = openDraft(parser, QStringLiteral("duplicate"));
    if (!opened)
        return fail(opened.error());
    auto copy = DraftStore(*opened->db).duplicate(opened->draft.id, parser.value(QStringLiteral("name")));
    if (!copy)
        return fail(QStringLiteral("drafts duplicate: %1").arg(copy.error()));
    if (parser.isSet(QStringLiteral("json")))
        outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), copy.value()}, {QStringLiteral("original"), opened->draft.id}}));
    else
        out(QStringLiteral("%1\n").arg(copy.value()));
    return 0;
}

int runDelete(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The draft (see 'drafts list')."));
    if (const int code =
            parseSub(parser, QStringLiteral("delete"), args,
                     QStringLiteral("Delete a draft from the library (there is no undo)."), true, QStringLiteral("ID"));
        code >= 0)
        return code;
    auto id = draftId(parser.positionalArguments().first(), QStringLiteral("delete"));
    if (!id)
        return fail(id.error());
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    if (Status s = DraftStore(*db.value()).remove(id.value()); !s)
        return fail(QStringLiteral("drafts delete: %1").arg(s.error()));
    if (parser.isSet(QStringLiteral("json")))
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), id.value()}}));
    else
        out(QStringLiteral("deleted draft %1\n").arg(id.value()));
    return 0;
}

const QList<Command> &subcommands()
{
    static const QList<Command> list{
        {QStringLiteral("genres"), QStringLiteral("List the genre templates with their ids"), runGenres},
        {QStringLiteral("list"), QStringLiteral("List the drafts: id, updated, genre, title"), runList},
        {QStringLiteral("new"), QStringLiteral("Create a draft from a template or a document; prints its id"), runNew},
        {QStringLiteral("show"), QStringLiteral("Print a draft as its exported text, or --json"), runShow},
        {QStringLiteral("export"), QStringLiteral("Write a draft as .docx or .txt (-o FILE)"), runExport},
        {QStringLiteral("rename"), QStringLiteral("Rename a draft"), runRename},
        {QStringLiteral("duplicate"), QStringLiteral("Copy a draft; prints the copy's id"), runDuplicate},
        {QStringLiteral("delete"), QStringLiteral("Delete a draft"), runDelete},
    };
    return list;
}

int runDrafts(const QStringList &args)
{
    const QString sub = args.value(0);
    for (const auto &c : subcommands()) {
        if (c.name == sub)
            return c.run(args.mid(1));
    }
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        QString text = QStringLiteral("Usage: gaozi-cli drafts SUBCOMMAND [OPTIONS]\n\n"
                                      "The drafts the composer writes, kept in the library file.\n\nSubcommands:\n");
        for (const auto &c : subcommands())
            text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
        text += QStringLiteral("\nRun 'gaozi-cli drafts SUBCOMMAND --help' for its options.\n");
        out(text);
        return 0;
    }
    QStringList names;
    for (const auto &c : subcommands())
        names.append(c.name);
    const QString what = sub.isEmpty() || sub.startsWith(u'-') ? QStringLiteral("give a subcommand first")
                                                               : QStringLiteral("unknown subcommand \"%1\"").arg(sub);
    return fail(QStringLiteral("drafts: %1: %2").arg(what, names.join(QStringLiteral(", "))), 2);
}

const bool registered = registerCommand(
    {QStringLiteral("drafts"), QStringLiteral("Composer drafts: genres, list, new, show, export, …"), runDrafts});

} // namespace
} // namespace gaozi::cli
