#include "cli.h"
#include "draftscommand.h"
#include "exportargs.h"

#include "draft/draftconvert.h"
#include "draft/draftjson.h"
#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "library/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {

QString commandName(const QString &sub)
{
    return QStringLiteral("drafts ") + sub;
}

int parseSub(QCommandLineParser &parser, const QString &sub, const QStringList &args, const QString &description,
             bool withDb, const QString &positionals)
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

namespace {

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
        {QStringLiteral("new"), QStringLiteral("Create a draft from a template or a document; prints its id"),
         runDraftsNew},
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
