#include "reliabilitysupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcessEnvironment>

namespace gaozi::test {

void startCli(QProcess &process, const QStringList &args, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GAOZI_CLI_PATH), args);
}

CliRun runCli(const QStringList &args, const QString &home, const QString &workingDir)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    startCli(p, args, home);
    if (!p.waitForFinished(-1))
        return {-1, {}, p.errorString().toUtf8()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int generateCorpus(const QString &dir, int megabytes, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(GAOZI_BENCH_PATH),
            {QStringLiteral("generate"), QStringLiteral("--mb"), QString::number(megabytes), QStringLiteral("--out"), dir});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return -1;
    }
    int files = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    return files;
}

} // namespace gaozi::test
