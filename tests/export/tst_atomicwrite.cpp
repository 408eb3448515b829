#include "export/atomicwrite.h"
#include "export/docxwriter.h"
#include "export/exporter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <grp.h>
#include <vector>
#include <sys/resource.h>
#include <unistd.h>

using namespace gaozi;

// A failed export must never cost the user the file they already had.
class TestAtomicWrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces();
    void failures_data();
    void failures();
    void diskFullKeepsOldFile();
    void docxWriterIsAtomicToo();
    void exportOnFullDiskKeepsPreviousExport_data();
    void exportOnFullDiskKeepsPreviousExport();
};

namespace {

constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

// Permission checks do not apply to root, so as root the test runs the write
// as nobody:nogroup (no supplementary groups) and switches back: the saved
// set-user-ID stays root.
class Unprivileged final
{
public:
    Unprivileged()
    {
        if (geteuid() != 0)
            return;
        const int count = getgroups(0, nullptr);
        m_groups.resize(std::max(count, 0));
        if (count > 0 && getgroups(count, m_groups.data()) != count)
            qFatal("getgroups failed");
        m_dropped = setgroups(0, nullptr) == 0 && setresgid(kNoGroup, kNoGroup, 0) == 0
            && setresuid(kNobody, kNobody, 0) == 0;
        if (!m_dropped)
            qFatal("could not drop privileges");
    }
    ~Unprivileged()
    {
        if (m_dropped
            && (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0
                || setgroups(m_groups.size(), m_groups.data()) != 0))
            qFatal("could not return to root");
    }
    Q_DISABLE_COPY_MOVE(Unprivileged)

private:
    std::vector<gid_t> m_groups;
    bool m_dropped = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs write with files limited to `bytes`: writes past it fail with EFBIG as
// a full disk fails them with ENOSPC, without needing a small file system.
Status onFullDisk(qint64 bytes, const std::function<Status()> &write)
{
    struct rlimit old;
    if (getrlimit(RLIMIT_FSIZE, &old) != 0)
        qFatal("getrlimit failed");
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = rlim_t(bytes);
    if (setrlimit(RLIMIT_FSIZE, &limited) != 0)
        qFatal("setrlimit failed");
    const Status status = write();
    if (setrlimit(RLIMIT_FSIZE, &old) != 0)
        qFatal("could not lift the file size limit");
    std::signal(SIGXFSZ, oldHandler);
    return status;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

void TestAtomicWrite::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("稿子.txt"));
    QVERIFY(writeFileAtomically(path, "first").ok());
    QCOMPARE(readAll(path), QByteArray("first"));
    QVERIFY(writeFileAtomically(path, "second, longer").ok());
    QCOMPARE(readAll(path), QByteArray("second, longer"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("稿子.txt")});
}

void TestAtomicWrite::failures_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("target"); // relative to the temporary folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("robustness: read-only folder") << QStringLiteral("readonly-dir") << QStringLiteral("ro/out.docx")
                                                  << QStringLiteral("read-only");
    QTest::newRow("robustness: read-only folder, existing file kept")
        << QStringLiteral("readonly-dir-existing") << QStringLiteral("ro/out.docx") << QStringLiteral("read-only");
    QTest::newRow("robustness: read-only file kept") << QStringLiteral("readonly-file") << QStringLiteral("out.docx")
                                                     << QStringLiteral("read-only");
    QTest::newRow("robustness: folder in the way") << QStringLiteral("dir-in-the-way") << QStringLiteral("out.docx")
                                                   << QStringLiteral("folder of that name");
    QTest::newRow("robustness: missing folder") << QString() << QStringLiteral("missing/out.docx")
                                                << QStringLiteral("does not exist");
    QTest::newRow("robustness: a file where a folder should be")
        << QStringLiteral("file-as-folder") << QStringLiteral("plain/out.docx") << QStringLiteral("not a folder");
}

