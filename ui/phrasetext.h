#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>

namespace gaozi::ui {

// A phrase's text cut into runs for display: plain text, text matching the
// search, and slots such as {数} that the writer fills in later. The list
// delegate paints the runs; the preview and the document viewer render them
// as HTML. Both show a slot as a coloured pill holding its name (数, 年 …).
struct TextRun
{
    QString text;       // for a slot: its name without braces
    bool match = false;
    bool slot = false;
};

// keepLineBreaks: true for multi-line widgets; otherwise a line break (in
// outlines) becomes a visible separator so a list row stays one line.
QList<TextRun> splitRuns(const QString &text, const QList<QPair<int, int>> &matches, bool keepLineBreaks = false);

QColor slotColour(const QString &slotName);
QColor matchColour();

// HTML for rich-text widgets; everything is escaped.
QString runsToHtml(const QList<TextRun> &runs);
QString phraseHtml(const QString &text, const QList<QPair<int, int>> &matches = {});

} // namespace gaozi::ui
