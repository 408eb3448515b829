#pragma once

#include "checks/checks.h"

#include <QAbstractListModel>

namespace gaozi::ui {

// The checks' findings as the checks panel lists them: errors first, then
// warnings, then notes, each group in reading order. A row shows the severity
// icon, where the finding is (the innermost heading, 标题, 开头 or 全文), the
// flagged text and the message; the tooltip adds the suggestion.
class FindingListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        RuleRole,
        WhereRole,
        ExcerptRole,
        MessageRole,
        FixableRole, // a one-click fix applies to the writer's text
    };

    struct Row
    {
        Finding finding;
        QString where;
        bool fixable = false;
    };

    explicit FindingListModel(QObject *parent = nullptr);

    // Replaces every row; sorts them as described above.
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    void removeRow(int row);
    const Row &row(int row) const { return m_rows.at(row); }
    int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QIcon severityIcon(Severity severity);

private:
    QList<Row> m_rows;
};

} // namespace gaozi::ui
