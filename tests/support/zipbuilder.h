#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace gaozi::test {

// Builds zip archives in memory for reader tests (docx fixtures, damaged
// archives, zip bombs) with libzip, independent of the code under test.
QByteArray buildZip(const QList<QPair<QString, QByteArray>> &entries);

// A minimal .docx: [Content_Types].xml, _rels/.rels, word/document.xml with
// the given <w:body> content, and word/styles.xml when styles is not empty.
QByteArray buildDocx(const QString &bodyXml, const QString &stylesXml = {});

// A paragraph element <w:p> with the style id (may be empty) and the text as one run.
QString docxParagraph(const QString &text, const QString &styleId = {});

} // namespace gaozi::test
