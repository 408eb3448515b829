#include "ingest/documentreader.h"

#include "ingest/docxreader.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace gaozi {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

QList<RawParagraph> splitLines(const QString &text, bool markdown)
{
    QList<RawParagraph> out;
    static const QRegularExpression mdHeading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = start;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        RawParagraph p;
        p.text = text.mid(start, end - start);
        if (markdown) {
            const auto m = mdHeading.match(p.text);
            if (m.hasMatch()) {
                p.headingLevel = int(m.capturedLength(1));
                p.text = m.captured(2);
            }
        }
        out.append(std::move(p));
        if (end >= n)
            break;
        // CRLF counts as one break; lone CR (old Mac) and LF as one each.
        start = (text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n') ? end + 2 : end + 1;
    }
    return out;
}

} // namespace

bool isSupportedDocumentName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"docx" || suffix == u"text";
}

Result<RawDocument> readDocumentBytes(const QString &sourceName, const QByteArray &bytes,
                                      const ReadLimits &limits)
{
    RawDocument doc;
    doc.sourceName = sourceName;
    const QString suffix = QFileInfo(sourceName).suffix().toLower();

    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        if (bytes.size() > limits.maxDocxBytes)
            return Error{QStringLiteral(".docx larger than %1 MB").arg(megabytes(limits.maxDocxBytes))};
        auto paragraphs = readDocxParagraphs(bytes, DocxLimits{limits.maxEntryBytes});
        if (!paragraphs)
            return Error{paragraphs.error()};
        qint64 total = 0;
        for (const auto &p : paragraphs.value())
            total += p.text.size() * 2;
        if (total > limits.maxTextBytes)
            return Error{QStringLiteral("text over %1 MB").arg(megabytes(limits.maxTextBytes))};
        doc.format = QStringLiteral("docx");
        doc.encoding = QStringLiteral("docx");
        doc.paragraphs = std::move(paragraphs).value();
        return doc;
    }
    if (suffix == u"docx")
        return Error{QStringLiteral("not a valid .docx (not a zip archive; truncated or renamed?)")};
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Error{QStringLiteral("legacy Word .doc/.wps is not supported; save it as .docx")};
    if (bytes.startsWith("%PDF"))
        return Error{QStringLiteral("PDF is not supported; copy its text into a .txt or .docx")};
    if (bytes.startsWith("{\\rtf"))
        return Error{QStringLiteral("RTF is not supported; save it as .docx")};
    if (bytes.size() > limits.maxTextBytes)
        return Error{QStringLiteral("text over %1 MB").arg(megabytes(limits.maxTextBytes))};
    if (bytes.isEmpty())
        return Error{QStringLiteral("empty file")};

    auto decoded = decodeText(bytes);
    if (!decoded)
        return Error{decoded.error()};
    doc.format = suffix == u"md" ? QStringLiteral("md") : QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    doc.lineBased = true;
    doc.paragraphs = splitLines(decoded->text, doc.format == u"md");
    return doc;
}

Result<RawDocument> readDocumentFile(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A name in another encoding (GBK names from an old zip) cannot be
        // spelled back to the bytes on disk: say so rather than "no such file".
        if (path.contains(QChar::ReplacementCharacter))
            return Error{QStringLiteral("cannot open: the file name is not valid UTF-8; rename the file")};
        return Error{QStringLiteral("cannot open: %1").arg(file.errorString())};
    }
    const qint64 cap = std::max(limits.maxTextBytes, limits.maxDocxBytes);
    if (file.size() > cap)
        return Error{QStringLiteral("file larger than %1 MB").arg(megabytes(cap))};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("read error: %1").arg(file.errorString())};
    return readDocumentBytes(path, bytes, limits);
}

} // namespace gaozi
