#include "library/phrasesearch.h"
#include "libraryfixture.h"

#include <QSet>
#include <QTest>

using namespace gaozi;

// Search must return exactly what a substring scan over the stored phrases
// returns, for any query length, with filters, and never read user text as
// FTS syntax.
class TestPhraseSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void equalsSubstringScan_data();
    void equalsSubstringScan();
    void sampledQueriesOfEveryLength();
    void filtersNarrowExactly();
    void highlightsAreTheQueryWords();
    void facetsAddUp();
    void sortOrders();
    void pagingAndTotal();

private:
    QList<PhraseRecord> allPhrases();
    QSet<qint64> bruteForce(const QStringList &words, std::optional<PhraseKind> kind = {});
    QSet<qint64> searched(const QString &text, std::optional<PhraseKind> kind = {});

    test::LibraryFixture m_lib;
    QList<PhraseRecord> m_all;
};

static QString foldAscii(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() - u'A' + u'a');
    }
    return out;
}

void TestPhraseSearch::initTestCase()
{
    QVERIFY(m_lib.open(true));
    m_all = allPhrases();
    QVERIFY2(m_all.size() > 300, "the seeds should yield hundreds of phrases");
}

QList<PhraseRecord> TestPhraseSearch::allPhrases()
{
    SearchQuery q;
    q.limit = 1000000;
    auto r = PhraseSearch(*m_lib.db).search(q);
    QList<PhraseRecord> out;
    if (r) {
        for (const auto &h : r->hits)
            out << h.phrase;
    }
    return out;
}

QSet<qint64> TestPhraseSearch::bruteForce(const QStringList &words, std::optional<PhraseKind> kind)
{
    QSet<qint64> ids;
    for (const auto &p : m_all) {
        if (kind && p.kind != *kind)
            continue;
        bool all = true;
        for (const auto &w : words)
            all = all && foldAscii(p.text).contains(foldAscii(w));
        if (all)
            ids.insert(p.id);
    }
    return ids;
}

QSet<qint64> TestPhraseSearch::searched(const QString &text, std::optional<PhraseKind> kind)
{
    SearchQuery q;
    q.text = text;
    q.kind = kind;
    q.limit = 1000000;
    auto r = PhraseSearch(*m_lib.db).search(q);
    if (!r) {
        qWarning() << r.error();
        return {qint64(-1)};
    }
    QSet<qint64> ids;
    for (const auto &h : r->hits)
        ids.insert(h.phrase.id);
    return ids;
}

void TestPhraseSearch::equalsSubstringScan_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("nominal: 1 char 党") << QStringLiteral("党");
    QTest::newRow("nominal: 1 char 的") << QStringLiteral("的");
    QTest::newRow("nominal: 2 chars 党建") << QStringLiteral("党建");
    QTest::newRow("nominal: 2 chars 学习") << QStringLiteral("学习");
    QTest::newRow("nominal: 3 chars 主体责") << QStringLiteral("主体责");
    QTest::newRow("nominal: 4 chars 意识形态") << QStringLiteral("意识形态");
    QTest::newRow("nominal: 5 chars 一岗双责”") << QStringLiteral("一岗双责”");
    QTest::newRow("nominal: and of two words") << QStringLiteral("党建 学习");
    QTest::newRow("nominal: full-width space separates") << QStringLiteral("党建\u3000学习");
    QTest::newRow("nominal: slot") << QStringLiteral("{数}");
    QTest::newRow("nominal: ascii case folded") << QStringLiteral("xx");
    QTest::newRow("nominal: repeated char") << QStringLiteral("走深走");
    QTest::newRow("robustness: absent") << QStringLiteral("鑫鑫鑫");
    QTest::newRow("robustness: fts syntax words") << QStringLiteral("OR AND NOT");
    QTest::newRow("robustness: quotes") << QStringLiteral("\"两个维护\"");
    QTest::newRow("robustness: star and parens") << QStringLiteral("党* (学习) ^NEAR");
    QTest::newRow("robustness: lone quote") << QStringLiteral("\"");
    QTest::newRow("robustness: punctuation") << QStringLiteral("、");
}

