#pragma once

#include <QSyntaxHighlighter>

namespace gaozi::ui {

// Marks what is still to be filled in while the writer types: corpus
// placeholders (XX, xxx, X次, 待补充) and unfilled slots ({数}, {名}), with
// the same patterns the checks use (draft/placeholders.h).
class PlaceholderHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PlaceholderHighlighter(QTextDocument *document);

    static QColor placeholderColour();
    static QColor slotColour();

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace gaozi::ui
