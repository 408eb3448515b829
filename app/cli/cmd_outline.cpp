#include "cli.h"

#include "ingest/ingest.h"
#include "ingest/outlinejson.h"

#include <QJsonArray>

namespace gaozi::cli {
namespace {

int runOutline(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Documents to parse (.txt, .md, .docx)."),
                                 QStringLiteral("FILE..."));
    if (const int code = parseArgs(parser, QStringLiteral("outline"), args,
                                   QStringLiteral("Print the parsed outline (title, year, sections, points) of documents."),
                                   false);
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QStringLiteral("outline: no FILE given"));

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    QString text;
    int failures = 0;
    for (const QString &file : files) {
        auto doc = ingestFile(file);
        if (!doc) {
            fail(QStringLiteral("%1: %2").arg(file, doc.error()));
            ++failures;
            continue;
        }
        if (json)
            array.append(outlineToJson(doc.value(), file));
        else
            text += outlineToText(doc.value(), file) + u'\n';
    }
    if (json) {
        if (files.size() == 1 && array.size() == 1)
            outJson(QJsonDocument(array.first().toObject()));
        else
            outJson(QJsonDocument(array));
    } else {
        out(text);
    }
    return failures == 0 ? 0 : 1;
}

const bool registered = registerCommand(
    {QStringLiteral("outline"), QStringLiteral("Show the parsed outline of documents"), runOutline});

} // namespace
} // namespace gaozi::cli
