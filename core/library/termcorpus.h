#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QList>
#include <QString>
#include <QStringList>

// The paragraphs a term refresh reads, and what one pass over them finds for
// a list of terms (termrefresh.h).

namespace gaozi {

struct ParagraphRow
{
    qint64 id;
    qint64 document;
    QString text;
};

// One document's paragraphs, rows[begin, end).
struct DocumentRows
{
    qint64 id = 0;
    qint64 year = 0; // NULL as the smallest, as SQLite orders it
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Every paragraph of the library, by document.
struct TermCorpus
{
    QList<ParagraphRow> rows;
    QList<DocumentRows> documents; // newest first, as the preview lists sources
    qint64 characters = 0;
};

// Every paragraph, with its document's year for the sources' order.
Result<TermCorpus> loadTermCorpus(Database &db);

// The documents the statistical miner reads: all of them, or every k-th (in
// id order, so the sample spans every folder and year) when they hold more
// than budget characters. *characters is set to what the sample holds.
QList<QStringList> miningSample(const TermCorpus &corpus, qint64 budget, qint64 *characters);

// What a pass over the corpus found for a list of terms: each term's counts
// over every document, and the source rows kept, its first sourcesKept
// documents newest first.
struct TermScan
{
    struct Row
    {
        int term;
        qint64 document;
        qint64 paragraph;
        int offset;
        int hits;
    };
    QStringList texts; // the terms scanned for, in order
    QList<int> occurrences;
    QList<int> documents;
    QList<Row> rows;
};

// One Aho–Corasick pass over every document for texts, documents scanned on
// every core. Queues its work on Qt's global thread pool and waits for it:
// not for a thread of that pool.
TermScan scanForTerms(const TermCorpus &corpus, const QStringList &texts, int sourcesKept);

} // namespace gaozi
