#pragma once

#include "common/result.h"
#include "ingest/rawdocument.h"

#include <QByteArray>

namespace gaozi {

struct DocxLimits
{
    qint64 maxEntryBytes = 128LL * 1024 * 1024; // any one inflated XML part
};

// Paragraphs of a .docx in reading order: runs joined, tabs and breaks kept as
// whitespace, table cells' paragraphs included, deleted text and field
// instructions skipped, paragraph style names and heading levels kept.
Result<QList<RawParagraph>> readDocxParagraphs(const QByteArray &bytes, const DocxLimits &limits = {});

// The same parser for a document.xml/styles.xml pair already unzipped.
Result<QList<RawParagraph>> parseDocxXml(const QByteArray &documentXml, const QByteArray &stylesXml);

} // namespace gaozi
