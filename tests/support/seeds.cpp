#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gaozi::test {

QStringList seedPaths()
{
    const QDir dir(QStringLiteral(GAOZI_CORPUS_DIR));
    QStringList out;
    const auto names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const auto &name : names)
        out.append(dir.filePath(name));
    return out;
}

QString seedPath(const QString &prefix)
{
    const auto paths = seedPaths();
    for (const auto &p : paths) {
        if (QFileInfo(p).fileName().startsWith(prefix))
            return p;
    }
    return {};
}

QByteArray seedBytes(const QString &prefix)
{
    QFile f(seedPath(prefix));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace gaozi::test
