#pragma once

#include "common/result.h"
#include "mining/minedphrase.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace gaozi::ui {

class ChecksPanel;
class ComposerDocument;
class ComposerLibraryPanel;
class DraftFieldsBar;
class DraftListPanel;
class LibrarySession;
class MainWindow;
class OutlineModel;
class PlaceholderHighlighter;
class SectionEditor;

// The composer: write this year's summary section by section with the
// library at hand. Drafts on the left with the outline (numbered for you;
// Ctrl+↑/↓ move, Ctrl+←/→ outdent/indent, drag to rearrange), the section
// being written in the middle (or the whole document as it will be exported),
// suggestions and search on the right. Every change is one undo step and is
// saved within a second, without a Save button.
class ComposerPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPage(LibrarySession *session, QWidget *parent = nullptr);
    ~ComposerPage() override;

    // Adds a composer to the window as a page and lets the library page's
    // "use this phrase" (Enter / double-click there) insert into the draft.
    static ComposerPage *addTo(MainWindow &window);

    struct Actions
    {
        QAction *addSibling = nullptr;
        QAction *addChild = nullptr;
        QAction *remove = nullptr;
        QAction *moveUp = nullptr;
        QAction *moveDown = nullptr;
        QAction *outdent = nullptr;
        QAction *indent = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    ComposerDocument *document() const { return m_document; }
    DraftListPanel *draftList() const { return m_drafts; }
    QTreeView *outlineView() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_model; }
    SectionEditor *editor() const { return m_editor; }
    DraftFieldsBar *fieldsBar() const { return m_fields; }
    ComposerLibraryPanel *libraryPanel() const { return m_library; }
    ChecksPanel *checksPanel() const { return m_checks; }
    QTabWidget *editorTabs() const { return m_tabs; }
    QPlainTextEdit *wholeView() const { return m_whole; }
    QLabel *statusLabel() const { return m_status; }

    bool openDraft(qint64 id);
    int currentUid() const; // the selected section, 0 for the title and opening, -1 for none
    void selectSection(int uid);

    // Uses a library phrase in the current section, slots filled from the
    // draft's fields: a heading replaces the section's heading, anything else
    // goes in at the cursor. One undo step.
    bool usePhrase(qint64 id, PhraseKind kind, const QString &text);

    // Writes the draft as .docx or .txt (by the path's ending).
    Status exportTo(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void buildActions();
    void updateActions();
    void onCurrentChanged();
    void onDocumentChanged(int kind);
    void restoreSelection(int uid);
    void refreshWholeView();
    void updateLibraryContext();
    void addSection(bool child);
    void removeSection();
    void moveSection(int how);
    void exportDraft();
    void showStatus(const QString &message);

    LibrarySession *m_session;
    ComposerDocument *m_document;
    OutlineModel *m_model;
    Actions m_actions;
    DraftListPanel *m_drafts;
    QTreeView *m_outline;
    DraftFieldsBar *m_fields;
    QTabWidget *m_tabs;
    SectionEditor *m_editor;
    QPlainTextEdit *m_whole;
    PlaceholderHighlighter *m_wholeHighlighter;
    ComposerLibraryPanel *m_library;
    ChecksPanel *m_checks;
    QSplitter *m_splitter;
    QLabel *m_status;
    int m_selectedUid = -1;
};

} // namespace gaozi::ui
