#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gaozi::fuzz {

// One fuzzed entry point: takes any bytes, drives real Gaozi code with them and
// aborts (a crash for libFuzzer, a failed test for QtTest) when an invariant
// the rest of the program relies on does not hold. Used by the libFuzzer
// targets (fuzzmain.cpp) and by tst_fuzzregressions, which replays every
// input kept in tests/fuzz/regressions/<target>/.
using Entry = void (*)(const QByteArray &input);

struct Target
{
    QString name; // "text", "docx", "docxxml", "search", "checks"
    Entry run;
};

const QList<Target> &targets();
Entry entry(const QString &name); // nullptr when unknown

// The limits the fuzzed readers run with: small, so one input stays fast.
inline constexpr qint64 kFuzzReadLimit = 4LL * 1024 * 1024;

} // namespace gaozi::fuzz
