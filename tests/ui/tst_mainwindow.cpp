#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/mainwindow.h"
#include "ui/overviewdialog.h"
#include "ui/phraselistmodel.h"
#include "ui/searchcontroller.h"
#include "ui/translation.h"
#include "ui/uisettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace gaozi;
using namespace gaozi::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void libraryIsHomeAndPagesCanBeAdded();
    void otherPagesKeepTheirShortcuts();
    void layoutAndLastSearchAreRemembered();
    void emptyLibraryIsSeededInTheBackground();
    void overviewDrawsCharts();
    void languageChoiceIsStored();

private:
    static bool settled(LibraryPage *page);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
};

void TestMainWindow::init()
{
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

bool TestMainWindow::settled(LibraryPage *page)
{
    return !page->controller()->isPending() && !page->model()->isLoading() && !page->model()->isCounting();
}

void TestMainWindow::libraryIsHomeAndPagesCanBeAdded()
{
    MainWindow window(m_session.get());
    QCOMPARE(window.pages()->count(), 1);
    QCOMPARE(window.pages()->widget(0), window.libraryPage());
    auto *composer = new QPlainTextEdit;
    QCOMPARE(window.addPage(composer, QStringLiteral("Compose")), 1);
    QCOMPARE(window.pages()->count(), 2);
    QCOMPARE(window.pages()->widget(1), composer);
    QCOMPARE(window.pages()->tabText(1), QStringLiteral("Compose"));
    QCOMPARE(window.pages()->currentIndex(), 0);
    QCOMPARE(composer->window(), &window);

    // The phrase toolbar acts on the library list, so it shows with that page only.
    window.show();
    auto *phraseBar = window.findChild<QToolBar *>(QStringLiteral("phraseToolBar"));
    QVERIFY(phraseBar && phraseBar->isVisible());
    window.pages()->setCurrentIndex(1);
    QVERIFY(!phraseBar->isVisible());
    window.pages()->setCurrentIndex(0);
    QVERIFY(phraseBar->isVisible());
}

void TestMainWindow::otherPagesKeepTheirShortcuts()
{
    MainWindow window(m_session.get());
    auto *other = new QPlainTextEdit;
    window.addPage(other, QStringLiteral("Compose"));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(settled(window.libraryPage()));

    window.pages()->setCurrentIndex(1);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const bool favouriteBefore = window.libraryPage()->currentHit()->phrase.favourite;
    QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(other, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(other->hasFocus());
    QCOMPARE(window.libraryPage()->currentHit()->phrase.favourite, favouriteBefore);

    window.pages()->setCurrentIndex(0);
    QTRY_VERIFY(window.libraryPage()->searchBox()->hasFocus()); // back home, ready to type
}

void TestMainWindow::layoutAndLastSearchAreRemembered()
{
    QList<int> sizes;
    {
        MainWindow window(m_session.get());
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPage *page = window.libraryPage();
        test::typeWithInputMethod(page->searchBox(), QStringLiteral("作风"));
        page->sortBox()->setCurrentIndex(page->sortBox()->findData(int(SortOrder::Frequency)));
        page->splitter()->setSizes({180, 640, 380});
        sizes = page->splitter()->sizes();
        window.close();
    }
    QCOMPARE(QSettings().value(settings::LastSearch).toString(), QStringLiteral("作风"));

    MainWindow again(m_session.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    LibraryPage *page = again.libraryPage();
    QCOMPARE(page->searchBox()->text(), QStringLiteral("作风"));
    QCOMPARE(page->sortBox()->currentData().toInt(), int(SortOrder::Frequency));
    QCOMPARE(again.size(), QSize(1200, 760));
    QCOMPARE(page->splitter()->sizes(), sizes);
    QTRY_VERIFY(settled(page) && page->model()->query().text == QStringLiteral("作风"));
    QCOMPARE(page->model()->query().sort, SortOrder::Frequency);
    QVERIFY(page->model()->total() > 0);
}

void TestMainWindow::emptyLibraryIsSeededInTheBackground()
{
    auto empty = LibrarySession::open(m_dir->filePath(QStringLiteral("empty.sqlite")));
    QVERIFY2(empty, qPrintable(empty.error()));
    MainWindow window(empty.value().get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::seedingFinished);
    window.startSeeding();
    QVERIFY(window.isSeeding()); // the mining runs on a worker; the window is live meanwhile
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!window.isSeeding());
    LibraryPage *page = window.libraryPage();
    QTRY_VERIFY(settled(page) && page->model()->total() > 100);

    // Once seeded, never again.
    window.startSeeding();
    QVERIFY(!window.isSeeding());
    QCOMPARE(finished.count(), 2);
}

void TestMainWindow::overviewDrawsCharts()
{
    MainWindow window(m_session.get());
    OverviewDialog *overview = window.showOverview();
    QTRY_VERIFY(overview->isLoaded());
    QCOMPARE(overview->chartCount(), 5);
    QCOMPARE(window.showOverview(), overview); // one overview window, raised again
}

void TestMainWindow::languageChoiceIsStored()
{
    QCOMPARE(storedLanguage(), ChineseLanguage);
    MainWindow window(m_session.get());
    auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
    QVERIFY(english);
    english->trigger();
    QCOMPARE(storedLanguage(), EnglishLanguage);
    QCOMPARE(QSettings().value(settings::Language).toString(), EnglishLanguage);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
