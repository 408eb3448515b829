#include "ui/composer/placeholderhighlighter.h"

#include "draft/placeholders.h"

namespace gaozi::ui {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QColor PlaceholderHighlighter::placeholderColour()
{
    return QColor(0xFF, 0xD5, 0x80); // amber: left over from the source text
}

QColor PlaceholderHighlighter::slotColour()
{
    return QColor(0xB3, 0xD4, 0xFF); // blue: a slot the library left for the writer
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    for (const PlaceholderSpan &span : placeholderSpans(text)) {
        QTextCharFormat f;
        f.setBackground(span.slot ? slotColour() : placeholderColour());
        f.setFontUnderline(true);
        f.setUnderlineColor(span.slot ? slotColour().darker(160) : placeholderColour().darker(160));
        f.setToolTip(span.slot ? tr("A slot to fill in") : tr("A placeholder to replace"));
        setFormat(span.start, span.length, f);
    }
}

} // namespace gaozi::ui
