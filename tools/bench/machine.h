#pragma once

#include <QJsonObject>

namespace gaozi::bench {

// The machine the figures were taken on: CPU model, cores, memory, kernel,
// and the load average, since on a shared machine the wall clock also
// measures the neighbours.
QJsonObject machineInfo();
double loadAverage();

// This process: CPU seconds so far (all threads, user + system) and peak RSS.
double cpuSeconds();
double peakRssMb();

} // namespace gaozi::bench
