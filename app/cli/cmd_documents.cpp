#include "cli.h"

#include "library/database.h"
#include "library/documentcatalog.h"
#include "library/librarywriter.h"
#include "library/termrefresh.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

int runDocuments(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("remove"), QStringLiteral("Remove the document with this id and the phrases only it used."),
                      QStringLiteral("ID")});
    if (const int code = parseArgs(parser, QStringLiteral("documents"), args,
                                   QStringLiteral("List the documents in the library, or remove one."), true);
        code >= 0)
        return code;
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());

    if (parser.isSet(QStringLiteral("remove"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("remove")).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("documents: --remove takes a document id"));
        if (Status s = LibraryWriter(*db.value()).removeDocument(id); !s)
            return fail(s.error());
        if (auto terms = refreshTerms(*db.value()); !terms)
            return fail(terms.error());
        if (parser.isSet(QStringLiteral("json")))
            outJson(QJsonDocument(QJsonObject{{QStringLiteral("removed"), id}}));
        else
            out(QStringLiteral("removed document %1\n").arg(id));
        return 0;
    }

    auto docs = DocumentCatalog(*db.value()).documents();
    if (!docs)
        return fail(docs.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &d : docs.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("file"), d.fileName},
                                     {QStringLiteral("path"), d.path},
                                     {QStringLiteral("title"), d.title},
                                     {QStringLiteral("year"), d.year ? QJsonValue(*d.year) : QJsonValue()},
                                     {QStringLiteral("genre"), d.genre},
                                     {QStringLiteral("phrases"), d.phraseCount}});
        }
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text;
    for (const auto &d : docs.value())
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(d.id)
                    .arg(d.year ? QString::number(*d.year) : QStringLiteral("-"), d.title, d.fileName);
    text += QStringLiteral("%1 documents\n").arg(docs->size());
    out(text);
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("documents"), QStringLiteral("List or remove library documents"), runDocuments});

} // namespace
} // namespace gaozi::cli
