#include "library/fulltextcandidates.h"
#include "library/librarystats.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "library/searchplan.h"
#include "library/textsignature.h"
#include "libraryfixture.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace gaozi;

// A page in the default order is read one of three ways, chosen by how often
// the words occur (searchplan.h). Whichever way is taken, the user must see
// the same phrases in the same order and the same count: each way is forced
// on the seed library and compared with looking every match up.
class TestSearchPlans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyWayGivesTheSamePages_data();
    void everyWayGivesTheSamePages();
    void countLimitStopsCounting();
    void pageOnlyLeavesTheCountToCount();
    void facetsAreTheCountsOfEachChoice_data();
    void facetsAreTheCountsOfEachChoice();
    void longWordsAreCollectedThroughOneBigram();
    void candidatesAreTestedOnTheirText();
    void signaturesHoldEveryWordOfTheirText();

private:
    QList<qint64> ids(const SearchQuery &query, int *total);

    test::LibraryFixture m_lib;
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

void TestSearchPlans::initTestCase()
{
    QVERIFY(m_lib.open(true));
    // The user's own phrases come first and favourites have their own index:
    // both must be in the pages compared.
    LibraryWriter writer(*m_lib.db);
    QVERIFY(writer.addUserPhrase(PhraseKind::Sentence, S(u"坚持党建引领，推动学习教育走深走实"), {}, {}).ok());
    QVERIFY(writer.addUserPhrase(PhraseKind::Term, S(u"党建工作"), {}, {}).ok());
    // Every bigram of 高质量党建 without the word: a candidate its text rejects.
    QVERIFY(writer.addUserPhrase(PhraseKind::Sentence, S(u"推进高质量党建"), {}, {}).ok());
    QVERIFY(writer.addUserPhrase(PhraseKind::Sentence, S(u"高质发展与质量党建并重"), {}, {}).ok());
    QSqlQuery q(m_lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM phrases WHERE user = 0 ORDER BY id")));
    QList<qint64> mined;
    while (q.next())
        mined << q.value(0).toLongLong();
    QVERIFY(mined.size() > 300);
    for (qsizetype i = 0; i < mined.size(); i += 7)
        QVERIFY(writer.setFavourite(mined[i], true).ok());
}

void TestSearchPlans::cleanup()
{
    setSearchPlanLimits({});
}

QList<qint64> TestSearchPlans::ids(const SearchQuery &query, int *total)
{
    auto r = PhraseSearch(*m_lib.db).search(query);
    if (!r) {
        qWarning("%s", qPrintable(r.error()));
        return {-1};
    }
    QList<qint64> out;
    for (const SearchHit &h : r->hits)
        out << h.phrase.id;
    *total = r->total;
    return out;
}

void TestSearchPlans::everyWayGivesTheSamePages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("offset");
    const QStringList words = {S(u"党"),        S(u"的"),       S(u"党建"),         S(u"工作"),
                               S(u"学习 党建"), S(u"意识形态"), S(u"全面从严治党"), S(u"数"),
                               S(u"问题"),      S(u"鑫"),       S(u"高质量党建"),   S(u"党建 高质量")};
    const QStringList filters = {QStringLiteral("none"),  QStringLiteral("kind"),       QStringLiteral("role"),
                                 QStringLiteral("topic"), QStringLiteral("favourites"), QStringLiteral("user")};
    for (const QString &w : words) {
        for (int f = 0; f < filters.size(); ++f) {
            for (const int offset : {0, 20}) {
                QTest::addRow("%s/%s/%d", qPrintable(w), qPrintable(filters[f]), offset) << w << f << offset;
            }
        }
    }
}

