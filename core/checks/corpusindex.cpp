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

} // namespace gaozi
