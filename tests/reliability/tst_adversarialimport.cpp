#include "library/database.h"
#include "reliabilitysupport.h"
#include "seeds.h"
#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gaozi;

// Whatever is on a user's disk: a folder of broken, hostile and oddly named
// files is imported in one go. The import finishes, names each bad file with
// the reason it was refused, imports every good one, and leaves a library
// that `gaozi-cli doctor` finds sound. docs/RELIABILITY.md lists the set.
class TestAdversarialImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importNamesEveryBadFileAndKeepsTheGood();
    void mixedEncodingsAreReadLineByLine();
    void leadingDashPathAfterDoubleDash();
    void doctorFindsTheLibrarySound();
    void cleanupTestCase();

private:
    struct Expectation
    {
        QString path;      // absolute path as the import report names it
        bool good = false; // imported, or refused with...
        QString reason;    // ...a reason containing this
    };
    test::CliRun cli(const QStringList &args, const QString &workingDir = {})
    {
        return test::runCli(args, m_tmp.path(), workingDir);
    }
    void add(const QString &name, const QByteArray &bytes, bool good, const QString &reason = {});
    QByteArray goodText(int variant) const;

    QTemporaryDir m_tmp;
    QString m_folder;
    QString m_db;
    QList<Expectation> m_expected;
    QList<QStringList> m_seedLines;
    QString m_mixedText;
    QJsonObject m_report;
    int m_badCount = 0;
    QByteArray m_undecodableName; // Qt cannot remove what it cannot name

};

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

// Nested entity definitions that expand to about 3 GB if a parser expands them.
QByteArray billionLaughs()
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + QByteArray::number(i - 1) + ';';
        dtd += "\">\n";
    }
    dtd += "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
           "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    return dtd;
}

} // namespace

