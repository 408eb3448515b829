#pragma once

#include "export/layoutprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The fixed parts of a .docx package besides document.xml. Internal to
// gaozi_export; docxwriter.h is the public face.
namespace gaozi::docx {

// Style ids written into styles.xml and used by document.xml. Names follow
// Word's built-in styles so Word, WPS and LibreOffice map them onto their own
// (navigation pane, outline view, TOC).
inline QString styleTitle() { return QStringLiteral("Title"); }
inline QString styleNormal() { return QStringLiteral("Normal"); }
inline QString styleHeading(int level) { return QStringLiteral("Heading%1").arg(level); }
inline QString styleSignature() { return QStringLiteral("Signature"); }
inline QString styleDate() { return QStringLiteral("Date"); }
inline QString styleFooter() { return QStringLiteral("Footer"); }

// Relationship ids in word/_rels/document.xml.rels.
inline QString relFooterOdd() { return QStringLiteral("rIdFooterOdd"); }
inline QString relFooterEven() { return QStringLiteral("rIdFooterEven"); }

QByteArray stylesXml(const LayoutProfile &profile);
QByteArray fontTableXml(const LayoutProfile &profile);
QByteArray settingsXml();
QByteArray contentTypesXml();
QByteArray packageRelsXml();
QByteArray documentRelsXml();
QByteArray corePropertiesXml(const QString &title, const QDateTime &timestamp);
QByteArray appPropertiesXml();
// "— N —" with a PAGE field: odd pages right-aligned, even pages left-aligned,
// each one character in from the edge.
QByteArray footerXml(const LayoutProfile &profile, bool oddPages);

} // namespace gaozi::docx
