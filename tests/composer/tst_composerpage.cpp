#include "draft/draftconvert.h"
#include "draft/draftstore.h"
#include "draft/outlineops.h"
#include "library/documentcatalog.h"
#include "library/phrasesearch.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerlibrarypanel.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/draftfieldsbar.h"
#include "ui/composer/draftlistpanel.h"
#include "ui/composer/outlinemodel.h"
#include "ui/composer/sectioneditor.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QUndoStack>

using namespace gaozi;
using namespace gaozi::ui;

class TestComposerPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsADraftFromATemplate();
    void keyboardReordersAndNumberingFollows();
    void dragAndDropReordersAndNumberingFollows();
    void insertedPhraseFillsSlotsAndUndoes();
    void typingIsOneUndoStepWithStructure();
    void titleFollowsFieldsInTheWindow();
    void suggestionsFitTheSection();
    void pairedHeadingsFromSiblings();
    void wholeViewReadsAsTheExport();
    void placeholdersAreMarked();
    void draftSurvivesTheWindow();
    void draftListOperations();

private:
    void makePage();
    qint64 newDraft(const QString &genre = QStringLiteral("annual-summary"));
    QStringList topLevel() const; // numbered headings of the top level, as shown
    QString shown(int uid) const;
    int uidOfHeading(const QString &heading) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<ComposerPage> m_page;
};

void TestComposerPage::init()
{
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    makePage();
}

void TestComposerPage::makePage()
{
    m_page = std::make_unique<ComposerPage>(m_session.get());
    new QAbstractItemModelTester(m_page->outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page.get());
    m_page->resize(1400, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestComposerPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestComposerPage::newDraft(const QString &genre)
{
    NewDraftRequest r;
    r.genre = genre;
    r.fields = {QStringLiteral("XX局机关党委"), 2024, QStringLiteral("全年"), QDate(2025, 1, 10)};
    auto id = m_page->draftList()->createDraft(r);
    if (!id || !m_page->openDraft(id.value()))
        return 0;
    return id.value();
}

QStringList TestComposerPage::topLevel() const
{
    const OutlineModel *m = m_page->outlineModel();
    const QModelIndex root = m->index(0, 0);
    QStringList out;
    for (int r = 0; r < m->rowCount(root); ++r)
        out << m->index(r, 0, root).data().toString();
    return out;
}

QString TestComposerPage::shown(int uid) const
{
    return m_page->outlineModel()->indexOfUid(uid).data().toString();
}

int TestComposerPage::uidOfHeading(const QString &heading) const
{
    for (const auto &e : numberedOutline(m_page->document()->draft())) {
        if (e.heading == heading)
            return e.uid;
    }
    return -1;
}

void TestComposerPage::buildsADraftFromATemplate()
{
    QVERIFY(newDraft() > 0);
    const OutlineModel *m = m_page->outlineModel();
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("XX局机关党委2024年党建工作总结"));
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("一、2024年党建工作开展情况"), QStringLiteral("二、存在的问题及原因"),
                                      QStringLiteral("三、下一步工作打算")}));
    const QModelIndex first = m->index(0, 0, m->index(0, 0));
    QCOMPARE(m->index(1, 0, first).data().toString(), QStringLiteral("（二）坚持理论武装，筑牢思想根基"));
    // The first section to write in is open, its hint shown until text is there.
    QCOMPARE(m_page->currentUid(), OutlineModel::uidOf(m->index(0, 0, first)));
    QVERIFY(!m_page->editor()->bodyEdit()->placeholderText().isEmpty());
    QCOMPARE(m_page->draftList()->list()->count(), 1);
}

