#include "library/importer.h"

#include "ingest/documentreader.h"
#include "library/undecodablenames.h"

#include <QDirIterator>
#include <QFileInfo>

// Which files an import reads, and the words its report uses; storing them
// is importer.cpp.

namespace gaozi {
namespace {

// Files and folders whose names Qt cannot spell are invisible to
// QDirIterator: each is named in the report instead of silently missing.
void reportUndecodableNames(const QString &root, QList<ImportItem> *failures)
{
    QStringList folders{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            folders << it.filePath();
    }
    for (const QString &folder : std::as_const(folders)) {
        for (const UndecodableEntry &entry : undecodableEntries(folder)) {
            if (entry.folder)
                failures->append({entry.shownPath, ImportItem::Status::Failed,
                                  QStringLiteral("the folder name is not valid UTF-8, so its files were not read; "
                                                 "rename the folder"),
                                  0});
            else if (isSupportedDocumentName(entry.shownPath))
                failures->append({entry.shownPath, ImportItem::Status::Failed,
                                  QStringLiteral("the file name is not valid UTF-8; rename the file"), 0});
        }
    }
}

} // namespace

int ImportReport::count(ImportItem::Status status) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const ImportItem &i) { return i.status == status; }));
}

QString importStatusName(ImportItem::Status status)
{
    switch (status) {
    case ImportItem::Status::Imported:
        return QStringLiteral("imported");
    case ImportItem::Status::Replaced:
        return QStringLiteral("replaced");
    case ImportItem::Status::Skipped:
        return QStringLiteral("skipped");
    case ImportItem::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportItem> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path.startsWith(u':') && info.isFile()) {
            files << path; // a bundled resource
        } else if (!info.exists()) {
            failures->append({path, ImportItem::Status::Failed, QStringLiteral("no such file or folder"), 0});
        } else if (info.isDir()) {
            QStringList found;
            // Unreadable files are listed too: the import names them and says why.
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isSupportedDocumentName(file))
                    found << QFileInfo(file).absoluteFilePath();
            }
            found.sort();
            files << found;
            reportUndecodableNames(info.absoluteFilePath(), failures);
        } else if (!info.isFile()) {
            // Reading a named pipe or a device would wait forever.
            failures->append({path, ImportItem::Status::Failed, QStringLiteral("not a regular file (a pipe or device)"), 0});
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

} // namespace gaozi
