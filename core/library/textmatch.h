#pragma once

struct sqlite3;

namespace gaozi {

// gaozi_contains(text, word): 1 when word occurs in text with ASCII letters
// compared without case, the same matches the full-text index gives for a
// word (the gaozi_cjk tokenizer folds ASCII only and a word holds no
// whitespace). Search uses it when it walks the rank index for a word that
// occurs in very many phrases, where testing each phrase it passes is cheaper
// than collecting every match first. word must already be lower-case.
bool registerTextMatch(sqlite3 *db);

} // namespace gaozi
