#include "export/atomicwrite.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gaozi {
namespace {

// QSaveFile reports a failed write(2) as "Unknown error" at times.
QString writeFailure(const QFileDevice &file)
{
    const QString reason = file.errorString();
    if (reason.isEmpty() || reason == u"Unknown error")
        return QStringLiteral("the data could not be written (is the disk full?)");
    return reason;
}

Error cannotWrite(const QString &path, const QString &reason)
{
    const QString message = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    qCDebug(lcExport).noquote() << message; // the caller shows it; the CLI allows one line
    return Error{message};
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return Error{QStringLiteral("cannot write: no file name given")};
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());

    // Checked up front so the user reads what is wrong, not an errno text.
    if (target.isDir())
        return cannotWrite(path, QStringLiteral("a folder of that name is in the way"));
    if (!folder.exists())
        return cannotWrite(path, QStringLiteral("folder %1 does not exist").arg(folderName));
    if (!folder.isDir())
        return cannotWrite(path, QStringLiteral("%1 is not a folder").arg(folderName));
    if (target.exists() && !target.isFile())
        return cannotWrite(path, QStringLiteral("it is not a regular file"));
    if (target.exists() && !target.isWritable())
        return cannotWrite(path, QStringLiteral("the existing file is read-only"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (!folder.isWritable())
            return cannotWrite(path, QStringLiteral("folder %1 is read-only (permission denied)").arg(folderName));
        return cannotWrite(path, file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = writeFailure(file);
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, writeFailure(file));
    return Status::success();
}

} // namespace gaozi