void TestComposerPage::keyboardReordersAndNumberingFollows()
{
    QVERIFY(newDraft() > 0);
    const int next = uidOfHeading(QStringLiteral("下一步工作打算"));
    m_page->selectSection(next);
    QTreeView *tree = m_page->outlineView();
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("一、2024年党建工作开展情况"), QStringLiteral("二、下一步工作打算"),
                                      QStringLiteral("三、存在的问题及原因")}));
    QCOMPARE(m_page->currentUid(), next); // the moved section stays selected

    QTest::keyClick(tree, Qt::Key_Right, Qt::ControlModifier); // under 一、 as its last child
    QCOMPARE(shown(next), QStringLiteral("（六）下一步工作打算"));
    QCOMPARE(topLevel().last(), QStringLiteral("二、存在的问题及原因"));
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(shown(next), QStringLiteral("（五）下一步工作打算"));
    QCOMPARE(shown(uidOfHeading(QStringLiteral("坚持守土尽责，落实意识形态工作责任制"))),
             QStringLiteral("（六）坚持守土尽责，落实意识形态工作责任制"));

    QTest::keyClick(tree, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(shown(next), QStringLiteral("二、下一步工作打算"));
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(shown(next), QStringLiteral("三、下一步工作打算"));

    // Delete, then undo brings it back with its place and number.
    const int problems = uidOfHeading(QStringLiteral("存在的问题及原因"));
    m_page->selectSection(problems);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("一、2024年党建工作开展情况"), QStringLiteral("二、下一步工作打算")}));
    m_page->actions().undo->trigger();
    QCOMPARE(shown(problems), QStringLiteral("二、存在的问题及原因"));
    QCOMPARE(m_page->currentUid(), problems);

    // A new section after the selected one, named by typing: numbers make room.
    m_page->actions().addSibling->trigger();
    test::typeWithInputMethod(m_page->editor()->headingEdit(), QStringLiteral("典型经验"));
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("一、2024年党建工作开展情况"), QStringLiteral("二、存在的问题及原因"),
                                      QStringLiteral("三、典型经验"), QStringLiteral("四、下一步工作打算")}));
}

void TestComposerPage::dragAndDropReordersAndNumberingFollows()
{
    QVERIFY(newDraft() > 0);
    OutlineModel *m = m_page->outlineModel();
    const int problems = uidOfHeading(QStringLiteral("存在的问题及原因"));
    const QModelIndex root = m->index(0, 0);

    // Drag 二、 and drop it before 一、.
    std::unique_ptr<QMimeData> mime(m->mimeData({m->indexOfUid(problems)}));
    QVERIFY(mime);
    QVERIFY(m->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, root));
    QVERIFY(m->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, root));
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("一、存在的问题及原因"), QStringLiteral("二、2024年党建工作开展情况"),
                                      QStringLiteral("三、下一步工作打算")}));

    // Drop a subsection onto another section: it becomes that section's last child.
    const int study = uidOfHeading(QStringLiteral("坚持理论武装，筑牢思想根基"));
    const int next = uidOfHeading(QStringLiteral("下一步工作打算"));
    mime.reset(m->mimeData({m->indexOfUid(study)}));
    QVERIFY(m->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, m->indexOfUid(next)));
    QCOMPARE(shown(study), QStringLiteral("（四）坚持理论武装，筑牢思想根基"));
    QCOMPARE(shown(uidOfHeading(QStringLiteral("坚持固本强基，夯实基层组织"))), QStringLiteral("（二）坚持固本强基，夯实基层组织"));

    // A section cannot be dropped into itself; nothing changes.
    const QStringList before = topLevel();
    mime.reset(m->mimeData({m->indexOfUid(next)}));
    QVERIFY(!m->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, m->indexOfUid(study)));
    QVERIFY(!m->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, m->indexOfUid(study)));
    QCOMPARE(topLevel(), before);

    // Each move was one undo step.
    m_page->actions().undo->trigger();
    m_page->actions().undo->trigger();
    QCOMPARE(topLevel().first(), QStringLiteral("一、2024年党建工作开展情况"));
}