void TestAdversarialImport::add(const QString &name, const QByteArray &bytes, bool good, const QString &reason)
{
    QFile f(QDir(m_folder).filePath(name));
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(name + u' ' + f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
    m_expected.append({QFileInfo(f.fileName()).absoluteFilePath(), good, reason});
    if (!good)
        ++m_badCount;
}

// The bundled documents with a line that makes each variant new content (the
// library keeps one copy of the same text).
QByteArray TestAdversarialImport::goodText(int variant) const
{
    QStringList lines = m_seedLines[variant % m_seedLines.size()];
    lines.append(QStringLiteral("本稿为第%1稿，仅用于导入测试。").arg(variant + 1));
    return lines.join(u'\n').toUtf8();
}

void TestAdversarialImport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_folder = m_tmp.filePath(QStringLiteral("磁盘上的 东西"));
    QVERIFY(QDir().mkpath(m_folder));
    m_db = m_tmp.filePath(QStringLiteral("library.sqlite"));
    for (const QString &seed : test::seedPaths()) {
        QFile f(seed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_seedLines.append(QString::fromUtf8(f.readAll()).split(u'\n'));
    }
    QVERIFY(m_seedLines.size() >= 5);

    // --- good files, odd names -------------------------------------------
    int v = 0;
    add(QStringLiteral("带 空格 的 文件.txt"), goodText(v++), true);
    add(QStringLiteral("引号\"双\"与'单'.txt"), goodText(v++), true);
    add(QStringLiteral("-开头是横线.txt"), goodText(v++), true);
    add(QStringLiteral("通配符 *?[] 与 反斜杠\\ 与 $HOME.txt"), goodText(v++), true);
    add(QString(80, QChar(u'长')) + QStringLiteral(".txt"), goodText(v++), true); // 240 bytes of name
    {
        // Linux allows a newline in a name; the JSON report must still name it.
        const QString name = QStringLiteral("换行\n文件名.txt");
        QFile f(QDir(m_folder).filePath(name));
        if (f.open(QIODevice::WriteOnly)) {
            f.close();
            f.remove();
            add(name, goodText(v++), true);
        }
    }
    add(QStringLiteral("GB18030 编码.txt"), gb18030(QString::fromUtf8(goodText(v++))), true);
    {
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        add(QStringLiteral("UTF-16 带 BOM.txt"), utf16.encode(QString::fromUtf8(goodText(v++))), true);
    }
    {
        // A UTF-8 file with a few damaged bytes stays UTF-8.
        QByteArray damaged = goodText(v++);
        for (int at : {100, 2000, 5000})
            damaged.insert(qMin<qsizetype>(at, damaged.size()), "\xFF");
        add(QStringLiteral("几个坏字节的 UTF-8.txt"), damaged, true);
    }
    {
        // Two files pasted together: the first half UTF-8, the rest GB18030.
        const QStringList lines = QString::fromUtf8(goodText(v++)).split(u'\n');
        const qsizetype half = lines.size() / 2;
        m_mixedText = lines.join(u'\n');
        const QByteArray mixed = lines.mid(0, half).join(u'\n').toUtf8() + '\n' + gb18030(lines.mid(half).join(u'\n'));
        add(QStringLiteral("混合编码.txt"), mixed, true);
    }
    {
        QString body;
        for (const QString &line : QString::fromUtf8(goodText(v++)).split(u'\n'))
            body += test::docxParagraph(line);
        add(QStringLiteral("正常的 Word 文档.docx"), test::buildDocx(body), true);
        // The same kind of document inside 20 000 nested content controls.
        QString deep;
        for (const QString &line : QString::fromUtf8(goodText(v++)).split(u'\n'))
            deep += test::docxParagraph(line);
        const int depth = 20000;
        deep = QStringLiteral("<w:sdt><w:sdtContent>").repeated(depth) + deep
               + QStringLiteral("</w:sdtContent></w:sdt>").repeated(depth);
        add(QStringLiteral("深层嵌套.docx"), test::buildDocx(deep), true);
    }

    // --- bad files -----------------------------------------------------------
    const QByteArray docx = test::buildDocx(test::docxParagraph(QStringLiteral("2024年党建工作总结"))
                                            + test::docxParagraph(QString::fromUtf8(goodText(99))));
    add(QStringLiteral("空文件.txt"), {}, false, QStringLiteral("empty file"));
    add(QStringLiteral("只有空白.txt"), "  \n\n\t \r\n\xE3\x80\x80\n", false, QStringLiteral("no text"));
    add(QStringLiteral("随机字节.txt"), randomBytes(64 * 1024, 1), false, QStringLiteral("binary"));
    add(QStringLiteral("随机字节.docx"), randomBytes(64 * 1024, 2), false, QStringLiteral("not a valid .docx"));
    add(QStringLiteral("随机字节.md"), randomBytes(3000, 3).replace('\0', '\x01'), false, QStringLiteral("binary"));
    add(QStringLiteral("截断的.docx"), docx.left(docx.size() / 2), false, QStringLiteral("truncated"));
    {
        // Flip bytes in the middle of word/document.xml's deflated data (after
        // its local header: 30 bytes, the name, the extra field).
        QByteArray corrupted = docx;
        const qsizetype name = corrupted.indexOf("word/document.xml");
        QVERIFY(name >= 30);
        const auto u16 = [&](qsizetype at) { return int(uchar(corrupted[at])) | int(uchar(corrupted[at + 1])) << 8; };
        const qsizetype header = name - 30;
        const qsizetype data = name + u16(header + 26) + u16(header + 28);
        const qsizetype size = qsizetype(u16(header + 18)) | qsizetype(u16(header + 20)) << 16;
        QVERIFY(size > 64);
        for (qsizetype i = data + size / 2; i < data + size / 2 + 16; ++i)
            corrupted[i] = char(corrupted[i] ^ 0x5A);
        add(QStringLiteral("损坏的.docx"), corrupted, false, QStringLiteral("damaged"));
    }
    add(QStringLiteral("没有正文的.docx"), test::buildZip({{QStringLiteral("word/other.xml"), "<x/>"}}), false,
        QStringLiteral("without word/document.xml"));
    {
        // 200 MB of zeros deflate to about 200 KB.
        const QByteArray zeros(200 * 1024 * 1024, '\0');
        const QByteArray bomb = test::buildZip({{QStringLiteral("word/document.xml"), zeros}});
        QVERIFY(!bomb.isEmpty() && bomb.size() < 1024 * 1024);
        add(QStringLiteral("压缩炸弹.docx"), bomb, false, QStringLiteral("zip bomb"));
    }
    add(QStringLiteral("实体膨胀.docx"),
        test::buildZip({{QStringLiteral("word/document.xml"), billionLaughs()}}), false, QStringLiteral("DTD"));
    add(QStringLiteral("XML 不完整.docx"),
        test::buildZip({{QStringLiteral("word/document.xml"), "<w:document><w:body><w:p><w:t>半截"}}), false,
        QStringLiteral("not well-formed"));
    {
        // 50 MB in one line: no paragraph, no sentence end, nothing a summary is made of.
        const QByteArray unit = QStringLiteral("党建工作抓实抓细推动发展").toUtf8();
        add(QStringLiteral("一行五十兆.txt"), unit.repeated(50 * 1024 * 1024 / unit.size()), false,
            QStringLiteral("line"));
    }
    add(QStringLiteral("无效的 UTF-8.txt"), QByteArray("abc") + QByteArray(4000, '\xFF') + QByteArray("\xC0\x80\xED\xA0\x80"),
        false, QStringLiteral("encoding"));
    add(QStringLiteral("其实是 PDF.txt"), "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", false, QStringLiteral("PDF"));
    add(QStringLiteral("其实是旧版 Word.txt"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0'),
        false, QStringLiteral(".doc"));
    {
        // Over the size limit: a sparse file, so the test writes nothing.
        const QString huge = QDir(m_folder).filePath(QStringLiteral("三百兆.txt"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(300LL * 1024 * 1024));
        m_expected.append({huge, false, QStringLiteral("larger than")});
        ++m_badCount;
    }
    {
        // Things that are not regular files must not stall the walk.
        const QByteArray fifo = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("管道.txt")));
        QCOMPARE(mkfifo(fifo.constData(), 0600), 0);
        const QByteArray dangling = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("悬空链接.txt")));
        QCOMPARE(symlink("/nonexistent/target.txt", dangling.constData()), 0);
        const QByteArray loop = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("循环")));
        QCOMPARE(symlink(".", loop.constData()), 0);
        QVERIFY(QDir(m_folder).mkdir(QStringLiteral("文件夹.docx")));
    }
    {
        // A name in GBK bytes (from an old zip): not valid UTF-8, so Qt cannot
        // name it; the report still says which file and why.
        const QByteArray name = QFile::encodeName(m_folder) + "/\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1.txt";
        m_undecodableName = name;
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        const QByteArray text = goodText(v++);
        QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
        ::close(fd);
        m_expected.append({QFile::decodeName(name), false, QStringLiteral("name")});
        ++m_badCount;
    }
    qInfo("%lld files: %lld good, %d bad (plus a FIFO, a dangling link, a link loop, a folder named .docx)",
          qint64(m_expected.size()), qint64(m_expected.size() - m_badCount), m_badCount);
}

