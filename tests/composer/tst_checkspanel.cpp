#include "draft/draftstore.h"
#include "draft/outlineops.h"
#include "seeddraft.h"
#include "seeds.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/checkspanel.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/draftfieldsbar.h"
#include "ui/composer/draftlistpanel.h"
#include "ui/composer/findinglistmodel.h"
#include "ui/composer/sectioneditor.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"
#include "ui/translation.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QScopeGuard>
#include <QTranslator>
#include <QUndoStack>

using namespace gaozi;
using namespace gaozi::ui;

// The checks panel beside the composer, in a real window on a real library:
// what it lists, how it follows typing, jumping, one-click fixes and export.
class TestChecksPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seedDraftListsItsErrors();
    void typingAFixClearsTheFindingAfterThePause();
    void staleAnswerIsDropped();
    void clickJumpsToTheText();
    void clickOnTheTitleAndAHeading();
    void oneClickFixIsUndoable();
    void fixAfterTheTextChangedIsRefused();
    void exportWarnsWhileErrorsRemain();
    void otherDraftOtherFindings();
    void chineseCatalogueCoversTheFindings();

private:
    static Draft smallDraft(const QString &opening); // a 2024 summary of a real unit
    qint64 store(const Draft &draft);
    qint64 openSeed(const QString &prefix, std::optional<int> year = std::nullopt);
    void waitForChecks();
    QList<int> rowsOf(const QString &rule) const;
    int rowOf(const QString &rule, const QString &excerptPart) const;
    void click(int row);

    ChecksPanel *panel() const { return m_page->checksPanel(); }
    FindingListModel *model() const { return panel()->model(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<ComposerPage> m_page;
};

void TestChecksPanel::init()
{
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = std::make_unique<ComposerPage>(m_session.get());
    new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChecksPanel::cleanup()
{
    prompts::clearQueuedAnswers();
    m_page.reset();
    m_session->waitForWorkers();
    m_session.reset();
    m_dir.reset();
}

Draft TestChecksPanel::smallDraft(const QString &opening)
{
    Draft d;
    d.name = QStringLiteral("small");
    d.titlePattern = QStringLiteral("{单位}{年}年党建工作总结");
    d.fields = {QStringLiteral("市财政局机关党委"), 2024, QString(), QDate()};
    d.opening = opening;
    return d;
}

qint64 TestChecksPanel::store(const Draft &draft)
{
    auto id = DraftStore(m_session->db()).create(draft);
    return id ? id.value() : 0;
}

qint64 TestChecksPanel::openSeed(const QString &prefix, std::optional<int> year)
{
    const qint64 id = store(test::seedDraft(test::seedPath(prefix), year));
    if (id <= 0 || !m_page->openDraft(id))
        return 0;
    return id;
}

void TestChecksPanel::waitForChecks()
{
    // Until the latest check has answered (no time limit is asserted: the wait is generous).
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isPending(), 60000);
}

QList<int> TestChecksPanel::rowsOf(const QString &rule) const
{
    QList<int> rows;
    for (int r = 0; r < model()->rowCount(); ++r) {
        if (model()->row(r).finding.rule == rule)
            rows.append(r);
    }
    return rows;
}

int TestChecksPanel::rowOf(const QString &rule, const QString &excerptPart) const
{
    for (int r : rowsOf(rule)) {
        if (model()->row(r).finding.excerpt.contains(excerptPart))
            return r;
    }
    return -1;
}

void TestChecksPanel::click(int row)
{
    QListView *view = panel()->view();
    const QModelIndex index = model()->index(row);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestChecksPanel::seedDraftListsItsErrors()
{
    QVERIFY(openSeed(QStringLiteral("001")) > 0);
    QCOMPARE(panel()->summaryLabel()->text(), QStringLiteral("Checking…"));
    waitForChecks();
    const QList<int> placeholders = rowsOf(QStringLiteral("placeholder"));
    QVERIFY(placeholders.size() > 100);
    // Errors first, each row saying where, what and why.
    QCOMPARE(placeholders.first(), 0);
    const QModelIndex first = model()->index(0);
    QCOMPARE(first.data(FindingListModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("XX")));
    QVERIFY(!first.data(FindingListModel::MessageRole).toString().isEmpty());
    QCOMPARE(first.data(FindingListModel::WhereRole).toString(), QStringLiteral("Title"));

    const int doubled = rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件"));
    QVERIFY(doubled >= 0);
    QCOMPARE(model()->index(doubled).data(FindingListModel::WhereRole).toString(), QStringLiteral("二、存在问题"));
    QVERIFY(model()->index(doubled).data(FindingListModel::FixableRole).toBool());
    // The library holds seed 001, so its sentences are reported as copied.
    QVERIFY(rowsOf(QStringLiteral("copy.sentence")).size() > 10);
    QCOMPARE(rowsOf(QStringLiteral("copy.summary")).size(), 1);

    const QString summary = panel()->summaryLabel()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Errors: %1 · Warnings: %2 · Notes: %3")
                                    .arg(model()->count(Severity::Error))
                                    .arg(model()->count(Severity::Warning))
                                    .arg(model()->count(Severity::Info))),
             qPrintable(summary));
}

