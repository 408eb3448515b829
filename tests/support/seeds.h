#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gaozi::test {

// Paths of the bundled seed documents in the source tree (resources/corpus).
QStringList seedPaths();
QString seedPath(const QString &prefix); // "000" → …/000_….txt
QByteArray seedBytes(const QString &prefix);

} // namespace gaozi::test
