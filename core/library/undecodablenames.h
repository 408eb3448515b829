#pragma once

#include <QList>
#include <QString>

namespace gaozi {

// A folder entry whose name is not valid in the file-name encoding (UTF-8 on
// Linux): typically GBK names unpacked from an old zip. Qt cannot spell such a
// name, so QDir and QDirIterator leave the entry out without a word; the
// importer lists them this way to tell the user which files it could not read.
struct UndecodableEntry
{
    QString shownPath; // the folder's path and the name with U+FFFD for the bytes that do not decode
    bool folder = false;
};

// The entries of one folder (not its subfolders) with such names.
QList<UndecodableEntry> undecodableEntries(const QString &folder);

} // namespace gaozi
