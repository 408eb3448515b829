#pragma once

#include "ingest/parseddocument.h"

#include <QJsonObject>

namespace gaozi {

// The shape `gaozi-cli outline --json` prints for one file.
QJsonObject outlineToJson(const ParsedDocument &doc, const QString &fileLabel);

// A readable indented outline (the CLI's default output).
QString outlineToText(const ParsedDocument &doc, const QString &fileLabel);

} // namespace gaozi
