#pragma once

#include "checks/checks.h"
#include "common/result.h"

namespace gaozi {

struct CheckedFile
{
    ParsedDocument document;
    std::optional<int> year; // the year the checks used
    QList<Finding> findings; // with Finding::line filled for every paragraph
};

// Reads, cleans and parses a file (like ingestFile), then runs the checks.
// Errors are about reading the file; findings are never an error.
Result<CheckedFile> checkFile(const QString &path, const CheckContext &context = {});

// Source lines (1-based, 0 when unknown) of each paragraph of checkParagraphs(doc), recovered
// from the cleaned paragraphs the document was parsed from.
QList<int> paragraphSourceLines(const QList<CheckParagraph> &paragraphs, const CleanedDocument &cleaned);

} // namespace gaozi
