#include "library/phrasekey.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace gaozi {
namespace {

QByteArray digest(QByteArrayView utf8)
{
    return QCryptographicHash::hash(utf8, QCryptographicHash::Blake2s_128);
}

void phraseKeyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]); // already a digest, or NULL
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray d = digest(QByteArrayView(text, sqlite3_value_bytes(argv[0])));
    sqlite3_result_blob(context, d.constData(), int(d.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray storedPhraseKey(const QString &key)
{
    return digest(key.toUtf8());
}

bool registerPhraseKeyFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "gaozi_phrase_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, phraseKeyFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace gaozi