void TestSearchPlans::everyWayGivesTheSamePages()
{
    QFETCH(QString, text);
    QFETCH(int, filter);
    QFETCH(int, offset);
    SearchQuery query;
    query.text = text;
    query.limit = 20;
    query.offset = offset;
    switch (filter) {
    case 1:
        query.kind = PhraseKind::Sentence;
        break;
    case 2:
        query.role = S(u"存在问题");
        break;
    case 3:
        query.topic = S(u"理论学习");
        break;
    case 4:
        query.favouritesOnly = true;
        break;
    case 5:
        query.userOnly = true;
        break;
    default:
        break;
    }
    // Every match looked up and sorted: the reference.
    constexpr qint64 kNever = qint64(1) << 40;
    setSearchPlanLimits({kNever, kNever, 0, 0});
    int expectedTotal = -1;
    const QList<qint64> expected = ids(query, &expectedTotal);
    QVERIFY(!expected.contains(-1));
    if (text == S(u"党") && filter != 5 && offset == 0)
        QCOMPARE(expected.size(), 20); // the comparison is over full pages, not empty ones
    // Whatever the number of matches: the bitmap walk (over candidates for
    // words of three characters or more); the budgeted text walk when it
    // fills the page, and when it gives up after 3 rows and the bitmap takes
    // over; the text walk without a budget.
    const QList<SearchPlanLimits> ways = {
        {0, kNever, -1, 0, 0},
        {0, kNever, kNever, kNever, 0},
        {0, kNever, kNever, 3, 0},
        {0, 0, -1, 0, 0},
    };
    for (const SearchPlanLimits &way : ways) {
        setSearchPlanLimits(way);
        int total = -1;
        QCOMPARE(ids(query, &total), expected);
        QCOMPARE(total, expectedTotal);
    }
    // A count that stops at 5 stops there, under every filter.
    query.countLimit = 5;
    auto capped = PhraseSearch(*m_lib.db).search(query);
    QVERIFY(capped.ok());
    if (offset == 0 && expected.size() < query.limit) {
        QCOMPARE(capped->total, expectedTotal); // a short first page is counted whole
    } else {
        QCOMPARE(capped->total, std::min(expectedTotal, 5));
        QCOMPARE(capped->totalExact, expectedTotal <= 5);
    }
}

void TestSearchPlans::countLimitStopsCounting()
{
    SearchQuery query;
    query.text = S(u"党");
    query.limit = 10;
    auto exact = PhraseSearch(*m_lib.db).search(query);
    QVERIFY(exact.ok());
    QVERIFY(exact->totalExact);
    QVERIFY2(exact->total > 50, "the seeds hold more than 50 phrases with 党");

    query.countLimit = 50;
    auto capped = PhraseSearch(*m_lib.db).search(query);
    QVERIFY(capped.ok());
    QCOMPARE(capped->total, 50);
    QVERIFY(!capped->totalExact);
    QCOMPARE(capped->hits.size(), exact->hits.size());

    query.countLimit = exact->total; // exactly as many: still exact
    capped = PhraseSearch(*m_lib.db).search(query);
    QCOMPARE(capped->total, exact->total);
    QVERIFY(capped->totalExact);
}

void TestSearchPlans::pageOnlyLeavesTheCountToCount()
{
    SearchQuery query;
    query.text = S(u"党");
    query.limit = 10;
    auto exact = PhraseSearch(*m_lib.db).search(query);
    QVERIFY(exact.ok());

    query.countLimit = SearchQuery::PageOnly;
    query.offset = 10;
    auto page = PhraseSearch(*m_lib.db).search(query);
    QVERIFY(page.ok());
    QCOMPARE(page->hits.size(), 10);
    QCOMPARE(page->total, 20); // what has been seen so far
    QVERIFY(!page->totalExact);

    query.countLimit = 0;
    auto counted = PhraseSearch(*m_lib.db).count(query);
    QVERIFY(counted.ok());
    QCOMPARE(counted->first, exact->total);
    QVERIFY(counted->second);

    // A short last page is the whole answer.
    query.countLimit = SearchQuery::PageOnly;
    query.offset = exact->total - 3;
    page = PhraseSearch(*m_lib.db).search(query);
    QCOMPARE(page->hits.size(), 3);
    QCOMPARE(page->total, exact->total);
    QVERIFY(page->totalExact);
}

