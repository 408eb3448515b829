#include "ingest/docxreader.h"

#include "ingest/ziparchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace gaozi {
namespace {

struct StyleInfo
{
    QString name;
    int outlineLevel = 0; // 1-based; 0 = none
    QString basedOn;
};


QString wAttr(const QXmlStreamReader &xml, QStringView local)
{
    // Word writes w:val; tolerate files that drop the namespace prefix.
    const auto attrs = xml.attributes();
    for (const auto &a : attrs) {
        if (a.name() == local)
            return a.value().toString();
    }
    return {};
}

int headingLevelFromName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:heading|标题)\\s*([1-9])$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(name.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Result<QHash<QString, StyleInfo>> parseStyles(const QByteArray &stylesXml)
{
    QHash<QString, StyleInfo> styles;
    if (stylesXml.isEmpty())
        return styles;
    QXmlStreamReader xml(stylesXml);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return Error{QStringLiteral("styles.xml declares a DTD; refused (entity expansion)")};
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"style") {
            current = wAttr(xml, u"styleId");
            styles.insert(current, {});
        } else if (!current.isEmpty() && name == u"name") {
            styles[current].name = wAttr(xml, u"val");
        } else if (!current.isEmpty() && name == u"basedOn") {
            styles[current].basedOn = wAttr(xml, u"val");
        } else if (!current.isEmpty() && name == u"outlineLvl") {
            styles[current].outlineLevel = wAttr(xml, u"val").toInt() + 1;
        }
    }
    if (xml.hasError())
        return Error{QStringLiteral("styles.xml is not well-formed XML (%1)").arg(xml.errorString())};
    return styles;
}

int styleHeadingLevel(const QHash<QString, StyleInfo> &styles, const QString &styleId)
{
    QString id = styleId;
    for (int depth = 0; depth < 8 && !id.isEmpty(); ++depth) {
        const auto it = styles.constFind(id);
        if (it == styles.constEnd())
            return headingLevelFromName(id);
        if (it->outlineLevel > 0 && it->outlineLevel <= 9)
            return it->outlineLevel;
        if (const int byName = headingLevelFromName(it->name))
            return byName;
        id = it->basedOn;
    }
    return 0;
}

// Walks document.xml. Paragraphs nest (text boxes inside a paragraph), so the
// open paragraphs form a stack and each is emitted when it closes.
class BodyParser
{
public:
    explicit BodyParser(const QHash<QString, StyleInfo> &styles) : m_styles(styles) {}

    Result<QList<RawParagraph>> run(const QByteArray &documentXml)
    {
        QXmlStreamReader xml(documentXml);
        while (!xml.atEnd()) {
            xml.readNext();
            switch (xml.tokenType()) {
            case QXmlStreamReader::DTD:
                return Error{QStringLiteral("document.xml declares a DTD; refused (entity expansion)")};
            case QXmlStreamReader::StartElement:
                start(xml);
                break;
            case QXmlStreamReader::EndElement:
                end(xml);
                break;
            case QXmlStreamReader::Characters:
                if (m_inText && m_skipDepth == 0 && m_fieldState != FieldState::Instruction && !m_open.isEmpty())
                    m_open.last().text += xml.text();
                break;
            default:
                break;
            }
        }
        if (xml.hasError())
            return Error{QStringLiteral("document.xml is not well-formed XML (%1 at line %2)")
                             .arg(xml.errorString())
                             .arg(xml.lineNumber())};
        return m_out;
    }

private:
    enum class FieldState { None, Instruction, Result };

    void start(const QXmlStreamReader &xml)
    {
        const auto name = xml.name();
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return;
        }
        if (name == u"p") {
            m_open.append(RawParagraph{});
        } else if (name == u"del" || name == u"instrText" || name == u"delText" || name == u"moveFrom") {
            m_skipDepth = 1;
        } else if (name == u"t") {
            m_inText = true;
        } else if (name == u"tab" && !m_open.isEmpty() && m_inRun) {
            m_open.last().text += u'\t';
        } else if ((name == u"br" || name == u"cr") && !m_open.isEmpty()) {
            m_open.last().text += u'\n';
        } else if (name == u"r") {
            m_inRun = true;
        } else if (name == u"pStyle" && !m_open.isEmpty()) {
            const QString id = wAttr(xml, u"val");
            const auto it = m_styles.constFind(id);
            m_open.last().style = (it != m_styles.constEnd() && !it->name.isEmpty()) ? it->name : id;
            m_open.last().headingLevel = styleHeadingLevel(m_styles, id);
            m_open.last().titleStyle = m_open.last().style.compare(u"Title", Qt::CaseInsensitive) == 0;
        } else if (name == u"outlineLvl" && !m_open.isEmpty()) {
            const int level = wAttr(xml, u"val").toInt() + 1;
            if (level >= 1 && level <= 9)
                m_open.last().headingLevel = level;
        } else if (name == u"fldChar") {
            const QString type = wAttr(xml, u"fldCharType");
            if (type == u"begin")
                m_fieldState = FieldState::Instruction;
            else if (type == u"separate")
                m_fieldState = FieldState::Result;
            else if (type == u"end")
                m_fieldState = FieldState::None;
        }
    }

    void end(const QXmlStreamReader &xml)
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return;
        }
        const auto name = xml.name();
        if (name == u"t") {
            m_inText = false;
        } else if (name == u"r") {
            m_inRun = false;
        } else if (name == u"p" && !m_open.isEmpty()) {
            m_out.append(m_open.takeLast());
        }
    }

    const QHash<QString, StyleInfo> &m_styles;
    QList<RawParagraph> m_open;
    QList<RawParagraph> m_out;
    int m_skipDepth = 0;
    bool m_inText = false;
    bool m_inRun = false;
    FieldState m_fieldState = FieldState::None;
};

} // namespace

Result<QList<RawParagraph>> parseDocxXml(const QByteArray &documentXml, const QByteArray &stylesXml)
{
    auto styles = parseStyles(stylesXml);
    if (!styles)
        return Error{styles.error()};
    BodyParser parser(styles.value());
    return parser.run(documentXml);
}

Result<QList<RawParagraph>> readDocxParagraphs(const QByteArray &bytes, const DocxLimits &limits)
{
    auto archive = ZipArchive::open(bytes);
    if (!archive)
        return Error{QStringLiteral("damaged or truncated .docx: %1").arg(archive.error())};
    const QString documentName = QStringLiteral("word/document.xml");
    if (!archive.value()->contains(documentName))
        return Error{QStringLiteral("zip archive without word/document.xml is not a .docx")};
    auto document = archive.value()->read(documentName, limits.maxEntryBytes);
    if (!document)
        return Error{document.error()};
    QByteArray stylesXml;
    const QString stylesName = QStringLiteral("word/styles.xml");
    if (archive.value()->contains(stylesName)) {
        auto styles = archive.value()->read(stylesName, limits.maxEntryBytes);
        if (!styles)
            return Error{styles.error()};
        stylesXml = std::move(styles).value();
    }
    return parseDocxXml(document.value(), stylesXml);
}

} // namespace gaozi