void TestChecksPanel::typingAFixClearsTheFindingAfterThePause()
{
    Draft d = smallDraft(QStringLiteral("全年开展主题党日活动XX次，覆盖全体党员。"));
    outline::addChild(d, 0, QStringLiteral("强化理论武装"));
    QVERIFY(m_page->openDraft(store(d)));
    waitForChecks();
    const int row = rowOf(QStringLiteral("placeholder"), QStringLiteral("XX"));
    QVERIFY(row >= 0);
    QCOMPARE(model()->index(row).data(FindingListModel::WhereRole).toString(), QStringLiteral("Opening"));

    // Replace XX by typing, as the writer would.
    m_page->selectSection(0);
    BodyEdit *body = m_page->editor()->bodyEdit();
    body->setFocus();
    QTextCursor c = body->textCursor();
    c.setPosition(int(d.opening.indexOf(QStringLiteral("XX"))) + 2);
    body->setTextCursor(c);
    QTest::keyClick(body, Qt::Key_Backspace);
    QTest::keyClick(body, Qt::Key_Backspace);
    QTest::keyClicks(body, QStringLiteral("12"));
    QCOMPARE(m_page->document()->draft().opening, QStringLiteral("全年开展主题党日活动12次，覆盖全体党员。"));
    // Each keystroke postponed the check; it runs once the typing pauses.
    QVERIFY(panel()->isPending());
    QSignalSpy updated(panel(), &ChecksPanel::updated);
    waitForChecks();
    QCOMPARE(updated.size(), 1);
    QVERIFY(rowsOf(QStringLiteral("placeholder")).isEmpty());
    QCOMPARE(model()->count(Severity::Error), 0);
    QVERIFY(panel()->summaryLabel()->text().startsWith(QStringLiteral("Errors: 0 ·")));
}

void TestChecksPanel::staleAnswerIsDropped()
{
    QVERIFY(m_page->openDraft(store(smallDraft(QStringLiteral("全年开展主题党日活动XX次，覆盖全体党员。")))));
    waitForChecks();
    QVERIFY(!rowsOf(QStringLiteral("placeholder")).isEmpty());

    // Two checks in flight: of the text with XX, then of the text without. Whichever
    // answers last, the panel shows the newer one.
    panel()->checkNow();
    QVERIFY(m_page->document()->edit(QStringLiteral("type"), ComposerDocument::Change::Opening, {0, -1}, {0, -1},
                                     [](Draft &draft) {
                                         draft.opening = QStringLiteral("全年开展主题党日活动12次，覆盖全体党员。");
                                         return true;
                                     }));
    panel()->checkNow();
    waitForChecks();
    QVERIFY(rowsOf(QStringLiteral("placeholder")).isEmpty());
}

