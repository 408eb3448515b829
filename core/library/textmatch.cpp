#include "library/textmatch.h"

#include <sqlite3.h>

#include <cstring>

namespace gaozi {
namespace {

unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

// Byte search: UTF-8 has no false matches inside a character, and folding
// touches ASCII bytes only.
bool contains(const unsigned char *text, int n, const unsigned char *word, int m)
{
    if (m == 0)
        return true;
    const unsigned char first = word[0];
    for (int i = 0; i + m <= n; ++i) {
        if (fold(text[i]) != first)
            continue;
        int k = 1;
        while (k < m && fold(text[i + k]) == word[k])
            ++k;
        if (k == m)
            return true;
    }
    return false;
}

void containsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    const int n = sqlite3_value_bytes(argv[0]);
    const auto *word = sqlite3_value_text(argv[1]);
    const int m = sqlite3_value_bytes(argv[1]);
    if (!text || !word) {
        sqlite3_result_int(context, 0);
        return;
    }
    sqlite3_result_int(context, contains(text, n, word, m) ? 1 : 0);
}

} // namespace

bool registerTextMatch(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "gaozi_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, containsFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace gaozi
