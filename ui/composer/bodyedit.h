#pragma once

#include <QPlainTextEdit>

namespace gaozi::ui {

// The body editor. Its own undo is off: every change becomes a step on the
// draft's undo stack, so one Ctrl+Z history covers text and structure.
// Phrases dragged from the library arrive through phraseDropped() (the page
// fills their slots first); other drops are plain text.
class BodyEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static inline const QString PhraseMimeType = QStringLiteral("application/x-gaozi-phrase");

    explicit BodyEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    // A library phrase dropped at `position` (a character offset in the text).
    void phraseDropped(const QByteArray &phrase, int position);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace gaozi::ui