void TestSearchPlans::facetsAreTheCountsOfEachChoice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("filter");
    for (const QString &text : {QString(), S(u"党"), S(u"学习 工作"), S(u"鑫")}) {
        for (int filter = 0; filter < 5; ++filter)
            QTest::addRow("%s/%d", qPrintable(text), filter) << text << filter;
    }
}

// A facet's count is what the search gives once that value is chosen, the
// other filters kept: computed in one pass (or off the indexes) it must
// still be exactly that.
void TestSearchPlans::facetsAreTheCountsOfEachChoice()
{
    QFETCH(QString, text);
    QFETCH(int, filter);
    SearchQuery query;
    query.text = text;
    query.limit = 1;
    if (filter == 1)
        query.kind = PhraseKind::Sentence;
    if (filter == 2)
        query.role = S(u"做法成效");
    if (filter == 3)
        query.topic = S(u"理论学习");
    if (filter == 4)
        query.favouritesOnly = true;
    const PhraseSearch search(*m_lib.db);
    auto f = search.facets(query);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto totalWith = [&](const std::function<void(SearchQuery &)> &choose) {
        SearchQuery q = query;
        choose(q);
        auto r = search.count(q);
        return r ? r->first : -1;
    };
    for (const auto &[kind, n] : f->kinds)
        QCOMPARE(n, totalWith([&, k = kind](SearchQuery &q) { q.kind = kindFromName(k); }));
    // (Terms and outlines have no role: '' is listed but is no choice, an
    // empty filter means no filter.)
    for (const auto &[role, n] : f->roles) {
        if (!role.isEmpty())
            QCOMPARE(n, totalWith([r = role](SearchQuery &q) { q.role = r; }));
    }
    for (const auto &[topic, n] : f->topics) {
        if (!topic.isEmpty())
            QCOMPARE(n, totalWith([t = topic](SearchQuery &q) { q.topic = t; }));
    }
    QCOMPARE(f->favourites, totalWith([](SearchQuery &q) { q.favouritesOnly = true, q.userOnly = false; }));
    QCOMPARE(f->user, totalWith([](SearchQuery &q) { q.userOnly = true, q.favouritesOnly = false; }));
    // And every value that has matches is listed.
    int kinds = 0;
    for (const auto &[kind, n] : f->kinds)
        kinds += n;
    QCOMPARE(kinds, totalWith([](SearchQuery &q) { q.kind.reset(); }));
}

