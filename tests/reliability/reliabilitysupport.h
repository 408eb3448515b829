#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace gaozi::test {

struct CliRun
{
    int code = -1; // -1 when the process crashed or could not start
    QByteArray out;
    QByteArray err;
};

// Runs gaozi-cli to completion with XDG_DATA_HOME under home (so a forgotten
// --db never touches the user's library).
CliRun runCli(const QStringList &args, const QString &home, const QString &workingDir = {});

// Starts gaozi-cli without waiting; the caller owns the process.
void startCli(QProcess &process, const QStringList &args, const QString &home);

// Writes a synthetic corpus of about `megabytes` MB into dir with
// `gaozi-bench generate` (tools/bench/corpusgenerator); returns the file count,
// or -1 with the tool's error in *error.
int generateCorpus(const QString &dir, int megabytes, QString *error);

} // namespace gaozi::test
