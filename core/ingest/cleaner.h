#pragma once

#include "ingest/noiserules.h"
#include "ingest/rawdocument.h"

#include <QList>
#include <QString>

namespace gaozi {

struct DroppedLine
{
    int line = 0;   // 1-based paragraph/line number in the source
    QString text;
    QString reason; // "head block", "paywall marker", or the noise rule's pattern
};

struct CleanParagraph
{
    QString text;
    int headingLevel = 0; // carried over from .docx styles
    bool titleStyle = false;
    int sourceLine = 0;   // 1-based line/paragraph where it starts
};

struct CleanedDocument
{
    QString sourceName;
    QString format;
    QString encoding;
    QList<CleanParagraph> paragraphs;
    QList<DroppedLine> dropped;
    int strippedMarkers = 0; // paywall markers removed from inside kept lines
};

// Removes what material services add to the text (paywall markers, ads above
// the title and after the text, contact lines, site junk), normalises spaces
// and joins lines broken in the middle of a sentence.
class Cleaner final
{
public:
    explicit Cleaner(const NoiseRules &rules = NoiseRules::bundled()) : m_rules(rules) {}
    CleanedDocument clean(const RawDocument &raw) const;

    // Trim, fold full-width/no-break spaces, drop spaces between CJK characters.
    static QString normaliseSpaces(const QString &line);

private:
    const NoiseRules &m_rules;
};

} // namespace gaozi
