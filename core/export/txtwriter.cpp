#include "export/txtwriter.h"

#include "export/atomicwrite.h"

#include <QStringEncoder>

namespace gaozi {

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"gb18030")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

QByteArray renderTxt(const ExportDocument &doc, const TxtOptions &options)
{
    static const QString indent = QStringLiteral("\u3000\u3000");
    QStringList lines;
    bool closingStarted = false;
    const auto blocks = exportBlocks(doc);
    for (const ExportBlock &block : blocks) {
        // A paragraph is one line; breaks inside it would read as new paragraphs.
        QString text = block.text;
        text.replace(u'\n', u' ');
        text.remove(u'\r');
        switch (block.role) {
        case BlockRole::Title:
            lines << text.trimmed() << QString();
            break;
        case BlockRole::ClosingUnit:
        case BlockRole::ClosingDate:
            if (!closingStarted)
                lines << QString();
            closingStarted = true;
            lines << text.trimmed();
            break;
        default:
            lines << indent + text.trimmed();
            break;
        }
    }
    const QString eol = options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const QString all = lines.join(eol) + eol;
    if (options.encoding == TextEncoding::Utf8)
        return all.toUtf8();
    QStringEncoder encoder("GB18030");
    return encoder.encode(all);
}

Status writeTxt(const QString &path, const ExportDocument &doc, const TxtOptions &options)
{
    return writeFileAtomically(path, renderTxt(doc, options));
}

} // namespace gaozi
