#include "library/documentcatalog.h"
#include "library/phrasesearch.h"
#include "ui/documentlistmodel.h"
#include "ui/facetmodel.h"
#include "ui/librarysession.h"
#include "ui/phraselistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;
using namespace gaozi::ui;

class TestPhraseListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyQueryPagesShortThenFull();
    void modelTesterFollowsEveryPage();
    void matchesAreMarkedAndCounted();
    void staleAnswersAreDropped();
    void firstPageIsShownBeforeItsCount();
    void replacedQueryIsInterrupted();
    void answerForAClosedViewIsDropped();
    void lengthSortIsShortestFirst();
    void facetModelKeepsChosenValues();
    void documentListModelIsSound();

private:
    SearchQuery queryFor(const QString &text) const;
    QTemporaryDir m_dir;
    std::unique_ptr<LibrarySession> m_session;
};

void TestPhraseListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporarySettings(m_dir.path());
    const QString path = test::seededLibraryCopy(m_dir);
    QVERIFY(!path.isEmpty());
    auto session = LibrarySession::open(path);
    QVERIFY2(session, qPrintable(session.error()));
    m_session = std::move(session).value();
}

void TestPhraseListModel::cleanupTestCase()
{
    m_session.reset();
}

SearchQuery TestPhraseListModel::queryFor(const QString &text) const
{
    SearchQuery q;
    q.text = text;
    return q;
}

void TestPhraseListModel::emptyQueryPagesShortThenFull()
{
    PhraseListModel model(m_session.get());
    model.setQuery({});
    QTRY_VERIFY(!model.isLoading() && !model.isCounting());
    QVERIFY2(model.total() > PhraseListModel::FirstPageSize + PhraseListModel::PageSize,
             "the seeds hold more phrases than two pages");
    // A short first page, as the user types; full pages when scrolled.
    QCOMPARE(model.rowCount(), PhraseListModel::FirstPageSize);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(model.rowCount(), PhraseListModel::FirstPageSize + PhraseListModel::PageSize);
    QVERIFY(model.canFetchMore({}));

    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > before);
    }
    QCOMPARE(model.rowCount(), model.total());
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.hitAt(row)->phrase.id);
    QCOMPARE(ids.size(), model.total()); // pages neither overlap nor leave gaps
}

void TestPhraseListModel::modelTesterFollowsEveryPage()
{
    PhraseListModel model(m_session.get());
    // The tester checks every reset and insertion, and calls fetchMore()
    // itself when it walks the model, as a view scrolled to the end would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QTRY_VERIFY(!model.isLoading() && !model.isCounting());
    while (model.rowCount() < model.total()) {
        QTRY_VERIFY(model.canFetchMore({}) || model.rowCount() == model.total());
        if (model.canFetchMore({}))
            model.fetchMore({});
    }
    model.setQuery(queryFor(QStringLiteral("没有这样的词语")));
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

void TestPhraseListModel::matchesAreMarkedAndCounted()
{
    PhraseListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString word = QStringLiteral("党建");
    model.setQuery(queryFor(word));
    QTRY_VERIFY(!model.isLoading() && !model.isCounting());
    QVERIFY(model.rowCount() > 0);

    auto direct = PhraseSearch(m_session->db()).search(queryFor(word));
    QVERIFY(direct);
    QCOMPARE(model.total(), direct->total);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex text = model.index(row, PhraseListModel::TextColumn);
        QVERIFY(text.data().toString().contains(word));
        const QVariantList matches = text.data(PhraseListModel::MatchesRole).toList();
        QVERIFY(!matches.isEmpty());
        const QPoint first = matches.first().toPoint();
        QCOMPARE(text.data().toString().mid(first.x(), first.y()), word);
    }
}

void TestPhraseListModel::staleAnswersAreDropped()
{
    PhraseListModel model(m_session.get());
    QSignalSpy ready(&model, &PhraseListModel::resultsReady);
    QSignalSpy failed(&model, &PhraseListModel::searchFailed);
    model.setQuery(queryFor(QStringLiteral("学习")));
    model.setQuery(queryFor(QStringLiteral("廉政")));
    // Let both answers arrive, in whatever order the workers finish.
    m_session->waitForWorkers();
    QTRY_VERIFY(!model.isLoading());
    QCoreApplication::processEvents();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(ready.count(), 1);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.hitAt(row)->phrase.text.contains(QStringLiteral("廉政")));
}

void TestPhraseListModel::firstPageIsShownBeforeItsCount()
{
    // The rows come first, with the total marked as not yet known; the exact
    // count follows and matches what the search itself counts.
    PhraseListModel model(m_session.get());
    QSignalSpy ready(&model, &PhraseListModel::resultsReady);
    QSignalSpy counted(&model, &PhraseListModel::totalChanged);
    bool countingWhenShown = false;
    bool exactWhenShown = true;
    connect(&model, &PhraseListModel::resultsReady, this, [&] {
        countingWhenShown = model.isCounting();
        exactWhenShown = model.totalExact();
    });
    model.setQuery({});
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(countingWhenShown);
    QVERIFY(!exactWhenShown);
    QCOMPARE(ready.first().first().toInt(), PhraseListModel::FirstPageSize);
    QVERIFY(model.canFetchMore({})); // the next page does not wait for the count
    QTRY_COMPARE(counted.count(), 1);
    QVERIFY(!model.isCounting());
    QVERIFY(model.totalExact());
    SearchQuery all;
    auto direct = PhraseSearch(m_session->db()).count(all);
    QVERIFY2(direct, direct ? "" : qPrintable(direct.error()));
    QCOMPARE(model.total(), direct->first);
    QCOMPARE(counted.first().first().toInt(), direct->first);

    // A page that holds every match needs no count.
    model.setQuery(queryFor(QStringLiteral("廉政")));
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < PhraseListModel::FirstPageSize);
    QVERIFY(!model.isCounting());
    QVERIFY(model.totalExact());
    QCOMPARE(model.total(), model.rowCount());
    QCOMPARE(counted.count(), 1);
}

