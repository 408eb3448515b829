#include "docxinspect.h"

#include "ingest/ziparchive.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace gaozi::test {

QByteArray docxPart(const QByteArray &docx, const QString &name)
{
    auto archive = gaozi::ZipArchive::open(docx);
    if (!archive || !archive.value()->contains(name))
        return {};
    auto bytes = archive.value()->read(name, 64 * 1024 * 1024);
    return bytes ? bytes.value() : QByteArray();
}

// qname may name the parent too: "w:rPr/w:spacing" is a w:spacing directly
// inside w:rPr (pPr has a w:spacing of its own).
static QList<XmlElement> collect(const QByteArray &xml, const QString &qname, const QString &styleId)
{
    const qsizetype slash = qname.indexOf(u'/');
    const QString parent = slash < 0 ? QString() : qname.left(slash);
    const QString wanted = slash < 0 ? qname : qname.mid(slash + 1);
    QList<XmlElement> out;
    QStringList stack;
    QXmlStreamReader reader(xml);
    bool inStyle = styleId.isEmpty();
    int openMatch = -1; // index in `out` of the element whose text is being read
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.qualifiedName().toString();
            if (!styleId.isEmpty() && name == u"w:style")
                inStyle = reader.attributes().value(QStringLiteral("w:styleId")) == styleId;
            const bool parentOk = parent.isEmpty() || (!stack.isEmpty() && stack.last() == parent);
            if (inStyle && name == wanted && parentOk) {
                XmlElement e;
                e.name = name;
                const auto attrs = reader.attributes();
                for (const auto &a : attrs)
                    e.attrs.insert(a.qualifiedName().toString(), a.value().toString());
                out.append(e);
                openMatch = int(out.size()) - 1;
            }
            stack.append(name);
        } else if (reader.isCharacters() && openMatch >= 0) {
            out[openMatch].text += reader.text();
        } else if (reader.isEndElement()) {
            if (!stack.isEmpty())
                stack.removeLast();
            if (reader.qualifiedName() == wanted)
                openMatch = -1;
            if (!styleId.isEmpty() && reader.qualifiedName() == u"w:style")
                inStyle = false;
        }
    }
    return out;
}

QList<XmlElement> elements(const QByteArray &xml, const QString &qname)
{
    return collect(xml, qname, {});
}

QList<XmlElement> styleElements(const QByteArray &stylesXml, const QString &styleId, const QString &qname)
{
    return collect(stylesXml, qname, styleId);
}

QString styleAttr(const QByteArray &stylesXml, const QString &styleId, const QString &qname, const QString &attr)
{
    const auto found = styleElements(stylesXml, styleId, qname);
    return found.isEmpty() ? QString() : found.first().attr(attr);
}

} // namespace gaozi::test
