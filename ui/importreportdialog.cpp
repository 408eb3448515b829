#include "ui/importreportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gaozi::ui {

ImportReportDialog::ImportReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import report"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
    m_problems->header()->setStretchLastSection(true);
    m_problems->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ImportReportDialog::setReport(const ImportReport &report)
{
    using S = ImportItem::Status;
    QString text = tr("Imported %1 file(s), replaced %2, skipped %3, failed %4.")
                       .arg(report.count(S::Imported))
                       .arg(report.count(S::Replaced))
                       .arg(report.count(S::Skipped))
                       .arg(report.count(S::Failed));
    if (report.cancelled)
        text += u' ' + tr("The import was cancelled; the files imported before stay in the library.");
    if (!report.error.isEmpty())
        text += u'\n' + tr("The import stopped: %1").arg(report.error);
    if (report.items.isEmpty() && report.error.isEmpty())
        text = tr("No documents (.txt, .md, .docx) were found.");
    m_summary->setText(text);

    m_problems->clear();
    for (const ImportItem &item : report.items) {
        if (item.status != S::Skipped && item.status != S::Failed)
            continue;
        auto *row = new QTreeWidgetItem(m_problems);
        row->setText(0, QFileInfo(item.path).fileName());
        row->setToolTip(0, item.path);
        row->setText(1, item.status == S::Skipped ? tr("Skipped") : tr("Failed"));
        row->setText(2, item.reason);
        row->setToolTip(2, item.reason);
    }
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

} // namespace gaozi::ui
