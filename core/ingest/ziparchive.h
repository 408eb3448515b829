#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;

namespace gaozi {

// Read-only view of a zip archive held in memory (libzip). The archive owns
// a copy of the bytes, which libzip reads until the archive is closed.
class ZipArchive final
{
public:
    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    static Result<std::unique_ptr<ZipArchive>> open(QByteArray bytes);

    bool contains(const QString &name) const;
    // Reads one entry; refuses entries that inflate past maxBytes (zip bombs)
    // and reports damaged or truncated data.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    QByteArray m_bytes;
    struct zip *m_zip = nullptr;
};

} // namespace gaozi
