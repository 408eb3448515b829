#pragma once

#include "common/result.h"
#include "ingest/documentreader.h"
#include "ingest/parseddocument.h"

namespace gaozi {

// The whole ingestion walk for one file: read, clean, parse.
Result<ParsedDocument> ingestFile(const QString &path, const ReadLimits &limits = {});
Result<ParsedDocument> ingestBytes(const QString &sourceName, const QByteArray &bytes,
                                   const ReadLimits &limits = {});
ParsedDocument ingestRaw(const RawDocument &raw);

} // namespace gaozi