void TestComposerPage::insertedPhraseFillsSlotsAndUndoes()
{
    QVERIFY(newDraft() > 0);
    // A library sentence holding the year slot.
    SearchQuery q;
    q.text = QStringLiteral("年");
    q.kind = PhraseKind::Sentence;
    q.limit = 500;
    auto hits = PhraseSearch(m_session->db()).search(q);
    QVERIFY(hits.ok());
    QString slotted;
    for (const auto &h : hits->hits) {
        if (h.phrase.text.contains(QStringLiteral("{年}")) && slotted.isEmpty())
            slotted = h.phrase.text;
    }
    QVERIFY2(!slotted.isEmpty(), "the seeds give a sentence with a {年} slot");

    // Find it with the composer's search box and double-click it.
    ComposerLibraryPanel *panel = m_page->libraryPanel();
    panel->tabs()->setCurrentIndex(1);
    panel->searchBox()->setText(slotted.left(slotted.indexOf(QStringLiteral("{年}"))).right(6) + QStringLiteral(" 年"));
    QTRY_VERIFY(panel->pending() == 0 && panel->resultModel()->rowCount() > 0);
    QModelIndex row;
    for (int r = 0; r < panel->resultModel()->rowCount(); ++r) {
        if (panel->resultModel()->index(r, 0).data().toString() == slotted)
            row = panel->resultModel()->index(r, 0);
    }
    QVERIFY2(row.isValid(), qPrintable(slotted));

    const int section = m_page->currentUid();
    const QString before = findSection(m_page->document()->draft(), section)->body;
    QListView *view = panel->resultView();
    view->scrollTo(row);
    const QPoint at = view->visualRect(row).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);

    const QString body = findSection(m_page->document()->draft(), section)->body;
    // The year filled in, and the sentence closed with the 。 the library leaves off.
    const QString filled = QString(slotted).replace(QStringLiteral("{年}"), QStringLiteral("2024"));
    QCOMPARE(body, before + filled + u'。');
    QVERIFY(!body.contains(QStringLiteral("{年}")));
    QCOMPARE(m_page->editor()->bodyEdit()->toPlainText(), body);
    QCOMPARE(m_page->editor()->bodyEdit()->textCursor().position(), int(body.size()));

    // Ctrl+Z in the editor undoes the insertion as one step.
    m_page->editor()->bodyEdit()->setFocus();
    QTest::keyClick(m_page->editor()->bodyEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, before);
    QCOMPARE(m_page->editor()->bodyEdit()->toPlainText(), before);
    QTest::keyClick(m_page->editor()->bodyEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, body);

    // The unit slot fills too; {数} stays for the writer.
    QVERIFY(m_page->usePhrase(0, PhraseKind::Sentence, QStringLiteral("{单位}开展谈心谈话{数}次。")));
    QVERIFY(findSection(m_page->document()->draft(), section)->body.endsWith(QStringLiteral("XX局机关党委开展谈心谈话{数}次。")));
    // A heading phrase replaces the heading.
    QVERIFY(m_page->usePhrase(0, PhraseKind::Heading, QStringLiteral("聚焦思想过硬，持续强化理论武装。")));
    QCOMPARE(shown(section), QStringLiteral("（一）聚焦思想过硬，持续强化理论武装"));
}

void TestComposerPage::typingIsOneUndoStepWithStructure()
{
    QVERIFY(newDraft() > 0);
    BodyEdit *body = m_page->editor()->bodyEdit();
    const int section = m_page->currentUid();
    body->setFocus();
    test::typeWithInputMethod(body, QStringLiteral("坚持第一议题制度，"));
    test::typeWithInputMethod(body, QStringLiteral("全年集中学习12次。"));
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, QStringLiteral("坚持第一议题制度，全年集中学习12次。"));
    m_page->actions().moveDown->trigger();
    QCOMPARE(shown(section), QStringLiteral("（二）坚持政治引领，加强党的政治建设"));

    QUndoStack *stack = m_page->document()->undoStack();
    stack->undo(); // the move
    QCOMPARE(shown(section), QStringLiteral("（一）坚持政治引领，加强党的政治建设"));
    QCOMPARE(body->toPlainText(), QStringLiteral("坚持第一议题制度，全年集中学习12次。"));
    stack->undo(); // the typing, merged into one step
    QCOMPARE(body->toPlainText(), QString());
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, QString());
    stack->redo();
    stack->redo();
    QCOMPARE(shown(section), QStringLiteral("（二）坚持政治引领，加强党的政治建设"));
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, QStringLiteral("坚持第一议题制度，全年集中学习12次。"));
}

void TestComposerPage::titleFollowsFieldsInTheWindow()
{
    QVERIFY(newDraft() > 0);
    DraftFieldsBar *fields = m_page->fieldsBar();
    fields->yearEdit()->setValue(2025);
    QCOMPARE(m_page->document()->draft().title(), QStringLiteral("XX局机关党委2025年党建工作总结"));
    QCOMPARE(fields->titleEdit()->text(), QStringLiteral("XX局机关党委2025年党建工作总结"));
    QCOMPARE(m_page->outlineModel()->index(0, 0).data().toString(), QStringLiteral("XX局机关党委2025年党建工作总结"));
    m_page->document()->undoStack()->undo();
    QCOMPARE(fields->yearEdit()->value(), 2024);
    QCOMPARE(fields->titleEdit()->text(), QStringLiteral("XX局机关党委2024年党建工作总结"));
}

