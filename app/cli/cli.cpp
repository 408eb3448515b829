#include "cli.h"

#include "library/database.h"
#include "library/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace gaozi::cli {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void outJson(const QJsonDocument &doc)
{
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    const QByteArray bytes = (QStringLiteral("gaozi-cli: ") + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return code;
}

int parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args,
              const QString &description, bool withDb)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    if (withDb) {
        parser.addOption({QStringLiteral("db"), QStringLiteral("Library file (default: the user data folder)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("no-seed"),
                          QStringLiteral("Do not mine the bundled corpus into a new, empty library.")});
    }
    QStringList full = args;
    full.prepend(QStringLiteral("gaozi-cli ") + name);
    if (!parser.parse(full))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by its path; name the command instead.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: gaozi-cli ") + name);
        out(text);
        return 0;
    }
    return -1;
}

QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

} // namespace gaozi::cli

namespace gaozi::cli {

Result<std::unique_ptr<Database>> openLibrary(const QCommandLineParser &parser)
{
    auto db = Database::open(databasePath(parser));
    if (!db)
        return Error{db.error()};
    if (!parser.isSet(QStringLiteral("no-seed"))) {
        const ImportReport seeded = seedBundledCorpus(*db.value());
        if (!seeded.error.isEmpty())
            return Error{seeded.error};
    }
    return db;
}

} // namespace gaozi::cli
