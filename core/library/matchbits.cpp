#include "library/matchbits.h"

#include "library/sqlstatement.h"

#include <sqlite3.h>

namespace gaozi {
namespace {

constexpr const char *kPointerType = "gaozi_match_bits";

void inBitsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *bits = static_cast<const MatchBits *>(sqlite3_value_pointer(argv[0], kPointerType));
    sqlite3_result_int(context, bits && bits->has(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

} // namespace

void MatchBits::bindTo(SqlStatement &statement, int index) const
{
    statement.bindPointer(index, const_cast<MatchBits *>(this), kPointerType);
}

bool registerMatchBits(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "gaozi_in_bits", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, inBitsFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace gaozi
