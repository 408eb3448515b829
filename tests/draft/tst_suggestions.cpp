#include "draft/outlineops.h"
#include "draft/suggestions.h"
#include "library/phrasecontext.h"
#include "library/phrasesearch.h"
#include "libraryfixture.h"

#include <QTest>

using namespace gaozi;

namespace {

QStringList texts(const QList<PhraseRecord> &phrases)
{
    QStringList out;
    for (const auto &p : phrases)
        out << p.text;
    return out;
}

} // namespace

class TestSuggestions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_lib.open(true)); }

    void sectionRoleAndTopic()
    {
        Draft d;
        const int work = outline::addChild(d, 0, QStringLiteral("2024年工作开展情况"));
        const int study = outline::addChild(d, work, QStringLiteral("坚持理论武装，强化理论学习"));
        const int problems = outline::addChild(d, 0, QStringLiteral("存在的问题及原因"));
        const int problem = outline::addChild(d, problems, QStringLiteral("学习不够深入"));
        const int next = outline::addChild(d, 0, QStringLiteral("下一步工作打算"));
        const int planned = outline::addChild(d, 0, QStringLiteral("重点工作"));
        findSection(d, planned)->role = QStringLiteral("下一步打算");

        QCOMPARE(sectionContext(d, work).role, QStringLiteral("做法成效"));
        QCOMPARE(sectionContext(d, study).topic, QStringLiteral("理论学习"));
        QCOMPARE(sectionContext(d, problems).role, QStringLiteral("存在问题"));
        QCOMPARE(sectionContext(d, problem).role, QStringLiteral("存在问题")); // from its parent
        QCOMPARE(sectionContext(d, next).role, QStringLiteral("下一步打算"));
        QCOMPARE(sectionContext(d, planned).role, QStringLiteral("下一步打算")); // the template said so
        QCOMPARE(sectionContext(d, 0).role, QStringLiteral("开头"));
        QCOMPARE(sectionContext(d, work).siblingHeadings,
                 (QStringList{QStringLiteral("存在的问题及原因"), QStringLiteral("下一步工作打算"), QStringLiteral("重点工作")}));
    }

    void pairedHeadingsKeepTheSiblingsShape_data()
    {
        QTest::addColumn<QStringList>("siblings");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: 聚焦X过硬，持续Y")
            << QStringList{QStringLiteral("聚焦思想过硬，持续强化理论武装"), QStringLiteral("聚焦政治过硬，持续加强政治机关建设")}
            << QStringList{QStringLiteral("聚焦组织过硬，持续建强基层战斗堡垒"), QStringLiteral("聚焦作风过硬，持续强化党风廉政建设")};
        QTest::newRow("nominal: X抓Y，强化Z")
            << QStringList{QStringLiteral("系统抓教育，强化理想信念"), QStringLiteral("严格抓管理，强化责任落实")}
            << QStringList{QStringLiteral("持续抓作风，强化监督管理")};
    }
    void pairedHeadingsKeepTheSiblingsShape()
    {
        QFETCH(QStringList, siblings);
        QFETCH(QStringList, expected);
        SectionContext c;
        c.uid = 1;
        c.role = QStringLiteral("做法成效");
        c.siblingHeadings = siblings;
        auto s = suggestForSection(*m_lib.db, c);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(s->shape.has_value());
        const QStringList paired = texts(s->pairedHeadings);
        for (const auto &e : expected)
            QVERIFY2(paired.contains(e), qPrintable(paired.join(u'|')));
        for (const auto &sibling : siblings)
            QVERIFY(!paired.contains(sibling));
    }

    void phrasingFitsTheRole()
    {
        SectionContext c;
        c.uid = 1;
        c.heading = QStringLiteral("存在的问题");
        c.role = QStringLiteral("存在问题");
        auto s = suggestForSection(*m_lib.db, c);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(s->phrasing.size() >= 5);
        for (const auto &p : s->phrasing) {
            QCOMPARE(p.role, QStringLiteral("存在问题"));
            QVERIFY(p.kind == PhraseKind::Sentence || p.kind == PhraseKind::Point || p.kind == PhraseKind::Parallel);
        }
        QVERIFY(!s->headings.isEmpty());
        QCOMPARE(s->headings.first().kind, PhraseKind::Heading);
    }

    void phrasingFitsTheTopic()
    {
        SectionContext c;
        c.uid = 1;
        c.role = QStringLiteral("做法成效");
        c.topic = QStringLiteral("理论学习");
        auto s = suggestForSection(*m_lib.db, c);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(!s->topicRelaxed);
        QVERIFY(s->phrasing.size() >= 8);
        for (const auto &p : s->phrasing)
            QCOMPARE(p.topic, QStringLiteral("理论学习"));
    }

    void sentenceAtCutsOneSentence_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("nominal: next sentence") << QStringLiteral("甲乙丙。丁戊己；庚。") << 4 << QStringLiteral("丁戊己；");
        QTest::newRow("nominal: skips the previous sentence's end") << QStringLiteral("甲乙丙。丁戊己。") << 3
                                                                    << QStringLiteral("丁戊己。");
        QTest::newRow("nominal: runs to the end") << QStringLiteral("甲乙丙。丁戊己") << 3 << QStringLiteral("丁戊己");
        QTest::newRow("robustness: nothing left") << QStringLiteral("甲乙丙。") << 3 << QString();
        QTest::newRow("robustness: past the end") << QStringLiteral("甲") << 9 << QString();
    }
    void sentenceAtCutsOneSentence()
    {
        QFETCH(QString, paragraph);
        QFETCH(int, from);
        QFETCH(QString, sentence);
        QCOMPARE(sentenceAt(paragraph, from), sentence);
    }

    void followingSentencesComeFromTheSources()
    {
        // 002 runs its first heading into the body: 一、聚焦思想过硬，持续强化理论武装。一是扎实开展……
        SearchQuery q;
        q.text = QStringLiteral("聚焦思想过硬");
        q.kind = PhraseKind::Heading;
        auto hits = PhraseSearch(*m_lib.db).search(q);
        QVERIFY(hits.ok() && !hits->hits.isEmpty());
        auto next = followingSentences(*m_lib.db, hits->hits.first().phrase.id);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QVERIFY(!next->isEmpty());
        QVERIFY2(next->first().text.startsWith(QStringLiteral("一是扎实开展")), qPrintable(next->first().text));
        QCOMPARE(next->first().count, 1);
        QVERIFY(!next->first().documentTitle.isEmpty());
    }

    void followingSentencesPreferMinedPhrases()
    {
        // Every sentence phrase that does not end its paragraph has a follower;
        // when the follower was mined, it comes back as that phrase (slots and all).
        SearchQuery q;
        q.kind = PhraseKind::Sentence;
        q.limit = 50;
        auto hits = PhraseSearch(*m_lib.db).search(q);
        QVERIFY(hits.ok());
        int withPhrase = 0;
        for (const auto &hit : hits->hits) {
            auto next = followingSentences(*m_lib.db, hit.phrase.id);
            QVERIFY(next.ok());
            for (const auto &f : next.value()) {
                QVERIFY(!f.text.isEmpty());
                if (f.phraseId > 0) {
                    ++withPhrase;
                    QCOMPARE(PhraseSearch(*m_lib.db).phrase(f.phraseId)->text, f.text);
                }
            }
        }
        QVERIFY(withPhrase > 0);
    }

private:
    test::LibraryFixture m_lib;
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
