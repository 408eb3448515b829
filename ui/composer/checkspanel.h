#pragma once

#include "common/result.h"
#include "draft/draftchecks.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QToolButton;

namespace gaozi {
class CorpusCache;
}

namespace gaozi::ui {

class ComposerPage;
class FindingListModel;
class LibrarySession;

// 审校 beside the composer: the checks' findings on the open draft, kept up to
// date as the writer types. A change waits DebounceMs for the next one, then
// the checks run on a copy of the draft on the session's worker threads (with
// the library for the copy ratio, its answers remembered sentence by sentence
// until the draft or the library changes), so typing never waits for them;
// when a newer check has started, an older answer is dropped. Clicking a finding
// shows it in the section editor; "Fix" applies the rule's safe fix as one
// undo step of the draft.
class ChecksPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 500;

    ChecksPanel(ComposerPage *page, LibrarySession *session, QWidget *parent = nullptr);

    FindingListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QToolButton *fixButton() const { return m_fix; }

    // A check is waiting for the pause in typing, or running.
    bool isPending() const { return m_debounce.isActive() || m_running > 0; }
    // Starts a check of the draft as it is now, without waiting for a pause.
    void checkNow();

    // Selects the finding's text in the section editor (or the title field).
    void showFinding(int row);
    // Applies the finding's fix through the draft (one undo step); false when it has none or
    // the text changed under it since the check (a new check then starts).
    bool applyFix(int row);

    // Before an export: true when the draft has no errors, else what the writer answers to
    // "export anyway?" (asked through prompts::confirm).
    bool confirmExport();

Q_SIGNALS:
    // New findings are shown (a check finished and was not outdated).
    void updated();

private:
    void schedule();
    void onOpened();
    void show(const DraftCheck &check, qint64 draftId);
    void showSummary();
    void updateFixButton();
    QString whereLabel(const Finding &finding) const;

    ComposerPage *m_page;
    LibrarySession *m_session;
    FindingListModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QToolButton *m_fix;
    QTimer m_debounce;
    DraftCheck m_check;      // what the shown findings were made on
    std::shared_ptr<CorpusCache> m_corpusCache; // library answers for this draft; shared with running checks
    quint64 m_generation = 0; // of the latest check started; answers from older ones are dropped
    int m_running = 0;
    bool m_checked = false;   // the shown findings are for the open draft
};

} // namespace gaozi::ui
