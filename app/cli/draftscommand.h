#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// What the `gaozi-cli drafts` subcommands share across their files.
namespace gaozi::cli {

// "drafts SUB", as --help and the error messages name the command.
QString commandName(const QString &sub);

// Parses a drafts subcommand's options (--db and --no-seed included when it
// needs the library) and checks its positional arguments ("ID NAME").
// Returns -1 to continue, or the exit code.
int parseSub(QCommandLineParser &parser, const QString &sub, const QStringList &args, const QString &description,
             bool withDb, const QString &positionals = {});

// `drafts new`: a draft from a genre template or a library document; prints its id.
int runDraftsNew(const QStringList &args);

} // namespace gaozi::cli
