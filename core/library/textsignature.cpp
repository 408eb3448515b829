#include "library/textsignature.h"

#include <sqlite3.h>

namespace gaozi {
namespace {

quint64 bitOf(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        c += U'a' - U'A';
    // Fibonacci hashing: the top six bits of c × 2^64/φ.
    return quint64(1) << ((quint64(c) * 0x9E3779B97F4A7C15ULL) >> 58);
}

// Code points of UTF-8 text as SQLite hands it over (invalid bytes count as
// themselves, as QString::fromUtf8 would not; SQLite text from Gaozi is valid).
quint64 signatureOfUtf8(const unsigned char *p, int n)
{
    quint64 sig = 0;
    int i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        char32_t c = b;
        int len = 1;
        if (b >= 0xF0 && i + 3 < n) {
            c = char32_t(b & 0x07) << 18 | char32_t(p[i + 1] & 0x3F) << 12 | char32_t(p[i + 2] & 0x3F) << 6 |
                char32_t(p[i + 3] & 0x3F);
            len = 4;
        } else if (b >= 0xE0 && i + 2 < n) {
            c = char32_t(b & 0x0F) << 12 | char32_t(p[i + 1] & 0x3F) << 6 | char32_t(p[i + 2] & 0x3F);
            len = 3;
        } else if (b >= 0xC0 && i + 1 < n) {
            c = char32_t(b & 0x1F) << 6 | char32_t(p[i + 1] & 0x3F);
            len = 2;
        }
        sig |= bitOf(c);
        i += len;
    }
    return sig;
}

void signatureFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    const int n = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(context, text ? sqlite3_int64(signatureOfUtf8(text, n)) : 0);
}

} // namespace

quint64 textSignature(const QString &text)
{
    quint64 sig = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            sig |= bitOf(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            sig |= bitOf(c.unicode());
        }
    }
    return sig;
}

bool registerTextSignature(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "gaozi_text_sig", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, signatureFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace gaozi
