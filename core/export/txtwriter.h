#pragma once

#include "common/result.h"
#include "export/exportdocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gaozi {

enum class TextEncoding { Utf8, Gb18030 };

struct TxtOptions
{
    TextEncoding encoding = TextEncoding::Utf8; // no BOM
    bool crlf = false;                          // Windows line ends (Notepad before 2018, some OA systems)
};

// "utf-8"/"utf8"/"gb18030" (any case) → encoding; nullopt for anything else.
std::optional<TextEncoding> textEncodingFromName(const QString &name);
QString textEncodingName(TextEncoding encoding);

// Plain text: the title alone on the first line, a blank line, then one line
// per heading or body paragraph, each indented with two ideographic spaces
// (U+3000) and numbering kept; the closing after a blank line. Ends with a
// line break.
QByteArray renderTxt(const ExportDocument &doc, const TxtOptions &options = {});

// renderTxt + writeFileAtomically.
Status writeTxt(const QString &path, const ExportDocument &doc, const TxtOptions &options = {});

} // namespace gaozi
