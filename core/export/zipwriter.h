#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gaozi {

struct ZipEntry
{
    QString name; // path inside the archive, '/'-separated
    QByteArray data;
};

// Builds a deflated zip archive entirely in memory (libzip on a buffer
// source), entries in the given order, so nothing touches the disk until the
// caller writes the finished bytes atomically.
Result<QByteArray> buildZipArchive(const QList<ZipEntry> &entries);

} // namespace gaozi
