#include "ui/facetmodel.h"
#include "ui/filterpanel.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/phrasedialog.h"
#include "ui/phraselistmodel.h"
#include "ui/prompts.h"
#include "ui/searchcontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;
using namespace gaozi::ui;

class TestUserPhrasesUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dialogReturnsWhatWasEntered();
    void dialogNeedsText();
    void addEditDelete();
    void cancelledDialogsChangeNothing();
    void minedPhrasesCannotBeEditedOrDeleted();

private:
    bool settled() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<LibraryPage> m_page;
};

void TestUserPhrasesUi::init()
{
    prompts::clearQueuedAnswers();
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = std::make_unique<LibraryPage>(m_session.get());
    m_page->show();
    QTRY_VERIFY(settled() && m_page->model()->rowCount() > 0);
}

void TestUserPhrasesUi::cleanup()
{
    QCOMPARE(prompts::queuedAnswers(), 0); // every queued answer was asked for
    m_page.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestUserPhrasesUi::settled() const
{
    return !m_page->controller()->isPending() && !m_page->model()->isLoading() && !m_page->model()->isCounting();
}

void TestUserPhrasesUi::dialogReturnsWhatWasEntered()
{
    PhraseDialog dialog({QStringLiteral("做法成效")}, {QStringLiteral("组织建设")});
    dialog.textEdit()->setFocus();
    test::typeWithInputMethod(dialog.textEdit(), QStringLiteral("全年发展党员"));
    // The slot button inserts at the cursor.
    const auto buttons = dialog.findChildren<QPushButton *>();
    auto number = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == u"{数}"; });
    QVERIFY(number != buttons.end());
    QTest::mouseClick(*number, Qt::LeftButton);
    test::typeWithInputMethod(dialog.textEdit(), QStringLiteral("名"));
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("point")));
    dialog.roleBox()->setCurrentText(QStringLiteral("做法成效"));
    dialog.topicBox()->setCurrentText(QStringLiteral("党员队伍"));

    const PhraseInput in = dialog.input();
    QCOMPARE(in.text, QStringLiteral("全年发展党员{数}名"));
    QCOMPARE(in.kind, PhraseKind::Point);
    QCOMPARE(in.role, QStringLiteral("做法成效"));
    QCOMPARE(in.topic, QStringLiteral("党员队伍"));
}

void TestUserPhrasesUi::dialogNeedsText()
{
    PhraseDialog dialog({}, {});
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    test::typeWithInputMethod(dialog.textEdit(), QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    test::typeWithInputMethod(dialog.textEdit(), QStringLiteral("抓党建促发展"));
    QVERIFY(ok->isEnabled());
}

void TestUserPhrasesUi::addEditDelete()
{
    const int before = m_page->model()->total();
    prompts::queuePhrase(PhraseInput{PhraseKind::Sentence, QStringLiteral("坚持把{单位}党建工作同中心工作一起谋划"),
                                     QStringLiteral("做法成效"), QStringLiteral("党建与业务融合")});
    m_page->actions().add->trigger();
    // The writer's phrases rank first, and the new one is selected.
    QTRY_VERIFY(settled() && m_page->model()->total() == before + 1 && m_page->currentHit()
                && m_page->currentHit()->phrase.user);
    const PhraseRecord added = m_page->currentHit()->phrase;
    QCOMPARE(added.text, QStringLiteral("坚持把{单位}党建工作同中心工作一起谋划"));
    QCOMPARE(added.topic, QStringLiteral("党建与业务融合"));
    QVERIFY(m_page->actions().edit->isEnabled());
    QVERIFY(m_page->actions().remove->isEnabled());
    FacetModel *facets = m_page->filterPanel()->model();
    QTRY_COMPARE(facets->valueIndex(FacetModel::Collections, FacetModel::UserValue).siblingAtColumn(1).data().toInt(), 1);

    // Found by search like any other phrase.
    test::typeWithInputMethod(m_page->searchBox(), QStringLiteral("中心工作一起"));
    QTRY_VERIFY(settled() && m_page->model()->query().text == QStringLiteral("中心工作一起"));
    QVERIFY(m_page->model()->rowOfPhrase(added.id) >= 0);
    QVERIFY(m_page->selectPhrase(added.id));

    prompts::queuePhrase(PhraseInput{PhraseKind::Sentence, QStringLiteral("坚持把{单位}党建工作同中心工作一起谋划、一起部署"),
                                     QStringLiteral("做法成效"), QStringLiteral("党建与业务融合")});
    m_page->actions().edit->trigger();
    QTRY_VERIFY(settled() && m_page->currentHit()
                && m_page->currentHit()->phrase.text.endsWith(QStringLiteral("一起部署")));
    QCOMPARE(m_page->currentHit()->phrase.id, added.id);

    prompts::queueConfirm(true);
    m_page->actions().remove->trigger();
    QTRY_VERIFY(settled() && m_page->model()->rowOfPhrase(added.id) < 0);
    // Facet counts are recounted on a worker after the list.
    QTRY_COMPARE(facets->valueIndex(FacetModel::Collections, FacetModel::UserValue).siblingAtColumn(1).data().toInt(), 0);
}

void TestUserPhrasesUi::cancelledDialogsChangeNothing()
{
    const int before = m_page->model()->total();
    prompts::queuePhrase(std::nullopt);
    m_page->actions().add->trigger();
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->model()->total(), before);

    prompts::queuePhrase(PhraseInput{PhraseKind::Term, QStringLiteral("三会一课再提升"), {}, {}});
    m_page->actions().add->trigger();
    QTRY_VERIFY(settled() && m_page->model()->total() == before + 1);
    QTRY_VERIFY(m_page->currentHit() && m_page->currentHit()->phrase.user);
    const qint64 id = m_page->currentHit()->phrase.id;

    prompts::queueConfirm(false); // "Cancel" on the delete question
    m_page->actions().remove->trigger();
    QTRY_VERIFY(settled());
    QVERIFY(m_page->model()->rowOfPhrase(id) >= 0);
    QCOMPARE(m_page->model()->total(), before + 1);
}

void TestUserPhrasesUi::minedPhrasesCannotBeEditedOrDeleted()
{
    QVERIFY(m_page->currentHit());
    QVERIFY(!m_page->currentHit()->phrase.user);
    QVERIFY(!m_page->actions().edit->isEnabled());
    QVERIFY(!m_page->actions().remove->isEnabled());
    m_page->actions().remove->trigger(); // disabled: nothing happens, nothing asked
    QCOMPARE(m_page->model()->rowOfPhrase(m_page->currentHit()->phrase.id), 0);
}

QTEST_MAIN(TestUserPhrasesUi)
#include "tst_userphrases_ui.moc"
