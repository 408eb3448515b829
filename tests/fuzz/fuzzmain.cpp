// A libFuzzer target over one of the entry points in fuzzentries.cpp; which
// one is fixed at build time (GAOZI_FUZZ_TARGET). Run them with tools/fuzz.sh.
#include "fuzzentries.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

gaozi::fuzz::Entry g_entry = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL plugins and resources want an application object.
    static QCoreApplication app(*argc, *argv);
    g_entry = gaozi::fuzz::entry(QStringLiteral(GAOZI_FUZZ_TARGET));
    if (!g_entry) {
        std::fprintf(stderr, "unknown fuzz target %s\n", GAOZI_FUZZ_TARGET);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    g_entry(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
