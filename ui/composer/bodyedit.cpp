#include "ui/composer/bodyedit.h"

#include <QMimeData>

namespace gaozi::ui {

BodyEdit::BodyEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(PhraseMimeType) || QPlainTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasFormat(PhraseMimeType)) {
        // A drop has already moved the cursor to where the phrase was let go.
        Q_EMIT phraseDropped(source->data(PhraseMimeType), textCursor().position());
        return;
    }
    // Pasted rich text arrives as plain text: a draft holds no formatting.
    QMimeData plain;
    plain.setText(source->text());
    QPlainTextEdit::insertFromMimeData(&plain);
}

} // namespace gaozi::ui
