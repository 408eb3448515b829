#include "common/resourcefiles.h"

#include <QDir>
#include <QFile>

namespace gaozi {

Result<QString> readResourceText(const QString &name)
{
    QFile file(QStringLiteral(":/gaozi/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("missing bundled resource %1").arg(name)};
    return QString::fromUtf8(file.readAll());
}

Result<QStringList> readResourceLines(const QString &name)
{
    auto text = readResourceText(name);
    if (!text)
        return Error{text.error()};
    QStringList lines;
    const auto raw = text.value().split(u'\n');
    for (const auto &line : raw) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        lines.append(trimmed);
    }
    return lines;
}

QStringList bundledCorpusFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/gaozi/corpus"));
    const auto names = dir.entryList(QDir::Files, QDir::Name);
    for (const auto &name : names)
        files.append(dir.filePath(name));
    return files;
}

} // namespace gaozi
