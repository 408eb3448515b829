#include "library/undecodablenames.h"

#include <QDir>
#include <QFile>

#include <dirent.h>

namespace gaozi {

QList<UndecodableEntry> undecodableEntries(const QString &folder)
{
    QList<UndecodableEntry> out;
    DIR *dir = opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return out;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        const QString decoded = QFile::decodeName(name);
        if (QFile::encodeName(decoded) == name)
            continue;
        out.append({QDir(folder).filePath(decoded), entry->d_type == DT_DIR});
    }
    closedir(dir);
    return out;
}

} // namespace gaozi
