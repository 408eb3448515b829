#include "ingest/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace gaozi;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void refuses_data();
    void refuses();
};

static QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder enc(encoding);
    return enc(text);
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    const QString sample = QStringLiteral("一、强化理论武装。开展谈心谈话100余次");

    QTest::newRow("nominal: utf-8") << sample.toUtf8() << sample << QStringLiteral("UTF-8");
    QTest::newRow("nominal: utf-8 with bom") << QByteArray("\xEF\xBB\xBF" + sample.toUtf8()) << sample
                                            << QStringLiteral("UTF-8");
    QTest::newRow("nominal: gb18030") << encode("GB18030", sample) << sample << QStringLiteral("GB18030");
    QTest::newRow("nominal: utf-16le bom") << QByteArray("\xFF\xFE" + encode("UTF-16LE", sample)) << sample
                                          << QStringLiteral("UTF-16LE");
    QTest::newRow("nominal: utf-16be bom") << QByteArray("\xFE\xFF" + encode("UTF-16BE", sample)) << sample
                                          << QStringLiteral("UTF-16BE");
    QTest::newRow("robustness: ascii only") << QByteArray("plain text\r\n") << QStringLiteral("plain text\r\n")
                                           << QStringLiteral("UTF-8");
    // Two files pasted together: each line in its own encoding, no mojibake.
    const QString second = QStringLiteral("二、存在问题。学习教育不够深入");
    QTest::newRow("robustness: utf-8 and gb18030 lines mixed")
        << QByteArray(sample.toUtf8() + "\r\n" + encode("GB18030", second) + "\n" + sample.toUtf8()) << sample
               + QStringLiteral("\r\n") + second + u'\n' + sample
        << QStringLiteral("UTF-8+GB18030");
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const auto result = decodeText(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->text, text);
    QCOMPARE(result->encoding, encoding);
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    QTest::newRow("robustness: binary with nul bytes") << binary;
    QByteArray controls(512, '\x01');
    QTest::newRow("robustness: control characters") << controls;
    // Random bytes without NULs are binary, not "an unknown encoding".
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(1 + (i * 7919 + i / 7) % 255));
    QTest::newRow("robustness: random bytes without nul") << noise;
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    const auto result = decodeText(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("not a text file")), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
