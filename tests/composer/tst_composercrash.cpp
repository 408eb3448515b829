#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "library/database.h"
#include "uitestsupport.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;

// A composer that is killed mid-edit loses at most the last two seconds of
// typing, and leaves a sound library behind.
class TestComposerCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidEditKeepsTheDraft();
};

void TestComposerCrash::killedMidEditKeepsTheDraft()
{
    constexpr qint64 MaxLossMs = 2000;
    constexpr int EditsBeforeKill = 75; // about three seconds of typing

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString library = test::seededLibraryCopy(dir);
    QVERIFY(!library.isEmpty());
    qint64 id = 0;
    {
        auto db = Database::open(library);
        QVERIFY(db.ok());
        auto genre = genreTemplate(QStringLiteral("annual-summary"));
        QVERIFY(genre.ok());
        auto created = DraftStore(*db.value()).create(
            draftFromTemplate(genre.value(), {QStringLiteral("XX局"), 2024, {}, {}}, QStringLiteral("crash")));
        QVERIFY(created.ok());
        id = created.value();
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(CRASH_HELPER_PATH), {library, QString::number(id)});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    QHash<int, qint64> editTimes;
    int saves = 0;
    QString pending;
    static const QRegularExpression editLine(QStringLiteral("^edit (\\d+) (\\d+)$"));
    while (editTimes.size() < EditsBeforeKill) {
        if (child.state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("the helper stopped: ") + QString::fromLocal8Bit(child.readAllStandardError())));
        child.waitForReadyRead(1000);
        pending += QString::fromUtf8(child.readAllStandardOutput());
        while (pending.contains(u'\n')) {
            const QString line = pending.left(pending.indexOf(u'\n'));
            pending.remove(0, line.size() + 1);
            if (const auto m = editLine.match(line); m.hasMatch())
                editTimes.insert(m.captured(1).toInt(), m.captured(2).toLongLong());
            else if (line.startsWith(QStringLiteral("saved")))
                ++saves;
        }
    }
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    child.kill(); // SIGKILL: no destructor, no flush
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(saves > 0, "autosave ran while the edits went on");

    auto db = Database::open(library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

    auto draft = DraftStore(*db.value()).load(id);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    QCOMPARE(draft->sections.size(), 3);
    const QString body = draft->sections[0].children[0].body;
    // The markers are whole and in order: 【1】【2】…【last】.
    int last = 0;
    QString expected;
    while (body.size() > expected.size()) {
        expected += QStringLiteral("【%1】").arg(++last);
        if (!body.startsWith(expected))
            QFAIL(qPrintable(QStringLiteral("damaged body: %1").arg(body)));
    }
    QCOMPARE(body, expected);
    QVERIFY2(last > 0, "some edits were saved");
    // What was lost was typed in the last two seconds before the kill.
    const qint64 lostAfter = editTimes.value(last);
    qInfo("kept %d of %lld edits; the last kept was typed %lld ms before the kill", last,
          static_cast<long long>(editTimes.size()), static_cast<long long>(killedAt - lostAfter));
    QVERIFY2(killedAt - lostAfter <= MaxLossMs,
             qPrintable(QStringLiteral("lost %1 ms of typing").arg(killedAt - lostAfter)));
}

QTEST_GUILESS_MAIN(TestComposerCrash)
#include "tst_composercrash.moc"
