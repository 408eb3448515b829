#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace gaozi::ui {

class ComposerDocument;

// The draft's fields (unit, year, period, 成文日期) and its title. The title
// follows the fields until the writer types another one; "Follow fields"
// puts it back in step. Each change is an undo step.
class DraftFieldsBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DraftFieldsBar(ComposerDocument *document, QWidget *parent = nullptr);

    QLineEdit *unitEdit() const { return m_unit; }
    QSpinBox *yearEdit() const { return m_year; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    void refresh();
    void commitFields(const QString &what, const QString &mergeKey);
    void commitTitle();

    ComposerDocument *m_document;
    QLineEdit *m_title;
    QToolButton *m_follow;
    QLineEdit *m_unit;
    QSpinBox *m_year;
    QComboBox *m_period;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    bool m_updating = false;
};

} // namespace gaozi::ui
