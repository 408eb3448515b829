#include "ingest/ingest.h"
#include "mining/phrasemining.h"
#include "mining/termminer.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// Recurring expressions found by statistics, without a dictionary.
class TestTermMiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedsGiveSensibleTerms();
    void candidatesAreClean();
    void countsAreTrue();
    void subsumedSubstringsDropped();
    void plantedTerm();
    void oneDocumentIsNotEnough();
    void boundNeighboursAreNotTerms();
    void options();
    void emptyCorpus();

private:
    QList<QStringList> m_seeds;
    QList<TermCandidate> m_terms;
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

static const TermCandidate *findTerm(const QList<TermCandidate> &terms, const QString &text)
{
    for (const TermCandidate &t : terms) {
        if (t.text == text)
            return &t;
    }
    return nullptr;
}

static int countOverlapping(const QString &haystack, const QString &needle)
{
    int n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++n;
    return n;
}

void TestTermMiner::initTestCase()
{
    for (const QString &path : test::seedPaths()) {
        const auto doc = ingestFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QStringList paragraphs;
        for (const MinedParagraph &p : mineDocument(doc.value()).paragraphs)
            paragraphs << p.text;
        m_seeds << paragraphs;
    }
    m_terms = mineStatisticalTerms(m_seeds);
}

// Checked by hand: each occurs in several seeds with varied neighbours.
void TestTermMiner::seedsGiveSensibleTerms()
{
    QVERIFY(m_terms.size() >= 50);
    for (const QString &expected : {S(u"意识形态"), S(u"主体责任"), S(u"基层党组织"), S(u"谈心谈话"),
                                    S(u"三会一课"), S(u"一岗双责"), S(u"全面从严治党")}) {
        const TermCandidate *t = findTerm(m_terms, expected);
        QVERIFY2(t, qPrintable(expected));
        QVERIFY(t->documents >= 2);
        QVERIFY(t->score > 0);
    }
    // Fragments glued to a function character are not expressions.
    QVERIFY(!findTerm(m_terms, S(u"坚持以")));
    QVERIFY(!findTerm(m_terms, S(u"加强对")));
    // Sorted best first.
    for (qsizetype i = 1; i < m_terms.size(); ++i)
        QVERIFY(m_terms[i - 1].score >= m_terms[i].score);
}

void TestTermMiner::candidatesAreClean()
{
    for (const TermCandidate &t : m_terms) {
        QVERIFY2(t.text.size() >= 3 && t.text.size() <= 8, qPrintable(t.text));
        QCOMPARE(hanCount(t.text), int(t.text.size())); // no punctuation, digit or placeholder inside
        QCOMPARE(slotify(t.text), t.text);
        QVERIFY(t.documents >= 2);
        QVERIFY(t.occurrences >= 3);
    }
}

void TestTermMiner::countsAreTrue()
{
    for (const TermCandidate &t : m_terms) {
        int occurrences = 0;
        int documents = 0;
        for (const QStringList &doc : m_seeds) {
            int inDoc = 0;
            for (const QString &p : doc)
                inDoc += countOverlapping(p, t.text);
            occurrences += inDoc;
            documents += inDoc > 0 ? 1 : 0;
        }
        QCOMPARE(t.occurrences, occurrences);
        QCOMPARE(t.documents, documents);
    }
}

void TestTermMiner::subsumedSubstringsDropped()
{
    for (const TermCandidate &longer : m_terms) {
        for (const TermCandidate &shorter : m_terms) {
            if (shorter.text.size() >= longer.text.size() || !longer.text.contains(shorter.text))
                continue;
            QVERIFY2(shorter.occurrences != longer.occurrences || shorter.documents != longer.documents,
                     qPrintable(shorter.text + u" in " + longer.text));
        }
    }
}

// A made-up expression used in three documents amid varied text is found; the
// pieces it is made of are not reported on their own.
void TestTermMiner::plantedTerm()
{
    const QList<QStringList> corpus{
        {S(u"我们坚持红星闪耀工程，效果明显。"), S(u"推动红星闪耀工程落地。")},
        {S(u"开展红星闪耀工程建设"), S(u"以红星闪耀工程为抓手，提升水平。")},
        {S(u"全面实施红星闪耀工程！"), S(u"总结经验。")},
    };
    const QList<TermCandidate> terms = mineStatisticalTerms(corpus);
    const TermCandidate *t = findTerm(terms, S(u"红星闪耀工程"));
    QVERIFY(t);
    QCOMPARE(t->occurrences, 5);
    QCOMPARE(t->documents, 3);
    QVERIFY(!findTerm(terms, S(u"红星闪耀")));
    QVERIFY(!findTerm(terms, S(u"闪耀工程")));
}

void TestTermMiner::oneDocumentIsNotEnough()
{
    const QList<QStringList> corpus{
        {S(u"红星闪耀工程。"), S(u"抓好红星闪耀工程。"), S(u"推进红星闪耀工程！"), S(u"落实红星闪耀工程")},
        {S(u"其他内容，毫不相干。")},
    };
    QVERIFY(!findTerm(mineStatisticalTerms(corpus), S(u"红星闪耀工程")));
    TermMinerOptions one;
    one.minDocuments = 1;
    QVERIFY(findTerm(mineStatisticalTerms(corpus, one), S(u"红星闪耀工程")));
}

// 大精神 in 党的XX大精神 is always glued to a placeholder: not free on its left.
void TestTermMiner::boundNeighboursAreNotTerms()
{
    const QList<QStringList> corpus{
        {S(u"学习XX大精神，"), S(u"贯彻XX大精神。")},
        {S(u"宣讲XX大精神；"), S(u"领会20大精神。")},
    };
    const QList<TermCandidate> terms = mineStatisticalTerms(corpus);
    QVERIFY(!findTerm(terms, S(u"大精神")));
    for (const TermCandidate &t : terms)
        QVERIFY2(!t.text.contains(u'X'), qPrintable(t.text));
}

void TestTermMiner::options()
{
    TermMinerOptions two;
    two.minLength = 2;
    const QList<TermCandidate> withWords = mineStatisticalTerms(m_seeds, two);
    QVERIFY(std::any_of(withWords.cbegin(), withWords.cend(), [](const TermCandidate &t) { return t.text.size() == 2; }));

    TermMinerOptions top;
    top.maxCandidates = 10;
    const QList<TermCandidate> best = mineStatisticalTerms(m_seeds, top);
    QCOMPARE(best.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(best[i].text, m_terms[i].text);

    TermMinerOptions strict;
    strict.minOccurrences = 20;
    for (const TermCandidate &t : mineStatisticalTerms(m_seeds, strict))
        QVERIFY(t.occurrences >= 20);
}

void TestTermMiner::emptyCorpus()
{
    QVERIFY(mineStatisticalTerms({}).isEmpty());
    QVERIFY(mineStatisticalTerms({{QString()}, {S(u"，。XX 123")}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestTermMiner)
#include "tst_termminer.moc"
