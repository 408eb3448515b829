#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "libraryfixture.h"

#include <QTest>

using namespace gaozi;

class TestUserPhrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addEditDelete();
    void onlyOwnPhrasesEditable();
    void favourites();
    void emptyTextRefused();
};

static SearchResult find(Database &db, const QString &text, bool favourites = false)
{
    SearchQuery q;
    q.text = text;
    q.favouritesOnly = favourites;
    q.limit = 1000;
    return PhraseSearch(db).search(q).value();
}

void TestUserPhrases::addEditDelete()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    LibraryWriter w(*lib.db);
    auto id = w.addUserPhrase(PhraseKind::Sentence, QStringLiteral("坚持把自创的句子落到实处。"), QStringLiteral("做法成效"),
                              QStringLiteral("组织建设"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto hits = find(*lib.db, QStringLiteral("自创"));
    QCOMPARE(hits.total, 1);
    QVERIFY(hits.hits.first().phrase.user);
    QCOMPARE(hits.hits.first().phrase.topic, QStringLiteral("组织建设"));

    QVERIFY(w.updateUserPhrase(id.value(), PhraseKind::Sentence, QStringLiteral("坚持把改过的句子落到实处。"),
                               QStringLiteral("下一步打算"), QStringLiteral("组织建设"))
                .ok());
    QCOMPARE(find(*lib.db, QStringLiteral("自创")).total, 0);
    QCOMPARE(find(*lib.db, QStringLiteral("改过")).hits.first().phrase.role, QStringLiteral("下一步打算"));

    QVERIFY(w.deleteUserPhrase(id.value()).ok());
    QCOMPARE(find(*lib.db, QStringLiteral("改过")).total, 0);
}

void TestUserPhrases::onlyOwnPhrasesEditable()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const qint64 mined = find(*lib.db, QStringLiteral("党建")).hits.first().phrase.id;
    LibraryWriter w(*lib.db);
    QVERIFY(!w.updateUserPhrase(mined, PhraseKind::Sentence, QStringLiteral("改"), {}, {}).ok());
    QVERIFY(!w.deleteUserPhrase(mined).ok());
    QVERIFY(find(*lib.db, QStringLiteral("党建")).total > 0);
}

void TestUserPhrases::favourites()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(true));
    const auto hits = find(*lib.db, QStringLiteral("学习"));
    QVERIFY(hits.hits.size() >= 2);
    LibraryWriter w(*lib.db);
    QVERIFY(w.setFavourite(hits.hits[0].phrase.id, true).ok());
    QVERIFY(w.setFavourite(hits.hits[1].phrase.id, true).ok());
    QCOMPARE(find(*lib.db, {}, true).total, 2);
    QVERIFY(w.setFavourite(hits.hits[1].phrase.id, false).ok());
    const auto favs = find(*lib.db, {}, true);
    QCOMPARE(favs.total, 1);
    QCOMPARE(favs.hits.first().phrase.id, hits.hits[0].phrase.id);
    QVERIFY(!w.setFavourite(99999999, true).ok());
}

void TestUserPhrases::emptyTextRefused()
{
    test::LibraryFixture lib;
    QVERIFY(lib.open(false));
    auto id = LibraryWriter(*lib.db).addUserPhrase(PhraseKind::Sentence, QStringLiteral("  。，  "), {}, {});
    QVERIFY(!id.ok());
}

QTEST_GUILESS_MAIN(TestUserPhrases)
#include "tst_userphrases.moc"