void TestComposerPage::suggestionsFitTheSection()
{
    QVERIFY(newDraft() > 0);
    ComposerLibraryPanel *panel = m_page->libraryPanel();
    m_page->selectSection(uidOfHeading(QStringLiteral("理论学习的深度还不够")));
    QTRY_VERIFY(panel->pending() == 0 && panel->suggestionModel()->rowCount() > 0);
    const QStandardItemModel *m = panel->suggestionModel();
    QStringList groups;
    for (int r = 0; r < m->rowCount(); ++r)
        groups << m->item(r)->text();
    QVERIFY2(groups.join(u'|').contains(QStringLiteral("存在问题")), qPrintable(groups.join(u'|')));
    // Every phrasing suggestion was found under a problems heading.
    const QStandardItem *phrasing = m->item(m->rowCount() - 1);
    QVERIFY(phrasing->rowCount() > 0);
    auto record = PhraseSearch(m_session->db()).phrase(phrasing->child(0)->data(PhrasePickModel::PhraseIdRole).toLongLong());
    QVERIFY(record.ok());
    QCOMPARE(record->role, QStringLiteral("存在问题"));

    // Using one shows what followed it in the corpus.
    const QString text = phrasing->child(0)->data(PhrasePickModel::TextRole).toString();
    panel->suggestionView()->setCurrentIndex(phrasing->child(0)->index());
    QTest::keyClick(panel->suggestionView(), Qt::Key_Return);
    QVERIFY(findSection(m_page->document()->draft(), m_page->currentUid())->body.contains(text.left(4)));
    QTRY_VERIFY(panel->pending() == 0);
}

void TestComposerPage::pairedHeadingsFromSiblings()
{
    // Start from 002's outline: 聚焦思想过硬，持续强化理论武装 …
    auto docs = DocumentCatalog(m_session->db()).documents();
    QVERIFY(docs.ok());
    qint64 source = 0;
    for (const auto &d : docs.value()) {
        if (d.fileName.startsWith(QStringLiteral("002")))
            source = d.id;
    }
    QVERIFY(source > 0);
    NewDraftRequest r;
    r.documentId = source;
    r.fields = {QStringLiteral("市XX局"), 2024, QStringLiteral("全年"), {}};
    auto id = m_page->draftList()->createDraft(r);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(m_page->openDraft(id.value()));
    QCOMPARE(topLevel().size(), 4);

    // Drop 三 and 四, add a new third section: the library offers headings of the siblings' shape.
    for (const QString &h : {QStringLiteral("聚焦组织过硬，持续建强基层战斗堡垒"), QStringLiteral("聚焦作风过硬，持续强化党风廉政建设")}) {
        m_page->selectSection(uidOfHeading(h));
        m_page->actions().remove->trigger();
    }
    m_page->selectSection(uidOfHeading(QStringLiteral("聚焦政治过硬，持续加强政治机关建设")));
    m_page->actions().addSibling->trigger();
    ComposerLibraryPanel *panel = m_page->libraryPanel();
    QTRY_VERIFY(panel->pending() == 0 && panel->suggestionModel()->rowCount() > 0);
    const QStandardItemModel *m = panel->suggestionModel();
    QStringList paired;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!m->item(r)->text().contains(QStringLiteral("聚焦X过硬，持续Y")))
            continue;
        for (int c = 0; c < m->item(r)->rowCount(); ++c)
            paired << m->item(r)->child(c)->text();
    }
    QVERIFY2(paired.contains(QStringLiteral("聚焦组织过硬，持续建强基层战斗堡垒")), qPrintable(paired.join(u'|')));
    QVERIFY(!paired.contains(QStringLiteral("聚焦思想过硬，持续强化理论武装")));

    // Choosing one names the new section.
    const int fresh = m_page->currentUid();
    QVERIFY(m_page->usePhrase(0, PhraseKind::Heading, QStringLiteral("聚焦组织过硬，持续建强基层战斗堡垒")));
    QCOMPARE(shown(fresh), QStringLiteral("三、聚焦组织过硬，持续建强基层战斗堡垒"));
}

