#include "ingest/ingest.h"
#include "mining/phrasemining.h"
#include "mining/termmatcher.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// What the phrase library gets from the five seed documents.
class TestSeedPhrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noNoise();
    void occurrencesPointIntoParagraphs();
    void paragraphsInReadingOrder();
    void everyHeadingIsMined();
    void outlines();
    void sentencesAreWhole();
    void quotedAndNumberedTerms();
    void termDocumentCounts();
    void parallels_data();
    void parallels();
    void parallelsAreWhole();
    void roles_data();
    void roles();
    void closingParagraph();
    void topics_data();
    void topics();

private:
    struct Seed
    {
        QString name;
        ParsedDocument doc;
        MinedDocument mined;
    };
    const Seed &seed(const QString &prefix) const;
    // Occurrences of a kind whose text contains needle, in a seed or in all of them.
    QList<Occurrence> find(PhraseKind kind, const QString &needle, const QString &prefix = {}) const;

    QList<Seed> m_seeds;
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

static void collectSections(const QList<Section> &sections, QStringList *headings, QStringList *paragraphs)
{
    for (const Section &s : sections) {
        *headings << s.heading;
        *paragraphs << s.paragraphs;
        collectSections(s.children, headings, paragraphs);
    }
}

void TestSeedPhrases::initTestCase()
{
    for (const QString &path : test::seedPaths()) {
        auto doc = ingestFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        Seed s;
        s.name = path.section(u'/', -1);
        s.doc = std::move(doc).value();
        s.mined = mineDocument(s.doc);
        m_seeds.append(std::move(s));
    }
    QCOMPARE(m_seeds.size(), 5);
}

const TestSeedPhrases::Seed &TestSeedPhrases::seed(const QString &prefix) const
{
    for (const Seed &s : m_seeds) {
        if (s.name.startsWith(prefix))
            return s;
    }
    qFatal("no seed %s", qPrintable(prefix));
}

QList<Occurrence> TestSeedPhrases::find(PhraseKind kind, const QString &needle, const QString &prefix) const
{
    QList<Occurrence> out;
    for (const Seed &s : m_seeds) {
        if (!s.name.startsWith(prefix))
            continue;
        for (const Occurrence &o : s.mined.occurrences) {
            if (o.kind == kind && o.text.contains(needle))
                out.append(o);
        }
    }
    return out;
}

void TestSeedPhrases::noNoise()
{
    const QStringList noise{S(u"QQ"), S(u"qq"), S(u"公众号："), S(u"素材库"), S(u"paidbegin"), S(u"paidend"),
                            S(u"会员"), S(u"酷乐文行"), S(u"哒哒")};
    int phrases = 0;
    for (const Seed &s : m_seeds) {
        for (const Occurrence &o : s.mined.occurrences) {
            ++phrases;
            for (const QString &n : noise)
                QVERIFY2(!o.text.contains(n), qPrintable(s.name + u' ' + o.text));
        }
    }
    QVERIFY(phrases > 300);
}

// The library shows every phrase in its paragraph: the offsets must hold.
void TestSeedPhrases::occurrencesPointIntoParagraphs()
{
    for (const Seed &s : m_seeds) {
        for (const Occurrence &o : s.mined.occurrences) {
            QVERIFY(!o.key.isEmpty());
            QCOMPARE(o.key, phraseKey(o.text));
            QVERIFY(!o.topic.isEmpty());
            if (o.kind == PhraseKind::Outline) {
                QCOMPARE(o.paragraph, -1);
                continue;
            }
            QVERIFY(!o.role.isEmpty());
            QVERIFY2(o.paragraph >= 0 && o.paragraph < s.mined.paragraphs.size(), qPrintable(o.text));
            const QString &text = s.mined.paragraphs[o.paragraph].text;
            QVERIFY2(o.offset >= 0 && o.length > 0 && o.offset + o.length <= text.size(), qPrintable(o.text));
            QCOMPARE(slotify(text.mid(o.offset, o.length)), o.text);
        }
    }
}

