#include "draft/draftconvert.h"
#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "draft/outlineops.h"
#include "ingest/docxreader.h"
#include "ingest/ingest.h"
#include "ingest/textdecoder.h"
#include "library/database.h"
#include "seeds.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;

// `gaozi-cli drafts`: the real binary against a temporary library (--db,
// --no-seed), read back with the project's own store and readers.
class TestCliDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void genresListsEveryTemplate();
    void newThenList();
    void showReadsAsExported();
    void fieldsReachTitleAndClosing();
    void exportDocxRereads();
    void exportTxt();
    void newFromLibraryDocument();
    void renameDuplicateDelete();
    void errors_data();
    void errors();
    void help();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList args, bool withDb = true);
    qint64 newDraft(const QStringList &extra = {});
    // Writes a body into the draft's first 做法成效 child, the way the composer saves it.
    void fillFirstSection(qint64 id, const QString &body);
    // A new draft with kBody in its first section; 0 when that failed.
    qint64 filledDraft();

    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

const QString kUnit = QStringLiteral("中共XX局机关委员会");
const QString kBody = QStringLiteral("全年召开理论学习中心组学习会12次，开展专题研讨4次。");

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TestCliDrafts::Run TestCliDrafts::cli(QStringList args, bool withDb)
{
    if (withDb)
        args << QStringLiteral("--db") << m_db << QStringLiteral("--no-seed");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAOZI_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, "timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

qint64 TestCliDrafts::newDraft(const QStringList &extra)
{
    const Run r = cli(QStringList{QStringLiteral("drafts"), QStringLiteral("new"), QStringLiteral("--genre"),
                                  QStringLiteral("annual-summary"), QStringLiteral("--unit"), kUnit,
                                  QStringLiteral("--year"), QStringLiteral("2024")} +
                      extra);
    if (r.code != 0)
        qWarning("drafts new failed: %s", r.err.constData());
    bool ok = false;
    const qint64 id = text(r.out).trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

void TestCliDrafts::fillFirstSection(qint64 id, const QString &body)
{
    auto db = Database::open(m_db);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    DraftStore store(*db.value());
    auto draft = store.load(id);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    QVERIFY(outline::setBody(draft.value(), draft->sections[0].children[0].uid, body));
    QVERIFY(store.save(draft.value()));
}

qint64 TestCliDrafts::filledDraft()
{
    const qint64 id = newDraft();
    if (id <= 0)
        return 0;
    fillFirstSection(id, kBody);
    return QTest::currentTestFailed() ? 0 : id;
}

void TestCliDrafts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
}

void TestCliDrafts::genresListsEveryTemplate()
{
    auto bundled = genreTemplates();
    QVERIFY2(bundled.ok(), qPrintable(bundled.error()));

    const Run json = cli({QStringLiteral("drafts"), QStringLiteral("genres"), QStringLiteral("--json")}, false);
    QVERIFY2(json.code == 0, json.err.constData());
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), bundled->size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), bundled->at(i).id);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), bundled->at(i).name);
        QCOMPARE(o.value(QStringLiteral("headings")).toArray().size(), bundled->at(i).sections.size());
    }

    const Run plain = cli({QStringLiteral("drafts"), QStringLiteral("genres")}, false);
    QVERIFY2(plain.code == 0, plain.err.constData());
    const QStringList lines = text(plain.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), bundled->size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].startsWith(bundled->at(i).id + u' '), qPrintable(lines[i]));
        QVERIFY2(lines[i].contains(bundled->at(i).name), qPrintable(lines[i]));
    }
    for (const char *name : {"年度党建工作总结", "书记抓党建述职报告", "党支部年度/季度工作报告"})
        QVERIFY2(text(plain.out).contains(QString::fromUtf8(name)), name);
}

