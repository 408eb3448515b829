#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "common/result.h"

namespace gaozi {
class Database;
}

namespace gaozi::cli {

// A subcommand: `gaozi-cli NAME ARGS...`. run() gets the arguments after NAME
// and returns the process exit code.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

// Called from a static initialiser in each cmd_*.cpp.
bool registerCommand(Command command);
const QList<Command> &commands();

// Output helpers: UTF-8 on stdout; errors are one line on stderr.
void out(const QString &text);
void outJson(const QJsonDocument &doc);
int fail(const QString &message, int code = 1);

// Sets up --help and --json (and --db when withDb), parses args, and handles
// --help and parse errors. Returns -1 to continue, or an exit code to return.
int parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args,
              const QString &description, bool withDb);

// The library file: --db if given, else the default data location.
QString databasePath(const QCommandLineParser &parser);

// Opens the library named by --db (or the default one). Unless --no-seed is
// given, a library that has never held anything first mines the bundled corpus.
Result<std::unique_ptr<Database>> openLibrary(const QCommandLineParser &parser);

} // namespace gaozi::cli
