#include "ui/documentviewer.h"
#include "ui/facetmodel.h"
#include "ui/filterpanel.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/phraselistmodel.h"
#include "ui/previewpane.h"
#include "ui/searchcontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace gaozi;
using namespace gaozi::ui;

class TestLibraryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyQueryListsRankedPhrases();
    void tallWindowFillsPastTheFirstPage();
    void chineseInputSearchesAsYouType();
    void imePreeditAloneDoesNotSearch();
    void commitSearchesAtOnce();
    void facetsCombineAndCount();
    void favouriteMarksAndFilters();
    void previewShowsEverySourceAndOpensDocument();
    void shortcutsWorkInsideThePage();

private:
    void clickFacet(FacetModel::Group group, const QString &value);
    bool settled() const;
    QList<PhraseRecord> shownPhrases() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<LibraryPage> m_page;
};

void TestLibraryPage::init()
{
    const QString error = test::openSeededSession(m_dir, m_session);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = std::make_unique<LibraryPage>(m_session.get());
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(settled());
}

void TestLibraryPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestLibraryPage::settled() const
{
    return !m_page->controller()->isPending() && !m_page->model()->isLoading() && !m_page->model()->isCounting();
}

QList<PhraseRecord> TestLibraryPage::shownPhrases() const
{
    QList<PhraseRecord> out;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        out << m_page->model()->hitAt(row)->phrase;
    return out;
}

void TestLibraryPage::clickFacet(FacetModel::Group group, const QString &value)
{
    QTreeView *view = m_page->filterPanel()->view();
    // Facet counts arrive after the results; wait for the value to be listed.
    QModelIndex index;
    QTRY_VERIFY2((index = m_page->filterPanel()->model()->valueIndex(group, value)).isValid(), qPrintable(value));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestLibraryPage::tallWindowFillsPastTheFirstPage()
{
    // The first page is short (50 rows, about two screens); a list taller
    // than that has no scroll bar to pull the next page with, so the view
    // asks for more by itself until it is full.
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->model()->rowCount(), PhraseListModel::FirstPageSize);
    QTableView *view = m_page->resultView();
    const int rowHeight = view->rowHeight(0);
    QVERIFY(rowHeight > 0);
    m_page->resize(1300, rowHeight * (PhraseListModel::FirstPageSize + 40) + 300);
    QTRY_VERIFY(m_page->model()->rowCount() > PhraseListModel::FirstPageSize);
    QTRY_VERIFY(settled());
    QVERIFY(view->verticalScrollBar()->maximum() > 0); // full, with more below
}

void TestLibraryPage::emptyQueryListsRankedPhrases()
{
    PhraseListModel *model = m_page->model();
    QVERIFY(model->total() > 100);
    QCOMPARE(model->rowCount(), PhraseListModel::FirstPageSize);
    QVERIFY(m_page->countLabel()->text().contains(QString::number(model->total())));
    // The best hit is previewed at once, so the right pane is never blank.
    QVERIFY(m_page->currentHit());
    QCOMPARE(m_page->preview()->phraseId(), model->hitAt(0)->phrase.id);
}

void TestLibraryPage::chineseInputSearchesAsYouType()
{
    QLineEdit *search = m_page->searchBox();
    search->setFocus();
    test::typeWithInputMethod(search, QStringLiteral("党"));
    test::typeWithInputMethod(search, QStringLiteral("建"));
    QCOMPARE(search->text(), QStringLiteral("党建"));
    QTRY_VERIFY(settled() && m_page->model()->query().text == QStringLiteral("党建"));

    const QList<PhraseRecord> shown = shownPhrases();
    QVERIFY(!shown.isEmpty());
    for (const PhraseRecord &p : shown)
        QVERIFY2(p.text.contains(QStringLiteral("党建")), qPrintable(p.text));
    QVERIFY(m_page->countLabel()->text().contains(QString::number(m_page->model()->total())));
    const QModelIndex first = m_page->model()->index(0, PhraseListModel::TextColumn);
    QVERIFY(!first.data(PhraseListModel::MatchesRole).toList().isEmpty());

    // A one-character query works too, and narrows when a second word is added.
    search->clear();
    test::typeWithInputMethod(search, QStringLiteral("廉"));
    QTRY_VERIFY(settled() && m_page->model()->query().text == QStringLiteral("廉"));
    const int single = m_page->model()->total();
    QVERIFY(single > 0);
    test::typeWithInputMethod(search, QStringLiteral(" 纪律"));
    QTRY_VERIFY(settled() && m_page->model()->query().text == QStringLiteral("廉 纪律"));
    QVERIFY(m_page->model()->total() <= single);
    for (const PhraseRecord &p : shownPhrases())
        QVERIFY(p.text.contains(u'廉') && p.text.contains(QStringLiteral("纪律")));
}

