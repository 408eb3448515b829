#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace gaozi {

// What the library stores in phrases.key for a phrase whose key (phraseKey(),
// the text without punctuation, spaces or slot names) is key: its 16-byte
// BLAKE2s digest, as a blob. The unique index on (kind, key) is what every
// stored phrase is looked up and inserted by; with the whole key text in it,
// it was 264 MB at 270 MB of corpus, read and rewritten at random on every
// commit. The digest makes it about a tenth of that. Two different keys
// share a digest with a chance of about 10^-26 at a million phrases.
QByteArray storedPhraseKey(const QString &key);

// gaozi_phrase_key(key text) → storedPhraseKey(key), for the migration of
// libraries that hold the key text.
bool registerPhraseKeyFunction(sqlite3 *db);

} // namespace gaozi
