#pragma once

struct sqlite3;

namespace gaozi {

// Registers the "gaozi_cjk" FTS5 tokenizer on a connection (it must be
// registered on every connection that touches the FTS table).
//
// Why a tokenizer of our own: FTS5's trigram tokenizer cannot answer 1–2
// character queries, and those are the commonest Chinese searches (党建, 学习).
// Documents are indexed as overlapping bigrams, one per position, with the
// position's single character as a colocated token. A query of one character
// matches the unigram; a longer query becomes the phrase of its bigrams at
// consecutive positions, which is exactly "contains this substring".
// Whitespace separates runs; ASCII letters are folded to lower case.
bool registerCjkTokenizer(sqlite3 *db);

} // namespace gaozi
