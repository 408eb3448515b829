#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace gaozi::ui {

class DocumentListModel;
class LibrarySession;

// What the library holds, with Remove. Listing and removal (which also
// recomputes the corpus-wide terms) run on a worker thread.
class DocumentsDialog final : public QDialog
{
    Q_OBJECT
public:
    DocumentsDialog(LibrarySession *session, QWidget *parent = nullptr);

    DocumentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_busy; }
    void reload();
    void removeSelected(); // asks first (prompts::confirm)

Q_SIGNALS:
    void importRequested();
    void openRequested(qint64 documentId);
    void reloaded();

private:
    void updateButtons();

    LibrarySession *m_session;
    DocumentListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_remove;
    QPushButton *m_open;
    bool m_busy = false;
    quint64 m_sequence = 0;
};

} // namespace gaozi::ui
