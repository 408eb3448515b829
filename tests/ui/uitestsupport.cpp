#include "uitestsupport.h"

#include "libraryfixture.h"
#include "ui/librarysession.h"

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

QString openSeededSession(std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<ui::LibrarySession> &session)
{
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return QStringLiteral("no temporary folder");
    useTemporarySettings(dir->path());
    const QString path = seededLibraryCopy(*dir);
    if (path.isEmpty())
        return QStringLiteral("the seeded library could not be built or copied");
    auto opened = ui::LibrarySession::open(path);
    if (!opened)
        return opened.error();
    session = std::move(opened).value();
    return {};
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
