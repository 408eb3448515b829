#pragma once

#include "common/result.h"
#include "ingest/rawdocument.h"

#include <QByteArray>
#include <QString>

namespace gaozi {

struct ReadLimits
{
    qint64 maxTextBytes = 64LL * 1024 * 1024;   // a plain-text file, or a .docx's extracted text
    qint64 maxDocxBytes = 256LL * 1024 * 1024;  // the .docx file itself
    qint64 maxEntryBytes = 128LL * 1024 * 1024; // one inflated part of a .docx
};

// Reads .txt/.md (any common Chinese encoding) and .docx into paragraphs.
// The kind is decided by content first (a zip is a .docx) and name second.
Result<RawDocument> readDocumentBytes(const QString &sourceName, const QByteArray &bytes,
                                      const ReadLimits &limits = {});
Result<RawDocument> readDocumentFile(const QString &path, const ReadLimits &limits = {});

// File name endings the importer picks up when walking a folder.
bool isSupportedDocumentName(const QString &fileName);

} // namespace gaozi