void TestChecksPanel::clickJumpsToTheText()
{
    QVERIFY(openSeed(QStringLiteral("001")) > 0);
    waitForChecks();
    const int row = rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件"));
    QVERIFY(row >= 0);
    m_page->selectSection(0);
    click(row);

    // The section holding 办公条件件 is selected and the cursor sits at the slip.
    const int uid = m_page->currentUid();
    const DraftSection *section = findSection(m_page->document()->draft(), uid);
    QVERIFY(section);
    QCOMPARE(section->heading, QStringLiteral("存在问题"));
    QCOMPARE(m_page->editor()->currentUid(), uid);
    BodyEdit *body = m_page->editor()->bodyEdit();
    QVERIFY(body->hasFocus());
    const int at = int(section->body.indexOf(QStringLiteral("办公条件件"))) + 3;
    QCOMPARE(body->textCursor().position(), at); // where 件件 starts
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("件件"));
}

void TestChecksPanel::clickOnTheTitleAndAHeading()
{
    QVERIFY(openSeed(QStringLiteral("000"), 2023) > 0);
    waitForChecks();
    const int heading = rowOf(QStringLiteral("year.heading"), QStringLiteral("2024"));
    QVERIFY(heading >= 0);
    click(heading);
    QLineEdit *headingEdit = m_page->editor()->headingEdit();
    QVERIFY(headingEdit->hasFocus());
    QCOMPARE(headingEdit->text(), QStringLiteral("2024年工作开展情况"));
    QCOMPARE(headingEdit->selectedText(), QStringLiteral("2024"));
    QCOMPARE(headingEdit->cursorPosition(), 0);

    // A template draft whose unit is still XX: the placeholder is in the title field.
    NewDraftRequest r;
    r.genre = QStringLiteral("annual-summary");
    r.fields = {QStringLiteral("XX局机关党委"), 2024, QStringLiteral("全年"), QDate(2025, 1, 10)};
    auto id = m_page->draftList()->createDraft(r);
    QVERIFY(id);
    QVERIFY(m_page->openDraft(id.value()));
    waitForChecks();
    int title = -1;
    for (int row : rowsOf(QStringLiteral("placeholder"))) {
        if (model()->row(row).where == u"Title")
            title = row;
    }
    QVERIFY(title >= 0);
    click(title);
    QLineEdit *titleEdit = m_page->fieldsBar()->titleEdit();
    QVERIFY(titleEdit->hasFocus());
    QCOMPARE(titleEdit->selectedText(), QStringLiteral("XX"));
}

