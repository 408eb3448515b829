#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

// Facts about a document read off its title, with the opening as fallback.
std::optional<int> detectYear(const QString &title, const QStringList &opening);
QString detectGenre(const QString &title);
QString detectUnitType(const QString &title, const QStringList &opening);

} // namespace gaozi
