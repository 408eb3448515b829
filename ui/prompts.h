#pragma once

#include "ui/phrasedialog.h"

#include <QStringList>

#include <optional>

class QWidget;

namespace gaozi::ui::prompts {

// Every question the window asks the user goes through here. Tests queue the
// next answers; while a queue holds an answer, no dialog is shown. GUI thread only.

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText);
std::optional<PhraseInput> editPhrase(QWidget *parent, const QString &title, const PhraseInput &initial,
                                      const QStringList &roles, const QStringList &topics);
QStringList chooseFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
QString chooseFolder(QWidget *parent, const QString &title, const QString &dir);

void queueConfirm(bool answer);
void queuePhrase(const std::optional<PhraseInput> &answer); // nullopt answers "Cancel"
void queuePaths(const QStringList &answer);                 // for both file and folder choosers
int queuedAnswers();
void clearQueuedAnswers();

} // namespace gaozi::ui::prompts