void TestCliDrafts::newThenList()
{
    const qint64 id = newDraft();
    QVERIFY(id > 0);

    const Run json = cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(json.code == 0, json.err.constData());
    QJsonObject row;
    for (const auto &v : QJsonDocument::fromJson(json.out).array()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            row = v.toObject();
    }
    QVERIFY(!row.isEmpty());
    const QString title = kUnit + QStringLiteral("2024年党建工作总结");
    QCOMPARE(row.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), title);
    QCOMPARE(row.value(QStringLiteral("genre")).toString(), QStringLiteral("annual-summary"));
    QCOMPARE(row.value(QStringLiteral("year")).toInt(), 2024);
    QVERIFY(QDateTime::fromString(row.value(QStringLiteral("updated")).toString(), Qt::ISODate).isValid());

    const Run plain = cli({QStringLiteral("drafts"), QStringLiteral("list")});
    QVERIFY2(plain.code == 0, plain.err.constData());
    const QString listed = text(plain.out);
    QVERIFY2(listed.contains(QStringLiteral("%1\t").arg(id)), qPrintable(listed));
    QVERIFY(listed.contains(title));
    QVERIFY(listed.contains(QStringLiteral("annual-summary")));
}

void TestCliDrafts::showReadsAsExported()
{
    const qint64 id = filledDraft();
    QVERIFY(id > 0);

    const Run r = cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList lines = text(r.out).split(u'\n');
    QCOMPARE(lines.first(), kUnit + QStringLiteral("2024年党建工作总结"));
    // Numbering is computed, the year is filled into the headings, bodies follow their heading.
    const QString indent = QStringLiteral("\u3000\u3000");
    const qsizetype first = lines.indexOf(indent + QStringLiteral("一、2024年党建工作开展情况"));
    QVERIFY2(first > 0, r.out.constData());
    QCOMPARE(lines.value(first + 1), indent + QStringLiteral("（一）坚持政治引领，加强党的政治建设"));
    QCOMPARE(lines.value(first + 2), indent + kBody);
    QVERIFY(lines.contains(indent + QStringLiteral("二、存在的问题及原因")));
    QVERIFY(lines.contains(indent + QStringLiteral("三、下一步工作打算")));
    // Hints are the template's advice, never part of the text.
    QVERIFY(!text(r.out).contains(QStringLiteral("成效尽量用数字说话")));
    // The text is exactly what the composer's whole-document view and a .txt export show.
    {
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        auto draft = DraftStore(*db.value()).load(id);
        QVERIFY(draft.ok());
        QCOMPARE(text(r.out), draftToPlainText(draft.value()));
    }

    const Run json =
        cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    QVERIFY2(json.code == 0, json.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("unit")).toString(), kUnit);
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2024);
    QCOMPARE(o.value(QStringLiteral("genre")).toString(), QStringLiteral("annual-summary"));
    const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 3);
    const QJsonObject firstChild =
        sections.first().toObject().value(QStringLiteral("children")).toArray().first().toObject();
    QCOMPARE(firstChild.value(QStringLiteral("body")).toString(), kBody);
    QVERIFY(o.value(QStringLiteral("chars")).toInt() > kBody.size());
}

void TestCliDrafts::fieldsReachTitleAndClosing()
{
    const qint64 id = newDraft({QStringLiteral("--period"), QStringLiteral("上半年"), QStringLiteral("--date"),
                                QStringLiteral("2024-07-05"), QStringLiteral("--name"), QStringLiteral("半年稿")});
    QVERIFY(id > 0);
    const Run r = cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList lines = text(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.at(lines.size() - 2), kUnit);
    QCOMPARE(lines.last(), QStringLiteral("2024年7月5日"));
    const Run json =
        cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("半年稿"));
    QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("上半年"));
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2024-07-05"));

    // The writer's own title replaces the built one and names the draft.
    const qint64 own = newDraft({QStringLiteral("--title"), QStringLiteral("机关党委2024年工作总结")});
    QVERIFY(own > 0);
    const Run shown =
        cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(own), QStringLiteral("--json")});
    const QJsonObject t = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(t.value(QStringLiteral("title")).toString(), QStringLiteral("机关党委2024年工作总结"));
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("机关党委2024年工作总结"));
}

