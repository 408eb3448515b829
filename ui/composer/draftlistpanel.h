#pragma once

#include "common/result.h"
#include "ui/composer/newdraftdialog.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace gaozi::ui {

class LibrarySession;

// The drafts in the library: new, open, rename (edit the name in place),
// duplicate, delete. These are one-row reads and writes on the GUI thread's
// connection, the kind LibrarySession keeps it for.
class DraftListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DraftListPanel(LibrarySession *session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    qint64 currentId() const;
    void selectDraft(qint64 id); // without emitting openRequested

    // Re-reads the list (after saves: names, order by last edit).
    void refresh();

    // The buttons' work, callable without dialogs (tests, the CLI's twin).
    Result<qint64> createDraft(const NewDraftRequest &request);
    Result<qint64> duplicateDraft(qint64 id);
    Status renameDraft(qint64 id, const QString &name);
    Status deleteDraft(qint64 id); // asks first through prompts::confirm

Q_SIGNALS:
    void openRequested(qint64 id);
    void aboutToDelete(qint64 id); // close it first if it is open
    void deleted(qint64 id);
    void renamed(qint64 id, const QString &name);
    void exportRequested();
    void failed(const QString &message);

private:
    void newDraft();
    Result<Draft> startingDraft(const NewDraftRequest &request) const;
    void onItemChanged(QListWidgetItem *item);
    void updateButtons();

    LibrarySession *m_session;
    QListWidget *m_list;
    QToolButton *m_new;
    QToolButton *m_duplicate;
    QToolButton *m_rename;
    QToolButton *m_delete;
    QToolButton *m_export;
    bool m_filling = false;
};

} // namespace gaozi::ui
