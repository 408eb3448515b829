#pragma once

#include <QString>

class QTemporaryDir;
class QWidget;

namespace gaozi::test {

// Settings go to an INI file in dir, never to the user's configuration.
void useTemporarySettings(const QString &dir);

// A library holding the seed documents, copied into dir for one test. The
// seeds are mined once per test process; each test gets its own copy.
QString seededLibraryCopy(const QTemporaryDir &dir);

// Chinese arrives from an input method as a pre-edit string, then a commit
// (QTest::keyClicks cannot type it). Appends text at the cursor.
void typeWithInputMethod(QWidget *widget, const QString &text);

} // namespace gaozi::test