void TestCliDrafts::exportDocxRereads()
{
    const qint64 id = filledDraft();
    QVERIFY(id > 0);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("总结.docx"));
    const Run r = cli({QStringLiteral("drafts"), QStringLiteral("export"), QString::number(id), QStringLiteral("-o"),
                       path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("draft")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("docx"));
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("gbt9704"));
    QCOMPARE(o.value(QStringLiteral("headings")).toInt(), 14);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto paragraphs = readDocxParagraphs(f.readAll());
    QVERIFY2(paragraphs.ok(), qPrintable(paragraphs.error()));
    const QString title = kUnit + QStringLiteral("2024年党建工作总结");
    QCOMPARE(paragraphs->first().text, title);
    QCOMPARE(paragraphs->first().style, QStringLiteral("Title"));
    QStringList level1;
    bool sawBody = false;
    for (const auto &p : paragraphs.value()) {
        if (p.style == u"heading 1")
            level1.append(p.text);
        sawBody = sawBody || p.text.contains(kBody);
    }
    QCOMPARE(level1, (QStringList{QStringLiteral("一、2024年党建工作开展情况"), QStringLiteral("二、存在的问题及原因"),
                                  QStringLiteral("三、下一步工作打算")}));
    QVERIFY(sawBody);

    // Read as an imported document, the export has the draft's outline.
    auto parsed = ingestFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->title, title);
    QCOMPARE(parsed->sections.size(), 3);
    QCOMPARE(parsed->sections[0].children.size(), 5);
    QCOMPARE(parsed->sections[1].heading, QStringLiteral("存在的问题及原因"));

    // With a profile by name; the text report names the draft.
    const Run named =
        cli({QStringLiteral("drafts"), QStringLiteral("export"), QString::number(id), QStringLiteral("-o"),
             out.filePath(QStringLiteral("b.docx")), QStringLiteral("--profile"), QStringLiteral("gbt9704")});
    QVERIFY2(named.code == 0, named.err.constData());
    QVERIFY2(text(named.out).startsWith(QStringLiteral("draft %1 → ").arg(id)), named.out.constData());
}

void TestCliDrafts::exportTxt()
{
    const qint64 id = filledDraft();
    QVERIFY(id > 0);
    QTemporaryDir out;
    const QString utf8 = out.filePath(QStringLiteral("a.txt"));
    const Run r =
        cli({QStringLiteral("drafts"), QStringLiteral("export"), QString::number(id), QStringLiteral("-o"), utf8});
    QVERIFY2(r.code == 0, r.err.constData());
    const Run shown = cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)});
    QFile a(utf8);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), shown.out); // `show` prints what the .txt holds

    const QString gb = out.filePath(QStringLiteral("b.TXT"));
    const Run g = cli({QStringLiteral("drafts"), QStringLiteral("export"), QString::number(id), QStringLiteral("-o"),
                       gb, QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("--crlf")});
    QVERIFY2(g.code == 0, g.err.constData());
    QVERIFY(g.out.contains("GB18030, CRLF"));
    QFile b(gb);
    QVERIFY(b.open(QIODevice::ReadOnly));
    auto decoded = decodeText(b.readAll());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    QCOMPARE(decoded->text, text(shown.out).replace(u'\n', QStringLiteral("\r\n")));
}