void TestPhraseListModel::replacedQueryIsInterrupted()
{
    // Work for a query nobody waits for any more is not run, and a statement
    // already running stops: its connection answers "interrupted".
    auto stop = LibrarySession::newStopFlag();
    stop->store(true);
    bool ran = false;
    auto skipped = m_session->run<Status>(
        [&ran](Database &) {
            ran = true;
            return Status{};
        },
        stop);
    skipped.waitForFinished();
    QVERIFY(!ran);
    QVERIFY(!skipped.result());
    QVERIFY(Database::isInterruptedError(skipped.result().error()));

    // Facets under a filter read every phrase of the library row by row.
    SearchQuery sentences;
    sentences.kind = PhraseKind::Sentence;
    auto running = LibrarySession::newStopFlag();
    auto counting = m_session->run<Result<FacetCounts>>(
        [running, sentences](Database &db) {
            running->store(true); // as if the user typed on while this ran
            return PhraseSearch(db).facets(sentences);
        },
        running);
    counting.waitForFinished();
    QVERIFY(!counting.result());
    QVERIFY2(Database::isInterruptedError(counting.result().error()), qPrintable(counting.result().error()));

    // The worker's connection is usable afterwards.
    auto again = m_session->run<Result<FacetCounts>>(
        [sentences](Database &db) { return PhraseSearch(db).facets(sentences); });
    again.waitForFinished();
    QVERIFY(again.result());
    QVERIFY(!again.result()->kinds.isEmpty());
}

void TestPhraseListModel::lengthSortIsShortestFirst()
{
    PhraseListModel model(m_session.get());
    SearchQuery q = queryFor(QStringLiteral("组织"));
    q.sort = SortOrder::Length;
    model.setQuery(q);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 2);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.hitAt(row - 1)->phrase.text.size() <= model.hitAt(row)->phrase.text.size());
}

void TestPhraseListModel::facetModelKeepsChosenValues()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto counts = PhraseSearch(m_session->db()).facets({});
    QVERIFY(counts);
    model.setCounts(counts.value());
    QCOMPARE(model.rowCount(model.groupIndex(FacetModel::Topics)), int(counts->topics.size()));

    const QString topic = counts->topics.first().first;
    const QModelIndex topicIndex = model.valueIndex(FacetModel::Topics, topic);
    QVERIFY(topicIndex.isValid());
    QCOMPARE(topicIndex.siblingAtColumn(1).data().toInt(), counts->topics.first().second);
    const PhraseFilter chosen = model.toggled(topicIndex);
    QCOMPARE(chosen.topic, topic);
    model.setFilter(chosen);
    QCOMPARE(model.valueIndex(FacetModel::Topics, topic).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // A query that leaves the chosen topic no results still lists it, so it can be unchecked.
    model.setCounts({});
    const QModelIndex still = model.valueIndex(FacetModel::Topics, topic);
    QVERIFY(still.isValid());
    QCOMPARE(still.siblingAtColumn(1).data().toInt(), 0);
    QVERIFY(model.toggled(still).topic.isEmpty());
    QCOMPARE(model.knownTopics().size(), counts->topics.size());
}

void TestPhraseListModel::documentListModelIsSound()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto documents = DocumentCatalog(m_session->db()).documents();
    QVERIFY(documents);
    model.setDocuments(documents.value());
    QCOMPARE(model.rowCount(), int(documents->size()));
    QVERIFY(model.rowCount() >= 5);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, DocumentListModel::TitleColumn).data().toString().isEmpty());
        QVERIFY(model.index(row, DocumentListModel::PhrasesColumn).data().toInt() > 0);
    }
}

void TestPhraseListModel::answerForAClosedViewIsDropped()
{
    // A view closed while its query runs: the answer arrives after the view
    // is gone and goes nowhere.
    QSemaphore finish;
    auto *view = new QObject;
    bool delivered = false;
    m_session->run<Status>([&finish](Database &) {
                 finish.acquire();
                 return Status{};
             })
        .then(view, [&delivered](const Status &) { delivered = true; });
    delete view;
    finish.release();
    m_session->waitForWorkers();
    QCoreApplication::processEvents();
    QVERIFY(!delivered);

    // An open view gets it, on the GUI thread.
    QObject open;
    QThread *deliveredOn = nullptr;
    m_session->run<Status>([](Database &) { return Status{}; }).then(&open, [&deliveredOn](const Status &) {
        deliveredOn = QThread::currentThread();
    });
    QTRY_VERIFY(deliveredOn);
    QCOMPARE(deliveredOn, QThread::currentThread());
}

QTEST_MAIN(TestPhraseListModel)
#include "tst_phraselistmodel.moc"
