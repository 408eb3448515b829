#include "common/logging.h"
#include "library/fulltext.h"
#include "library/fulltextbuild.h"
#include "library/importer.h"
#include "library/rankindexes.h"
#include "library/termrefresh.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

// What an import does after its files are stored (Importer::finish): the
// indexes a bulk import set aside, the full-text index, the corpus-wide terms.

namespace gaozi {
void Importer::finish(ImportReport &report, std::unique_ptr<RankIndexPause> pause,
                      std::unique_ptr<FullTextBuild> fullText, bool changed, const ImportOptions &options,
                      QElapsedTimer &phase)
{
    // The full-text index being built beside the library stops at the last
    // phrase stored; every other writer of phrases waits until it is in place.
    if (fullText) {
        auto upto = report.error.isEmpty() ? lastPhraseId(m_db) : Result<qint64>(Error{report.error});
        if (upto)
            fullText->finishAt(upto.value());
        else
            fullText.reset(); // abandoned; the library indexes in place
    }
    // Mining the corpus-wide terms needs only the stored paragraphs: after a
    // bulk import it reads them on a connection of its own and mines while
    // the library's writer builds the indexes.
    const bool refresh = changed && options.refreshTerms && report.error.isEmpty();
    TermRefresh terms;
    // A thread of its own, not one of the global pool: the scan queues its
    // work on the global pool and waits for it, which on one core (a pool of
    // one thread) would wait for ever. Declared after `terms`, so that it
    // waits for the thread before `terms` goes.
    QThreadPool miningThread;
    miningThread.setMaxThreadCount(1);
    QFuture<Status> mining;
    if (refresh && pause) {
        mining = QtConcurrent::run(&miningThread, [&terms, path = m_db.path()]() -> Status {
            auto db = Database::open(path);
            if (!db)
                return Error{db.error()};
            Status loaded = terms.load(*db.value());
            if (!loaded)
                return loaded;
            terms.mine();
            // Ahead of store(), which scans again if the terms changed
            // meanwhile (a user's own, once the key index is back), or if
            // this failed.
            if (Status s = terms.scan(*db.value()); !s)
                qCWarning(lcLibrary) << "terms not scanned ahead:" << s.error();
            return loaded;
        });
    }
    if (pause) {
        if (Status s = pause->end(!fullText); !s && report.error.isEmpty())
            report.error = s.error();
        if (!fullText)
            pause.reset();
    }
    report.storeMs = phase.restart();
    if (!report.error.isEmpty()) {
        mining.waitForFinished();
        return;
    }
    const auto index = [&] {
        if (fullText) {
            // On failure the library's index is as it was; it catches up below.
            if (Status s = fullText->install(); !s)
                qCWarning(lcLibrary) << "indexing in place instead:" << s.error();
            fullText.reset();
            if (Status s = pause->restoreKeys(); !s && report.error.isEmpty())
                report.error = s.error();
            pause.reset();
        }
        if (Status s = m_db.transaction([&] { return syncFullText(m_db); }); !s && report.error.isEmpty())
            report.error = s.error();
    };
    if (refresh) {
        // Otherwise mining the terms and indexing the new phrases are each
        // seconds of one core's work, and only the indexing needs the
        // library: they run side by side.
        Status loaded;
        if (!mining.isValid()) {
            loaded = terms.load(m_db);
            if (loaded)
                mining = QtConcurrent::run(&miningThread, [&terms]() -> Status {
                    terms.mine();
                    return {};
                });
        }
        index();
        if (mining.isValid())
            loaded = mining.result();
        if (!loaded) {
            report.error = loaded.error();
        } else if (auto stored = terms.store(m_db); !stored && report.error.isEmpty()) {
            report.error = stored.error();
        }
    }
    index(); // the terms' own phrases, or everything when there was no refresh
    report.finishMs = phase.elapsed();
}

} // namespace gaozi