void TestChecksPanel::oneClickFixIsUndoable()
{
    QVERIFY(openSeed(QStringLiteral("001")) > 0);
    waitForChecks();
    const int row = rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件"));
    QVERIFY(row >= 0);
    QToolButton *fix = panel()->fixButton();
    panel()->view()->setCurrentIndex(model()->index(rowsOf(QStringLiteral("placeholder")).first()));
    QVERIFY(!fix->isEnabled()); // only the writer knows what XX stands for
    panel()->view()->setCurrentIndex(model()->index(row));
    QVERIFY(fix->isEnabled());
    QVERIFY(fix->toolTip().contains(QStringLiteral("件")));

    auto problems = [this] {
        for (const DraftSection &s : m_page->document()->draft().sections) {
            if (s.heading == u"存在问题")
                return s.body;
        }
        return QString();
    };
    QVERIFY(problems().contains(QStringLiteral("办公条件件不完善")));
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(problems().contains(QStringLiteral("办公条件不完善")));
    QCOMPARE(rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件")), -1);
    waitForChecks();
    QCOMPARE(rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件")), -1);

    // One step back on the draft's own undo stack, and the checks see the slip again.
    QCOMPARE(m_page->document()->undoStack()->undoText(), QStringLiteral("Fix “件”"));
    m_page->actions().undo->trigger();
    QVERIFY(problems().contains(QStringLiteral("办公条件件不完善")));
    waitForChecks();
    QVERIFY(rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件")) >= 0);
    m_page->actions().redo->trigger();
    QVERIFY(problems().contains(QStringLiteral("办公条件不完善")));
}

void TestChecksPanel::fixAfterTheTextChangedIsRefused()
{
    QVERIFY(m_page->openDraft(store(smallDraft(QStringLiteral("全年开展主题党日活动12次，，覆盖全体党员。")))));
    waitForChecks();
    const int row = rowOf(QStringLiteral("typography.doubled-punctuation"), QStringLiteral("，，"));
    QVERIFY(row >= 0);
    // The writer types in front of the slip before using the panel's fix: its offsets are old.
    QVERIFY(m_page->document()->edit(QStringLiteral("type"), ComposerDocument::Change::Opening, {0, -1}, {0, -1},
                                     [](Draft &draft) {
                                         draft.opening.prepend(QStringLiteral("今年"));
                                         return true;
                                     }));
    QVERIFY(!panel()->applyFix(row));
    QCOMPARE(m_page->document()->draft().opening, QStringLiteral("今年全年开展主题党日活动12次，，覆盖全体党员。"));
    waitForChecks();
    // Checked again, the fix lands where the slip is now.
    QVERIFY(panel()->applyFix(rowOf(QStringLiteral("typography.doubled-punctuation"), QStringLiteral("，，"))));
    QCOMPARE(m_page->document()->draft().opening, QStringLiteral("今年全年开展主题党日活动12次，覆盖全体党员。"));
}

void TestChecksPanel::exportWarnsWhileErrorsRemain()
{
    QVERIFY(openSeed(QStringLiteral("001")) > 0);
    waitForChecks();
    // The writer is asked, says no, and nothing is exported (no file dialog either).
    prompts::queueConfirm(false);
    Q_EMIT m_page->draftList()->exportRequested();
    QCOMPARE(prompts::queuedAnswers(), 0);
    prompts::queueConfirm(true);
    QVERIFY(panel()->confirmExport()); // "export anyway" is always possible
    QCOMPARE(prompts::queuedAnswers(), 0);

    // Without errors nobody is asked.
    QVERIFY(m_page->openDraft(store(smallDraft(QStringLiteral("全年开展主题党日活动12次，覆盖全体党员。")))));
    prompts::queueConfirm(false);
    QVERIFY(panel()->confirmExport());
    QCOMPARE(prompts::queuedAnswers(), 1);
    prompts::clearQueuedAnswers();

    // The question is about the text as it is, even before the panel has caught up.
    QVERIFY(m_page->document()->edit(QStringLiteral("type"), ComposerDocument::Change::Opening, {0, -1}, {0, -1},
                                     [](Draft &draft) {
                                         draft.opening += QStringLiteral("参加培训XX人次。");
                                         return true;
                                     }));
    QVERIFY(panel()->isPending());
    prompts::queueConfirm(false);
    QVERIFY(!panel()->confirmExport());
    QCOMPARE(prompts::queuedAnswers(), 0);
}

void TestChecksPanel::otherDraftOtherFindings()
{
    QVERIFY(openSeed(QStringLiteral("001")) > 0);
    waitForChecks();
    QVERIFY(model()->count(Severity::Error) > 100);
    QVERIFY(openSeed(QStringLiteral("000"), 2023) > 0);
    QCOMPARE(model()->rowCount(), 0); // nothing of the previous draft stays on screen
    waitForChecks();
    QVERIFY(rowOf(QStringLiteral("year.heading"), QStringLiteral("2024")) >= 0);
    QCOMPARE(rowOf(QStringLiteral("typography.doubled-character"), QStringLiteral("件件")), -1); // 001's slip
}

void TestChecksPanel::chineseCatalogueCoversTheFindings()
{
    QVERIFY(ui::installTranslations(qApp, ui::ChineseLanguage));
    const auto english = qScopeGuard([] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    // The rules word their messages when they run, so the findings come in the window's language.
    QVERIFY(openSeed(QStringLiteral("000"), 2023) > 0);
    waitForChecks();
    const int row = rowOf(QStringLiteral("year.heading"), QStringLiteral("2024"));
    QVERIFY(row >= 0);
    QCOMPARE(model()->row(row).finding.message,
             QStringLiteral("该标题总结的是 2024 年，但这是 2023 年的材料：那一年还没有到来。"));
    QCOMPARE(model()->row(row).finding.suggestion, QStringLiteral("改为 2023。"));
    QVERIFY2(panel()->summaryLabel()->text().startsWith(QStringLiteral("错误 ")), qPrintable(panel()->summaryLabel()->text()));
    const int copied = rowsOf(QStringLiteral("copy.summary")).value(0, -1);
    QVERIFY(copied >= 0);
    QCOMPARE(model()->row(copied).where, QStringLiteral("全文"));
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