QTEST_GUILESS_MAIN(TestSearchPlans)
void TestSearchPlans::longWordsAreCollectedThroughOneBigram()
{
    QCOMPARE(wordBigrams(S(u"高质量党建")), (QStringList{S(u"高质"), S(u"质量"), S(u"量党"), S(u"党建")}));
    QCOMPARE(wordBigrams(QStringLiteral("ABc")), (QStringList{QStringLiteral("ab"), QStringLiteral("bc")}));
    QVERIFY(wordBigrams(S(u"党建")).isEmpty());         // one bigram: the word is its own list
    QVERIFY(wordBigrams(S(u"高质\u00A0量")).isEmpty()); // the tokenizer splits there

    QSqlQuery q(m_lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM phrases")) && q.next());
    const qint64 maxId = q.value(0).toLongLong();
    auto c = fullTextCandidates(*m_lib.db, {S(u"高质量党建"), S(u"党")}, maxId, maxId);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QVERIFY(!c->exact);
    // The long word's rarest bigram, the short word as it is.
    const QStringList parts = c->expression.split(QStringLiteral(" AND "));
    QCOMPARE(parts.size(), 2);
    QVERIFY(QStringList({S(u"\"高质\""), S(u"\"质量\""), S(u"\"量党\""), S(u"\"党建\"")}).contains(parts[0]));
    QCOMPARE(parts[1], S(u"\"党\""));
    QVERIFY(c->listRows > 0);
    // The chosen bigram is the rarest of the four.
    const auto phrasesWith = [&](const QString &expression) {
        QSqlQuery n(m_lib.db->connection());
        n.prepare(QStringLiteral("SELECT count(*) FROM phrase_fts WHERE phrase_fts MATCH ?"));
        n.addBindValue(expression);
        return n.exec() && n.next() ? n.value(0).toLongLong() : -1;
    };
    for (const QString &bigram : wordBigrams(S(u"高质量党建")))
        QVERIFY(phrasesWith(parts[0]) <= phrasesWith(u'"' + bigram + u'"'));

    // Words the index holds as they are stay exact.
    auto shortWords = fullTextCandidates(*m_lib.db, {S(u"党建"), S(u"学")}, maxId, maxId);
    QVERIFY(shortWords.ok());
    QVERIFY(shortWords->exact);
    QCOMPARE(shortWords->expression, PhraseSearch::ftsExpression({S(u"党建"), S(u"学")}));
}

void TestSearchPlans::candidatesAreTestedOnTheirText()
{
    // The bitmap walk over candidates: 高质发展与质量党建并重 holds every bigram
    // of 高质量党建 and is a candidate, but not a match.
    setSearchPlanLimits({0, 1 << 30, -1, 0, 0});
    SearchQuery query;
    query.text = S(u"高质量党建");
    query.limit = 50;
    auto r = PhraseSearch(*m_lib.db).search(query);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QStringList texts;
    for (const SearchHit &h : r->hits)
        texts << h.phrase.text;
    QVERIFY(texts.contains(S(u"推进高质量党建")));
    QVERIFY(!texts.contains(S(u"高质发展与质量党建并重")));
    for (const QString &t : texts)
        QVERIFY2(t.contains(S(u"高质量党建")), qPrintable(t));
    QCOMPARE(r->total, int(texts.size()));
    QVERIFY(r->totalExact);
}

void TestSearchPlans::signaturesHoldEveryWordOfTheirText()
{
    // The walk skips a phrase whose signature lacks a word's bits, so the
    // stored signature must hold the bits of every piece of its text, and
    // the query side must compute what SQLite computes.
    QSqlQuery q(m_lib.db->connection());
    for (const QString &text : {S(u"坚持党建引领"), QStringLiteral("ABC abc"), S(u"𠀀字（二）"), QString()}) {
        q.prepare(QStringLiteral("SELECT gaozi_text_sig(?)"));
        q.addBindValue(text);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), storedSignature(text));
    }
    QCOMPARE(textSignature(QStringLiteral("ABC")), textSignature(QStringLiteral("abc")));
    QVERIFY(textSignature(S(u"党")) != 0);

    QVERIFY(q.exec(QStringLiteral("SELECT text, sig FROM phrases")));
    int phrases = 0;
    while (q.next()) {
        const QString text = q.value(0).toString();
        const quint64 sig = quint64(q.value(1).toLongLong());
        QCOMPARE(qint64(sig), storedSignature(text));
        for (qsizetype i = 0; i + 2 <= text.size(); i += 3) {
            const quint64 piece = textSignature(text.mid(i, 2).toUpper());
            QVERIFY2((sig & piece) == piece, qPrintable(text));
        }
        ++phrases;
    }
    QVERIFY(phrases > 300);

    // The doctor finds a stale one.
    GAOZI_VERIFY_DOCTOR(*m_lib.db);
    QVERIFY(q.exec(QStringLiteral("UPDATE phrases SET sig = 0 WHERE id = (SELECT min(id) FROM phrases)")));
    auto after = checkLibrary(*m_lib.db);
    QVERIFY(after.ok());
    QVERIFY2(after->problems.join(u'\n').contains(QStringLiteral("stale text signature: 1")),
             qPrintable(after->problems.join(u'\n')));
    QVERIFY(q.exec(QStringLiteral("UPDATE phrases SET sig = gaozi_text_sig(text)")));
}

#include "tst_searchplans.moc"
