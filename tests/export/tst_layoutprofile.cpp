#include "docxinspect.h"
#include "export/docxwriter.h"
#include "export/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gaozi;
using gaozi::test::docxPart;
using gaozi::test::elements;

// Layout lives in a profile: GB/T 9704 built in, house variants as JSON.
class TestLayoutProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void metrics();
    void jsonRoundTrip();
    void partialFileChangesOnlyWhatItSays();
    void badJson_data();
    void badJson();
    void houseProfileChangesTheOutput();
    void storeSavesListsLoads();
    void storeRefusesBadNames_data();
    void storeRefusesBadNames();
    void brokenSavedProfileIsListedWithItsError();
};

void TestLayoutProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GaoziTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gaozi-test-profiles"));
}

void TestLayoutProfile::init()
{
    QDir(userProfilesDir()).removeRecursively();
}

void TestLayoutProfile::metrics()
{
    const PageMetrics m = pageMetrics(LayoutProfile::gbt9704());
    QCOMPARE(m.pageWidth, 11906);
    QCOMPARE(m.pageHeight, 16838);
    QCOMPARE(m.marginTop, 2098);
    QCOMPARE(m.marginLeft, 1587);
    QCOMPARE(m.marginRight, 1474);
    QCOMPARE(m.marginBottom, 1984);
    QCOMPARE(m.linePitch, 579);
    QCOMPARE(m.charSpace, -842);
    QCOMPARE(m.charSpacing, -5);
    // The text block is 156 x 225 mm within rounding.
    QVERIFY(std::abs(m.textWidth - mmToTwips(156)) <= 1);
    QVERIFY(std::abs(m.textHeight - mmToTwips(225)) <= 1);
    QVERIFY(LayoutProfile::gbt9704().validate().ok());
}

void TestLayoutProfile::jsonRoundTrip()
{
    LayoutProfile house;
    house.name = QStringLiteral("本单位");
    house.description = QStringLiteral("3 cm margins, 29 pt");
    house.marginTopMm = house.marginBottomMm = house.marginLeftMm = house.marginRightMm = 30;
    house.lineSpacingPt = 29;
    house.heading3.bold = false;
    house.title.fallbacks = {QStringLiteral("方正小标宋_GBK"), QStringLiteral("宋体")};
    house.wordCharGrid = true;
    const QByteArray text = QJsonDocument(house.toJson()).toJson();
    auto back = LayoutProfile::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), house);
    QVERIFY(!(back.value() == LayoutProfile::gbt9704()));
}

void TestLayoutProfile::partialFileChangesOnlyWhatItSays()
{
    const QByteArray json = R"({"margins_mm": {"left": 30}, "fonts": {"body": {"size_pt": 15}}})";
    auto p = LayoutProfile::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.error()));
    LayoutProfile expected;
    expected.marginLeftMm = 30;
    expected.body.sizePt = 15;
    QCOMPARE(p.value(), expected);
}

void TestLayoutProfile::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: misspelt key") << QByteArray(R"({"margin_mm": {"top": 30}})")
                                             << QStringLiteral("unknown key \"margin_mm\"");
    QTest::newRow("robustness: misspelt nested key") << QByteArray(R"({"fonts": {"body": {"size": 16}}})")
                                                    << QStringLiteral("fonts.body.size");
    QTest::newRow("robustness: wrong type") << QByteArray(R"({"line_spacing_pt": "29"})")
                                           << QStringLiteral("\"line_spacing_pt\" must be a number");
    QTest::newRow("robustness: out of range") << QByteArray(R"({"margins_mm": {"top": -5}})")
                                             << QStringLiteral("margins_mm.top");
    QTest::newRow("robustness: fractional line count") << QByteArray(R"({"lines_per_page": 22.5})")
                                                      << QStringLiteral("whole number");
    QTest::newRow("robustness: empty font family") << QByteArray(R"({"fonts": {"heading1": {"family": ""}}})")
                                                  << QStringLiteral("fonts.heading1.family");
    QTest::newRow("robustness: fallbacks not strings") << QByteArray(R"({"fonts": {"body": {"fallbacks": [1]}}})")
                                                      << QStringLiteral("array of strings");
    QTest::newRow("robustness: margins eat the page") << QByteArray(R"({"margins_mm": {"left": 100, "right": 100}})")
                                                     << QStringLiteral("text block");
}

void TestLayoutProfile::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto p = LayoutProfile::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.ok());
    QVERIFY2(p.error().contains(message), qPrintable(p.error()));
}

void TestLayoutProfile::houseProfileChangesTheOutput()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("house.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"description": "3 cm", "margins_mm": {"top": 30, "bottom": 30, "left": 30, "right": 30},
                 "line_spacing_pt": 29})");
    out.close();
    auto profile = loadProfile(file);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->name, QStringLiteral("house"));

    ExportDocument doc;
    doc.title = QStringLiteral("标题");
    auto bytes = renderDocx(doc, profile.value());
    QVERIFY(bytes.ok());
    const QByteArray document = docxPart(bytes.value(), QStringLiteral("word/document.xml"));
    const auto margins = elements(document, QStringLiteral("w:pgMar")).first();
    for (const char *side : {"w:top", "w:bottom", "w:left", "w:right"})
        QCOMPARE(margins.attr(QString::fromUtf8(side)), QStringLiteral("1701")); // 30 mm
    QCOMPARE(elements(document, QStringLiteral("w:docGrid")).first().attr(QStringLiteral("w:linePitch")),
             QStringLiteral("580"));
}

void TestLayoutProfile::storeSavesListsLoads()
{
    auto before = listProfiles();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().name, QStringLiteral("gbt9704"));
    QVERIFY(before.first().builtIn);

    LayoutProfile house;
    house.name = QStringLiteral("本单位-2024");
    house.description = QStringLiteral("宽边距");
    house.marginLeftMm = 30;
    const Status saved = saveProfile(house);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(QFileInfo::exists(userProfilesDir() + QStringLiteral("/本单位-2024.json")));

    const auto after = listProfiles();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[1].name, house.name);
    QCOMPARE(after[1].description, house.description);
    QVERIFY(!after[1].builtIn);
    QVERIFY(after[1].error.isEmpty());

    auto loaded = loadProfile(house.name);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value(), house);
    QCOMPARE(loadProfile(QStringLiteral("GBT9704"))->name, QStringLiteral("gbt9704"));

    auto missing = loadProfile(QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("nope")), qPrintable(missing.error()));
}

void TestLayoutProfile::storeRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("robustness: built-in name") << QStringLiteral("gbt9704");
    QTest::newRow("robustness: path separator") << QStringLiteral("../escape");
    QTest::newRow("robustness: hidden file") << QStringLiteral(".hidden");
    QTest::newRow("robustness: empty") << QString();
}

void TestLayoutProfile::storeRefusesBadNames()
{
    QFETCH(QString, name);
    LayoutProfile p;
    p.name = name;
    const Status saved = saveProfile(p);
    QVERIFY(!saved.ok());
    QCOMPARE(listProfiles().size(), 1);
}

void TestLayoutProfile::brokenSavedProfileIsListedWithItsError()
{
    QVERIFY(QDir().mkpath(userProfilesDir()));
    QFile broken(userProfilesDir() + QStringLiteral("/broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const auto list = listProfiles();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[1].name, QStringLiteral("broken"));
    QVERIFY2(list[1].error.contains(QStringLiteral("not valid JSON")), qPrintable(list[1].error));
    auto loaded = loadProfile(QStringLiteral("broken"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("broken.json")), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestLayoutProfile)
#include "tst_layoutprofile.moc"
