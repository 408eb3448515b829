#include "ui/mainwindow.h"

#include "library/importer.h"
#include "ui/documentsdialog.h"
#include "ui/documentviewer.h"
#include "ui/importcontroller.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/overviewdialog.h"
#include "ui/uisettings.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace gaozi::ui {

MainWindow::MainWindow(LibrarySession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pages(new QTabWidget(this))
    , m_library(new LibraryPage(session, m_pages))
    , m_import(new ImportController(session, this))
    , m_libraryLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QFileInfo(session->path()).fileName());
    setAcceptDrops(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    addPage(m_library, tr("Library"));

    m_libraryLabel->setText(QFileInfo(session->path()).fileName());
    m_libraryLabel->setToolTip(session->path());
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setMaximumHeight(14);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_libraryLabel);

    buildMenus();
    connect(m_library, &LibraryPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_library)
            m_library->focusSearch();
    });
    readSettings();
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    if (index == m_restorePage)
        m_pages->setCurrentIndex(index);
    return index;
}

void MainWindow::startSeeding()
{
    // One quick read on the GUI thread decides whether to say anything; the
    // mining itself runs on a worker.
    if (m_seeding || !m_session->db().meta(QStringLiteral("seeded")).isEmpty()) {
        Q_EMIT seedingFinished();
        return;
    }
    m_seeding = true;
    m_busy->show();
    statusBar()->showMessage(tr("Building your library from the bundled documents… you can start searching already."));
    m_session->run<Result<ImportReport>>([](Database &db) -> Result<ImportReport> { return seedBundledCorpus(db); })
        .then(this, [this](const Result<ImportReport> &report) {
            m_seeding = false;
            m_busy->hide();
            if (!report || !report->error.isEmpty()) {
                statusBar()->showMessage(
                    tr("The bundled documents could not be mined: %1").arg(report ? report->error : report.error()));
            } else if (const int n = report->count(ImportItem::Status::Imported); n > 0) {
                statusBar()->showMessage(tr("Library ready: %n bundled document(s) mined.", nullptr, n), 8000);
                m_session->notifyChanged();
            } else {
                statusBar()->clearMessage();
            }
            Q_EMIT seedingFinished();
        });
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (m_import->isRunning()) {
        showStatus(tr("An import is already running."));
        return false;
    }
    return m_import->start(paths);
}

DocumentsDialog *MainWindow::showDocuments()
{
    if (!m_documents) {
        m_documents = new DocumentsDialog(m_session, this);
        connect(m_documents, &DocumentsDialog::importRequested, this, &MainWindow::importFiles);
        connect(m_documents, &DocumentsDialog::openRequested, this, &MainWindow::openDocument);
    }
    m_documents->show();
    m_documents->raise();
    return m_documents;
}

OverviewDialog *MainWindow::showOverview()
{
    if (!m_overview)
        m_overview = new OverviewDialog(m_session, this);
    m_overview->show();
    m_overview->raise();
    return m_overview;
}

void MainWindow::openDocument(qint64 documentId)
{
    auto *viewer = new DocumentViewer(m_session, documentId, -1, {0, 0}, this);
    viewer->show();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning())
        m_import->cancel();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !m_import->isRunning()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settings::WindowGeometry).toByteArray()))
        resize(1320, 820);
    restoreState(settings.value(settings::WindowState).toByteArray());
    m_library->restoreSettings(settings);
    m_restorePage = settings.value(settings::CurrentPage, 0).toInt();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settings::WindowGeometry, saveGeometry());
    settings.setValue(settings::WindowState, saveState());
    settings.setValue(settings::CurrentPage, m_pages->currentIndex());
    m_library->saveSettings(settings);
}

} // namespace gaozi::ui