void TestAtomicWrite::failures()
{
    QFETCH(QString, setup);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir tmp;
    QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString path = tmp.filePath(target);
    const QByteArray previous("previous contents");
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther;
    QString watched; // the folder whose listing must not change
    if (setup.startsWith(u"readonly-dir")) {
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("ro")));
        if (setup.endsWith(u"existing"))
            writeRaw(path, previous);
        QVERIFY(QFile::setPermissions(tmp.filePath(QStringLiteral("ro")), readOnly));
        watched = tmp.filePath(QStringLiteral("ro"));
    } else if (setup == u"readonly-file") {
        writeRaw(path, previous);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        // The folder is writable by everyone so only the file's own mode stops the write.
        QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::Permissions(0x7777)));
        watched = tmp.path();
    } else if (setup == u"dir-in-the-way") {
        QVERIFY(QDir(tmp.path()).mkdir(target));
        watched = tmp.path();
    } else if (setup == u"file-as-folder") {
        writeRaw(tmp.filePath(QStringLiteral("plain")), previous);
        watched = tmp.path();
    } else {
        watched = tmp.path();
    }
    const QStringList before = entries(watched);
    const bool hadFile = QFileInfo(path).isFile();

    Status status;
    {
        Unprivileged guard;
        status = writeFileAtomically(path, "new contents");
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(path), qPrintable(status.error()));
    QVERIFY2(status.error().contains(reason), qPrintable(status.error()));
    QCOMPARE(entries(watched), before); // no temporary file left behind
    if (hadFile)
        QCOMPARE(readAll(path), previous);
    else
        QVERIFY(!QFileInfo(path).isFile());
    QFile::setPermissions(tmp.filePath(QStringLiteral("ro")), QFileDevice::Permissions(0x7700));
}

void TestAtomicWrite::diskFullKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.docx"));
    const QByteArray previous(1000, 'p');
    writeRaw(path, previous);
    const QByteArray big(256 * 1024, 'n');

    const Status status = onFullDisk(64 * 1024, [&] { return writeFileAtomically(path, big); });

    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(path), qPrintable(status.error()));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.docx")});
}

void TestAtomicWrite::docxWriterIsAtomicToo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.docx"));
    writeRaw(path, "old docx");
    LayoutProfile broken;
    broken.lineSpacingPt = 0; // invalid: nothing may be written
    const Status status = writeDocx(path, ExportDocument{}, broken);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(path), qPrintable(status.error()));
    QCOMPARE(readAll(path), QByteArray("old docx"));
}

void TestAtomicWrite::exportOnFullDiskKeepsPreviousExport_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("robustness: .docx") << QStringLiteral("总结.docx");
    QTest::newRow("robustness: .txt") << QStringLiteral("总结.txt");
}

void TestAtomicWrite::exportOnFullDiskKeepsPreviousExport()
{
    // The path the composer and `gaozi-cli format` take (exportDocument), over
    // last week's export, when the disk fills up half-way through the new one.
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    ExportDocument doc;
    doc.title = QStringLiteral("2024年党建工作总结");
    QRandomGenerator rng(9704); // varied text, so the .docx does not deflate to almost nothing
    for (int i = 0; i < 400; ++i) {
        QString paragraph;
        for (int k = 0; k < 80; ++k)
            paragraph += QChar(char16_t(0x4E00 + rng.bounded(0x5000)));
        doc.opening << paragraph;
    }
    ExportDocument small = doc;
    small.opening = small.opening.mid(0, 3);
    QVERIFY(exportDocument(path, small).ok());
    const QByteArray previous = readAll(path);
    QVERIFY(!previous.isEmpty());

    // The new export is far larger than the previous one.
    const Status status = onFullDisk(previous.size() + 1024, [&] { return exportDocument(path, doc); });

    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(path), qPrintable(status.error()));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(entries(dir.path()), QStringList{name});
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
