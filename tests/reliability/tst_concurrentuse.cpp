#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "library/database.h"
#include "library/importer.h"
#include "library/librarywriter.h"
#include "reliabilitysupport.h"
#include "ui/librarysession.h"
#include "ui/translation.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <thread>

using namespace gaozi;

// The window and `gaozi-cli import` on the same library at once: both sets
// of writes arrive, and the user never reads SQLite's "database is locked".
// When a lock cannot be had in time the message says what happened and a
// retry succeeds.
class TestConcurrentUse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoFirstOpensAtOnce();
    void sessionWritesDuringCliImport();
    void lockHeldTooLongIsAClearRetryableError();
    void busyMessageIsTranslated(); // last: it installs the Chinese catalogue

private:
    QTemporaryDir m_tmp;
    QString m_corpus;
    int m_files = 0;
};

namespace {

const QString kRawLockText = QStringLiteral("database is locked");

bool isBusyMessage(const QString &error)
{
    return isBusyLibraryError(error) && error.contains(QStringLiteral("Try again"));
}

// A user's action: done at once, or after retrying when the library was busy.
// Every error it saw is kept for the test to inspect.
template<typename R>
R withRetry(const std::function<R()> &action, QStringList *errors)
{
    for (int attempt = 0;; ++attempt) {
        R result = action();
        if (result.ok() || attempt == 50)
            return result;
        errors->append(result.error());
        if (!isBusyMessage(result.error()))
            return result;
    }
}

Draft newDraft()
{
    auto genre = genreTemplate(QStringLiteral("annual-summary"));
    return draftFromTemplate(genre.value(), {QStringLiteral("XX局"), 2024, {}, {}}, QStringLiteral("并发"));
}

} // namespace

void TestConcurrentUse::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_corpus = m_tmp.filePath(QStringLiteral("corpus"));
    QString error;
    m_files = test::generateCorpus(m_corpus, 1, &error);
    QVERIFY2(m_files > 20, qPrintable(error));
}

