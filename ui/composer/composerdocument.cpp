#include "ui/composer/composerdocument.h"

#include "draft/draftstore.h"
#include "ui/librarysession.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace gaozi::ui {
namespace {

constexpr int kMergeWindowMs = 1500; // typing pauses longer than this start a new undo step
constexpr int kRetryDelayMs = 5000;  // after a failed save (library busy), try again later

// A step is two whole states. Drafts are small and implicitly shared, so a
// snapshot costs little and undo can never drift from what was on screen.
class SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(ComposerDocument *doc, const QString &text, ComposerDocument::Change kind, Draft before,
                    Draft after, ComposerDocument::Place placeBefore, ComposerDocument::Place placeAfter,
                    QString mergeKey)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_kind(kind)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_placeBefore(placeBefore)
        , m_placeAfter(placeAfter)
        , m_mergeKey(std::move(mergeKey))
    {
        m_lastEdit.start();
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SnapshotCommand *>(other);
        if (o->m_mergeKey != m_mergeKey || m_lastEdit.elapsed() > kMergeWindowMs)
            return false;
        m_after = o->m_after;
        m_placeAfter = o->m_placeAfter;
        m_lastEdit.start();
        return true;
    }

    void undo() override { m_doc->restore(m_before, m_kind, m_placeBefore); }

    void redo() override
    {
        // The first redo is the edit itself: the writer is already looking at it.
        m_doc->restore(m_after, m_kind, m_first ? ComposerDocument::Place{-1, -1} : m_placeAfter);
        m_first = false;
    }

private:
    ComposerDocument *m_doc;
    ComposerDocument::Change m_kind;
    Draft m_before;
    Draft m_after;
    ComposerDocument::Place m_placeBefore;
    ComposerDocument::Place m_placeAfter;
    QString m_mergeKey;
    QElapsedTimer m_lastEdit;
    bool m_first = true;
};

} // namespace

ComposerDocument::ComposerDocument(LibrarySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
{
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &ComposerDocument::startSave);
}

ComposerDocument::~ComposerDocument()
{
    (void)flush();
}

void ComposerDocument::open(const Draft &draft)
{
    (void)flush();
    m_undo->clear();
    m_draft = draft;
    m_dirty = false;
    Q_EMIT opened();
}

void ComposerDocument::close()
{
    (void)flush();
    m_undo->clear();
    m_draft = Draft();
    Q_EMIT closed();
}

bool ComposerDocument::edit(const QString &description, Change kind, const Place &before, const Place &after,
                            const std::function<bool(Draft &)> &change, const QString &mergeKey)
{
    if (!isOpen())
        return false;
    Draft next = m_draft;
    if (!change(next) || next.sameContent(m_draft))
        return false;
    m_undo->push(new SnapshotCommand(this, description, kind, m_draft, next, before, after, mergeKey));
    return true;
}

void ComposerDocument::restore(const Draft &state, Change kind, const Place &place)
{
    m_draft = state;
    markDirty();
    Q_EMIT changed(kind, place.uid);
    if (place.uid >= 0)
        Q_EMIT placeRequested(place.uid, place.cursor);
}

void ComposerDocument::markDirty()
{
    m_dirty = true;
    if (!m_autosave.isActive() && !m_saving)
        m_autosave.start(AutosaveDelayMs);
}

void ComposerDocument::startSave()
{
    if (m_saving || !m_dirty || !isOpen())
        return;
    m_dirty = false;
    m_saving = true;
    const quint64 generation = m_generation;
    const Draft snapshot = m_draft;
    m_session->run<Status>([snapshot](Database &db) { return DraftStore(db).save(snapshot); })
        .then(this, [this, generation](const Status &status) {
            if (generation != m_generation)
                return; // flush() took over while this save was running
            m_saving = false;
            if (!status) {
                m_dirty = true;
                m_autosave.start(kRetryDelayMs);
                Q_EMIT saveFailed(status.error());
                return;
            }
            Q_EMIT saved();
            if (m_dirty && !m_autosave.isActive())
                m_autosave.start(AutosaveDelayMs);
        });
}

Status ComposerDocument::flush()
{
    m_autosave.stop();
    bool needed = m_dirty;
    if (m_saving) {
        // The worker may have saved an older state; wait for it, then write the current one.
        m_session->waitForWorkers();
        m_saving = false;
        ++m_generation;
        needed = true;
    }
    if (!needed || !isOpen())
        return {};
    Status status = DraftStore(m_session->db()).save(m_draft);
    m_dirty = !status.ok();
    if (status)
        Q_EMIT saved();
    else
        Q_EMIT saveFailed(status.error());
    return status;
}

} // namespace gaozi::ui
