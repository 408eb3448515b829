#include "export/layoutprofile.h"
#include "ingest/docxreader.h"
#include "ingest/textdecoder.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gaozi;

// `gaozi-cli format` (一键排版) and `gaozi-cli profiles`, and what the
// .docx looks like once LibreOffice has laid it out.
class TestCliFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedToDocx();
    void seedToTxt();
    void errors_data();
    void errors();
    void profilesListAndShow();
    void savedProfileUsedByName();
    void help();
    void libreOfficeLaysOutTheSeed();

private:
    QTemporaryDir m_data; // XDG_DATA_HOME: saved profiles live here during the test
};

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, p.readAllStandardOutput(), "timed out: " + p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.remove(spaces);
}

} // namespace

static QProcessEnvironment cliEnvironment(const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return env;
}

void TestCliFormat::initTestCase()
{
    QVERIFY(m_data.isValid());
}

static Run cli(const QString &dataHome, const QStringList &args)
{
    return runProgram(QStringLiteral(GAOZI_CLI_PATH), args, cliEnvironment(dataHome), 60000);
}

void TestCliFormat::seedToDocx()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("总结.docx"));
    const Run r = cli(m_data.path(), {QStringLiteral("format"), test::seedPath(QStringLiteral("004")),
                                      QStringLiteral("-o"), out, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("docx"));
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("gbt9704"));
    QCOMPARE(o.value(QStringLiteral("output")).toString(), out);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("2020年党建工作总结（党组）"));
    QCOMPARE(o.value(QStringLiteral("headings")).toInt(), 13);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());

    const auto paragraphs = readDocxParagraphs(readAll(out));
    QVERIFY2(paragraphs.ok(), qPrintable(paragraphs.error()));
    QCOMPARE(paragraphs->first().text, QStringLiteral("2020年党建工作总结（党组）"));
    QCOMPARE(paragraphs->first().style, QStringLiteral("Title"));
    QCOMPARE(paragraphs->at(2).text, QStringLiteral("一、强化政治引领，把学习贯彻习近平新时代中国特色社会主义思想作为重大政治任务"));
    QCOMPARE(paragraphs->at(2).style, QStringLiteral("heading 1"));
    QCOMPARE(paragraphs->at(3).text, QStringLiteral("（一）强化理论武装"));
    QCOMPARE(paragraphs->at(3).style, QStringLiteral("heading 2"));
    // None of the material service's ads survive the walk.
    for (const auto &p : paragraphs.value())
        QVERIFY2(!p.text.contains(QStringLiteral("QQ")), qPrintable(p.text));
}

void TestCliFormat::seedToTxt()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("总结.txt"));
    const Run r = cli(m_data.path(), {QStringLiteral("format"), test::seedPath(QStringLiteral("004")), QStringLiteral("-o"),
                                      out, QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("--crlf")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("GB18030"));
    const QByteArray bytes = readAll(out);
    auto decoded = decodeText(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    const QStringList lines = decoded->text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("2020年党建工作总结（党组）"));
    QVERIFY(lines.contains(QStringLiteral("\u3000\u3000一、强化政治引领，把学习贯彻习近平新时代中国特色社会主义思想作为重大政治任务")));
    QVERIFY(!decoded->text.remove(QStringLiteral("\r\n")).contains(u'\n'));
}

void TestCliFormat::errors_data()
{
    QTest::addColumn<QStringList>("args"); // "IN" is the seed, "OUT/" the temporary folder
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("keepsExisting");
    QTest::newRow("robustness: unknown output kind") << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/x.pdf")}
                                                     << QStringLiteral("x.pdf") << false;
    QTest::newRow("robustness: no output") << QStringList{QStringLiteral("IN")} << QStringLiteral("-o") << false;
    QTest::newRow("robustness: txt options for docx")
        << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/x.docx"), QStringLiteral("--crlf")}
        << QStringLiteral("--crlf") << false;
    QTest::newRow("robustness: unknown encoding")
        << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/x.txt"), QStringLiteral("--encoding"), QStringLiteral("big5")}
        << QStringLiteral("big5") << false;
    QTest::newRow("robustness: unknown profile")
        << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/x.docx"), QStringLiteral("--profile"), QStringLiteral("nope")}
        << QStringLiteral("nope") << false;
    QTest::newRow("robustness: missing input") << QStringList{QStringLiteral("/nonexistent/draft.txt"), QStringLiteral("-o"), QStringLiteral("OUT/x.docx")}
                                               << QStringLiteral("draft.txt") << false;
    QTest::newRow("robustness: missing folder") << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/no/x.docx")}
                                                << QStringLiteral("x.docx") << false;
    QTest::newRow("robustness: folder in the way keeps it")
        << QStringList{QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT/taken.docx")}
        << QStringLiteral("taken.docx") << true;
}

void TestCliFormat::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QFETCH(bool, keepsExisting);
    QTemporaryDir dir;
    if (keepsExisting) {
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("taken.docx/inside")));
    }
    QStringList full{QStringLiteral("format")};
    for (const QString &a : std::as_const(args)) {
        QString arg = a;
        if (arg == u"IN")
            arg = test::seedPath(QStringLiteral("004"));
        arg.replace(QStringLiteral("OUT/"), dir.path() + u'/');
        full.append(arg);
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Run r = cli(m_data.path(), full);
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    if (keepsExisting)
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.docx/inside"))).isDir());
}