void TestConcurrentUse::twoFirstOpensAtOnce()
{
    // The window and an import started together on a library that does not
    // exist yet: both create it, neither fails on the other's tables.
    for (int round = 0; round < 20; ++round) {
        const QString path = m_tmp.filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        QString errors[2];
        std::atomic<int> ready{0};
        const auto open = [&](int who) {
            ++ready;
            while (ready.load() < 2) {
            }
            auto db = Database::open(path);
            if (!db)
                errors[who] = db.error();
        };
        std::thread a(open, 0);
        std::thread b(open, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    }
}

void TestConcurrentUse::sessionWritesDuringCliImport()
{
    const QString path = m_tmp.filePath(QStringLiteral("shared.sqlite"));
    auto opened = ui::LibrarySession::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ui::LibrarySession &session = *opened.value();
    const ImportReport seeded = seedBundledCorpus(session.db());
    QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
    const int seedDocuments = seeded.count(ImportItem::Status::Imported);
    QList<qint64> mined;
    {
        QSqlQuery q(session.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM phrases WHERE user = 0 ORDER BY id LIMIT 400")));
        while (q.next())
            mined << q.value(0).toLongLong();
    }
    QVERIFY(mined.size() >= 100);
    Draft draft = newDraft();
    auto draftId = DraftStore(session.db()).create(draft);
    QVERIFY2(draftId.ok(), qPrintable(draftId.error()));
    draft.id = draftId.value();

    QProcess child;
    test::startCli(child, {QStringLiteral("import"), m_corpus, QStringLiteral("--db"), path, QStringLiteral("--json")},
                   m_tmp.path());
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    QStringList errors;
    QList<qint64> userPhrases;
    QSet<qint64> favourites;
    QString lastBody;
    int round = 0;
    int roundsDuringImport = 0;
    // Keep writing while the import runs, the way a user keeps working.
    while (child.state() != QProcess::NotRunning || round < 5) {
        // A phrase of the user's own, on a worker thread (LibrarySession::run).
        // Digits would become a {数} slot and merge the phrases: the round is spelled in stems instead.
        static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        const QString tag = QString(stems[round / 100 % 10]) + stems[round / 10 % 10] + stems[round % 10];
        const QString text = QStringLiteral("%1号自己写的短语：坚持把党的政治建设摆在首位").arg(tag);
        auto added = withRetry<Result<qint64>>(
            [&] {
                return session
                    .run<Result<qint64>>([text](Database &db) {
                        return LibraryWriter(db).addUserPhrase(PhraseKind::Sentence, text, {}, {});
                    })
                    .result();
            },
            &errors);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY2(!userPhrases.contains(added.value()), "each round adds a phrase of its own");
        userPhrases << added.value();

        // A favourite, on the window's own connection (a quick call).
        const qint64 favourite = mined[round % mined.size()];
        const Status marked = withRetry<Status>([&] { return LibraryWriter(session.db()).setFavourite(favourite, true); },
                                                &errors);
        QVERIFY2(marked.ok(), qPrintable(marked.error()));
        favourites.insert(favourite);

        // An autosave of the open draft.
        draft.sections[0].children[0].body = QStringLiteral("第%1次保存的正文。").arg(round);
        const Draft snapshot = draft;
        const Status saved = withRetry<Status>(
            [&] {
                return session.run<Status>([snapshot](Database &db) { return DraftStore(db).save(snapshot); }).result();
            },
            &errors);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        lastBody = draft.sections[0].children[0].body;

        if (child.state() != QProcess::NotRunning)
            ++roundsDuringImport;
        ++round;
        child.waitForFinished(10);
    }
    if (child.state() != QProcess::NotRunning)
        QVERIFY(child.waitForFinished(-1));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains(kRawLockText.toUtf8()), err.constData());
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("error")).toString(), QString());
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), m_files);
    qInfo("%d rounds of session writes, %d while the import ran; %lld busy retries", round, roundsDuringImport,
          qint64(errors.size()));
    QVERIFY2(roundsDuringImport > 0, "the session wrote while the import ran");
    for (const QString &e : std::as_const(errors)) {
        QVERIFY2(!e.contains(kRawLockText), qPrintable(e));
        QVERIFY2(isBusyMessage(e), qPrintable(e));
    }
    session.waitForWorkers();

    // Nothing lost on either side.
    QSqlQuery q(session.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next());
    QCOMPARE(q.value(0).toInt(), seedDocuments + m_files);
    for (const qint64 id : std::as_const(userPhrases)) {
        QVERIFY(q.exec(QStringLiteral("SELECT user FROM phrases WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM phrases WHERE user = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), userPhrases.size());
    for (const qint64 id : std::as_const(favourites)) {
        // A favourite may have been a mined phrase the import recounted: it must still be there and marked.
        QVERIFY(q.exec(QStringLiteral("SELECT favourite FROM phrases WHERE id = %1").arg(id)));
        QVERIFY2(q.next(), qPrintable(QStringLiteral("favourite phrase %1 vanished").arg(id)));
        QCOMPARE(q.value(0).toInt(), 1);
    }
    auto reloaded = DraftStore(session.db()).load(draft.id);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QCOMPARE(reloaded->sections[0].children[0].body, lastBody);
    const test::CliRun doctor =
        test::runCli({QStringLiteral("doctor"), QStringLiteral("--db"), path, QStringLiteral("--json")}, m_tmp.path());
    QVERIFY2(doctor.code == 0, QByteArray(doctor.out + doctor.err).constData());
}

void TestConcurrentUse::lockHeldTooLongIsAClearRetryableError()
{
    const QString path = m_tmp.filePath(QStringLiteral("held.sqlite"));
    auto opened = ui::LibrarySession::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ui::LibrarySession &session = *opened.value();

    // Another program holds the write lock for longer than Gaozi waits.
    auto holder = Database::open(path);
    QVERIFY2(holder.ok(), qPrintable(holder.error()));
    QSqlQuery hold(holder.value()->connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    const auto addPhrase = [&] {
        return session
            .run<Result<qint64>>([](Database &db) {
                return LibraryWriter(db).addUserPhrase(PhraseKind::Sentence, QStringLiteral("锁住时写下的短语"), {}, {});
            })
            .result();
    };
    const Result<qint64> blocked = addPhrase();
    QVERIFY(!blocked.ok());
    QVERIFY2(!blocked.error().contains(kRawLockText), qPrintable(blocked.error()));
    QVERIFY2(isBusyMessage(blocked.error()), qPrintable(blocked.error()));

    // An import against the held library stops with the same clear message.
    const test::CliRun cli = test::runCli(
        {QStringLiteral("import"), m_corpus, QStringLiteral("--db"), path, QStringLiteral("--no-seed")}, m_tmp.path());
    QVERIFY(cli.code != 0);
    QVERIFY2(!cli.err.contains(kRawLockText.toUtf8()), cli.err.constData());
    QVERIFY2(isBusyMessage(QString::fromUtf8(cli.err)), cli.err.constData());

    // Once the lock is released, trying again works.
    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    const Result<qint64> retried = addPhrase();
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
}

void TestConcurrentUse::busyMessageIsTranslated()
{
    QVERIFY(ui::installTranslations(QCoreApplication::instance(), ui::ChineseLanguage));
    const QString message = busyLibraryMessage();
    QVERIFY2(message.startsWith(QStringLiteral("素材库正忙")), qPrintable(message));
    QVERIFY(isBusyLibraryError(QStringLiteral("gaozi-cli: ") + message));
}

QTEST_GUILESS_MAIN(TestConcurrentUse)
#include "tst_concurrentuse.moc"
