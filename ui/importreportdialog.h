#pragma once

#include "library/importer.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace gaozi::ui {

// What an import did: a summary line, then every file that was skipped or
// failed with the reason, so the writer knows what to fix.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(QWidget *parent = nullptr);

    void setReport(const ImportReport &report);
    QString summary() const;
    QTreeWidget *problemList() const { return m_problems; }

private:
    QLabel *m_summary;
    QTreeWidget *m_problems;
};

} // namespace gaozi::ui