void TestPhraseSearch::equalsSubstringScan()
{
    QFETCH(QString, query);
    const QStringList words = PhraseSearch::queryWords(query);
    QCOMPARE(searched(query), bruteForce(words));
}

void TestPhraseSearch::sampledQueriesOfEveryLength()
{
    // Substrings cut from stored phrases at fixed strides: deterministic, and
    // they cover rare and common queries alike.
    int checked = 0;
    for (int len : {1, 2, 3, 5}) {
        for (int i = 0; i < m_all.size(); i += 37) {
            const QString &text = m_all[i].text;
            if (text.size() < len)
                continue;
            const QString q = text.mid((i * 7) % (text.size() - len + 1), len).trimmed();
            if (q.size() != len)
                continue;
            QCOMPARE(searched(q), bruteForce({q}));
            ++checked;
        }
    }
    QVERIFY(checked > 40);
}

void TestPhraseSearch::filtersNarrowExactly()
{
    QCOMPARE(searched(QStringLiteral("建设"), PhraseKind::Heading),
             bruteForce({QStringLiteral("建设")}, PhraseKind::Heading));
    SearchQuery q;
    q.text = QStringLiteral("问题");
    q.role = QStringLiteral("存在问题");
    q.limit = 1000;
    auto r = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(r.ok());
    QVERIFY(!r->hits.isEmpty());
    for (const auto &h : r->hits)
        QCOMPARE(h.phrase.role, QStringLiteral("存在问题"));
}

void TestPhraseSearch::highlightsAreTheQueryWords()
{
    SearchQuery q;
    q.text = QStringLiteral("党建 工作");
    q.limit = 50;
    auto r = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(r.ok() && !r->hits.isEmpty());
    for (const auto &h : r->hits) {
        QVERIFY(h.matches.size() >= 2);
        for (const auto &[start, len] : h.matches) {
            const QString cut = h.phrase.text.mid(start, len);
            QVERIFY2(cut == u"党建" || cut == u"工作", qPrintable(cut));
        }
    }
}

void TestPhraseSearch::facetsAddUp()
{
    SearchQuery q;
    q.text = QStringLiteral("学习");
    auto f = PhraseSearch(*m_lib.db).facets(q);
    QVERIFY(f.ok());
    int sum = 0;
    for (const auto &[kind, n] : f->kinds)
        sum += n;
    QCOMPARE(sum, int(bruteForce({QStringLiteral("学习")}).size()));
    int roles = 0;
    for (const auto &[role, n] : f->roles)
        roles += n;
    QCOMPARE(roles, sum);
}

void TestPhraseSearch::sortOrders()
{
    SearchQuery q;
    q.text = QStringLiteral("党");
    q.limit = 200;
    q.sort = SortOrder::Length;
    auto byLength = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(byLength.ok());
    for (int i = 1; i < byLength->hits.size(); ++i)
        QVERIFY(byLength->hits[i - 1].phrase.text.size() <= byLength->hits[i].phrase.text.size());
    q.sort = SortOrder::Frequency;
    auto byFrequency = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(byFrequency.ok());
    for (int i = 1; i < byFrequency->hits.size(); ++i)
        QVERIFY(byFrequency->hits[i - 1].phrase.occurrences >= byFrequency->hits[i].phrase.occurrences);
    q.sort = SortOrder::Rank;
    auto byRank = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(byRank.ok());
    for (int i = 1; i < byRank->hits.size(); ++i)
        QVERIFY(byRank->hits[i - 1].phrase.documents >= byRank->hits[i].phrase.documents);
}

void TestPhraseSearch::pagingAndTotal()
{
    SearchQuery q;
    q.text = QStringLiteral("的");
    q.limit = 10;
    auto first = PhraseSearch(*m_lib.db).search(q);
    q.offset = 10;
    auto second = PhraseSearch(*m_lib.db).search(q);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->total, int(bruteForce({QStringLiteral("的")}).size()));
    QCOMPARE(second->total, first->total);
    QCOMPARE(first->hits.size(), 10);
    QVERIFY(first->hits.last().phrase.id != second->hits.first().phrase.id);
}

QTEST_GUILESS_MAIN(TestPhraseSearch)
#include "tst_phrasesearch.moc"
