#pragma once

#include "mining/minedphrase.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace gaozi::ui {

struct PhraseInput
{
    PhraseKind kind = PhraseKind::Sentence;
    QString text;
    QString role;
    QString topic;
};

// Add or edit one of the writer's own phrases. Slots can be typed as {数}
// or inserted with the buttons under the text.
class PhraseDialog final : public QDialog
{
    Q_OBJECT
public:
    PhraseDialog(const QStringList &roles, const QStringList &topics, QWidget *parent = nullptr);

    void setInput(const PhraseInput &input);
    PhraseInput input() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *topicBox() const { return m_topic; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QPlainTextEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_role;
    QComboBox *m_topic;
    QDialogButtonBox *m_buttons;
};

} // namespace gaozi::ui
