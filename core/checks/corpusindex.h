#pragma once

#include "ingest/parseddocument.h"

#include <QHash>
#include <QList>
#include <QString>

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

} // namespace gaozi
