#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace gaozi::ui {
class LibrarySession;
}

namespace gaozi::test {

// Settings go to an INI file in dir, never to the user's configuration.
void useTemporarySettings(const QString &dir);

// A library holding the seed documents, copied into dir for one test. The
// seeds are mined once per test process; each test gets its own copy.
QString seededLibraryCopy(const QTemporaryDir &dir);

// The usual start of a widget test: a fresh temporary folder holding the
// settings and a seeded library copy, and a session on that copy. Returns
// what went wrong, or an empty string.
QString openSeededSession(std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<ui::LibrarySession> &session);

// Chinese arrives from an input method as a pre-edit string, then a commit
// (QTest::keyClicks cannot type it). Appends text at the cursor.
void typeWithInputMethod(QWidget *widget, const QString &text);

} // namespace gaozi::test
