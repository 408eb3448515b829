#include "ui/composer/draftfieldsbar.h"

#include "ui/composer/composerdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace gaozi::ui {

DraftFieldsBar::DraftFieldsBar(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLineEdit(this))
    , m_follow(new QToolButton(this))
    , m_unit(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_period(new QComboBox(this))
    , m_hasDate(new QCheckBox(tr("Dated"), this))
    , m_date(new QDateEdit(this))
{
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_follow->setText(tr("Follow fields"));
    m_follow->setToolTip(tr("Build the title from the unit, year and period again"));
    m_unit->setPlaceholderText(tr("Unit, e.g. 中共XX局机关委员会"));
    m_year->setRange(1949, 2100);
    m_period->addItems(draftPeriods());
    m_date->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    m_date->setCalendarPopup(true);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_follow);
    auto *fieldsRow = new QHBoxLayout;
    fieldsRow->addWidget(new QLabel(tr("Unit"), this));
    fieldsRow->addWidget(m_unit, 3);
    fieldsRow->addWidget(new QLabel(tr("Year"), this));
    fieldsRow->addWidget(m_year);
    fieldsRow->addWidget(new QLabel(tr("Period"), this));
    fieldsRow->addWidget(m_period);
    fieldsRow->addWidget(m_hasDate);
    fieldsRow->addWidget(m_date);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addLayout(fieldsRow);

    connect(m_unit, &QLineEdit::textEdited, this, [this] { commitFields(tr("Edit unit"), QStringLiteral("unit")); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { commitFields(tr("Change year"), QStringLiteral("year")); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { commitFields(tr("Change period"), {}); });
    connect(m_hasDate, &QCheckBox::toggled, this, [this] { commitFields(tr("Change date"), {}); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { commitFields(tr("Change date"), QStringLiteral("date")); });
    connect(m_title, &QLineEdit::editingFinished, this, &DraftFieldsBar::commitTitle);
    connect(m_follow, &QToolButton::clicked, this, [this] {
        m_document->edit(tr("Title follows fields"), ComposerDocument::Change::Fields, {-1, -1}, {-1, -1}, [](Draft &d) {
            d.titleOverride.clear();
            return true;
        });
    });
    connect(document, &ComposerDocument::changed, this, &DraftFieldsBar::refresh);
    connect(document, &ComposerDocument::opened, this, &DraftFieldsBar::refresh);
    connect(document, &ComposerDocument::closed, this, &DraftFieldsBar::refresh);
    refresh();
}

void DraftFieldsBar::refresh()
{
    const Draft &d = m_document->draft();
    m_updating = true;
    setEnabled(m_document->isOpen());
    if (!m_title->hasFocus() || m_title->text() == d.title())
        m_title->setText(d.title());
    m_follow->setEnabled(!d.titleFollowsFields());
    if (m_unit->text() != d.fields.unit) {
        m_unit->setText(d.fields.unit);
        if (!m_unit->hasFocus())
            m_unit->setCursorPosition(0); // a long unit shows its beginning, not its tail
    }
    m_year->setValue(d.fields.year > 0 ? d.fields.year : QDate::currentDate().year());
    const int period = m_period->findText(d.fields.period.isEmpty() ? draftPeriods().first() : d.fields.period);
    m_period->setCurrentIndex(std::max(0, period));
    m_hasDate->setChecked(d.fields.date.isValid());
    m_date->setEnabled(d.fields.date.isValid());
    m_date->setDate(d.fields.date.isValid() ? d.fields.date : QDate::currentDate());
    m_updating = false;
}

void DraftFieldsBar::commitFields(const QString &what, const QString &mergeKey)
{
    if (m_updating)
        return;
    DraftFields f;
    f.unit = m_unit->text();
    f.year = m_year->value();
    f.period = m_period->currentText();
    f.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    m_date->setEnabled(m_hasDate->isChecked());
    m_document->edit(what, ComposerDocument::Change::Fields, {-1, -1}, {-1, -1},
                     [&](Draft &d) {
                         d.fields = f;
                         return true;
                     },
                     mergeKey.isEmpty() ? QString() : QStringLiteral("field:") + mergeKey);
}

void DraftFieldsBar::commitTitle()
{
    if (m_updating || !m_document->isOpen())
        return;
    const QString text = m_title->text();
    m_document->edit(tr("Edit title"), ComposerDocument::Change::Fields, {-1, -1}, {-1, -1}, [&](Draft &d) {
        d.setTitle(text);
        return true;
    });
}

} // namespace gaozi::ui
