#include "ui/composer/findinglistmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace gaozi::ui {

FindingListModel::FindingListModel(QObject *parent) : QAbstractListModel(parent) {}

void FindingListModel::setRows(QList<Row> rows)
{
    // Findings arrive in reading order; keep it within each severity.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return int(a.finding.severity) < int(b.finding.severity); });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void FindingListModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int FindingListModel::count(Severity severity) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [severity](const Row &r) { return r.finding.severity == severity; }));
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QIcon FindingListModel::severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Finding &f = r.finding;
    switch (role) {
    case Qt::DisplayRole: {
        QString head = r.where;
        // A heading's finding quotes the heading: where it is says it already.
        if (!f.excerpt.isEmpty() && !r.where.contains(f.excerpt))
            head += (head.isEmpty() ? QString() : QStringLiteral(" · ")) + QStringLiteral("「%1」").arg(f.excerpt);
        return head.isEmpty() ? f.message : head + u'\n' + f.message;
    }
    case Qt::DecorationRole:
        return severityIcon(f.severity);
    case Qt::ToolTipRole: {
        QString tip = f.message;
        if (!f.suggestion.isEmpty())
            tip += u'\n' + f.suggestion;
        if (!f.sectionPath.isEmpty())
            tip = f.sectionPath + u'\n' + tip;
        return QString(tip + QStringLiteral("\n[%1]").arg(f.rule));
    }
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case WhereRole:
        return r.where;
    case ExcerptRole:
        return f.excerpt;
    case MessageRole:
        return f.message;
    case FixableRole:
        return r.fixable;
    default:
        return {};
    }
}

} // namespace gaozi::ui
