#include "ui/importcontroller.h"

#include "common/logging.h"
#include "ui/importreportdialog.h"
#include "ui/librarysession.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace gaozi::ui {

ImportController::ImportController(LibrarySession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    if (m_running) {
        m_cancel->store(true);
        m_session->waitForWorkers();
    }
}

bool ImportController::start(const QStringList &paths)
{
    if (m_running || paths.isEmpty())
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setMinimumWidth(420);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setLabelText(tr("Looking for documents…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->show();

    // The worker reports progress from its thread; the queued call runs on
    // this object's (GUI) thread. The destructor waits for the worker, so
    // `this` outlives every call the worker posts.
    auto cancelFlag = m_cancel;
    m_session
        ->run<Result<ImportReport>>([this, paths, cancelFlag](Database &db) -> Result<ImportReport> {
            const auto onProgress = [this](const ImportProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { progress(p); }, Qt::QueuedConnection);
            };
            return Importer(db).run(paths, {}, onProgress, cancelFlag.get());
        })
        .then(this, [this](const Result<ImportReport> &report) { done(report); });
    return true;
}

void ImportController::cancel()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true);
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling after the current file…"));
        m_progress->setCancelButtonText(QString());
    }
}

void ImportController::progress(const ImportProgress &p)
{
    if (!m_progress || !m_running || m_cancel->load())
        return;
    m_progress->setRange(0, p.total);
    m_progress->setValue(p.done);
    if (p.done >= p.total)
        m_progress->setLabelText(tr("Updating the library's terms…"));
    else
        m_progress->setLabelText(
            tr("Imported %1 of %2 files\n%3").arg(p.done).arg(p.total).arg(QFileInfo(p.current).fileName()));
}

void ImportController::done(const Result<ImportReport> &report)
{
    m_running = false;
    if (m_progress)
        m_progress->hide();
    if (report) {
        m_lastReport = report.value();
    } else {
        m_lastReport = {};
        m_lastReport.error = report.error();
    }
    qCInfo(lcUi) << "import finished:" << m_lastReport.items.size() << "files" << m_lastReport.error;

    if (!m_report)
        m_report = new ImportReportDialog(m_dialogParent);
    m_report->setReport(m_lastReport);
    m_report->open();

    m_session->notifyChanged();
    Q_EMIT finished(m_lastReport);
}

} // namespace gaozi::ui
