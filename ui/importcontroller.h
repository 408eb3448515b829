#pragma once

#include "common/result.h"
#include "library/importer.h"
#include "ui/importreportdialog.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>


namespace gaozi::ui {

class LibrarySession;

// Runs an import on a worker thread behind a progress dialog (files done of
// total, the current file, Cancel). Cancel stops between files; every file
// stored so far stays complete. Afterwards the report dialog lists what was
// skipped or failed and why. The session must outlive the controller.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    ImportController(LibrarySession *session, QWidget *dialogParent);
    ~ImportController() override;

    // False when an import is already running or nothing importable was given.
    bool start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

    QProgressDialog *progressDialog() const { return m_progress; }
    ImportReportDialog *reportDialog() const { return m_report; }
    const ImportReport &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void finished(const gaozi::ImportReport &report);

private:
    void progress(const ImportProgress &p);
    void done(const Result<ImportReport> &report);

    LibrarySession *m_session;
    QWidget *m_dialogParent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportReportDialog> m_report;
    ImportReport m_lastReport;
};

} // namespace gaozi::ui
