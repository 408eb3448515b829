#pragma once

#include "common/result.h"
#include "export/exportdocument.h"
#include "export/layoutprofile.h"
#include "export/txtwriter.h"

#include <QString>

#include <optional>

namespace gaozi {

enum class ExportFormat { Docx, Txt };

// By the file name's ending (.docx / .txt, any case); nullopt otherwise.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ExportOptions
{
    LayoutProfile profile = LayoutProfile::gbt9704(); // .docx only
    TxtOptions txt;                                    // .txt only
};

// Writes doc to path in the format its ending names (writeDocx / writeTxt);
// any other ending is an error and nothing is written.
Status exportDocument(const QString &path, const ExportDocument &doc, const ExportOptions &options = {});

} // namespace gaozi
