#include "library/ftstokenizer.h"

#include <sqlite3.h>

#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace gaozi {
namespace {

struct Tokenizer
{
    int unused = 0;
};

// Length in bytes of the UTF-8 sequence starting with lead byte c (1 for invalid bytes).
int utf8Length(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1;
}

bool isSpaceChar(const char *p, int len)
{
    if (len == 1)
        return *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v';
    // U+3000 ideographic space, U+00A0 no-break space.
    return (len == 3 && std::memcmp(p, "\xE3\x80\x80", 3) == 0) || (len == 2 && std::memcmp(p, "\xC2\xA0", 2) == 0);
}

struct Char
{
    int start;
    int len;
};

void appendFolded(std::string &out, const char *p, int len)
{
    if (len == 1 && *p >= 'A' && *p <= 'Z')
        out.push_back(char(*p - 'A' + 'a'));
    else
        out.append(p, size_t(len));
}

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    auto *t = new (std::nothrow) Tokenizer;
    if (!t)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer *>(t);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *t)
{
    delete reinterpret_cast<Tokenizer *>(t);
}

using TokenFn = int (*)(void *, int, const char *, int, int, int);

// Emits the tokens of one whitespace-free run.
int emitRun(const char *text, const Char *chars, int n, bool query, void *ctx, TokenFn xToken)
{
    std::string token;
    if (query) {
        if (n == 1) {
            appendFolded(token, text + chars[0].start, chars[0].len);
            return xToken(ctx, 0, token.data(), int(token.size()), chars[0].start, chars[0].start + chars[0].len);
        }
        for (int i = 0; i + 1 < n; ++i) {
            token.clear();
            appendFolded(token, text + chars[i].start, chars[i].len);
            appendFolded(token, text + chars[i + 1].start, chars[i + 1].len);
            const int rc = xToken(ctx, 0, token.data(), int(token.size()), chars[i].start,
                                  chars[i + 1].start + chars[i + 1].len);
            if (rc != SQLITE_OK)
                return rc;
        }
        return SQLITE_OK;
    }
    for (int i = 0; i < n; ++i) {
        const int start = chars[i].start;
        const int end = start + chars[i].len;
        int flags = 0;
        if (i + 1 < n) {
            token.clear();
            appendFolded(token, text + start, chars[i].len);
            appendFolded(token, text + chars[i + 1].start, chars[i + 1].len);
            const int rc = xToken(ctx, 0, token.data(), int(token.size()), start, chars[i + 1].start + chars[i + 1].len);
            if (rc != SQLITE_OK)
                return rc;
            flags = FTS5_TOKEN_COLOCATED;
        }
        token.clear();
        appendFolded(token, text + start, chars[i].len);
        const int rc = xToken(ctx, flags, token.data(), int(token.size()), start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int xTokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int nText, TokenFn xToken)
{
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    std::vector<Char> run;
    int i = 0;
    while (i < nText) {
        int len = utf8Length(static_cast<unsigned char>(text[i]));
        if (i + len > nText)
            len = nText - i;
        if (isSpaceChar(text + i, len)) {
            if (!run.empty()) {
                const int rc = emitRun(text, run.data(), int(run.size()), query, ctx, xToken);
                if (rc != SQLITE_OK)
                    return rc;
                run.clear();
            }
        } else {
            run.push_back(Char{i, len});
        }
        i += len;
    }
    if (!run.empty())
        return emitRun(text, run.data(), int(run.size()), query, ctx, xToken);
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerCjkTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    return api->xCreateTokenizer(api, "gaozi_cjk", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace gaozi
