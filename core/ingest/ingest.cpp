#include "ingest/ingest.h"

#include "ingest/cleaner.h"
#include "ingest/structureparser.h"

namespace gaozi {

ParsedDocument ingestRaw(const RawDocument &raw)
{
    return parseStructure(Cleaner().clean(raw));
}

Result<ParsedDocument> ingestFile(const QString &path, const ReadLimits &limits)
{
    auto raw = readDocumentFile(path, limits);
    if (!raw)
        return Error{raw.error()};
    return ingestRaw(raw.value());
}

Result<ParsedDocument> ingestBytes(const QString &sourceName, const QByteArray &bytes, const ReadLimits &limits)
{
    auto raw = readDocumentBytes(sourceName, bytes, limits);
    if (!raw)
        return Error{raw.error()};
    return ingestRaw(raw.value());
}

} // namespace gaozi
