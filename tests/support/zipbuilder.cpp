#include "zipbuilder.h"

#include <zip.h>

#include <QTemporaryFile>

namespace gaozi::test {

QByteArray buildZip(const QList<QPair<QString, QByteArray>> &entries)
{
    // libzip writes archives to files; a temporary file keeps buffers simple.
    QTemporaryFile tmp;
    if (!tmp.open())
        return {};
    const QByteArray path = tmp.fileName().toLocal8Bit();
    tmp.close();
    int err = 0;
    zip_t *za = zip_open(path.constData(), ZIP_TRUNCATE | ZIP_CREATE, &err);
    if (!za)
        return {};
    for (const auto &entry : entries) {
        // The data must stay valid until zip_close: entries outlive the loop.
        zip_source_t *src = zip_source_buffer(za, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        zip_file_add(za, entry.first.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        return {};
    }
    QFile file(tmp.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString docxParagraph(const QString &text, const QString &styleId)
{
    QString p = QStringLiteral("<w:p>");
    if (!styleId.isEmpty())
        p += QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(styleId);
    p += QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(text.toHtmlEscaped());
    return p;
}

QByteArray buildDocx(const QString &bodyXml, const QString &stylesXml)
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + bodyXml.toUtf8() + "</w:body></w:document>";
    QList<QPair<QString, QByteArray>> entries{{QStringLiteral("[Content_Types].xml"), contentTypes},
                                              {QStringLiteral("_rels/.rels"), rels},
                                              {QStringLiteral("word/document.xml"), document}};
    if (!stylesXml.isEmpty()) {
        entries.append({QStringLiteral("word/styles.xml"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + stylesXml.toUtf8() + "</w:styles>"});
    }
    return buildZip(entries);
}

} // namespace gaozi::test
