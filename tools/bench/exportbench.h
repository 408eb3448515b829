#pragma once

#include <QJsonObject>

namespace gaozi::bench {

// Time to lay out and write a 30-page draft (about 18,000 characters at the
// standard's 22 × 28 grid) as .docx, repeated.
QJsonObject runExportBench(int repetitions);

} // namespace gaozi::bench
