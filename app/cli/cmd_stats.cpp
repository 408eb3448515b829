#include "cli.h"

#include "library/database.h"
#include "library/librarystats.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

QJsonObject pairsToJson(const QList<QPair<QString, int>> &pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k.isEmpty() ? QStringLiteral("unknown") : k, v);
    return o;
}

QString pairsToText(const QString &label, const QList<QPair<QString, int>> &pairs)
{
    QStringList parts;
    for (const auto &[k, v] : pairs)
        parts << QStringLiteral("%1 %2").arg(k.isEmpty() ? QStringLiteral("?") : k).arg(v);
    return QStringLiteral("%1: %2\n").arg(label, parts.join(QStringLiteral(", ")));
}

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    if (const int code = parseArgs(parser, QStringLiteral("stats"), args,
                                   QStringLiteral("Show what the library holds."), true);
        code >= 0)
        return code;
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto stats = libraryStats(*db.value());
    if (!stats)
        return fail(stats.error());
    const LibraryStats &s = stats.value();
    if (parser.isSet(QStringLiteral("json"))) {
        outJson(QJsonDocument(QJsonObject{
            {QStringLiteral("documents"), s.documents},
            {QStringLiteral("characters"), s.characters},
            {QStringLiteral("phrases"), s.phrases},
            {QStringLiteral("sources"), s.sources},
            {QStringLiteral("favourites"), s.favourites},
            {QStringLiteral("user_phrases"), s.userPhrases},
            {QStringLiteral("documents_by_year"), pairsToJson(s.documentsByYear)},
            {QStringLiteral("documents_by_genre"), pairsToJson(s.documentsByGenre)},
            {QStringLiteral("phrases_by_kind"), pairsToJson(s.phrasesByKind)},
            {QStringLiteral("phrases_by_topic"), pairsToJson(s.phrasesByTopic)},
            {QStringLiteral("phrases_by_role"), pairsToJson(s.phrasesByRole)},
            {QStringLiteral("top_terms"), pairsToJson(s.topTerms)},
        }));
        return 0;
    }
    QString text = QStringLiteral("library: %1\ndocuments: %2 (%3 characters)\nphrases: %4 (%5 sources, %6 favourites, %7 your own)\n")
                       .arg(db.value()->path())
                       .arg(s.documents)
                       .arg(s.characters)
                       .arg(s.phrases)
                       .arg(s.sources)
                       .arg(s.favourites)
                       .arg(s.userPhrases);
    text += pairsToText(QStringLiteral("by year"), s.documentsByYear);
    text += pairsToText(QStringLiteral("by genre"), s.documentsByGenre);
    text += pairsToText(QStringLiteral("phrases by kind"), s.phrasesByKind);
    text += pairsToText(QStringLiteral("phrases by topic"), s.phrasesByTopic);
    text += pairsToText(QStringLiteral("phrases by role"), s.phrasesByRole);
    text += pairsToText(QStringLiteral("top terms (documents)"), s.topTerms);
    out(text);
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("stats"), QStringLiteral("Show what the library holds"), runStats});

} // namespace
} // namespace gaozi::cli
