#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace gaozi::test {

// One element of an OOXML part: its qualified name ("w:pgMar") and
// attributes by qualified name ("w:top").
struct XmlElement
{
    QString name;
    QHash<QString, QString> attrs;
    QString text; // character data directly inside (w:t, w:instrText)

    QString attr(const QString &qname) const { return attrs.value(qname); }
};

// One part of a .docx read back with the project's own ZipArchive; empty when missing.
QByteArray docxPart(const QByteArray &docx, const QString &name);

// Every element with that qualified name, in document order.
QList<XmlElement> elements(const QByteArray &xml, const QString &qname);

// The elements named qname inside <w:style w:styleId="styleId"> of styles.xml.
QList<XmlElement> styleElements(const QByteArray &stylesXml, const QString &styleId, const QString &qname);

// The first such element's attribute, or a null string.
QString styleAttr(const QByteArray &stylesXml, const QString &styleId, const QString &qname, const QString &attr);

} // namespace gaozi::test
