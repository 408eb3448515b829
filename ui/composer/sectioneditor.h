#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace gaozi::ui {

class BodyEdit;
class ComposerDocument;
class PlaceholderHighlighter;

// Edits one section of the draft: its heading (the number beside it is shown,
// not typed) and its body; for uid 0 the opening paragraphs. Every keystroke
// is an edit on the document, merged into one undo step per pause in typing.
class SectionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit SectionEditor(ComposerDocument *document, QWidget *parent = nullptr);

    void showSection(int uid); // 0: the opening; -1: nothing
    int currentUid() const { return m_uid; }
    QLineEdit *headingEdit() const { return m_heading; }
    BodyEdit *bodyEdit() const { return m_body; }
    QLabel *countLabel() const { return m_count; }

    // Inserts at the body's cursor as one undo step and leaves the cursor after it.
    bool insertIntoBody(const QString &text, int position = -1);
    // Replaces the heading as one undo step.
    bool replaceHeading(const QString &text);
    void placeCursor(int position);

Q_SIGNALS:
    void phraseDropped(const QByteArray &phrase, int position);

private:
    void refresh();
    void onBodyChanged();
    void onHeadingEdited(const QString &text);
    QString currentBody() const;

    ComposerDocument *m_document;
    QLabel *m_number;
    QLineEdit *m_heading;
    BodyEdit *m_body;
    PlaceholderHighlighter *m_highlighter;
    QLabel *m_count;
    int m_uid = -1;
    bool m_updating = false;
    // The last change inside the body, for the undo step's cursor positions.
    int m_changeAt = 0;
    int m_removed = 0;
    int m_added = 0;
};

} // namespace gaozi::ui
