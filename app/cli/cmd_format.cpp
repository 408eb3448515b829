#include "cli.h"

#include "export/exporter.h"
#include "export/profilestore.h"
#include "ingest/ingest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

struct Counts
{
    int headings = 0;
    int paragraphs = 0;
};

Counts countBlocks(const ExportDocument &doc)
{
    Counts c;
    const auto blocks = exportBlocks(doc);
    for (const auto &b : blocks) {
        if (b.role == BlockRole::Body)
            ++c.paragraphs;
        else if (b.role != BlockRole::Title && b.role != BlockRole::ClosingUnit && b.role != BlockRole::ClosingDate)
            ++c.headings;
    }
    return c;
}

int runFormat(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("The draft to lay out (.txt, .md, .docx)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Where to write; .docx (GB/T 9704 layout) or .txt, by its ending."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Layout profile for .docx: a name (see 'gaozi-cli profiles') or a .json file."),
                      QStringLiteral("NAME|FILE")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Encoding for .txt: utf-8 (default) or gb18030."),
                      QStringLiteral("ENC")});
    parser.addOption({QStringLiteral("crlf"), QStringLiteral("Windows line ends (CR LF) in .txt.")});
    if (const int code = parseArgs(parser, QStringLiteral("format"), args,
                                   QStringLiteral("One-click layout (一键排版): read a draft, renumber its headings "
                                                  "and write it as a GB/T 9704 .docx or as .txt."),
                                   false);
        code >= 0)
        return code;

    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return fail(QStringLiteral("format: give exactly one INPUT file"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QStringLiteral("format: -o OUT.docx or -o OUT.txt is required"));
    const auto format = exportFormatForPath(output);
    if (!format)
        return fail(QStringLiteral("format: %1: the output name must end in .docx or .txt").arg(output));
    const bool docx = *format == ExportFormat::Docx;
    if (docx && (parser.isSet(QStringLiteral("encoding")) || parser.isSet(QStringLiteral("crlf"))))
        return fail(QStringLiteral("format: --encoding and --crlf apply to .txt output only"));
    if (!docx && parser.isSet(QStringLiteral("profile")))
        return fail(QStringLiteral("format: --profile applies to .docx output only"));

    ExportOptions options;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = loadProfile(parser.value(QStringLiteral("profile")));
        if (!profile)
            return fail(QStringLiteral("format: %1").arg(profile.error()));
        options.profile = profile.value();
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = textEncodingFromName(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return fail(QStringLiteral("format: unknown encoding \"%1\" (use utf-8 or gb18030)")
                            .arg(parser.value(QStringLiteral("encoding"))));
        options.txt.encoding = *encoding;
    }
    options.txt.crlf = parser.isSet(QStringLiteral("crlf"));

    const QString input = inputs.first();
    auto parsed = ingestFile(input);
    if (!parsed)
        return fail(QStringLiteral("format: %1: %2").arg(input, parsed.error()));
    const ExportDocument doc = exportFromParsed(parsed.value());
    if (auto written = exportDocument(output, doc, options); !written)
        return fail(QStringLiteral("format: %1").arg(written.error()));

    const Counts counts = countBlocks(doc);
    const qint64 bytes = QFileInfo(output).size();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("input"), input},
                      {QStringLiteral("output"), output},
                      {QStringLiteral("format"), docx ? QStringLiteral("docx") : QStringLiteral("txt")},
                      {QStringLiteral("title"), doc.title},
                      {QStringLiteral("headings"), counts.headings},
                      {QStringLiteral("paragraphs"), counts.paragraphs},
                      {QStringLiteral("bytes"), bytes}};
        if (docx) {
            o.insert(QStringLiteral("profile"), options.profile.name);
        } else {
            o.insert(QStringLiteral("encoding"), textEncodingName(options.txt.encoding));
            o.insert(QStringLiteral("crlf"), options.txt.crlf);
        }
        outJson(QJsonDocument(o));
    } else {
        const QString how = docx ? QStringLiteral("profile %1").arg(options.profile.name)
                                 : textEncodingName(options.txt.encoding)
                                       + (options.txt.crlf ? QStringLiteral(", CRLF") : QString());
        out(QStringLiteral("%1 → %2 (%3): %4 headings, %5 paragraphs, %6 bytes\n")
                .arg(input, output, how)
                .arg(counts.headings)
                .arg(counts.paragraphs)
                .arg(bytes));
    }
    return 0;
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
