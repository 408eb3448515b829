#pragma once

#include "library/database.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace gaozi {

class FullTextBuild;
class RankIndexPause;

struct ImportItem
{
    enum class Status { Imported, Replaced, Skipped, Failed };
    QString path;
    Status status = Status::Failed;
    QString reason; // why it was skipped or failed
    qint64 documentId = 0;
};

struct ImportReport
{
    QList<ImportItem> items;
    bool cancelled = false;
    QString error; // a library-level failure that stopped the import (e.g. the library is busy)
    qint64 storeMs = 0;  // reading, mining and storing the files
    qint64 finishMs = 0; // then indexing the new phrases and refreshing the terms

    int count(ImportItem::Status status) const;
};

struct ImportProgress
{
    int done = 0;
    int total = 0;
    QString current;
};

struct ImportOptions
{
    bool builtin = false;      // bundled corpus documents
    bool refreshTerms = true;  // recompute corpus-wide terms at the end
    // An import of at least this many files that more than doubles the
    // library stores them without the rank indexes (and, when none of them
    // is in the library yet, without the sources index) and builds those
    // after (rankindexes.h).
    int bulkFiles = 1000;
};

// Imports files and folders (recursively) into a library. Files are read,
// cleaned, parsed and mined on worker threads in batches, the next batch
// while the calling thread stores the previous one (LibraryWriter: each file
// wholly in or out). A broken file is reported and skipped; cancel stops
// between batches and leaves every stored file complete. Then the new
// phrases are indexed while a worker mines the corpus-wide terms.
class Importer final
{
public:
    explicit Importer(Database &db) : m_db(db) {}

    using ProgressFn = std::function<void(const ImportProgress &)>;
    ImportReport run(const QStringList &paths, const ImportOptions &options = {}, const ProgressFn &progress = {},
                     const std::atomic<bool> *cancel = nullptr);

    // The files an import of these paths would read: folders are walked
    // recursively for .txt/.md/.docx; missing paths are reported in failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportItem> *failures);

private:
    // After the files (importfinish.cpp): writes the deferred counts and
    // builds the indexes a bulk import set aside, puts the full-text index in
    // place, refreshes the terms; sets the report's times from phase.
    void finish(ImportReport &report, std::unique_ptr<RankIndexPause> pause, std::unique_ptr<FullTextBuild> fullText,
                bool changed, const ImportOptions &options, QElapsedTimer &phase);

    Database &m_db;
};

// On first use of an empty library, mines the bundled corpus so a newcomer
// never sees an empty window. Does nothing once it has run for this library.
ImportReport seedBundledCorpus(Database &db);

QString importStatusName(ImportItem::Status status);

} // namespace gaozi