void TestLibraryPage::imePreeditAloneDoesNotSearch()
{
    // While the user is still composing (pinyin shown as pre-edit), the text
    // is not the query yet.
    QLineEdit *search = m_page->searchBox();
    search->setFocus();
    QInputMethodEvent preedit(QStringLiteral("dangjian"), {});
    QCoreApplication::sendEvent(search, &preedit);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!m_page->controller()->isPending());
    QCOMPARE(m_page->model()->query().text, QString());
}

void TestLibraryPage::commitSearchesAtOnce()
{
    // Each commit is the query straight away (no pause is waited for), and
    // the last of a quick burst is the one whose rows are shown.
    QLineEdit *search = m_page->searchBox();
    search->setFocus();
    search->clear();
    QTRY_VERIFY(settled());
    test::typeWithInputMethod(search, QStringLiteral("党"));
    QCOMPARE(m_page->model()->query().text, QStringLiteral("党"));
    QVERIFY(m_page->model()->isLoading());
    test::typeWithInputMethod(search, QStringLiteral("建"));
    QCOMPARE(m_page->model()->query().text, QStringLiteral("党建"));
    QTRY_VERIFY(settled());
    QVERIFY(m_page->model()->rowCount() > 0);
    for (const PhraseRecord &p : shownPhrases())
        QVERIFY(p.text.contains(QStringLiteral("党建")));
}

void TestLibraryPage::facetsCombineAndCount()
{
    FacetModel *facets = m_page->filterPanel()->model();
    clickFacet(FacetModel::Kinds, QStringLiteral("heading"));
    QTRY_VERIFY(settled() && m_page->model()->query().kind == PhraseKind::Heading);
    const int headings = m_page->model()->total();
    QVERIFY(headings > 0);
    for (const PhraseRecord &p : shownPhrases())
        QCOMPARE(p.kind, PhraseKind::Heading);

    // Topic counts now count headings only; choosing one gives exactly that many.
    QTRY_VERIFY(facets->rowCount(facets->groupIndex(FacetModel::Topics)) > 0);
    const QModelIndex topicIndex = facets->index(0, 0, facets->groupIndex(FacetModel::Topics));
    const QString topic = topicIndex.data(FacetModel::ValueRole).toString();
    const int expected = topicIndex.siblingAtColumn(1).data().toInt();
    QVERIFY2(expected > 0 && expected <= headings, qPrintable(QStringLiteral("%1: %2 of %3").arg(topic).arg(expected).arg(headings)));
    clickFacet(FacetModel::Topics, topic);
    QTRY_VERIFY(settled() && m_page->model()->query().topic == topic);
    QCOMPARE(m_page->model()->total(), expected);
    for (const PhraseRecord &p : shownPhrases()) {
        QCOMPARE(p.kind, PhraseKind::Heading);
        QCOMPARE(p.topic, topic);
    }

    // Clicking a chosen value again drops it.
    clickFacet(FacetModel::Kinds, QStringLiteral("heading"));
    QTRY_VERIFY(settled() && !m_page->model()->query().kind);
    QVERIFY(m_page->model()->total() >= expected);
    QCOMPARE(m_page->model()->query().topic, topic);
}

