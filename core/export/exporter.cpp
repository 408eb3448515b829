#include "export/exporter.h"

#include "export/docxwriter.h"

namespace gaozi {

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    if (path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive))
        return ExportFormat::Docx;
    if (path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive))
        return ExportFormat::Txt;
    return std::nullopt;
}

Status exportDocument(const QString &path, const ExportDocument &doc, const ExportOptions &options)
{
    const auto format = exportFormatForPath(path);
    if (!format)
        return Error{QStringLiteral("cannot export to %1: the name must end in .docx or .txt").arg(path)};
    if (*format == ExportFormat::Docx)
        return writeDocx(path, doc, options.profile);
    return writeTxt(path, doc, options.txt);
}

} // namespace gaozi
