#pragma once

#include "common/result.h"
#include "draft/draft.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QUndoStack;

namespace gaozi::ui {

class LibrarySession;

// The draft being written, its undo history and its autosave. Every change,
// to the text or to the structure, goes through edit() and becomes one step
// on the undo stack (typing in one place merges into one step). Autosave is
// a throttle, not a debounce: the first unsaved change starts a timer and the
// save runs when it fires, however fast the writer keeps typing, so a crash
// loses at most AutosaveDelayMs plus one save. Saves run on the session's
// worker threads, one at a time, in order; flush() saves synchronously (on
// close, before another draft opens).
class ComposerDocument final : public QObject
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 800;

    // What an edit touched; views refresh accordingly.
    enum class Change { Structure, Section, Opening, Fields };
    Q_ENUM(Change)

    // Where the writer was: a section (0: the opening) and a cursor position in it.
    struct Place
    {
        int uid = 0;
        int cursor = -1; // -1: leave the cursor where it is
    };

    explicit ComposerDocument(LibrarySession *session, QObject *parent = nullptr);
    ~ComposerDocument() override;

    bool isOpen() const { return m_draft.id > 0; }
    const Draft &draft() const { return m_draft; }
    QUndoStack *undoStack() const { return m_undo; }

    // Shows a stored draft (its id must be set); the undo history starts afresh.
    void open(const Draft &draft);
    // Saves what is pending and shows nothing.
    void close();
    // The draft was renamed in the list: keep the name (not an undo step).
    void setName(const QString &name) { m_draft.name = name; }

    // One undoable step. `change` edits a copy of the draft and returns false to
    // abandon the step (nothing changes). `mergeKey` non-empty: consecutive
    // steps with the same key within a short time merge (typing into one field).
    bool edit(const QString &description, Change kind, const Place &before, const Place &after,
              const std::function<bool(Draft &)> &change, const QString &mergeKey = {});

    // Called by undo commands: puts a whole state back and, when place.uid >= 0,
    // asks views to show that place.
    void restore(const Draft &state, Change kind, const Place &place);

    bool isDirty() const { return m_dirty || m_saving; }
    // Saves now on the GUI thread's connection, after any save in flight.
    Status flush();

Q_SIGNALS:
    void opened();
    void closed();
    void changed(gaozi::ui::ComposerDocument::Change kind, int uid);
    // After undo/redo: select this section and put the cursor there.
    void placeRequested(int uid, int cursor);
    void saved();
    void saveFailed(const QString &message);

private:
    void markDirty();
    void startSave();

    LibrarySession *m_session;
    QUndoStack *m_undo;
    Draft m_draft;
    QTimer m_autosave;
    bool m_dirty = false;  // changes not yet handed to a save
    bool m_saving = false; // a save is running on a worker
    quint64 m_generation = 0; // bumped by flush(): answers from earlier saves are ignored
};

} // namespace gaozi::ui
