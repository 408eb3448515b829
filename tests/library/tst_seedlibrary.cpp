#include "ingest/ingest.h"
#include "library/librarystats.h"
#include "library/phrasesearch.h"
#include "libraryfixture.h"
#include "mining/phrasemining.h"
#include "seeds.h"

#include <QRegularExpression>
#include <QTest>

using namespace gaozi;

// The library mined from the bundled seeds, judged the way a user would.
class TestSeedLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noPhraseCarriesNoise();
    void everyTopHeadingIsAHeadingPhrase();
    void termsWithTrueDocumentCounts_data();
    void termsWithTrueDocumentCounts();
    void parallelsFound();
    void everyPhraseHasASourceInContext();
    void libraryIsSound();

private:
    QList<PhraseRecord> phrases(std::optional<PhraseKind> kind, const QString &text = {});
    test::LibraryFixture m_lib;
};

void TestSeedLibrary::initTestCase()
{
    QVERIFY(m_lib.open(true));
}

QList<PhraseRecord> TestSeedLibrary::phrases(std::optional<PhraseKind> kind, const QString &text)
{
    SearchQuery q;
    q.kind = kind;
    q.text = text;
    q.limit = 1000000;
    QList<PhraseRecord> out;
    if (auto r = PhraseSearch(*m_lib.db).search(q)) {
        for (const auto &h : r->hits)
            out << h.phrase;
    }
    return out;
}

void TestSeedLibrary::noPhraseCarriesNoise()
{
    static const QRegularExpression noise(QStringLiteral(
        "QQ|qq|公众号[:：]|【|素材库|paid|会员|酷乐文行|哒哒|订阅|代笔|禁止外传|客服|\\x{3000}"));
    const auto all = phrases({});
    QVERIFY(all.size() > 300);
    for (const auto &p : all)
        QVERIFY2(!noise.match(p.text).hasMatch(), qPrintable(p.text));
}

static void collectHeadings(const QList<Section> &sections, int maxLevel, QStringList *out)
{
    for (const auto &s : sections) {
        if (s.level <= maxLevel)
            out->append(s.heading);
        collectHeadings(s.children, maxLevel, out);
    }
}

void TestSeedLibrary::everyTopHeadingIsAHeadingPhrase()
{
    QSet<QString> headingKeys;
    for (const auto &p : phrases(PhraseKind::Heading))
        headingKeys.insert(phraseKey(p.text));
    int checked = 0;
    for (const auto &path : test::seedPaths()) {
        auto doc = ingestFile(path);
        QVERIFY(doc.ok());
        QStringList headings;
        collectHeadings(doc->sections, 2, &headings);
        for (const auto &h : headings) {
            QVERIFY2(headingKeys.contains(phraseKey(slotify(h))), qPrintable(path + u' ' + h));
            ++checked;
        }
    }
    QVERIFY(checked >= 40);
}

void TestSeedLibrary::termsWithTrueDocumentCounts_data()
{
    QTest::addColumn<QString>("term");
    QTest::newRow("两个维护") << QStringLiteral("两个维护");
    QTest::newRow("四个意识") << QStringLiteral("四个意识");
    QTest::newRow("三会一课") << QStringLiteral("三会一课");
    QTest::newRow("第一议题") << QStringLiteral("第一议题");
    QTest::newRow("一岗双责") << QStringLiteral("一岗双责");
}

void TestSeedLibrary::termsWithTrueDocumentCounts()
{
    QFETCH(QString, term);
    // Brute force: how many cleaned seeds contain the term at all.
    int expected = 0;
    for (const auto &path : test::seedPaths()) {
        auto doc = ingestFile(path);
        QVERIFY(doc.ok());
        const MinedDocument mined = mineDocument(doc.value());
        bool found = false;
        for (const auto &p : mined.paragraphs)
            found = found || p.text.contains(term);
        expected += found ? 1 : 0;
    }
    QVERIFY(expected >= 2);
    const auto terms = phrases(PhraseKind::Term, term);
    const auto it = std::find_if(terms.cbegin(), terms.cend(), [&](const PhraseRecord &p) {
        return phraseKey(p.text) == phraseKey(term);
    });
    QVERIFY2(it != terms.cend(), qPrintable(term + QStringLiteral(" is not a term")));
    QCOMPARE(it->documents, expected);
}

void TestSeedLibrary::parallelsFound()
{
    const auto parallels = phrases(PhraseKind::Parallel, QStringLiteral("同部署、同落实"));
    QVERIFY2(!parallels.isEmpty(), "no parallel with 同部署、同落实");
    for (const auto &p : parallels)
        QVERIFY(p.text.contains(QStringLiteral("同部署、同落实")));
}

void TestSeedLibrary::everyPhraseHasASourceInContext()
{
    PhraseSearch search(*m_lib.db);
    const auto all = phrases({});
    for (int i = 0; i < all.size(); i += 11) {
        auto sources = search.sources(all[i].id);
        QVERIFY(sources.ok());
        QVERIFY2(!sources->isEmpty(), qPrintable(all[i].text));
        QCOMPARE(sources->size(), all[i].documents); // one source per document, with its hits
        const SourceView &s = sources->first();
        QVERIFY(!s.documentTitle.isEmpty());
        if (all[i].kind != PhraseKind::Outline) {
            QVERIFY(s.offset >= 0 && s.offset + s.length <= s.paragraphText.size());
            QVERIFY(s.length > 0);
        }
    }
}

void TestSeedLibrary::libraryIsSound()
{
    GAOZI_VERIFY_DOCTOR(*m_lib.db);
    auto stats = libraryStats(*m_lib.db);
    QVERIFY(stats.ok());
    QCOMPARE(stats->documents, 5);
    QCOMPARE(stats->phrasesByKind.size(), 6); // every kind is represented
}

QTEST_GUILESS_MAIN(TestSeedLibrary)
#include "tst_seedlibrary.moc"
