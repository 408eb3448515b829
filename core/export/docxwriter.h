#pragma once

#include "common/result.h"
#include "export/exportdocument.h"
#include "export/layoutprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gaozi {

// The bytes of a .docx laid out by `profile` (GB/T 9704 by default): real
// Word styles (Title, Heading1..4, Normal, Signature, Date), page setup and
// document grid, "— N —" page numbers in odd/even footers. Fails only on an
// invalid profile or when libzip cannot build the archive.
// `timestamp` goes into docProps/core.xml (created/modified); now when invalid.
Result<QByteArray> renderDocx(const ExportDocument &doc, const LayoutProfile &profile = LayoutProfile::gbt9704(),
                              const QDateTime &timestamp = {});

// renderDocx + writeFileAtomically: the previous file survives any failure.
Status writeDocx(const QString &path, const ExportDocument &doc,
                 const LayoutProfile &profile = LayoutProfile::gbt9704());

} // namespace gaozi
