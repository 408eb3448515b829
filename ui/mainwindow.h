#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace gaozi::ui {

class DocumentsDialog;
class ImportController;
class LibraryPage;
class LibrarySession;
class OverviewDialog;

// The window a writer lives in. Pages sit in tabs, the library browser
// first; other pages (the composer) join with addPage(). The session must
// outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LibrarySession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Appends a page as a tab after the existing ones and takes ownership of
    // it. Returns its tab index. A page that has actions of its own adds them
    // to itself with Qt::WidgetWithChildrenShortcut, as the library page does.
    int addPage(QWidget *page, const QString &title);

    LibrarySession *session() const { return m_session; }
    LibraryPage *libraryPage() const { return m_library; }
    QTabWidget *pages() const { return m_pages; }
    ImportController *importController() const { return m_import; }

    // Mines the bundled corpus on a worker when the library has never been
    // seeded; the window stays usable and says so in the status bar.
    void startSeeding();
    bool isSeeding() const { return m_seeding; }

    bool importPaths(const QStringList &paths);
    DocumentsDialog *showDocuments();
    OverviewDialog *showOverview();

Q_SIGNALS:
    void seedingFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void importFiles();
    void importFolder();
    void openDocument(qint64 documentId);
    void showStatus(const QString &message);
    void readSettings();
    void writeSettings() const;

    LibrarySession *m_session;
    QTabWidget *m_pages;
    LibraryPage *m_library;
    ImportController *m_import;
    QPointer<DocumentsDialog> m_documents;
    QPointer<OverviewDialog> m_overview;
    QLabel *m_libraryLabel;
    QProgressBar *m_busy;
    bool m_seeding = false;
    int m_restorePage = 0; // the tab shown last time; it may be added after construction
};

} // namespace gaozi::ui
