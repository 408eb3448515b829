#include "export/docxxml.h"

#include <cmath>

namespace gaozi::docx {

XmlPart::XmlPart() : m_xml(&m_bytes)
{
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
}

void XmlPart::open(const QString &qname, Attrs attrs)
{
    m_xml.writeStartElement(qname);
    for (const auto &a : attrs)
        m_xml.writeAttribute(a.first, a.second);
}

void XmlPart::close()
{
    m_xml.writeEndElement();
}

void XmlPart::leaf(const QString &qname, Attrs attrs)
{
    m_xml.writeEmptyElement(qname);
    for (const auto &a : attrs)
        m_xml.writeAttribute(a.first, a.second);
}

void XmlPart::val(const QString &qname, const QString &value)
{
    leaf(qname, {{QStringLiteral("w:val"), value}});
}

void XmlPart::textElement(const QString &qname, const QString &text, Attrs attrs)
{
    open(qname, attrs);
    m_xml.writeCharacters(xmlSafe(text));
    close();
}

QByteArray XmlPart::finish()
{
    m_xml.writeEndDocument();
    return m_bytes;
}

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == u'\t' || u == u'\n' || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            out += c;
    }
    return out;
}

int halfPoints(double pt)
{
    return int(std::lround(pt * 2.0));
}

int hundredths(double chars)
{
    return int(std::lround(chars * 100.0));
}

void writeRunProperties(XmlPart &x, const FontSpec &font, int spacingTwips)
{
    // Every slot names the same face: Chinese quotes and dashes are "ambiguous"
    // characters that Word draws with the ascii/hAnsi font, and digits in a
    // 公文 are set in the body face too.
    x.leaf(QStringLiteral("w:rFonts"), {{QStringLiteral("w:ascii"), font.family},
                                        {QStringLiteral("w:eastAsia"), font.family},
                                        {QStringLiteral("w:hAnsi"), font.family},
                                        {QStringLiteral("w:cs"), font.family},
                                        {QStringLiteral("w:hint"), QStringLiteral("eastAsia")}});
    // Explicit off as well as on: LibreOffice maps "heading 1"/"Title" onto
    // its own styles, which are bold unless told otherwise.
    const QString bold = font.bold ? QStringLiteral("1") : QStringLiteral("0");
    x.val(QStringLiteral("w:b"), bold);
    x.val(QStringLiteral("w:bCs"), bold);
    x.val(QStringLiteral("w:i"), QStringLiteral("0"));
    x.val(QStringLiteral("w:iCs"), QStringLiteral("0"));
    x.val(QStringLiteral("w:color"), QStringLiteral("000000"));
    if (spacingTwips != 0)
        x.val(QStringLiteral("w:spacing"), spacingTwips);
    x.val(QStringLiteral("w:sz"), halfPoints(font.sizePt));
    x.val(QStringLiteral("w:szCs"), halfPoints(font.sizePt));
    x.leaf(QStringLiteral("w:lang"), {{QStringLiteral("w:val"), QStringLiteral("en-US")},
                                      {QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN")},
                                      {QStringLiteral("w:bidi"), QStringLiteral("ar-SA")}});
}

void writeTextRuns(XmlPart &x, const QString &text)
{
    const QString safe = xmlSafe(text);
    x.open(QStringLiteral("w:r"));
    QString pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        x.textElement(QStringLiteral("w:t"), pending, {{QStringLiteral("xml:space"), QStringLiteral("preserve")}});
        pending.clear();
    };
    for (const QChar c : safe) {
        if (c == u'\t') {
            flush();
            x.leaf(QStringLiteral("w:tab"));
        } else if (c == u'\n') {
            flush();
            x.leaf(QStringLiteral("w:br"));
        } else {
            pending += c;
        }
    }
    flush();
    x.close();
}

} // namespace gaozi::docx