void TestCliDrafts::newFromLibraryDocument()
{
    const Run imported =
        cli({QStringLiteral("import"), test::seedPath(QStringLiteral("004")), QStringLiteral("--json")});
    QVERIFY2(imported.code == 0, imported.err.constData());
    const Run docs = cli({QStringLiteral("documents"), QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(docs.out).array();
    QCOMPARE(array.size(), 1);
    const qint64 doc = array.first().toObject().value(QStringLiteral("id")).toInteger();

    const Run r = cli({QStringLiteral("drafts"), QStringLiteral("new"), QStringLiteral("--document"),
                       QString::number(doc), QStringLiteral("--unit"), kUnit, QStringLiteral("--year"),
                       QStringLiteral("2024"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const qint64 id = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const Run shown = cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(shown.code == 0, shown.err.constData());
    // Seed 004 (a 2020 summary) starts with this heading; its points become hints, not text.
    QVERIFY2(text(shown.out).contains(
                 QStringLiteral("一、强化政治引领，把学习贯彻习近平新时代中国特色社会主义思想作为重大政治任务")),
             shown.out.constData());
    QVERIFY(!text(shown.out).contains(QStringLiteral("范文此节的要点")));
    const Run listed = cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const auto &v : QJsonDocument::fromJson(listed.out).array()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            QCOMPARE(v.toObject().value(QStringLiteral("genre")).toString(), QString());
    }
}

void TestCliDrafts::renameDuplicateDelete()
{
    const qint64 id = newDraft();
    QVERIFY(id > 0);
    QCOMPARE(
        cli({QStringLiteral("drafts"), QStringLiteral("rename"), QString::number(id), QStringLiteral("初稿")}).code, 0);
    const Run dup = cli({QStringLiteral("drafts"), QStringLiteral("duplicate"), QString::number(id)});
    QVERIFY2(dup.code == 0, dup.err.constData());
    const qint64 copy = text(dup.out).trimmed().toLongLong();
    QVERIFY(copy > id);

    auto names = [this] {
        QHash<qint64, QString> out;
        for (const auto &v : QJsonDocument::fromJson(
                                 cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                                 .array())
            out.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                       v.toObject().value(QStringLiteral("name")).toString());
        return out;
    };
    QHash<qint64, QString> listed = names();
    QCOMPARE(listed.value(id), QStringLiteral("初稿"));
    QCOMPARE(listed.value(copy), QStringLiteral("初稿 副本"));
    // The copy has the same text.
    QCOMPARE(cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(copy)}).out,
             cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)}).out);

    const Run del = cli({QStringLiteral("drafts"), QStringLiteral("delete"), QString::number(id)});
    QVERIFY2(del.code == 0, del.err.constData());
    listed = names();
    QVERIFY(!listed.contains(id));
    QVERIFY(listed.contains(copy));
    QVERIFY(cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id)}).code != 0);
}

void TestCliDrafts::errors_data()
{
    QTest::addColumn<QStringList>("args"); // after "drafts"; "ID" is a stored draft, "OUT/" a temporary folder
    QTest::addColumn<QString>("mentions");
    const QString genre = QStringLiteral("--genre");
    const QString year = QStringLiteral("--year");
    const QString summary = QStringLiteral("annual-summary");
    QTest::newRow("robustness: unknown genre")
        << QStringList{QStringLiteral("new"), genre, QStringLiteral("novel"), year, QStringLiteral("2024")}
        << QStringLiteral("novel");
    QTest::newRow("robustness: year not a number")
        << QStringList{QStringLiteral("new"), genre, summary, year, QStringLiteral("二〇二四")}
        << QStringLiteral("二〇二四");
    QTest::newRow("robustness: year out of range")
        << QStringList{QStringLiteral("new"), genre, summary, year, QStringLiteral("1800")} << QStringLiteral("1800");
    QTest::newRow("robustness: no year") << QStringList{QStringLiteral("new"), genre, summary}
                                         << QStringLiteral("--year");
    QTest::newRow("robustness: unknown period") << QStringList{QStringLiteral("new"),
                                                               genre,
                                                               summary,
                                                               year,
                                                               QStringLiteral("2024"),
                                                               QStringLiteral("--period"),
                                                               QStringLiteral("前三季度")}
                                                << QStringLiteral("前三季度");
    QTest::newRow("robustness: bad date") << QStringList{QStringLiteral("new"),
                                                         genre,
                                                         summary,
                                                         year,
                                                         QStringLiteral("2024"),
                                                         QStringLiteral("--date"),
                                                         QStringLiteral("2024-13-45")}
                                          << QStringLiteral("2024-13-45");
    QTest::newRow("robustness: neither genre nor document")
        << QStringList{QStringLiteral("new"), year, QStringLiteral("2024")} << QStringLiteral("--genre");
    QTest::newRow("robustness: unknown document") << QStringList{QStringLiteral("new"), QStringLiteral("--document"),
                                                                 QStringLiteral("9999"), year, QStringLiteral("2024")}
                                                  << QStringLiteral("9999");
    QTest::newRow("robustness: unknown id")
        << QStringList{QStringLiteral("show"), QStringLiteral("9999")} << QStringLiteral("9999");
    QTest::newRow("robustness: id not a number")
        << QStringList{QStringLiteral("show"), QStringLiteral("abc")} << QStringLiteral("abc");
    QTest::newRow("robustness: show without id") << QStringList{QStringLiteral("show")} << QStringLiteral("ID");
    QTest::newRow("robustness: export unknown id") << QStringList{QStringLiteral("export"), QStringLiteral("9999"),
                                                                  QStringLiteral("-o"), QStringLiteral("OUT/x.docx")}
                                                   << QStringLiteral("9999");
    QTest::newRow("robustness: export without -o")
        << QStringList{QStringLiteral("export"), QStringLiteral("ID")} << QStringLiteral("-o");
    QTest::newRow("robustness: export to .pdf") << QStringList{QStringLiteral("export"), QStringLiteral("ID"),
                                                               QStringLiteral("-o"), QStringLiteral("OUT/x.pdf")}
                                                << QStringLiteral("x.pdf");
    QTest::newRow("robustness: crlf for docx")
        << QStringList{QStringLiteral("export"), QStringLiteral("ID"), QStringLiteral("-o"),
                       QStringLiteral("OUT/x.docx"), QStringLiteral("--crlf")}
        << QStringLiteral("--crlf");
    QTest::newRow("robustness: unknown profile")
        << QStringList{QStringLiteral("export"),     QStringLiteral("ID"),        QStringLiteral("-o"),
                       QStringLiteral("OUT/x.docx"), QStringLiteral("--profile"), QStringLiteral("nope")}
        << QStringLiteral("nope");
    QTest::newRow("robustness: export into a missing folder")
        << QStringList{QStringLiteral("export"), QStringLiteral("ID"), QStringLiteral("-o"),
                       QStringLiteral("OUT/no/x.txt")}
        << QStringLiteral("x.txt");
    QTest::newRow("robustness: rename to nothing")
        << QStringList{QStringLiteral("rename"), QStringLiteral("ID"), QStringLiteral("  ")} << QStringLiteral("name");
    QTest::newRow("robustness: delete unknown id")
        << QStringList{QStringLiteral("delete"), QStringLiteral("9999")} << QStringLiteral("9999");
    QTest::newRow("robustness: unknown subcommand")
        << QStringList{QStringLiteral("publish")} << QStringLiteral("publish");
    QTest::newRow("robustness: no subcommand") << QStringList{} << QStringLiteral("genres");
}

