#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace gaozi {

// Replaces the file at `path` with `bytes` all at once (QSaveFile: a temporary
// file in the same folder, renamed over the target on success). On any error
// the previous file is left byte-for-byte as it was, no temporary file stays
// behind, and the message names the path and the reason (folder missing or
// read-only, a folder in the way, read-only file, disk full).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace gaozi
