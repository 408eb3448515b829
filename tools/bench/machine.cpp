#include "machine.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>

namespace gaozi::bench {
namespace {

// The value after "key:" on the first line of /proc/<file> that starts with key.
QString procField(const QString &file, const QString &key)
{
    QFile f(QStringLiteral("/proc/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        if (line.startsWith(key))
            return line.section(u':', 1).trimmed();
    }
    return {};
}

} // namespace

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

QJsonObject machineInfo()
{
    const double memKb = procField(QStringLiteral("meminfo"), QStringLiteral("MemTotal")).section(u' ', 0, 0).toDouble();
    return {
        {QStringLiteral("cpu"), procField(QStringLiteral("cpuinfo"), QStringLiteral("model name"))},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("ram_gb"), memKb / 1048576.0},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("load_average"), loadAverage()},
    };
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace gaozi::bench
