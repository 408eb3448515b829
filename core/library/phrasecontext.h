#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QList>
#include <QString>

namespace gaozi {

// A sentence that came right after a phrase somewhere in the corpus.
struct FollowingSentence
{
    QString text;          // the library phrase's text (with slots) or, when none was mined there, the raw sentence
    qint64 phraseId = 0;   // the library phrase it is; 0 for a raw sentence
    int count = 0;         // how many sources had it next
    QString documentTitle; // one document it followed in
};

// "What did writers put after this?": for each source of the phrase, the next
// sentence of the same paragraph (for a heading that ends its paragraph, the
// first sentence of the paragraph after it). Grouped, most frequent first.
Result<QList<FollowingSentence>> followingSentences(Database &db, qint64 phraseId, int limit = 10);

// The sentence of `paragraph` that starts at or after `from`: leading
// punctuation and spaces skipped, up to and including the next 。！？； (or the
// paragraph's end). Empty when nothing is left.
QString sentenceAt(const QString &paragraph, int from);

} // namespace gaozi
