#include "exportargs.h"

#include "cli.h"
#include "export/profilestore.h"

#include <QFileInfo>

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

} // namespace

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Where to write; .docx (GB/T 9704 layout) or .txt, by its ending."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Layout profile for .docx: a name (see 'gaozi-cli profiles') or a .json file."),
                      QStringLiteral("NAME|FILE")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Encoding for .txt: utf-8 (default) or gb18030."),
                      QStringLiteral("ENC")});
    parser.addOption({QStringLiteral("crlf"), QStringLiteral("Windows line ends (CR LF) in .txt.")});
}

Result<ExportTarget> exportTarget(const QCommandLineParser &parser, const QString &command)
{
    ExportTarget target;
    target.path = parser.value(QStringLiteral("output"));
    if (target.path.isEmpty())
        return Error{QStringLiteral("%1: -o OUT.docx or -o OUT.txt is required").arg(command)};
    const auto format = exportFormatForPath(target.path);
    if (!format)
        return Error{QStringLiteral("%1: %2: the output name must end in .docx or .txt").arg(command, target.path)};
    target.format = *format;
    const bool docx = target.format == ExportFormat::Docx;
    if (docx && (parser.isSet(QStringLiteral("encoding")) || parser.isSet(QStringLiteral("crlf"))))
        return Error{QStringLiteral("%1: --encoding and --crlf apply to .txt output only").arg(command)};
    if (!docx && parser.isSet(QStringLiteral("profile")))
        return Error{QStringLiteral("%1: --profile applies to .docx output only").arg(command)};

    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = loadProfile(parser.value(QStringLiteral("profile")));
        if (!profile)
            return Error{QStringLiteral("%1: %2").arg(command, profile.error())};
        target.options.profile = profile.value();
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString name = parser.value(QStringLiteral("encoding"));
        const auto encoding = textEncodingFromName(name);
        if (!encoding)
            return Error{QStringLiteral("%1: unknown encoding \"%2\" (use utf-8 or gb18030)").arg(command, name)};
        target.options.txt.encoding = *encoding;
    }
    target.options.txt.crlf = parser.isSet(QStringLiteral("crlf"));
    return target;
}

int writeExport(const QCommandLineParser &parser, const QString &command, const ExportTarget &target,
                const ExportDocument &doc, const QString &source, QJsonObject json)
{
    if (auto written = exportDocument(target.path, doc, target.options); !written)
        return fail(QStringLiteral("%1: %2").arg(command, written.error()));

    const bool docx = target.format == ExportFormat::Docx;
    const ExportOptions &options = target.options;
    const Counts counts = countBlocks(doc);
    const qint64 bytes = QFileInfo(target.path).size();
    if (parser.isSet(QStringLiteral("json"))) {
        json.insert(QStringLiteral("output"), target.path);
        json.insert(QStringLiteral("format"), docx ? QStringLiteral("docx") : QStringLiteral("txt"));
        json.insert(QStringLiteral("title"), doc.title);
        json.insert(QStringLiteral("headings"), counts.headings);
        json.insert(QStringLiteral("paragraphs"), counts.paragraphs);
        json.insert(QStringLiteral("bytes"), bytes);
        if (docx) {
            json.insert(QStringLiteral("profile"), options.profile.name);
        } else {
            json.insert(QStringLiteral("encoding"), textEncodingName(options.txt.encoding));
            json.insert(QStringLiteral("crlf"), options.txt.crlf);
        }
        outJson(QJsonDocument(json));
        return 0;
    }
    const QString how =
        docx ? QStringLiteral("profile %1").arg(options.profile.name)
             : textEncodingName(options.txt.encoding) + (options.txt.crlf ? QStringLiteral(", CRLF") : QString());
    out(QStringLiteral("%1 → %2 (%3): %4 headings, %5 paragraphs, %6 bytes\n")
            .arg(source, target.path, how)
            .arg(counts.headings)
            .arg(counts.paragraphs)
            .arg(bytes));
    return 0;
}

} // namespace gaozi::cli
