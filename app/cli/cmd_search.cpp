#include "cli.h"

#include "library/database.h"
#include "library/phrasesearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QStringLiteral("Text the phrases must contain; words separated by spaces must all occur. "
                                                "Empty lists phrases by rank."),
                                 QStringLiteral("[QUERY...]"));
    parser.addOption({QStringLiteral("kind"), QStringLiteral("outline, heading, point, sentence, parallel or term."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("开头, 做法成效, 存在问题, 原因分析, 下一步打算 or 结尾."),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("topic"), QStringLiteral("A topic such as 理论学习 or 组织建设."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many results (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("favourites"), QStringLiteral("Only phrases marked as favourites.")});
    if (const int code = parseArgs(parser, QStringLiteral("search"), args,
                                   QStringLiteral("Search the phrase library (exact Chinese substring search)."), true);
        code >= 0)
        return code;

    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    if (parser.isSet(QStringLiteral("kind"))) {
        query.kind = kindFromName(parser.value(QStringLiteral("kind")));
        if (!query.kind)
            return fail(QStringLiteral("search: unknown kind '%1'").arg(parser.value(QStringLiteral("kind"))));
    }
    query.role = parser.value(QStringLiteral("role"));
    query.topic = parser.value(QStringLiteral("topic"));
    query.favouritesOnly = parser.isSet(QStringLiteral("favourites"));
    bool ok = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 0)
        return fail(QStringLiteral("search: --limit takes a number"));

    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto result = PhraseSearch(*db.value()).search(query);
    if (!result)
        return fail(result.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &hit : result->hits) {
            const PhraseRecord &p = hit.phrase;
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("kind"), kindName(p.kind)},
                                     {QStringLiteral("role"), p.role},
                                     {QStringLiteral("topic"), p.topic},
                                     {QStringLiteral("text"), p.text},
                                     {QStringLiteral("count"), p.occurrences},
                                     {QStringLiteral("documents"), p.documents}});
        }
        outJson(QJsonDocument(array));
        return 0;
    }
    QString text = QStringLiteral("%1 matches\n").arg(result->total);
    for (const auto &hit : result->hits) {
        const PhraseRecord &p = hit.phrase;
        text += QStringLiteral("[%1] %2 · %3 · %4 · %5 docs\n    %6\n")
                    .arg(p.id)
                    .arg(kindName(p.kind), p.role, p.topic)
                    .arg(p.documents)
                    .arg(p.text);
    }
    out(text);
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("search"), QStringLiteral("Search the phrase library"), runSearch});

} // namespace
} // namespace gaozi::cli
