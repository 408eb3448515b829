#include "ui/prompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace gaozi::ui::prompts {
namespace {

struct Answers
{
    QQueue<bool> confirms;
    QQueue<std::optional<PhraseInput>> phrases;
    QQueue<QStringList> paths;
};

Answers &answers()
{
    static Answers a;
    return a;
}

} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText)
{
    if (!answers().confirms.isEmpty())
        return answers().confirms.dequeue();
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<PhraseInput> editPhrase(QWidget *parent, const QString &title, const PhraseInput &initial,
                                      const QStringList &roles, const QStringList &topics)
{
    if (!answers().phrases.isEmpty())
        return answers().phrases.dequeue();
    PhraseDialog dialog(roles, topics, parent);
    dialog.setWindowTitle(title);
    dialog.setInput(initial);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

QStringList chooseFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (!answers().paths.isEmpty())
        return answers().paths.dequeue();
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
}

QString chooseFolder(QWidget *parent, const QString &title, const QString &dir)
{
    if (!answers().paths.isEmpty())
        return answers().paths.dequeue().value(0);
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

void queueConfirm(bool answer)
{
    answers().confirms.enqueue(answer);
}

void queuePhrase(const std::optional<PhraseInput> &answer)
{
    answers().phrases.enqueue(answer);
}

void queuePaths(const QStringList &answer)
{
    answers().paths.enqueue(answer);
}

int queuedAnswers()
{
    return int(answers().confirms.size() + answers().phrases.size() + answers().paths.size());
}

void clearQueuedAnswers()
{
    answers() = {};
}

} // namespace gaozi::ui::prompts
