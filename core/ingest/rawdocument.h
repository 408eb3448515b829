#pragma once

#include <QList>
#include <QString>

namespace gaozi {

// One paragraph as a reader found it: for text files a line, for .docx a w:p.
struct RawParagraph
{
    QString text;
    QString style;        // the paragraph style's name in .docx ("heading 1"), else empty
    int headingLevel = 0; // 1..9 when the style or outline level marks a heading
    bool titleStyle = false;
};

struct RawDocument
{
    QString sourceName;  // file name or path as given
    QString format;      // "txt", "md" or "docx"
    QString encoding;    // "UTF-8", "GB18030", "UTF-16LE" ... ("docx" for docx)
    bool lineBased = false; // true when paragraphs are lines that may be broken mid-sentence
    QList<RawParagraph> paragraphs;
};

} // namespace gaozi