void TestCliFormat::profilesListAndShow()
{
    const Run list = cli(m_data.path(), {QStringLiteral("profiles"), QStringLiteral("--json")});
    QVERIFY2(list.code == 0, list.err.constData());
    const QJsonArray array = QJsonDocument::fromJson(list.out).array();
    QVERIFY(!array.isEmpty());
    QCOMPARE(array.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gbt9704"));
    QVERIFY(array.first().toObject().value(QStringLiteral("built_in")).toBool());

    const Run show = cli(m_data.path(), {QStringLiteral("profiles"), QStringLiteral("--show"), QStringLiteral("gbt9704")});
    QVERIFY2(show.code == 0, show.err.constData());
    auto profile = LayoutProfile::fromJson(QJsonDocument::fromJson(show.out).object());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile.value(), LayoutProfile::gbt9704());
}

void TestCliFormat::savedProfileUsedByName()
{
    // Saved profiles live under AppDataLocation: $XDG_DATA_HOME/Gaozi/gaozi/profiles.
    const QString profiles = m_data.filePath(QStringLiteral("Gaozi/gaozi/profiles"));
    QVERIFY(QDir().mkpath(profiles));
    QFile f(profiles + QStringLiteral("/宽边距.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"description": "house", "margins_mm": {"left": 30}})");
    f.close();

    const Run list = cli(m_data.path(), {QStringLiteral("profiles")});
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("宽边距")));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.docx"));
    const Run r = cli(m_data.path(), {QStringLiteral("format"), test::seedPath(QStringLiteral("004")), QStringLiteral("-o"),
                                      out, QStringLiteral("--profile"), QStringLiteral("宽边距"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("profile")).toString(), QStringLiteral("宽边距"));
    QVERIFY(readAll(out).size() > 1000);
    QFile::remove(f.fileName());
}

void TestCliFormat::help()
{
    for (const char *command : {"format", "profiles"}) {
        const Run r = cli(m_data.path(), {QString::fromUtf8(command), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--json"));
    }
}

void TestCliFormat::libreOfficeLaysOutTheSeed()
{
    // LibreOffice and poppler-utils come with the project's setup script:
    // their absence is a broken machine, not a reason to skip.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!soffice.isEmpty(), "soffice (LibreOffice) not found on PATH; run the project's setup script");
    QVERIFY2(!pdfinfo.isEmpty() && !pdftotext.isEmpty(), "pdfinfo/pdftotext (poppler-utils) not found on PATH");

    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("seed004.docx"));
    const Run formatted = cli(m_data.path(), {QStringLiteral("format"), test::seedPath(QStringLiteral("004")),
                                              QStringLiteral("-o"), docx});
    QVERIFY2(formatted.code == 0, formatted.err.constData());

    // A throwaway HOME and LibreOffice profile: the user's own stay untouched.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    const QString userInstallation = QUrl::fromLocalFile(home.filePath(QStringLiteral("lo"))).toString();
    const Run converted = runProgram(soffice,
                                     {QStringLiteral("-env:UserInstallation=") + userInstallation, QStringLiteral("--headless"),
                                      QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                      dir.path(), docx},
                                     env, 120000);
    QVERIFY2(converted.code == 0, QByteArray(converted.out + converted.err).constData());
    const QString pdf = dir.filePath(QStringLiteral("seed004.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), QByteArray(converted.out + converted.err).constData());

    const Run info = runProgram(pdfinfo, {pdf}, env, 30000);
    QCOMPARE(info.code, 0);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    QVERIFY(pages.hasMatch());
    // About 3,100 characters at 22 x 28 a page. A character grid that
    // LibreOffice misreads doubles this; a lost line pitch shrinks it.
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 6 && pageCount <= 8, qPrintable(QStringLiteral("%1 pages").arg(pageCount)));

    const Run text = runProgram(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, env, 30000);
    QCOMPARE(text.code, 0);
    const QString all = QString::fromUtf8(text.out);
    const QString flat = withoutSpaces(all);
    QVERIFY(flat.contains(QStringLiteral("2020年党建工作总结（党组）")));
    QVERIFY(flat.contains(QStringLiteral("一、强化政治引领")));
    QVERIFY(flat.contains(QStringLiteral("（三）加强舆论引导")));
    QVERIFY(flat.contains(QStringLiteral("—2—")));

    // The grid a user counts on: no page holds more than 22 lines of text,
    // a full page holds exactly 22, and a line of Chinese holds 28 characters.
    const QStringList pageTexts = all.split(u'\f');
    int fullestPage = 0;
    int widestLine = 0;
    for (const QString &page : pageTexts) {
        int lines = 0;
        const QStringList pageLines = page.split(u'\n');
        for (const QString &line : pageLines) {
            const QString t = withoutSpaces(line);
            static const QRegularExpression pageNumber(QStringLiteral("^—\\d+—$"));
            if (t.isEmpty() || pageNumber.match(t).hasMatch())
                continue;
            ++lines;
            bool allWide = true;
            for (const QChar c : t)
                allWide = allWide && c.unicode() >= 0x2E80;
            if (allWide)
                widestLine = std::max(widestLine, int(t.size()));
        }
        fullestPage = std::max(fullestPage, lines);
    }
    QCOMPARE(fullestPage, 22);
    QCOMPARE(widestLine, 28);
}

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cli_format.moc"
