#pragma once

#include "library/database.h"
#include "library/importer.h"

#include <QTemporaryDir>

#include <memory>

namespace gaozi::test {

// A fresh library file in a temporary folder, optionally holding the seeds.
struct LibraryFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ImportReport seedReport;

    bool open(bool withSeeds);
    QString path() const { return dir.filePath(QStringLiteral("library.sqlite")); }
};

// Writes bytes to path, making its folder first; for files to import.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace gaozi::test
