#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gaozi"));
    QApplication::setApplicationName(QStringLiteral("gaozi"));
    QApplication::setApplicationDisplayName(QStringLiteral("稿子 Gaozi"));
    QApplication::setApplicationVersion(QStringLiteral(GAOZI_VERSION));

    gaozi::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
