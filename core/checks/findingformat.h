#pragma once

#include "checks/checks.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi {

// {"rule","severity","section","paragraph","line","offset","length","excerpt","message",
//  "suggestion","fix": {"paragraph","offset","length","replacement"} or null}
QJsonObject findingToJson(const Finding &finding);
QJsonArray findingsToJson(const QList<Finding> &findings);

// Compiler-style text: "FILE:LINE: severity: [rule] message", then the excerpt and suggestion
// indented, then a one-line count. `fileLabel` may be empty.
QString findingsToText(const QList<Finding> &findings, const QString &fileLabel);

} // namespace gaozi
