#include "common/logging.h"
#include "ui/icons.h"
#include "ui/labels.h"
#include "ui/librarysession.h"
#include "ui/composer/composerpage.h"
#include "ui/mainwindow.h"
#include "ui/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace {

QString defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gaozi"));
    QApplication::setApplicationName(QStringLiteral("gaozi"));
    QApplication::setApplicationDisplayName(QStringLiteral("稿子 Gaozi"));
    QApplication::setApplicationVersion(QStringLiteral(GAOZI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gaozi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gaozi: browse a phrase library mined from work summaries."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Open the library FILE instead of the default one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN (default) or en."),
                      QStringLiteral("LANG")});
    parser.process(app);

    QString language = gaozi::ui::storedLanguage();
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString requested = parser.value(QStringLiteral("lang"));
        language = requested.startsWith(QStringLiteral("en")) ? gaozi::ui::EnglishLanguage : gaozi::ui::ChineseLanguage;
    }
    gaozi::ui::installTranslations(&app, language);
    QApplication::setWindowIcon(gaozi::ui::icons::app());

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultLibraryPath();
    auto session = gaozi::ui::LibrarySession::open(path);
    if (!session) {
        QMessageBox::critical(nullptr, gaozi::ui::Labels::appName(),
                              gaozi::ui::Labels::cannotOpenLibrary(path, session.error()));
        return 1;
    }

    gaozi::ui::MainWindow window(session.value().get());
    gaozi::ui::ComposerPage::addTo(window);
    window.show();
    // Seed after the window is on screen, so start-up never waits for mining.
    QTimer::singleShot(0, &window, &gaozi::ui::MainWindow::startSeeding);
    return QApplication::exec();
}
