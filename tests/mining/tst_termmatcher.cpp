#include "mining/termmatcher.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gaozi;

// Every occurrence of every term, as a brute-force search would find them.
class TestTermMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlapping();
    void duplicatesAndEmpty();
    void noTerms();
    void matchesBruteForce();
};

using Hits = QList<QPair<int, qsizetype>>;

static Hits scanAll(const TermMatcher &m, const QString &text)
{
    Hits hits;
    m.scan(text, [&](int term, qsizetype offset) { hits.append({term, offset}); });
    std::sort(hits.begin(), hits.end());
    return hits;
}

static Hits bruteForce(const QStringList &terms, const QString &text)
{
    Hits hits;
    for (int t = 0; t < terms.size(); ++t) {
        if (terms[t].isEmpty())
            continue;
        for (qsizetype at = text.indexOf(terms[t]); at >= 0; at = text.indexOf(terms[t], at + 1))
            hits.append({t, at});
    }
    std::sort(hits.begin(), hits.end());
    return hits;
}

void TestTermMatcher::overlapping()
{
    const QStringList terms{QStringLiteral("两个维护"), QStringLiteral("维护"), QStringLiteral("做到两个"),
                            QStringLiteral("护护")};
    const TermMatcher m(terms);
    const QString text = QStringLiteral("坚决做到两个维护，维护护护");
    const Hits expected{{0, 4}, {1, 6}, {1, 9}, {2, 2}, {3, 10}, {3, 11}};
    QCOMPARE(scanAll(m, text), expected);
}

void TestTermMatcher::duplicatesAndEmpty()
{
    const QStringList terms{QStringLiteral("三会一课"), QString(), QStringLiteral("三会一课")};
    const TermMatcher m(terms);
    QCOMPARE(m.size(), 3);
    const Hits expected{{0, 2}, {2, 2}};
    QCOMPARE(scanAll(m, QStringLiteral("落实三会一课")), expected);
}

void TestTermMatcher::noTerms()
{
    const TermMatcher m({});
    QVERIFY(scanAll(m, QStringLiteral("任何文字")).isEmpty());
    const TermMatcher one({QStringLiteral("文字")});
    QVERIFY(scanAll(one, QString()).isEmpty());
}

// Random texts over a tiny alphabet make overlaps and shared suffixes common,
// where a wrong failure link would show. The texts also hold a character no
// term has, which must break a match in two.
void TestTermMatcher::matchesBruteForce()
{
    QRandomGenerator rng(20240601);
    const QString alphabet = QStringLiteral("党建学习");
    auto randomString = [&](int min, int max) {
        QString s;
        const int len = min + int(rng.bounded(max - min + 1));
        for (int i = 0; i < len; ++i)
            s += alphabet[int(rng.bounded(alphabet.size()))];
        return s;
    };
    for (int round = 0; round < 200; ++round) {
        QStringList terms;
        for (int t = 0; t < 6; ++t)
            terms << randomString(1, 4);
        QString text = randomString(0, 60);
        for (qsizetype at = 0; at < text.size(); at += 1 + qsizetype(rng.bounded(8)))
            text.insert(at, u'，');
        const TermMatcher m(terms);
        QCOMPARE(scanAll(m, text), bruteForce(terms, text));
    }
}

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