void TestLibraryPage::favouriteMarksAndFilters()
{
    const PhraseRecord chosen = m_page->currentHit()->phrase;
    QVERIFY(!chosen.favourite);
    QAction *favourite = m_page->actions().favourite;
    QVERIFY(favourite->isEnabled());
    favourite->trigger();

    QCOMPARE(m_page->model()->index(0, PhraseListModel::FavouriteColumn).data().toString(), QStringLiteral("★"));
    QVERIFY(favourite->isChecked());
    FacetModel *facets = m_page->filterPanel()->model();
    const QModelIndex favourites = facets->valueIndex(FacetModel::Collections, FacetModel::FavouritesValue);
    QTRY_COMPARE(favourites.siblingAtColumn(1).data().toInt(), 1);

    clickFacet(FacetModel::Collections, FacetModel::FavouritesValue);
    QTRY_VERIFY(settled() && m_page->model()->query().favouritesOnly);
    QCOMPARE(m_page->model()->total(), 1);
    QCOMPARE(m_page->model()->hitAt(0)->phrase.id, chosen.id);

    // Unmarking under the favourites filter empties the list.
    QTRY_COMPARE(m_page->currentHit() ? m_page->currentHit()->phrase.id : 0, chosen.id);
    favourite->trigger();
    QTRY_VERIFY(settled() && m_page->model()->total() == 0);
}

void TestLibraryPage::previewShowsEverySourceAndOpensDocument()
{
    // A term used across documents has several sources to walk through.
    clickFacet(FacetModel::Kinds, QStringLiteral("term"));
    QTRY_VERIFY(settled() && m_page->model()->query().kind == PhraseKind::Term);
    int row = -1;
    for (int r = 0; r < m_page->model()->rowCount() && row < 0; ++r)
        if (m_page->model()->hitAt(r)->phrase.documents >= 3)
            row = r;
    QVERIFY(row >= 0);
    const PhraseRecord term = m_page->model()->hitAt(row)->phrase;
    m_page->resultView()->setCurrentIndex(m_page->model()->index(row, PhraseListModel::TextColumn));

    PreviewPane *preview = m_page->preview();
    QTRY_VERIFY(preview->phraseId() == term.id && !preview->isLoading());
    QCOMPARE(preview->sources().size(), term.documents); // one source per document using it
    QCOMPARE(preview->sourceList()->count(), int(preview->sources().size()));
    QSet<qint64> documents;
    for (const SourceView &s : preview->sources())
        documents.insert(s.documentId);
    QCOMPARE(documents.size(), term.documents);
    QCOMPARE(preview->currentSource(), 0);
    QVERIFY(preview->contextView()->toPlainText().contains(term.text));

    const int last = int(preview->sources().size()) - 1;
    preview->setCurrentSource(last);
    const SourceView &source = preview->sources().at(last);
    QCOMPARE(preview->contextView()->toPlainText().trimmed(), source.paragraphText.trimmed());

    auto *open = preview->findChild<QPushButton *>(QStringLiteral("openDocument"));
    QVERIFY(open && open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    DocumentViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = m_page->findChild<DocumentViewer *>()) && viewer->isLoaded());
    QCOMPARE(viewer->document().info.id, source.documentId);
    QVERIFY2(viewer->outline()->topLevelItemCount() > 0, qPrintable(viewer->document().info.title + u' ' + viewer->document().outlineJson.left(300)));
    QVERIFY(viewer->textView()->toPlainText().contains(source.paragraphText.trimmed()));
    viewer->close();
}

void TestLibraryPage::shortcutsWorkInsideThePage()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->resultView()->setFocus();
    QTest::keyClick(m_page->resultView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_page->searchBox()->hasFocus());

    m_page->resultView()->setFocus();
    QTest::keyClick(m_page->resultView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_page->currentHit()->phrase.text);

    QTest::keyClick(m_page->resultView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_page->currentHit()->phrase.favourite);
}

QTEST_MAIN(TestLibraryPage)
#include "tst_librarypage.moc"
