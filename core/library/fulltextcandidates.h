#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/sqlstatement.h"

#include <QString>
#include <QStringList>

namespace gaozi {

// The full-text expression a search page collects its matches with.
//
// A word is indexed as the chain of its bigrams (ftstokenizer.cpp) and found
// by a phrase query, which reads the position lists of every bigram at every
// candidate row: one common bigram (党建, in 317,305 phrases at 270 MB of
// corpus) made 以高质量党建引领 cost 5 ms to collect 5,658 matches. Its two
// rarest bigrams AND-ed cost 0.4 ms, because FTS5 skips through the longer
// list instead of reading it. Their matches are a superset of the word's, so
// a candidate counts only once its text holds every word (gaozi_contains).
// One bigram, not two: two lists of about the same length AND-ed cost more
// than reading both (主体 AND 体责: 4.4 ms, 2.4 + 2.1 alone).
struct FullTextCandidates
{
    QString expression;
    // The expression matches exactly the phrases that hold the words; when
    // false, each candidate must be tested on its text.
    bool exact = true;
    // About how many index entries collecting the candidates reads (a lower
    // bound for very common tokens).
    qint64 listRows = 0;
};

// The bigrams are ranked by how often they occur among the phrases with ids
// up to sampleUpTo (the sample estimateMatches reads), of about `phrases`.
// Words of one or two characters, or holding a space the tokenizer splits
// at, keep their phrase.
Result<FullTextCandidates> fullTextCandidates(Database &db, const QStringList &words, qint64 sampleUpTo,
                                              qint64 phrases);

// Whether a candidate's text holds every word: one lookup by id, for the
// few candidates a walk keeps.
class CandidateTest
{
public:
    Status prepare(Database &db, const QStringList &words);
    Result<bool> holds(qint64 id);

private:
    SqlStatement m_statement;
    int m_idAt = 1;
};

// The bigrams of a word as the index holds them (ASCII letters lower-cased);
// empty for a word of fewer than three characters or one with a space in it.
QStringList wordBigrams(const QString &word);

} // namespace gaozi
