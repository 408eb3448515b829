#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "draft/outlineops.h"
#include "libraryfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;

namespace {

Draft sampleDraft()
{
    auto genre = genreTemplate(QStringLiteral("annual-summary"));
    Draft d = draftFromTemplate(genre.value(), {QStringLiteral("XX局机关党委"), 2024, QStringLiteral("全年"), QDate(2025, 1, 6)},
                                QStringLiteral("2024年总结"));
    d.opening = QStringLiteral("2024年以来，……");
    outline::setBody(d, d.sections[0].children[0].uid, QStringLiteral("一是……；二是……。"));
    return d;
}

} // namespace

class TestDraftStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<test::LibraryFixture>();
        QVERIFY(m_lib->open(false));
    }

    void saveLoadRoundTrip()
    {
        DraftStore store(*m_lib->db);
        Draft d = sampleDraft();
        auto id = store.create(d);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        d.id = id.value();

        auto loaded = store.load(d.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(loaded->sameContent(d));
        QCOMPARE(loaded->id, d.id);
        QVERIFY(loaded->created.isValid());

        // An edit of every kind survives a save.
        Draft edited = loaded.value();
        edited.setTitle(QStringLiteral("自拟的标题"));
        edited.fields.period = QStringLiteral("上半年");
        outline::moveUp(edited, edited.sections[2].uid);
        outline::indent(edited, edited.sections[1].uid);
        outline::setBody(edited, edited.sections[0].uid, QStringLiteral("第一段\n第二段"));
        QVERIFY(store.save(edited).ok());
        auto again = store.load(d.id);
        QVERIFY(again.ok());
        QVERIFY(again->sameContent(edited));
        QCOMPARE(again->title(), QStringLiteral("自拟的标题"));
    }

    void listNewestFirst()
    {
        DraftStore store(*m_lib->db);
        Draft a = sampleDraft();
        a.name = QStringLiteral("甲");
        Draft b = sampleDraft();
        b.name = QStringLiteral("乙");
        a.id = store.create(a).value();
        b.id = store.create(b).value();
        QTest::qWait(5); // timestamps have millisecond resolution
        QVERIFY(store.save(a).ok());
        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("甲"));
        QCOMPARE(list->at(0).title, a.title());
        QCOMPARE(list->at(0).year, 2024);
        QVERIFY(list->at(0).charCount > 20);
    }

    void renameDuplicateDelete()
    {
        DraftStore store(*m_lib->db);
        const qint64 id = store.create(sampleDraft()).value();
        QVERIFY(store.rename(id, QStringLiteral("新名字")).ok());
        QVERIFY(!store.rename(id, QStringLiteral("  ")).ok());

        auto copy = store.duplicate(id);
        QVERIFY(copy.ok());
        QVERIFY(copy.value() != id);
        auto copied = store.load(copy.value());
        QCOMPARE(copied->name, QStringLiteral("新名字 副本"));
        QVERIFY(copied->sameContent([&] {
            Draft d = store.load(id).value();
            d.name = copied->name;
            return d;
        }()));
        // The copy is independent of the original.
        Draft changed = copied.value();
        outline::remove(changed, changed.sections[0].uid);
        QVERIFY(store.save(changed).ok());
        QCOMPARE(store.load(id)->sections.size(), 3);

        QVERIFY(store.remove(id).ok());
        QVERIFY(!store.load(id).ok());
        QVERIFY(!store.remove(id).ok());
        QCOMPARE(store.list()->size(), 1);
    }

    void unknownDraftIsAnError()
    {
        DraftStore store(*m_lib->db);
        Draft d = sampleDraft();
        d.id = 4242;
        QVERIFY(!store.save(d).ok());
        QVERIFY(store.load(4242).error().contains(QStringLiteral("4242")));
    }

    void olderLibraryGainsDrafts()
    {
        // A library written before drafts existed (schema 1) is migrated on open:
        // it gains the drafts table and the later search indexes. The file is
        // turned back into what schema 1 wrote: no drafts, the old rank indexes.
        const QString path = m_lib->dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            for (const char *sql : {"DROP TABLE drafts", "DROP INDEX phrases_rank", "DROP INDEX phrases_kind_rank",
                                    "DROP INDEX phrases_role_rank", "DROP INDEX phrases_topic_rank",
                                    "DROP INDEX phrases_favourite", "ALTER TABLE phrases DROP COLUMN sig",
                                    "CREATE INDEX phrases_rank ON phrases(rank DESC, id)",
                                    "CREATE INDEX phrases_kind_rank ON phrases(kind, rank DESC, id)",
                                    "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                      "('phrases_role_rank', 'phrases_topic_rank', 'phrases_favourite')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        DraftStore store(*db.value());
        QVERIFY(store.create(sampleDraft()).ok());
    }

private:
    std::unique_ptr<test::LibraryFixture> m_lib;
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
