#include "library/librarystats.h"
#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "library/termrefresh.h"
#include "libraryfixture.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;

// A term in more documents than the preview lists keeps source rows for the
// newest of them only, in the preview's order, while its counts cover every
// document; a large library's statistical terms are mined from a sample.
class TestTermRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commonTermKeepsTheNewestSources();
    void countsCoverEveryDocument();
    void libraryCheckAcceptsTheKeptSources();
    void largeLibraryIsMinedFromASample();
    void scanAheadWritesWhatAScanInStoreWrites();
    void termAddedAfterTheScanAheadIsScannedToo();

private:
    static constexpr int kDocuments = kSourcesListed + 5;
    // Document i is of the year 2000 + i / 10, so the oldest year has ten.
    static int yearOf(int i) { return 2000 + i / 10; }
    static QString fileName(int i) { return QStringLiteral("d%1.txt").arg(i, 3, 10, QLatin1Char('0')); }
    qint64 termId(const QString &text);
    // Every term with its counts and its source rows, one line each, sorted.
    QStringList termRows();

    test::LibraryFixture m_library;
    QTemporaryDir m_corpus;
};

void TestTermRefresh::initTestCase()
{
    QVERIFY(m_library.open(false));
    for (int i = 0; i < kDocuments; ++i) {
        QFile f(m_corpus.filePath(fileName(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString text = QStringLiteral("第%1党支部%2年党建工作总结\n"
                                            "今年以来，支部认真落实“三会一课”制度，第%1次专题学习按期召开。\n"
                                            "一、主要做法\n（一）严格落实“三会一课”，全年召开支部党员大会%1次。\n")
                                 .arg(i + 1)
                                 .arg(yearOf(i));
        f.write(text.toUtf8());
    }
    const ImportReport report = Importer(*m_library.db).run({m_corpus.path()});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.count(ImportItem::Status::Imported), kDocuments);
}

qint64 TestTermRefresh::termId(const QString &text)
{
    QSqlQuery q(m_library.db->connection());
    q.prepare(QStringLiteral("SELECT id FROM phrases WHERE kind = 'term' AND text = ?"));
    q.addBindValue(text);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList TestTermRefresh::termRows()
{
    QStringList rows;
    QSqlQuery q(m_library.db->connection());
    if (!q.exec(QStringLiteral("SELECT p.text, p.occurrences, p.doc_count, p.rank, s.document_id, s.paragraph_id,"
                               " s.offset, s.length, s.hits FROM phrases p LEFT JOIN sources s ON s.phrase_id = p.id"
                               " WHERE p.kind = 'term'")))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    rows.sort();
    return rows;
}

void TestTermRefresh::commonTermKeepsTheNewestSources()
{
    const qint64 id = termId(QStringLiteral("三会一课"));
    QVERIFY(id > 0);
    auto sources = PhraseSearch(*m_library.db).sources(id, kDocuments);
    QVERIFY2(sources, qPrintable(sources.error()));
    QCOMPARE(sources->size(), kSourcesListed);
    // Newest year first; within a year, in import order. The five left out
    // are the last of the oldest year: d005 … d009.
    QCOMPARE(sources->first().fileName, fileName(kDocuments - 5)); // year 2020 holds d200 … d204
    QStringList kept;
    for (const SourceView &s : sources.value())
        kept << s.fileName;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(kept.contains(fileName(i)), i < 5);
    QCOMPARE(kept.last(), fileName(4));
    // Each kept row points at the term in its paragraph.
    for (const SourceView &s : sources.value())
        QCOMPARE(s.paragraphText.mid(s.offset, s.length), QStringLiteral("三会一课"));
}

void TestTermRefresh::countsCoverEveryDocument()
{
    auto phrase = PhraseSearch(*m_library.db).phrase(termId(QStringLiteral("三会一课")));
    QVERIFY2(phrase, qPrintable(phrase.error()));
    QCOMPARE(phrase->documents, kDocuments);
    QCOMPARE(phrase->occurrences, 2 * kDocuments);
}

void TestTermRefresh::libraryCheckAcceptsTheKeptSources()
{
    GAOZI_VERIFY_DOCTOR(*m_library.db);
    // A term whose rows were lost is still caught.
    QSqlQuery q(m_library.db->connection());
    QVERIFY(q.exec(QStringLiteral("SAVEPOINT damage")));
    q.prepare(QStringLiteral("DELETE FROM sources WHERE phrase_id = ? AND rowid IN"
                             " (SELECT rowid FROM sources WHERE phrase_id = ? LIMIT 3)"));
    const qint64 id = termId(QStringLiteral("三会一课"));
    q.addBindValue(id);
    q.addBindValue(id);
    QVERIFY(q.exec());
    auto damaged = checkLibrary(*m_library.db);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK TO damage")));
    QVERIFY(q.exec(QStringLiteral("RELEASE damage")));
    QVERIFY(damaged);
    QVERIFY(damaged->problems.join(u'\n').contains(QStringLiteral("terms with the wrong number of sources: 1")));
}

void TestTermRefresh::largeLibraryIsMinedFromASample()
{
    QSqlQuery q(m_library.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sum(length(text)) FROM paragraphs")) && q.next());
    const qint64 total = q.value(0).toLongLong();

    auto whole = refreshTerms(*m_library.db);
    QVERIFY2(whole, qPrintable(whole.error()));
    QCOMPARE(whole->minedCharacters, total);

    TermRefreshOptions options;
    options.miningCharacters = total / 4;
    auto sampled = refreshTerms(*m_library.db, options);
    QVERIFY2(sampled, qPrintable(sampled.error()));
    // Every fourth document: about a quarter of the text.
    QVERIFY(sampled->minedCharacters <= total / 4 + total / kDocuments);
    QVERIFY(sampled->minedCharacters >= total / 4 - total / kDocuments);
    // The sample decides which terms there are, not their counts.
    auto phrase = PhraseSearch(*m_library.db).phrase(termId(QStringLiteral("三会一课")));
    QVERIFY(phrase);
    QCOMPARE(phrase->documents, kDocuments);
    QCOMPARE(phrase->occurrences, 2 * kDocuments);
}

// An import mines and scans the terms on a connection of its own while the
// library's writer builds indexes (Importer::finish); the library must end
// up as a refresh that scans in store() leaves it.
void TestTermRefresh::scanAheadWritesWhatAScanInStoreWrites()
{
    auto whole = refreshTerms(*m_library.db);
    QVERIFY2(whole, qPrintable(whole.error()));
    const QStringList expected = termRows();
    QVERIFY(expected.size() > kSourcesListed);

    // Another library's rows would differ: clear what the scan writes.
    QSqlQuery q(m_library.db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sources WHERE phrase_id IN (SELECT id FROM phrases WHERE kind = 'term')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE phrases SET occurrences = 0, doc_count = 0, rank = 0 WHERE kind = 'term'")));
    QVERIFY(termRows() != expected);

    TermRefresh refresh;
    auto reader = Database::open(m_library.db->path());
    QVERIFY2(reader, qPrintable(reader.error()));
    QVERIFY(refresh.load(*reader.value()));
    refresh.mine();
    QVERIFY(refresh.scan(*reader.value()));
    auto ahead = refresh.store(*m_library.db);
    QVERIFY2(ahead, qPrintable(ahead.error()));
    QCOMPARE(ahead->sources, whole->sources);
    QCOMPARE(termRows(), expected);
}

void TestTermRefresh::termAddedAfterTheScanAheadIsScannedToo()
{
    TermRefresh refresh;
    QVERIFY(refresh.load(*m_library.db));
    refresh.mine();
    QVERIFY(refresh.scan(*m_library.db));
    const QString text = QStringLiteral("专题学习");
    QCOMPARE(termId(text), 0);
    auto added = LibraryWriter(*m_library.db).addUserPhrase(PhraseKind::Term, text, {}, {});
    QVERIFY2(added, qPrintable(added.error()));
    auto stored = refresh.store(*m_library.db);
    QVERIFY2(stored, qPrintable(stored.error()));
    auto sources = PhraseSearch(*m_library.db).sources(added.value(), kDocuments);
    QVERIFY2(sources, qPrintable(sources.error()));
    QCOMPARE(sources->size(), kSourcesListed);
    QCOMPARE(sources->first().paragraphText.mid(sources->first().offset, sources->first().length), text);
    GAOZI_VERIFY_DOCTOR(*m_library.db);
}

QTEST_GUILESS_MAIN(TestTermRefresh)
#include "tst_termrefresh.moc"
