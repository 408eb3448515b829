#pragma once

#include "common/result.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <atomic>

struct sqlite3;

namespace gaozi {

// The full-text index of every phrase up to an id, built in a file of its
// own (beside the library, "<library>-fts.tmp") by a connection and a thread
// of its own, then put in place of the library's index in one transaction.
//
// SQLite has one writer per file, and the library's is busy storing files
// and then building the rank, sources and key indexes; the full-text index
// (20 s or more of one core at 270 MB) came after all that. Built in a second
// file, by a thread that reads each phrase as the import commits it, it is
// ready soon after the files are stored. The thread runs at normal priority:
// at idle priority (SCHED_IDLE) it got no CPU at all while the library's
// writer built its indexes beside the term mining, so the build's last
// seconds came after both, on one core; and Linux lets an ordinary user's
// thread leave SCHED_IDLE only within RLIMIT_NICE, which is 0 by default.
//
// Only for a bulk import of new files (RankIndexPause with the key index set
// aside): nothing else may add, change or delete a phrase meanwhile, so the
// phrases the build read are still the library's when it is installed. The
// build covers every phrase, old ones too, and install() replaces the
// library's index rows wholesale and moves fts_upto to the build's last id;
// phrases added after it (the term refresh's) are caught up the usual way
// (syncFullText). A process killed meanwhile leaves the library's index as it
// was, which the next open catches up, and a stale file that the next build
// or the next open (removeStaleFullTextBuild) deletes.
class FullTextBuild final
{
public:
    explicit FullTextBuild(const QString &libraryPath);
    ~FullTextBuild(); // waits for the build and deletes its file
    Q_DISABLE_COPY_MOVE(FullTextBuild)

    // Starts indexing the library's phrases, all of them and then each as
    // the import commits it, on a thread of its own.
    void start();
    // The import has committed its last phrase, upto: the build catches up
    // to it and stops there.
    void finishAt(qint64 upto);
    // Waits for the build and, if it succeeded, replaces the library's index
    // with it (one transaction on the library). Call when this process holds
    // no transaction on the library. On an error the library's index is as it
    // was, and syncFullText() catches it up instead.
    Status install();

    static QString buildPath(const QString &libraryPath);

private:
    Status build();
    Status exec(const char *sql);
    void close();

    QString m_library;
    QString m_path;
    qint64 m_upto = 0;
    std::atomic<qint64> m_final{0}; // 0: not known yet; -1: abandoned
    sqlite3 *m_handle = nullptr;
    // A thread of the build's own: the global pool's two are the import's
    // (the term refresh mines and scans on them meanwhile).
    QThreadPool m_thread;
    QFuture<Status> m_built;
};

// Deletes a build file that a killed import left beside the library.
void removeStaleFullTextBuild(const QString &libraryPath);

} // namespace gaozi
