#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace gaozi::bench {

struct GeneratorOptions
{
    qint64 targetBytes = 8LL * 1024 * 1024; // total size of the files written
    quint64 seed = 20261122;                // same seed, same corpus, byte for byte
    int gb18030Percent = 10;                // share of .txt files written in GB18030
    int docxPercent = 10;                   // share written as .docx
    int noisePercent = 30;                  // share carrying ads / paywall markers
};

struct GeneratedCorpus
{
    int files = 0;
    qint64 bytes = 0;
    int docx = 0;
    int gb18030 = 0;
};

// Writes a synthetic corpus shaped like real documents into dir: titles with
// years and units, 一、（一） structure, 一是 points, XX placeholders, noise.
// Sentences are recombined from the bundled corpus at clause boundaries and
// numbers, years and unit names vary, so most sentences are new (a real
// collection of tens of thousands of files is mostly unique text).
Result<GeneratedCorpus> generateCorpus(const QString &dir, const GeneratorOptions &options,
                                       const std::function<void(qint64 bytes)> &progress = {});

} // namespace gaozi::bench
