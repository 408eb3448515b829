#pragma once

#include "ingest/parseddocument.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace gaozi {

// Where a sentence was found in the library.
struct CorpusMatch
{
    QString title;       // the document's title
    QString fileName;    // the file it was imported from
    QString sectionPath; // "一、… › （一）…", empty for the opening
};

// Looks sentences up in the library for the copy-ratio rules. The SQLite library
// implements it; tests and small tools use MemoryCorpusIndex.
class CorpusIndex
{
public:
    virtual ~CorpusIndex();
    // `sentence` is one sentence as splitSentences() cut it from the draft. Implementations
    // compare sentenceKey(sentence) with the keys of their stored sentences.
    virtual QList<CorpusMatch> findVerbatim(const QString &sentence) const = 0;
};

// An in-memory index over whole parsed documents (every sentence of the opening,
// headings and body paragraphs).
class MemoryCorpusIndex final : public CorpusIndex
{
public:
    void addDocument(const ParsedDocument &doc, const QString &fileName);
    QList<CorpusMatch> findVerbatim(const QString &sentence) const override;
    int sentenceCount() const { return int(m_sentences.size()); }

private:
    QHash<QString, QList<CorpusMatch>> m_sentences;
};

// What an index answered, sentence by sentence. Checking a draft while it is being written asks
// about the same sentences again and again (only the one being typed changes), and a library
// lookup can cost a scan; keep one cache per draft and library, and start a new one when either
// changes. Thread-safe. Holds at most kMaxEntries answers, then starts over.
class CorpusCache
{
public:
    static constexpr int kMaxEntries = 20000;

    std::optional<QList<CorpusMatch>> find(const QString &sentence) const;
    void insert(const QString &sentence, const QList<CorpusMatch> &matches);
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QList<CorpusMatch>> m_answers;
};

// Asks `inner` only about sentences `cache` has no answer for.
class CachedCorpusIndex final : public CorpusIndex
{
public:
    CachedCorpusIndex(const CorpusIndex &inner, CorpusCache &cache) : m_inner(inner), m_cache(cache) {}
    QList<CorpusMatch> findVerbatim(const QString &sentence) const override;

private:
    const CorpusIndex &m_inner;
    CorpusCache &m_cache;
};

} // namespace gaozi
