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

// What the library doctor (checkLibrary) finds wrong with db, one finding a
// line, or why it could not look; empty when every check passes.
QString doctorFindings(Database &db);

} // namespace gaozi::test

// Fails the test with the doctor's findings unless the library passes.
#define GAOZI_VERIFY_DOCTOR(database)                                                                                  \
    do {                                                                                                               \
        const QString findings_ = ::gaozi::test::doctorFindings(database);                                             \
        QVERIFY2(findings_.isEmpty(), qPrintable(findings_));                                                          \
    } while (false)

namespace gaozi::test {

} // namespace gaozi::test
