#pragma once

#include "common/result.h"
#include "export/exporter.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

namespace gaozi::cli {

// The output options `format` and `drafts export` share: -o OUT (.docx or
// .txt by its ending), --profile for .docx, --encoding and --crlf for .txt.
void addExportOptions(QCommandLineParser &parser);

struct ExportTarget
{
    QString path;
    ExportFormat format = ExportFormat::Docx;
    ExportOptions options;
};

// Reads and checks the options; errors start with `command` ("format: …").
Result<ExportTarget> exportTarget(const QCommandLineParser &parser, const QString &command);

// Writes doc to the target and prints what was written: one line naming
// `source`, or with --json an object that starts from `json` (which says
// where the document came from). Returns the exit code.
int writeExport(const QCommandLineParser &parser, const QString &command, const ExportTarget &target,
                const ExportDocument &doc, const QString &source, QJsonObject json);

} // namespace gaozi::cli
