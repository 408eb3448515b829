#include "ingest/ziparchive.h"

#include <zip.h>

namespace gaozi {
namespace {

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(QByteArray bytes)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_bytes = std::move(bytes);

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(archive->m_bytes.constData(),
                                                    zip_uint64_t(archive->m_bytes.size()), 0, &error);
    if (!source) {
        const QString message = zipErrorText(&error);
        zip_error_fini(&error);
        return Error{QStringLiteral("cannot read zip data: %1").arg(message)};
    }
    archive->m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive->m_zip) {
        const QString message = zipErrorText(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return Error{QStringLiteral("not a readable zip archive (%1)").arg(message)};
    }
    zip_error_fini(&error);
    return archive;
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 maxBytes) const
{
    zip_file_t *file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!file)
        return Error{QStringLiteral("%1: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip)))};

    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString message = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return Error{QStringLiteral("%1 is damaged (%2)").arg(name, message)};
        }
        if (n == 0)
            break;
        if (out.size() + n > maxBytes) {
            zip_fclose(file);
            return Error{QStringLiteral("%1 inflates past %2 MB (zip bomb?)")
                             .arg(name)
                             .arg(maxBytes / (1024 * 1024))};
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return out;
}

} // namespace gaozi