void TestAdversarialImport::importNamesEveryBadFileAndKeepsTheGood()
{
    const test::CliRun r = cli({QStringLiteral("import"), m_folder, QStringLiteral("--db"), m_db, QStringLiteral("--no-seed"),
                       QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonDocument json = QJsonDocument::fromJson(r.out);
    QVERIFY2(json.isObject(), r.out.left(2000).constData());
    m_report = json.object();
    QCOMPARE(m_report.value(QStringLiteral("error")).toString(), QString());

    QHash<QString, QJsonObject> byPath;
    for (const auto &v : m_report.value(QStringLiteral("items")).toArray())
        byPath.insert(v.toObject().value(QStringLiteral("path")).toString(), v.toObject());
    int good = 0;
    for (const Expectation &e : m_expected) {
        QVERIFY2(byPath.contains(e.path), qPrintable(QStringLiteral("not in the report: %1").arg(e.path)));
        const QJsonObject item = byPath.value(e.path);
        const QString status = item.value(QStringLiteral("status")).toString();
        const QString reason = item.value(QStringLiteral("reason")).toString();
        if (e.good) {
            QVERIFY2(status == u"imported", qPrintable(QStringLiteral("%1: %2 (%3)").arg(e.path, status, reason)));
            ++good;
        } else {
            QVERIFY2(status == u"failed", qPrintable(QStringLiteral("%1: %2").arg(e.path, status)));
            QVERIFY2(reason.contains(e.reason, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1: reason «%2» does not say «%3»").arg(e.path, reason, e.reason)));
        }
    }
    // Nothing else was reported: the FIFO, the link and the folder are not documents.
    QCOMPARE(byPath.size(), m_expected.size());
    QCOMPARE(m_report.value(QStringLiteral("imported")).toInt(), good);
    QCOMPARE(m_report.value(QStringLiteral("failed")).toInt(), m_badCount);
}

void TestAdversarialImport::mixedEncodingsAreReadLineByLine()
{
    auto db = Database::open(m_db);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT id, encoding FROM documents WHERE file_name = ?")));
    q.addBindValue(QStringLiteral("混合编码.txt"));
    QVERIFY(q.exec() && q.next());
    const qint64 id = q.value(0).toLongLong();
    QVERIFY2(q.value(1).toString().contains(QStringLiteral("GB18030"))
                 && q.value(1).toString().contains(QStringLiteral("UTF-8")),
             qPrintable(q.value(1).toString()));
    // Every stored paragraph is text of the original, not mojibake.
    QVERIFY(q.prepare(QStringLiteral("SELECT text FROM paragraphs WHERE document_id = ? ORDER BY idx")));
    q.addBindValue(id);
    QVERIFY(q.exec());
    int paragraphs = 0;
    // Compared by their Chinese characters: cleaning rewrites markers, spaces and punctuation.
    static const QRegularExpression notHan(QStringLiteral("[^\\p{Han}]+"));
    const QString original = QString(m_mixedText).remove(notHan);
    while (q.next()) {
        const QString text = q.value(0).toString();
        const QString probe = QString(text).remove(notHan).left(8);
        QVERIFY2(original.contains(probe), qPrintable(QStringLiteral("not in the original: %1").arg(text)));
        ++paragraphs;
    }
    QVERIFY(paragraphs > 5);
}

void TestAdversarialImport::leadingDashPathAfterDoubleDash()
{
    // A file whose name starts with "-" is given on the command line after "--".
    const test::CliRun r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--"),
                       QStringLiteral("-开头是横线.txt")},
                      m_folder);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 1); // the folder import stored it already
}

void TestAdversarialImport::doctorFindsTheLibrarySound()
{
    const test::CliRun r = cli({QStringLiteral("doctor"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), r.out.constData());
}

void TestAdversarialImport::cleanupTestCase()
{
    if (!m_undecodableName.isEmpty())
        ::unlink(m_undecodableName.constData());
}

QTEST_GUILESS_MAIN(TestAdversarialImport)
#include "tst_adversarialimport.moc"
