#include "cli.h"
#include "exportargs.h"

#include "export/profilestore.h"
#include "ingest/ingest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

int runFormat(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("The draft to lay out (.txt, .md, .docx)."));
    addExportOptions(parser);
    if (const int code = parseArgs(parser, QStringLiteral("format"), args,
                                   QStringLiteral("One-click layout (一键排版): read a draft, renumber its headings "
                                                  "and write it as a GB/T 9704 .docx or as .txt."),
                                   false);
        code >= 0)
        return code;

    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return fail(QStringLiteral("format: give exactly one INPUT file"));
    auto target = exportTarget(parser, QStringLiteral("format"));
    if (!target)
        return fail(target.error());

    const QString input = inputs.first();
    auto parsed = ingestFile(input);
    if (!parsed)
        return fail(QStringLiteral("format: %1: %2").arg(input, parsed.error()));
    return writeExport(parser, QStringLiteral("format"), target.value(), exportFromParsed(parsed.value()), input,
                       QJsonObject{{QStringLiteral("input"), input}});
}

int runProfiles(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("show"), QStringLiteral("Print one profile as JSON (a start for your own)."),
                      QStringLiteral("NAME|FILE")});
    if (const int code = parseArgs(parser, QStringLiteral("profiles"), args,
                                   QStringLiteral("List the .docx layout profiles: built-in and saved in %1.")
                                       .arg(userProfilesDir()),
                                   false);
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("show"))) {
        auto profile = loadProfile(parser.value(QStringLiteral("show")));
        if (!profile)
            return fail(QStringLiteral("profiles: %1").arg(profile.error()));
        outJson(QJsonDocument(profile->toJson()));
        return 0;
    }
    const auto entries = listProfiles();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &e : entries) {
            QJsonObject o{{QStringLiteral("name"), e.name},
                          {QStringLiteral("description"), e.description},
                          {QStringLiteral("built_in"), e.builtIn}};
            if (!e.path.isEmpty())
                o.insert(QStringLiteral("path"), e.path);
            if (!e.error.isEmpty())
                o.insert(QStringLiteral("error"), e.error);
            array.append(o);
        }
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text;
    for (const auto &e : entries) {
        const QString where = e.builtIn ? QStringLiteral("built-in") : e.path;
        const QString about = e.error.isEmpty() ? e.description : QStringLiteral("(unusable: %1)").arg(e.error);
        text += QStringLiteral("%1  %2  [%3]\n").arg(e.name, -10).arg(about, where);
    }
    out(text);
    return 0;
}

const bool registeredFormat = registerCommand(
    {QStringLiteral("format"), QStringLiteral("Lay out a draft as GB/T 9704 .docx or as .txt"), runFormat});
const bool registeredProfiles =
    registerCommand({QStringLiteral("profiles"), QStringLiteral("List .docx layout profiles"), runProfiles});

} // namespace
} // namespace gaozi::cli
