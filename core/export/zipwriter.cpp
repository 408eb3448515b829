#include "export/zipwriter.h"

#include <zip.h>

#include <memory>

namespace gaozi {
namespace {

struct SourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

Error zipError(const QString &what, const char *detail)
{
    return Error{QStringLiteral("cannot build the archive: %1 (%2)").arg(what, QString::fromUtf8(detail))};
}

// The finished archive, read back from the buffer source after zip_close.
Result<QByteArray> readSource(zip_source_t *source)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) < 0 || !(st.valid & ZIP_STAT_SIZE))
        return zipError(QStringLiteral("size unknown"), zip_error_strerror(zip_source_error(source)));
    if (zip_source_open(source) < 0)
        return zipError(QStringLiteral("reopen"), zip_error_strerror(zip_source_error(source)));
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < out.size()) {
        const zip_int64_t n = zip_source_read(source, out.data() + done, zip_uint64_t(out.size() - done));
        if (n <= 0)
            break;
        done += qsizetype(n);
    }
    zip_source_close(source);
    if (done != out.size())
        return zipError(QStringLiteral("short read"), "");
    return out;
}

} // namespace

Result<QByteArray> buildZipArchive(const QList<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const auto e = zipError(QStringLiteral("buffer"), zip_error_strerror(&error));
        zip_error_fini(&error);
        return e;
    }
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        const auto e = zipError(QStringLiteral("open"), zip_error_strerror(&error));
        zip_error_fini(&error);
        return e;
    }
    zip_error_fini(&error);
    // zip_close() would otherwise free the buffer we still have to read.
    zip_source_keep(buffer.get());

    for (const ZipEntry &entry : entries) {
        // libzip reads entry.data only in zip_close(); `entries` outlives it.
        zip_source_t *data = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!data || zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            const auto e = zipError(entry.name, zip_strerror(archive));
            if (data)
                zip_source_free(data);
            zip_discard(archive);
            return e;
        }
    }
    if (zip_close(archive) < 0) {
        const auto e = zipError(QStringLiteral("close"), zip_strerror(archive));
        zip_discard(archive);
        return e;
    }
    return readSource(buffer.get());
}

} // namespace gaozi
