#include "checks/corpusindex.h"

#include "checks/checks.h"
#include "checks/sentences.h"

namespace gaozi {

CorpusIndex::~CorpusIndex() = default;

void MemoryCorpusIndex::addDocument(const ParsedDocument &doc, const QString &fileName)
{
    const QList<CheckParagraph> paragraphs = checkParagraphs(doc);
    for (const CheckParagraph &p : paragraphs) {
        if (p.kind == CheckParagraph::Kind::Title)
            continue;
        const QStringView text = QStringView(p.text).mid(p.markerLength);
        for (const SentenceSpan &s : splitSentences(text)) {
            const QStringView sentence = text.mid(s.offset, s.length);
            if (hanCharacterCount(sentence) < kMinSentenceHan)
                continue;
            m_sentences[sentenceKey(sentence)].append({doc.title, fileName, p.sectionPath});
        }
    }
}

QList<CorpusMatch> MemoryCorpusIndex::findVerbatim(const QString &sentence) const
{
    return m_sentences.value(sentenceKey(sentence));
}

std::optional<QList<CorpusMatch>> CorpusCache::find(const QString &sentence) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_answers.constFind(sentence);
    if (it == m_answers.cend())
        return std::nullopt;
    return it.value();
}

void CorpusCache::insert(const QString &sentence, const QList<CorpusMatch> &matches)
{
    const QMutexLocker lock(&m_mutex);
    if (m_answers.size() >= kMaxEntries)
        m_answers.clear();
    m_answers.insert(sentence, matches);
}

int CorpusCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_answers.size());
}

QList<CorpusMatch> CachedCorpusIndex::findVerbatim(const QString &sentence) const
{
    if (auto known = m_cache.find(sentence))
        return *std::move(known);
    const QList<CorpusMatch> found = m_inner.findVerbatim(sentence);
    m_cache.insert(sentence, found);
    return found;
}

} // namespace gaozi
