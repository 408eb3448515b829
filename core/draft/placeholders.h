#pragma once

#include <QList>
#include <QString>

namespace gaozi {

// Text still to be filled in: corpus placeholders (XX, xxx, X次, 待补充 …) and
// unfilled slots ({数}, {名} …). The patterns are the checks engine's
// (resources/data/checks/placeholders.tsv), so the editor marks exactly what
// a check would report.
struct PlaceholderSpan
{
    int start = 0;
    int length = 0;
    bool slot = false; // a {…} slot rather than a corpus placeholder
};

// Non-overlapping spans in text order.
QList<PlaceholderSpan> placeholderSpans(const QString &text);

} // namespace gaozi
