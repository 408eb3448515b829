#include "ui/phrasedialog.h"

#include "ui/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace gaozi::ui {
namespace {

QComboBox *editableCombo(const QStringList &values, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(values);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

} // namespace

PhraseDialog::PhraseDialog(const QStringList &roles, const QStringList &topics, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_role(editableCombo(roles, this))
    , m_topic(editableCombo(topics, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("My phrase"));
    m_text->setObjectName(QStringLiteral("phraseText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The phrase, e.g. 全年开展谈心谈话{数}次"));
    for (PhraseKind k : allKinds())
        m_kind->addItem(Labels::kind(k), kindName(k));

    // Slot buttons put the placeholder where the cursor is, so nobody has to
    // remember the brace syntax.
    auto *slotRow = new QHBoxLayout;
    slotRow->addWidget(new QLabel(tr("Insert a blank:"), this));
    for (const QString &s : {slot::Number, slot::Year, slot::Unit, slot::Name}) {
        auto *button = new QPushButton(s, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, s] {
            m_text->insertPlainText(s);
            m_text->setFocus();
        });
        slotRow->addWidget(button);
    }
    slotRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Text:"), m_text);
    form->addRow(QString(), slotRow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Topic:"), m_topic);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PhraseDialog::updateOk);
    updateOk();
    resize(520, 340);
}

void PhraseDialog::setInput(const PhraseInput &input)
{
    m_text->setPlainText(input.text);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindName(input.kind))));
    m_role->setCurrentText(input.role);
    m_topic->setCurrentText(input.topic);
}

PhraseInput PhraseDialog::input() const
{
    PhraseInput in;
    in.kind = kindFromName(m_kind->currentData().toString()).value_or(PhraseKind::Sentence);
    in.text = m_text->toPlainText().trimmed();
    in.role = m_role->currentText().trimmed();
    in.topic = m_topic->currentText().trimmed();
    return in;
}

void PhraseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

} // namespace gaozi::ui
