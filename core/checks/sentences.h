#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace gaozi {

// A sentence inside a paragraph: [offset, offset + length) without its closing punctuation.
struct SentenceSpan
{
    int offset = 0;
    int length = 0;
};

// Cuts a paragraph into sentences at 。！？；!?; and line breaks. Leading spaces and
// punctuation are not part of a sentence; empty pieces are dropped. Linear in the text.
QList<SentenceSpan> splitSentences(QStringView paragraph);

// The comparison key for verbatim matching and repetition: the sentence without spaces,
// quotes and trailing punctuation, ASCII letters and digits folded to one width.
// Library implementations of CorpusIndex must store the same key.
QString sentenceKey(QStringView sentence);

// Sentences shorter than this many Han characters are too generic to count as repeated
// or copied ("确保不出问题").
constexpr int kMinSentenceHan = 8;
int hanCharacterCount(QStringView text);

} // namespace gaozi
