#pragma once

#include "export/layoutprofile.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace gaozi::docx {

// Namespaces of the parts Gaozi writes.
inline QString nsMain() { return QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main"); }
inline QString nsRel() { return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"); }

using Attrs = std::initializer_list<std::pair<QString, QString>>;

// A thin layer over QXmlStreamWriter with qualified names written as given
// ("w:p"), which is how every OOXML consumer expects the prefixes.
class XmlPart final
{
public:
    XmlPart();
    Q_DISABLE_COPY_MOVE(XmlPart)

    void open(const QString &qname, Attrs attrs = {});
    void close();
    void leaf(const QString &qname, Attrs attrs = {});
    // <qname w:val="value"/>, the commonest shape in WordprocessingML.
    void val(const QString &qname, const QString &value);
    void val(const QString &qname, int value) { val(qname, QString::number(value)); }
    void textElement(const QString &qname, const QString &text, Attrs attrs = {});
    QByteArray finish();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

// XML 1.0 cannot carry most control characters; a stray one makes Word
// refuse the whole file, so they are dropped (tabs and line breaks are runs).
QString xmlSafe(const QString &text);

// <w:rFonts>…<w:lang> for one font spec, in schema order; spacingTwips
// condenses (negative) or expands each character.
void writeRunProperties(XmlPart &x, const FontSpec &font, int spacingTwips = 0);

// One or more runs for text: '\t' → <w:tab/>, '\n' → <w:br/>.
void writeTextRuns(XmlPart &x, const QString &text);

// Half-points (w:sz) and hundredths of a character (w:*Chars) from profile units.
int halfPoints(double pt);
int hundredths(double chars);

} // namespace gaozi::docx