void TestCliDrafts::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const qint64 id = newDraft();
    QVERIFY(id > 0);
    QTemporaryDir out;
    QStringList full{QStringLiteral("drafts")};
    for (QString arg : std::as_const(args)) {
        if (arg == u"ID")
            arg = QString::number(id);
        arg.replace(QStringLiteral("OUT/"), out.path() + u'/');
        full.append(arg);
    }
    const int before = int(
        QJsonDocument::fromJson(cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array()
            .size());
    const Run r = cli(full);
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(text(r.err).contains(mentions), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(QDir(out.path()).isEmpty());
    // A refused command stores nothing.
    QCOMPARE(
        QJsonDocument::fromJson(cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array()
            .size(),
        before);
}

void TestCliDrafts::help()
{
    const Run top = cli({QStringLiteral("drafts"), QStringLiteral("--help")}, false);
    QCOMPARE(top.code, 0);
    for (const char *sub : {"genres", "list", "new", "show", "export", "rename", "duplicate", "delete"}) {
        QVERIFY2(top.out.contains(sub), sub);
        const Run help = cli({QStringLiteral("drafts"), QString::fromLatin1(sub), QStringLiteral("--help")}, false);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains("gaozi-cli drafts"), help.out.constData());
        if (qstrcmp(sub, "genres") != 0)
            QVERIFY2(help.out.contains("--db"), sub);
    }
    const Run newHelp = cli({QStringLiteral("drafts"), QStringLiteral("new"), QStringLiteral("--help")}, false);
    for (const char *option : {"--genre", "--unit", "--year", "--period", "--date", "--title"})
        QVERIFY2(newHelp.out.contains(option), option);
    const Run exportHelp = cli({QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--help")}, false);
    for (const char *option : {"--output", "--profile", "--encoding", "--crlf"})
        QVERIFY2(exportHelp.out.contains(option), option);
    QVERIFY(cli({QStringLiteral("--help")}, false).out.contains("drafts"));
}

QTEST_GUILESS_MAIN(TestCliDrafts)
#include "tst_cli_drafts.moc"