void TestSeedPhrases::paragraphsInReadingOrder()
{
    const auto &p = seed(S(u"000")).mined.paragraphs;
    QVERIFY(p.size() > 10);
    QVERIFY(p[0].text.startsWith(S(u"2023年以来，xxx始终坚持")));
    QCOMPARE(p[0].sectionPath, QString());
    QCOMPARE(p[1].text, S(u"一、2024年工作开展情况"));
    QCOMPARE(p[1].sectionPath, S(u"一、2024年工作开展情况"));
    QCOMPARE(p[2].text, S(u"（一）系统抓教育，强化理想信念"));
    QCOMPARE(p[2].sectionPath, S(u"一、2024年工作开展情况 › （一）系统抓教育，强化理想信念"));
    QVERIFY(p[3].text.startsWith(S(u"立足自身职能")));
    QCOMPARE(p[3].sectionPath, p[2].sectionPath);

    // An inline heading is its own paragraph; the rest of its line follows.
    const auto &q = seed(S(u"004")).mined.paragraphs;
    const auto heading = std::find_if(q.cbegin(), q.cend(),
                                      [](const MinedParagraph &m) { return m.text == S(u"（一）强化理论武装"); });
    QVERIFY(heading != q.cend());
    QVERIFY((heading + 1)->text.startsWith(S(u"坚持党组理论中心组")));

    // Every cleaned paragraph of the parser is there, in order.
    for (const Seed &s : m_seeds) {
        QStringList headings;
        QStringList body;
        collectSections(s.doc.sections, &headings, &body);
        const QStringList expected = s.doc.opening + body;
        QStringList actual;
        for (const MinedParagraph &m : s.mined.paragraphs) {
            if (!m.sectionPath.endsWith(m.text))
                actual << m.text;
        }
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(QSet<QString>(actual.cbegin(), actual.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    }
}

void TestSeedPhrases::everyHeadingIsMined()
{
    int checked = 0;
    for (const Seed &s : m_seeds) {
        QStringList mined;
        for (const Occurrence &o : s.mined.occurrences) {
            if (o.kind == PhraseKind::Heading)
                mined << o.text;
        }
        for (const Section &top : s.doc.sections) {
            QVERIFY2(mined.contains(slotify(top.heading)), qPrintable(s.name + u' ' + top.heading));
            ++checked;
            for (const Section &child : top.children) {
                QVERIFY2(mined.contains(slotify(child.heading)), qPrintable(s.name + u' ' + child.heading));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 40);
    QVERIFY(!find(PhraseKind::Heading, S(u"第四季度工作计划"), S(u"003")).isEmpty());
    QCOMPARE(find(PhraseKind::Heading, S(u"{年}年工作开展情况"), S(u"000")).size(), 1);
}

void TestSeedPhrases::outlines()
{
    for (const Seed &s : m_seeds) {
        QList<Occurrence> outlines;
        for (const Occurrence &o : s.mined.occurrences) {
            if (o.kind == PhraseKind::Outline)
                outlines << o;
        }
        QCOMPARE(outlines.size(), 1);
        QVERIFY(outlines[0].text.startsWith(S(u"一、")));
    }
    const QString outline000 = find(PhraseKind::Outline, {}, S(u"000")).value(0).text;
    QVERIFY(outline000.startsWith(S(u"一、{年}年工作开展情况\n（一）系统抓教育，强化理想信念\n")));
    QVERIFY(outline000.contains(S(u"\n三、下一步做法\n（一）持续压紧压实责任")));
    QVERIFY(find(PhraseKind::Outline, {}, S(u"003")).value(0).text.endsWith(S(u"\n存在问题\n第四季度工作计划")));
}

void TestSeedPhrases::sentencesAreWhole()
{
    const QString badStart = S(u"，,、。；;：:！？!?”’）)》");
    int sentences = 0;
    for (const Seed &s : m_seeds) {
        for (const Occurrence &o : s.mined.occurrences) {
            if (o.kind != PhraseKind::Sentence)
                continue;
            ++sentences;
            QVERIFY2(o.text.size() >= 8 && o.text.size() <= 150, qPrintable(o.text));
            QVERIFY2(hanCount(o.text) >= 6, qPrintable(o.text));
            QVERIFY2(!badStart.contains(o.text.front()), qPrintable(o.text));
            QVERIFY2(!o.text.startsWith(S(u"一是")) && !o.text.startsWith(S(u"二是")), qPrintable(o.text));
            QCOMPARE(o.text.count(u'“'), o.text.count(u'”'));
            QVERIFY2(slotCount(o.text) * 8 <= hanCount(o.text), qPrintable(o.text));
        }
    }
    QVERIFY(sentences > 100);
    // A form full of blanks is no sentence.
    QVERIFY(find(PhraseKind::Sentence, S(u"其中正式党员{数}名"), S(u"001")).isEmpty());
    // 。 inside quotes does not split.
    QVERIFY(!find(PhraseKind::Sentence, S(u"开展谈心谈话{数}次"), S(u"002")).isEmpty());
}

void TestSeedPhrases::quotedAndNumberedTerms()
{
    for (const QString &term : {S(u"两个维护"), S(u"四个意识"), S(u"四个自信"), S(u"三会一课"), S(u"第一议题"),
                                S(u"一岗双责"), S(u"三重一大"), S(u"三个带头")}) {
        bool found = false;
        for (const Occurrence &o : find(PhraseKind::Term, term))
            found = found || o.text == term;
        QVERIFY2(found, qPrintable(term));
    }
    // 三会一课 unquoted in 001 is found by its shape.
    QVERIFY(!find(PhraseKind::Term, S(u"三会一课"), S(u"001")).isEmpty());
    for (const QString &notTerm : {S(u"{单位}"), S(u"{数}"), S(u"一是"), S(u"三八"), S(u"九届三中")}) {
        for (const Occurrence &o : find(PhraseKind::Term, notTerm))
            QFAIL(qPrintable(u"not a term: " + o.text));
    }
    for (const Seed &s : m_seeds) {
        for (const Occurrence &o : s.mined.occurrences) {
            if (o.kind == PhraseKind::Term)
                QVERIFY2(o.text.size() >= 2 && o.text.size() <= 12 && !o.text.contains(u'，'), qPrintable(o.text));
        }
    }
}

// One scan per document gives the true number of documents holding each term.
void TestSeedPhrases::termDocumentCounts()
{
    const QStringList terms{S(u"两个维护"), S(u"四个意识"), S(u"三会一课"), S(u"第一议题"), S(u"一岗双责")};
    const TermMatcher matcher(terms);
    QList<int> scanned(terms.size(), 0);
    QList<int> brute(terms.size(), 0);
    for (const Seed &s : m_seeds) {
        QSet<int> hit;
        for (const MinedParagraph &p : s.mined.paragraphs)
            matcher.scan(p.text, [&](int t, qsizetype) { hit.insert(t); });
        for (int t : hit)
            ++scanned[t];

        QStringList headings;
        QStringList cleaned = s.doc.opening;
        collectSections(s.doc.sections, &headings, &cleaned);
        cleaned << headings;
        for (int t = 0; t < terms.size(); ++t) {
            const bool contains = std::any_of(cleaned.cbegin(), cleaned.cend(),
                                              [&](const QString &p) { return p.contains(terms[t]); });
            brute[t] += contains ? 1 : 0;
        }
    }
    QCOMPARE(scanned, brute);
    QCOMPARE(brute, (QList<int>{3, 2, 3, 3, 3}));
}

void TestSeedPhrases::parallels_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("text");
    QTest::newRow("nominal: 001 同安排") << S(u"001") << S(u"同安排、同部署、同落实、同考核");
    QTest::newRow("nominal: 004 同谋划") << S(u"004") << S(u"同谋划、同部署、同落实");
    QTest::newRow("nominal: 004 一同") << S(u"004") << S(u"一同部署、一同落实、一同检查、一同考核");
    QTest::newRow("nominal: 002 以学") << S(u"002") << S(u"以学铸魂、以学增智、以学正风、以学促干");
    QTest::newRow("nominal: 002 quoted run") << S(u"002") << S(u"学思想、强党性、重实践、建新功");
    QTest::newRow("nominal: 001 trimmed ends") << S(u"001") << S(u"把方向、管大局、作决策、抓班子、带队伍、保落实");
    QTest::newRow("nominal: 004 no separators") << S(u"004") << S(u"走深走心走实");
    QTest::newRow("nominal: 004 shared-prefix pair") << S(u"004") << S(u"同向而行、同时发力");
}

void TestSeedPhrases::parallels()
{
    QFETCH(QString, seed);
    QFETCH(QString, text);
    QStringList found;
    for (const Occurrence &o : find(PhraseKind::Parallel, {}, seed))
        found << o.text;
    QVERIFY2(found.contains(text), qPrintable(found.join(u" | ")));
}

void TestSeedPhrases::parallelsAreWhole()
{
    QVERIFY(!find(PhraseKind::Parallel, S(u"同部署、同落实"), S(u"001")).isEmpty());
    QVERIFY(!find(PhraseKind::Parallel, S(u"同部署、同落实"), S(u"004")).isEmpty());
    // A run cut in the middle of a word is worse than none (年轻干部心得体会交流,
    // 微视频征集, 定期听取工作汇报).
    for (const Occurrence &o : find(PhraseKind::Parallel, {})) {
        QVERIFY2(!o.text.endsWith(S(u"心得")) && !o.text.endsWith(S(u"微视频征")) && !o.text.endsWith(S(u"听取工作")),
                 qPrintable(o.text));
        const QStringList items = o.text.split(u'、');
        if (items.size() >= 2) {
            for (const QString &item : items)
                QVERIFY2(item.size() >= 2 && item.size() <= 8, qPrintable(o.text));
        }
    }
}

void TestSeedPhrases::roles_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("sectionPrefix"); // "" selects the opening paragraphs
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("nominal: 001 problem points") << S(u"001") << S(u"二、存在问题") << int(PhraseKind::Point)
                                                 << S(u"存在问题") << 3;
    QTest::newRow("nominal: 000 problems with causes") << S(u"000") << S(u"二、存在问题及原因") << -1
                                                       << S(u"存在问题") << 5;
    QTest::newRow("nominal: 000 next steps") << S(u"000") << S(u"三、下一步做法") << -1 << S(u"下一步打算") << 8;
    QTest::newRow("nominal: 001 next steps") << S(u"001") << S(u"三、下步工作打算") << int(PhraseKind::Point)
                                             << S(u"下一步打算") << 3;
    QTest::newRow("nominal: 003 problem label") << S(u"003") << S(u"二、存在问题及下一步工作计划 › 存在问题")
                                                << int(PhraseKind::Point) << S(u"存在问题") << 2;
    QTest::newRow("nominal: 003 plan label") << S(u"003") << S(u"二、存在问题及下一步工作计划 › 第四季度工作计划")
                                             << int(PhraseKind::Point) << S(u"下一步打算") << 4;
    QTest::newRow("nominal: 000 work done") << S(u"000") << S(u"一、") << -1 << S(u"做法成效") << 30;
    // 000's opening is one sentence of six blanks: nothing to mine.
    for (const char16_t *seed : {u"001", u"002", u"003", u"004"}) {
        QTest::addRow("nominal: %s opening", qPrintable(S(seed)))
            << S(seed) << QString() << int(PhraseKind::Sentence) << S(u"开头") << 1;
    }
}

void TestSeedPhrases::roles()
{
    QFETCH(QString, seed);
    QFETCH(QString, sectionPrefix);
    QFETCH(int, kind);
    QFETCH(QString, role);
    QFETCH(int, atLeast);
    const Seed &s = this->seed(seed);
    int matched = 0;
    for (const Occurrence &o : s.mined.occurrences) {
        if (o.paragraph < 0 || (kind >= 0 && int(o.kind) != kind))
            continue;
        const QString path = s.mined.paragraphs[o.paragraph].sectionPath;
        const bool inside = sectionPrefix.isEmpty() ? path.isEmpty() : path.startsWith(sectionPrefix);
        if (!inside)
            continue;
        QVERIFY2(o.role == role, qPrintable(o.text + u" → " + o.role));
        ++matched;
    }
    QVERIFY2(matched >= atLeast, qPrintable(QString::number(matched)));
}

// 002 ends with a conclusion inside its last section; 004 ends with plans
// inside 存在的主要问题和下一步工作.
void TestSeedPhrases::closingParagraph()
{
    const Seed &s = seed(S(u"002"));
    const int last = int(s.mined.paragraphs.size()) - 1;
    QVERIFY(s.mined.paragraphs[last].text.startsWith(S(u"2023年，我局党建工作取得了一些进步")));
    int closing = 0;
    for (const Occurrence &o : s.mined.occurrences) {
        if (o.paragraph == last) {
            QCOMPARE(o.role, S(u"结尾"));
            ++closing;
        } else if (o.paragraph >= 0) {
            QCOMPARE_NE(o.role, S(u"结尾"));
        }
    }
    QVERIFY(closing >= 2);

    const Seed &t = seed(S(u"004"));
    const int end = int(t.mined.paragraphs.size()) - 1;
    QVERIFY(t.mined.paragraphs[end].text.startsWith(S(u"下一步，XXX党组")));
    for (const Occurrence &o : t.mined.occurrences) {
        if (o.paragraph == end)
            QCOMPARE(o.role, S(u"下一步打算"));
        if (o.paragraph == end - 1 && o.kind == PhraseKind::Point)
            QCOMPARE(o.role, S(u"存在问题"));
    }
}

void TestSeedPhrases::topics_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("topic");
    QTest::newRow("nominal: theory study") << S(u"000") << int(PhraseKind::Sentence)
                                           << S(u"高质量编制理论学习清单") << S(u"理论学习");
    QTest::newRow("nominal: ideology") << S(u"000") << int(PhraseKind::Sentence)
                                       << S(u"印发年度意识形态工作要点") << S(u"意识形态");
    QTest::newRow("nominal: clean government") << S(u"002") << int(PhraseKind::Point) << S(u"廉政教育到位")
                                               << S(u"党风廉政");
    QTest::newRow("nominal: organisation") << S(u"001") << int(PhraseKind::Point)
                                           << S(u"按规定完成基层党组织成立选举工作") << S(u"组织建设");
    QTest::newRow("nominal: responsibility") << S(u"000") << int(PhraseKind::Point) << S(u"坚决扛牢机关党建责任")
                                             << S(u"主体责任");
    QTest::newRow("nominal: integration") << S(u"001") << int(PhraseKind::Parallel) << S(u"同安排、同部署")
                                          << S(u"党建与业务融合");
}

void TestSeedPhrases::topics()
{
    QFETCH(QString, seed);
    QFETCH(int, kind);
    QFETCH(QString, needle);
    QFETCH(QString, topic);
    const QList<Occurrence> found = find(PhraseKind(kind), needle, seed);
    QVERIFY2(!found.isEmpty(), qPrintable(needle));
    for (const Occurrence &o : found)
        QCOMPARE(o.topic, topic);
    QCOMPARE(classifyTopic(found[0].text), topic);
}

QTEST_GUILESS_MAIN(TestSeedPhrases)
#include "tst_seedphrases.moc"
