#include "export/txtwriter.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;

// Plain text for pasting into OA systems and mail: readable in Notepad,
// numbering kept, paragraphs indented the Chinese way.
class TestTxtWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout();
    void encodings_data();
    void encodings();
    void lineEnds();
    void encodingNames();
    void writesFile();
};

static ExportDocument sample()
{
    ExportDocument doc;
    doc.title = QStringLiteral("2024年党建工作总结");
    doc.opening = {QStringLiteral("　　今年以来，党组坚持“第一议题”制度。")};
    ExportSection child{2, sectionNumberText(2, 1), QStringLiteral("强化理论武装"), {QStringLiteral("一是学；二是做。")}, {}};
    ExportSection s{1, sectionNumberText(1, 1), QStringLiteral("强化政治引领"), {QStringLiteral("正文第一段。\n续行")}, {child}};
    doc.sections = {s};
    doc.closing = {QStringLiteral("中共XX局党组"), QStringLiteral("2024年1月8日")};
    return doc;
}

void TestTxtWriter::layout()
{
    const QString text = QString::fromUtf8(renderTxt(sample()));
    const QStringList lines = text.split(u'\n');
    const QString indent = QStringLiteral("\u3000\u3000");
    const QStringList expected{
        QStringLiteral("2024年党建工作总结"),
        QString(),
        indent + QStringLiteral("今年以来，党组坚持“第一议题”制度。"), // an existing indent is not doubled
        indent + QStringLiteral("一、强化政治引领"),
        indent + QStringLiteral("正文第一段。 续行"), // one paragraph stays one line
        indent + QStringLiteral("（一）强化理论武装"),
        indent + QStringLiteral("一是学；二是做。"),
        QString(),
        QStringLiteral("中共XX局党组"),
        QStringLiteral("2024年1月8日"),
        QString(), // the file ends with a line break
    };
    QCOMPARE(lines, expected);
}

void TestTxtWriter::encodings_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("detected");
    QTest::newRow("nominal: utf-8") << int(TextEncoding::Utf8) << QStringLiteral("UTF-8");
    QTest::newRow("nominal: gb18030") << int(TextEncoding::Gb18030) << QStringLiteral("GB18030");
}

void TestTxtWriter::encodings()
{
    QFETCH(int, encoding);
    QFETCH(QString, detected);
    ExportDocument doc = sample();
    doc.opening.append(QStringLiteral("扩展字𠀀与符号①—…")); // outside GB2312: GB18030 still carries them
    TxtOptions options;
    options.encoding = TextEncoding(encoding);
    const QByteArray bytes = renderTxt(doc, options);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    auto decoded = decodeText(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, detected);
    QCOMPARE(decoded->text, QString::fromUtf8(renderTxt(doc)));
    if (TextEncoding(encoding) == TextEncoding::Gb18030) {
        // "党" is D5 B3 in GB2312/GBK/GB18030.
        QVERIFY(bytes.contains(QByteArray("\xB5\xB3")));
        QVERIFY(!bytes.contains(QByteArrayLiteral("\xE5\x85\x9A")));
    }
}

void TestTxtWriter::lineEnds()
{
    TxtOptions options;
    options.crlf = true;
    const QByteArray crlf = renderTxt(sample(), options);
    const QByteArray lf = renderTxt(sample());
    QCOMPARE(crlf.count("\r\n"), lf.count('\n'));
    QCOMPARE(crlf.count('\n'), crlf.count("\r\n")); // no bare LF
    QVERIFY(crlf.endsWith("\r\n"));
    QVERIFY(!lf.contains('\r'));
}

void TestTxtWriter::encodingNames()
{
    QCOMPARE(textEncodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(QStringLiteral("utf8")), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(QStringLiteral("GB18030")), TextEncoding::Gb18030);
    QVERIFY(!textEncodingFromName(QStringLiteral("gbk")).has_value());
    QVERIFY(!textEncodingFromName(QString()).has_value());
}

void TestTxtWriter::writesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    TxtOptions options;
    options.encoding = TextEncoding::Gb18030;
    options.crlf = true;
    const Status st = writeTxt(path, sample(), options);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), renderTxt(sample(), options));
}

QTEST_GUILESS_MAIN(TestTxtWriter)
#include "tst_txtwriter.moc"
