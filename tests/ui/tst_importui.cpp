#include "library/importer.h"
#include "ui/documentlistmodel.h"
#include "ui/documentsdialog.h"
#include "ui/importcontroller.h"
#include "ui/importreportdialog.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/mainwindow.h"
#include "ui/phraselistmodel.h"
#include "ui/prompts.h"
#include "ui/searchcontroller.h"
#include "seeds.h"
#include "uitestsupport.h"
#include "zipbuilder.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gaozi;
using namespace gaozi::ui;

// A short summary written for this test, so the import has something new to mine.
static const char16_t NewDocument[] =
    u"2024年第一党支部党建工作总结\n"
    u"一、主要做法\n"
    u"（一）坚持学思践悟，筑牢思想根基\n"
    u"一是落实“第一议题”制度，全年组织集中学习24次。二是开展青年理论学习小组活动，推动学习走深走实。\n"
    u"（二）坚持固本强基，夯实战斗堡垒\n"
    u"严格落实“三会一课”制度，规范开展主题党日活动12次，支部标准化规范化建设水平持续提升。\n"
    u"二、存在问题\n"
    u"理论学习与业务工作结合还不够紧密，个别党员参加组织生活的主动性不强。\n"
    u"三、下一步打算\n"
    u"持续深化理论武装，推动党建与业务深度融合，以高质量党建引领高质量发展。\n";

class TestImportUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void folderWithBrokenFileIsReported();
    void droppedFilesAreImported();
    void removingADocumentFromTheList();

private:
    static bool write(const QString &path, const QByteArray &bytes);
    QString makeFolder();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

bool TestImportUi::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString TestImportUi::makeFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("incoming"));
    const QByteArray docx = test::buildDocx(test::docxParagraph(QStringLiteral("党建工作总结")));
    const bool ok = write(folder + QStringLiteral("/2024支部总结.txt"), QString::fromUtf16(NewDocument).toUtf8())
                    && write(folder + QStringLiteral("/sub/broken.docx"), docx.left(docx.size() / 3))
                    && QFile::copy(test::seedPath(QStringLiteral("000")), folder + QStringLiteral("/sub/copy.txt"));
    return ok ? folder : QString();
}

void TestImportUi::init()
{
    prompts::clearQueuedAnswers();
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportUi::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

void TestImportUi::folderWithBrokenFileIsReported()
{
    const QString folder = makeFolder();
    QVERIFY(!folder.isEmpty());
    ImportController *import = m_window->importController();
    QSignalSpy finished(import, &ImportController::finished);

    prompts::queuePaths({folder});
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importFolder"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(import->isRunning());
    QVERIFY(import->progressDialog() && import->progressDialog()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!import->isRunning());
    QVERIFY(!import->progressDialog()->isVisible());

    const ImportReport &report = import->lastReport();
    QCOMPARE(report.items.size(), 3);
    QCOMPARE(report.count(ImportItem::Status::Imported), 1);
    QCOMPARE(report.count(ImportItem::Status::Skipped), 1); // the seed copy is already in the library
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);

    ImportReportDialog *dialog = import->reportDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTreeWidget *problems = dialog->problemList();
    QCOMPARE(problems->topLevelItemCount(), 2);
    QStringList named;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        named << problems->topLevelItem(i)->text(0);
        QVERIFY(!problems->topLevelItem(i)->text(2).isEmpty()); // a reason for each
    }
    QVERIFY(named.contains(QStringLiteral("broken.docx")));
    QVERIFY(named.contains(QStringLiteral("copy.txt")));
    dialog->close();

    // The new document's phrases are searchable at once.
    LibraryPage *page = m_window->libraryPage();
    page->searchBox()->setText(QStringLiteral("青年理论学习小组"));
    QTRY_VERIFY(!page->controller()->isPending() && !page->model()->isLoading() && !page->model()->isCounting() && page->model()->total() > 0);
}

void TestImportUi::droppedFilesAreImported()
{
    const QString folder = makeFolder();
    QVERIFY(!folder.isEmpty());
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder + QStringLiteral("/2024支部总结.txt"))});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(m_window->importController()->lastReport().count(ImportItem::Status::Imported), 1);
    m_window->importController()->reportDialog()->close();
}

void TestImportUi::removingADocumentFromTheList()
{
    DocumentsDialog *documents = m_window->showDocuments();
    QTRY_COMPARE(documents->model()->rowCount(), int(test::seedPaths().size()));
    const DocumentInfo first = *documents->model()->documentAt(0);
    documents->view()->selectRow(0);

    prompts::queueConfirm(false);
    documents->removeSelected();
    QVERIFY(!documents->isBusy());
    QCOMPARE(documents->model()->rowCount(), int(test::seedPaths().size()));

    QSignalSpy reloaded(documents, &DocumentsDialog::reloaded);
    prompts::queueConfirm(true);
    documents->removeSelected();
    QVERIFY(documents->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!documents->isBusy(), 60000);
    QTRY_COMPARE(documents->model()->rowCount(), int(test::seedPaths().size()) - 1);
    for (int row = 0; row < documents->model()->rowCount(); ++row)
        QVERIFY(documents->model()->documentAt(row)->id != first.id);
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
