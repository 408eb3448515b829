#include "cli.h"

#include "library/database.h"
#include "library/importer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders (.txt, .md, .docx; folders recursively)."),
                                 QStringLiteral("PATH..."));
    const ImportOptions defaults;
    parser.addOption({QStringLiteral("bulk-files"),
                      QStringLiteral("Treat an import of at least N files that more than doubles the library as a bulk "
                                     "import: indexes set aside and new phrases counted in memory until it ends "
                                     "(default %1).")
                          .arg(defaults.bulkFiles),
                      QStringLiteral("N"), QString::number(defaults.bulkFiles)});
    if (const int code = parseArgs(parser, QStringLiteral("import"), args,
                                   QStringLiteral("Import documents into the library and mine their phrases."), true);
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(QStringLiteral("import: no PATH given"));
    ImportOptions options;
    bool ok = false;
    options.bulkFiles = parser.value(QStringLiteral("bulk-files")).toInt(&ok);
    if (!ok || options.bulkFiles < 1)
        return fail(QStringLiteral("import: --bulk-files wants a whole number of at least 1, not '%1'")
                        .arg(parser.value(QStringLiteral("bulk-files"))));
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());

    const ImportReport report = Importer(*db.value()).run(paths, options);
    const int failed = report.count(ImportItem::Status::Failed);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const auto &i : report.items) {
            items.append(QJsonObject{{QStringLiteral("path"), i.path},
                                     {QStringLiteral("status"), importStatusName(i.status)},
                                     {QStringLiteral("reason"), i.reason},
                                     {QStringLiteral("document"), i.documentId}});
        }
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("imported"), report.count(ImportItem::Status::Imported)},
                                          {QStringLiteral("replaced"), report.count(ImportItem::Status::Replaced)},
                                          {QStringLiteral("skipped"), report.count(ImportItem::Status::Skipped)},
                                          {QStringLiteral("failed"), failed},
                                          {QStringLiteral("error"), report.error}}));
    } else {
        QString text;
        for (const auto &i : report.items) {
            if (i.status != ImportItem::Status::Imported)
                text += QStringLiteral("%1: %2 (%3)\n").arg(importStatusName(i.status), i.path, i.reason);
        }
        text += QStringLiteral("imported %1, replaced %2, skipped %3, failed %4\n")
                    .arg(report.count(ImportItem::Status::Imported))
                    .arg(report.count(ImportItem::Status::Replaced))
                    .arg(report.count(ImportItem::Status::Skipped))
                    .arg(failed);
        out(text);
    }
    if (!report.error.isEmpty())
        return fail(report.error);
    // Broken files are reported above; the import itself succeeded unless every file failed.
    return (failed > 0 && failed == report.items.size()) ? 1 : 0;
}

const bool registered = registerCommand(
    {QStringLiteral("import"), QStringLiteral("Import files and folders into the library"), runImport});

} // namespace
} // namespace gaozi::cli
