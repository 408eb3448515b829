#include "libraryfixture.h"

#include "draft/draftconvert.h"
#include "draft/draftstore.h"
#include "seeddraft.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace gaozi;

// `gaozi-cli check` with a library: the copy ratio against --db (or the default library
// when one exists), and --draft ID for a draft stored in it.
class TestCliCheckLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copyRatioAgainstDb();
    void noCopySkipsTheLibrary();
    void defaultLibraryOnlyWhenItExists();
    void draftAsJson();
    void draftAsText();
    void draftYearOption();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QString &xdg = {});
    static QList<QJsonObject> withRule(const Run &r, const QString &prefix);

    test::LibraryFixture m_lib;
    QTemporaryDir m_dir;
    qint64 m_seed001 = 0;
    qint64 m_seed004 = 0;
};

TestCliCheckLibrary::Run TestCliCheckLibrary::cli(const QStringList &args, const QString &xdg)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdg.isEmpty() ? m_dir.filePath(QStringLiteral("xdg-empty")) : xdg);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAOZI_CLI_PATH), QStringList{QStringLiteral("check")} + args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QList<QJsonObject> TestCliCheckLibrary::withRule(const Run &r, const QString &prefix)
{
    QList<QJsonObject> out;
    for (const auto &v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toObject().value(QStringLiteral("rule")).toString().startsWith(prefix))
            out.append(v.toObject());
    }
    return out;
}

void TestCliCheckLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_lib.open(true));
    DraftStore store(*m_lib.db);
    auto id = store.create(test::seedDraft(test::seedPath(QStringLiteral("001"))));
    QVERIFY2(id, qPrintable(id.error()));
    m_seed001 = id.value();
    id = store.create(test::seedDraft(test::seedPath(QStringLiteral("004"))));
    QVERIFY2(id, qPrintable(id.error()));
    m_seed004 = id.value();
    // Everything in the main file, so a plain copy is a whole library.
    QSqlQuery q(m_lib.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

void TestCliCheckLibrary::copyRatioAgainstDb()
{
    const Run r = cli({test::seedPath(QStringLiteral("001")), QStringLiteral("--db"), m_lib.path(), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QJsonObject> summary = withRule(r, QStringLiteral("copy.summary"));
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary[0].value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    const QList<QJsonObject> copies = withRule(r, QStringLiteral("copy.sentence"));
    QVERIFY(copies.size() > 10);
    for (const QJsonObject &o : copies) {
        QVERIFY(o.value(QStringLiteral("line")).toInt() > 0);
        QVERIFY(!o.value(QStringLiteral("excerpt")).toString().isEmpty());
    }
    QVERIFY(copies[0].value(QStringLiteral("message")).toString().contains(QStringLiteral("001_")));
}

void TestCliCheckLibrary::noCopySkipsTheLibrary()
{
    const Run r = cli({test::seedPath(QStringLiteral("001")), QStringLiteral("--db"), m_lib.path(),
                       QStringLiteral("--no-copy"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(withRule(r, QStringLiteral("copy.")).isEmpty());
    QVERIFY(!withRule(r, QStringLiteral("placeholder")).isEmpty());
}

void TestCliCheckLibrary::defaultLibraryOnlyWhenItExists()
{
    const QString xdg = m_dir.filePath(QStringLiteral("xdg-default"));
    const QString libraryFile = xdg + QStringLiteral("/Gaozi/gaozi/library.sqlite");
    const QStringList args = {test::seedPath(QStringLiteral("001")), QStringLiteral("--json")};

    // No library yet: the copy ratio is skipped, and checking does not create one.
    Run r = cli(args, xdg);
    QCOMPARE(r.code, 0);
    QVERIFY(withRule(r, QStringLiteral("copy.")).isEmpty());
    QVERIFY(!QFile::exists(libraryFile));

    QVERIFY(QDir().mkpath(QFileInfo(libraryFile).path()));
    QVERIFY(QFile::copy(m_lib.path(), libraryFile));
    r = cli(args, xdg);
    QCOMPARE(r.code, 0);
    QCOMPARE(withRule(r, QStringLiteral("copy.summary")).size(), 1);
    QVERIFY(withRule(r, QStringLiteral("copy.sentence")).size() > 10);
}

void TestCliCheckLibrary::draftAsJson()
{
    const Run r = cli({QStringLiteral("--draft"), QString::number(m_seed001), QStringLiteral("--db"), m_lib.path(),
                       QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QVERIFY(all.size() > 100);
    const QStringList keys = {QStringLiteral("rule"),    QStringLiteral("severity"), QStringLiteral("section"),
                              QStringLiteral("line"),    QStringLiteral("excerpt"),  QStringLiteral("message"),
                              QStringLiteral("suggestion"), QStringLiteral("paragraph"), QStringLiteral("offset"),
                              QStringLiteral("length"),  QStringLiteral("fix")};
    for (const auto &v : all) {
        for (const QString &k : keys)
            QVERIFY2(v.toObject().contains(k), qPrintable(k));
    }
    const QList<QJsonObject> placeholders = withRule(r, QStringLiteral("placeholder"));
    QVERIFY(placeholders.size() > 100);
    QCOMPARE(placeholders[0].value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // 件件 on the line the exported text shows it on, in its section.
    const QList<QJsonObject> doubled = withRule(r, QStringLiteral("typography.doubled-character"));
    QCOMPARE(doubled.size(), 1);
    auto draft = DraftStore(*m_lib.db).load(m_seed001);
    QVERIFY(draft);
    const QStringList lines = draftToPlainText(draft.value()).split(u'\n');
    const int line = doubled[0].value(QStringLiteral("line")).toInt();
    QVERIFY(line > 0 && line <= lines.size());
    QVERIFY(lines[line - 1].contains(QStringLiteral("办公条件件")));
    QVERIFY(doubled[0].value(QStringLiteral("section")).toString().contains(QStringLiteral("存在问题")));
    QVERIFY(doubled[0].value(QStringLiteral("excerpt")).toString().contains(QStringLiteral("件件")));
    QCOMPARE(doubled[0].value(QStringLiteral("fix")).toObject().value(QStringLiteral("replacement")).toString(),
             QString());

    // The draft is compared with the library it lives in: seed 001 is there.
    QVERIFY(withRule(r, QStringLiteral("copy.sentence")).size() > 10);
}

void TestCliCheckLibrary::draftAsText()
{
    const Run r = cli({QStringLiteral("--draft"), QString::number(m_seed001), QStringLiteral("--db"), m_lib.path(),
                       QStringLiteral("--no-copy")});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    const QString name = QStringLiteral("XX党委（党工委）书记2023年度抓党建工作述职报告");
    QVERIFY2(out.startsWith(name + QStringLiteral(": checked as a document of year 2023\n")), qPrintable(out.left(200)));
    QVERIFY(out.contains(QStringLiteral(": warning: [typography.doubled-character]")));
    QVERIFY(out.contains(QStringLiteral(": error: [placeholder]")));
}

void TestCliCheckLibrary::draftYearOption()
{
    auto outdated = [&](const QString &year) {
        return withRule(cli({QStringLiteral("--draft"), QString::number(m_seed004), QStringLiteral("--db"), m_lib.path(),
                             QStringLiteral("--no-copy"), QStringLiteral("--json"), QStringLiteral("--year"), year}),
                        QStringLiteral("timeliness.outdated"))
            .size();
    };
    QCOMPARE(outdated(QStringLiteral("2020")), 0);
    QVERIFY(outdated(QStringLiteral("2024")) >= 5);
}

void TestCliCheckLibrary::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withDb");
    QTest::newRow("robustness: no such draft") << QStringList{QStringLiteral("--draft"), QStringLiteral("99999")} << true;
    QTest::newRow("robustness: draft id not a number") << QStringList{QStringLiteral("--draft"), QStringLiteral("abc")}
                                                       << true;
    QTest::newRow("robustness: draft and a file")
        << QStringList{QStringLiteral("--draft"), QStringLiteral("1"), test::seedPath(QStringLiteral("000"))} << true;
    QTest::newRow("robustness: draft without any library") << QStringList{QStringLiteral("--draft"), QStringLiteral("1")}
                                                           << false;
}

void TestCliCheckLibrary::errors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withDb);
    if (withDb)
        args << QStringLiteral("--db") << m_lib.path();
    const Run r = cli(args);
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCheckLibrary)
#include "tst_cli_checklibrary.moc"
