#include "cli.h"

#include "library/database.h"
#include "library/librarystats.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi::cli {
namespace {

int runDoctor(const QStringList &args)
{
    QCommandLineParser parser;
    if (const int code = parseArgs(parser, QStringLiteral("doctor"), args,
                                   QStringLiteral("Check the library's integrity and full-text index."), true);
        code >= 0)
        return code;
    auto db = openLibrary(parser);
    if (!db)
        return fail(db.error());
    auto report = checkLibrary(*db.value());
    if (!report)
        return fail(report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), report->ok()},
                                          {QStringLiteral("checks"), QJsonArray::fromStringList(report->checks)},
                                          {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}}));
    } else {
        QString text;
        for (const auto &c : report->checks)
            text += QStringLiteral("checked: %1\n").arg(c);
        for (const auto &p : report->problems)
            text += QStringLiteral("PROBLEM: %1\n").arg(p);
        text += report->ok() ? QStringLiteral("library is sound\n") : QStringLiteral("library has problems\n");
        out(text);
    }
    if (!report->ok())
        return fail(QStringLiteral("doctor: the library has %1 problem(s)").arg(report->problems.size()));
    return 0;
}

const bool registered = registerCommand(
    {QStringLiteral("doctor"), QStringLiteral("Check library integrity"), runDoctor});

} // namespace
} // namespace gaozi::cli
