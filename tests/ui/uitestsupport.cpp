#include "uitestsupport.h"

#include "libraryfixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <memory>

namespace gaozi::test {

void useTemporarySettings(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GaoziTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gaozi-ui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

QString seededLibraryCopy(const QTemporaryDir &dir)
{
    static std::unique_ptr<LibraryFixture> seeded;
    if (!seeded) {
        seeded = std::make_unique<LibraryFixture>();
        if (!seeded->open(true))
            return {};
        seeded->db.reset(); // closing the last connection folds the WAL into the file
    }
    const QString copy = dir.filePath(QStringLiteral("library.sqlite"));
    QFile::remove(copy);
    return QFile::copy(seeded->path(), copy) ? copy : QString();
}

void typeWithInputMethod(QWidget *widget, const QString &text)
{
    QInputMethodEvent preedit(text, {});
    QCoreApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

} // namespace gaozi::test
