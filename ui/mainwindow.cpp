#include "ui/mainwindow.h"

#include <QLabel>

namespace gaozi::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Gaozi"));
    auto *placeholder = new QLabel(tr("Library"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace gaozi::ui
