#pragma once

#include <QMainWindow>

namespace gaozi::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace gaozi::ui
