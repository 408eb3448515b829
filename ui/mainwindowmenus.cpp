// MainWindow's menus, toolbar and the import choosers.
#include "ui/mainwindow.h"

#include "ui/icons.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"
#include "ui/translation.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace gaozi::ui {

void MainWindow::buildMenus()
{
    const LibraryPage::Actions &page = m_library->actions();
    page.copy->setIcon(icons::glyph(icons::Glyph::Copy));
    page.favourite->setIcon(icons::glyph(icons::Glyph::Star));
    page.add->setIcon(icons::glyph(icons::Glyph::Add));
    page.edit->setIcon(icons::glyph(icons::Glyph::Edit));
    page.remove->setIcon(icons::glyph(icons::Glyph::Delete));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFilesAction =
        file->addAction(icons::glyph(icons::Glyph::Import), tr("&Import Files…"), this, &MainWindow::importFiles);
    importFilesAction->setObjectName(QStringLiteral("importFiles"));
    importFilesAction->setShortcut(QKeySequence::Open);
    importFilesAction->setToolTip(tr("Add documents (.txt, .md, .docx) to the library; you can also drop them on the window"));
    QAction *importFolderAction = file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction->setObjectName(QStringLiteral("importFolder"));
    importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *documents = file->addAction(icons::glyph(icons::Glyph::Documents), tr("&Documents…"), this,
                                         [this] { showDocuments(); });
    documents->setObjectName(QStringLiteral("showDocuments"));
    documents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    documents->setToolTip(tr("The documents in the library"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *phrase = menuBar()->addMenu(tr("&Phrase"));
    phrase->addAction(page.find);
    phrase->addSeparator();
    phrase->addAction(page.copy);
    phrase->addAction(page.favourite);
    phrase->addSeparator();
    phrase->addAction(page.add);
    phrase->addAction(page.edit);
    phrase->addAction(page.remove);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview = view->addAction(icons::glyph(icons::Glyph::Overview), tr("Library &Overview…"), this,
                                        [this] { showOverview(); });
    overview->setObjectName(QStringLiteral("showOverview"));
    overview->setToolTip(tr("Charts of what the library holds"));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = storedLanguage();
    for (const auto &[code, name] : {std::pair{ChineseLanguage, QStringLiteral("中文（简体）")},
                                     std::pair{EnglishLanguage, QStringLiteral("English")}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + code);
        languages->addAction(a);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *a) {
        storeLanguage(a->data().toString());
        statusBar()->showMessage(tr("The new language is used from the next start."), 8000);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gaozi"), this, [this] {
        QMessageBox::about(this, tr("About Gaozi"),
                           tr("<h3>稿子 Gaozi %1</h3><p>An offline drafting assistant for Party-building work "
                              "summaries. Every phrase in the library shows the documents it came from.</p>"
                              "<p>Library: %2</p>")
                               .arg(QApplication::applicationVersion(), m_session->path().toHtmlEscaped()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(importFilesAction);
    bar->addAction(documents);
    bar->addAction(overview);

    // The phrase actions act on the library page's list: shown only while it is the current page.
    QToolBar *phraseBar = addToolBar(tr("Phrases"));
    phraseBar->setObjectName(QStringLiteral("phraseToolBar"));
    phraseBar->setMovable(false);
    phraseBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    phraseBar->setIconSize(QSize(20, 20));
    phraseBar->addAction(page.add);
    phraseBar->addAction(page.favourite);
    phraseBar->addAction(page.copy);
    connect(m_pages, &QTabWidget::currentChanged, phraseBar,
            [this, phraseBar](int index) { phraseBar->setVisible(m_pages->widget(index) == m_library); });
}

void MainWindow::importFiles()
{
    QSettings settings;
    const QString dir = settings.value(settings::LastImportDir, QDir::homePath()).toString();
    const QStringList files = prompts::chooseFiles(this, tr("Import documents"), dir,
                                                   tr("Documents (*.txt *.md *.docx);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(settings::LastImportDir, QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::importFolder()
{
    QSettings settings;
    const QString dir = settings.value(settings::LastImportDir, QDir::homePath()).toString();
    const QString folder = prompts::chooseFolder(this, tr("Import a folder of documents"), dir);
    if (folder.isEmpty())
        return;
    settings.setValue(settings::LastImportDir, folder);
    importPaths({folder});
}

} // namespace gaozi::ui