void TestComposerPage::wholeViewReadsAsTheExport()
{
    QVERIFY(newDraft() > 0);
    m_page->editor()->bodyEdit()->setFocus();
    test::typeWithInputMethod(m_page->editor()->bodyEdit(), QStringLiteral("坚决做到“两个维护”。"));
    m_page->editorTabs()->setCurrentWidget(m_page->wholeView());
    const QString text = m_page->wholeView()->toPlainText();
    QCOMPARE(text, draftToPlainText(m_page->document()->draft()));
    QVERIFY(text.contains(QStringLiteral("\u3000\u3000（一）坚持政治引领，加强党的政治建设\n\u3000\u3000坚决做到“两个维护”。")));
    QVERIFY(text.endsWith(QStringLiteral("XX局机关党委\n2025年1月10日\n")));

    const QString out = m_dir->filePath(QStringLiteral("draft.txt"));
    QVERIFY(m_page->exportTo(out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), draftToPlainText(m_page->document()->draft()));
    QVERIFY(m_page->exportTo(m_dir->filePath(QStringLiteral("draft.docx"))).ok());
}

void TestComposerPage::placeholdersAreMarked()
{
    QVERIFY(newDraft() > 0);
    BodyEdit *body = m_page->editor()->bodyEdit();
    body->setFocus();
    test::typeWithInputMethod(body, QStringLiteral("开展XX活动{数}次"));
    const auto formats = body->document()->firstBlock().layout()->formats();
    QCOMPARE(formats.size(), 2);
    QCOMPARE(formats[0].start, 2);
    QCOMPARE(formats[0].length, 2);
    QCOMPARE(formats[1].start, 6);
    QCOMPARE(formats[1].length, 3);
    QVERIFY(formats[0].format.background() != formats[1].format.background());
}

void TestComposerPage::draftSurvivesTheWindow()
{
    const qint64 id = newDraft();
    QVERIFY(id > 0);
    const int section = m_page->currentUid();
    m_page->editor()->bodyEdit()->setFocus();
    test::typeWithInputMethod(m_page->editor()->bodyEdit(), QStringLiteral("一是坚持不懈学理论。"));
    m_page->selectSection(uidOfHeading(QStringLiteral("下一步工作打算")));
    m_page->actions().moveUp->trigger();
    const Draft edited = m_page->document()->draft();

    m_page.reset(); // closing the window saves what the autosave had not yet
    makePage();
    QCOMPARE(m_page->document()->draft().id, id); // the last draft opens again
    QVERIFY(m_page->document()->draft().sameContent(edited));
    QCOMPARE(findSection(m_page->document()->draft(), section)->body, QStringLiteral("一是坚持不懈学理论。"));
    QCOMPARE(topLevel().at(1), QStringLiteral("二、下一步工作打算"));
    QVERIFY(!m_page->document()->undoStack()->canUndo());
}

void TestComposerPage::draftListOperations()
{
    const qint64 first = newDraft();
    QVERIFY(first > 0);
    // Autosave: an edit reaches the library without any save action.
    m_page->editor()->bodyEdit()->setFocus();
    test::typeWithInputMethod(m_page->editor()->bodyEdit(), QStringLiteral("自动保存"));
    QTRY_VERIFY(!m_page->document()->isDirty());
    QCOMPARE(findSection(DraftStore(m_session->db()).load(first).value(), m_page->currentUid())->body,
             QStringLiteral("自动保存"));

    DraftListPanel *list = m_page->draftList();
    auto copy = list->duplicateDraft(first);
    QVERIFY(copy.ok());
    QCOMPARE(list->list()->count(), 2);
    QVERIFY(list->renameDraft(first, QStringLiteral("二〇二四年总结")).ok());
    QCOMPARE(m_page->document()->draft().name, QStringLiteral("二〇二四年总结"));
    test::typeWithInputMethod(m_page->editor()->bodyEdit(), QStringLiteral("！"));
    QVERIFY(m_page->document()->flush().ok());
    QCOMPARE(DraftStore(m_session->db()).load(first)->name, QStringLiteral("二〇二四年总结")); // a save keeps the new name

    QVERIFY(m_page->openDraft(copy.value()));
    QCOMPARE(findSection(m_page->document()->draft(), m_page->currentUid())->body, QStringLiteral("自动保存"));
    QVERIFY(m_page->openDraft(first));
    prompts::queueConfirm(true);
    QVERIFY(list->deleteDraft(first).ok());
    QVERIFY(!m_page->document()->isOpen());
    QCOMPARE(list->list()->count(), 1);
    QVERIFY(!DraftStore(m_session->db()).load(first).ok());
}

QTEST_MAIN(TestComposerPage)
#include "tst_composerpage.moc"
