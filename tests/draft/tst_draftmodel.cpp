#include "checks/checks.h"
#include "draft/draftconvert.h"
#include "draft/draftjson.h"
#include "draft/outlineops.h"

#include <QTest>

using namespace gaozi;

namespace {

Draft summary()
{
    Draft d;
    d.name = QStringLiteral("今年的总结");
    d.titlePattern = QStringLiteral("{单位}{年}年党建工作总结");
    d.fields.unit = QStringLiteral("中共某某局机关委员会");
    d.fields.year = 2024;
    d.fields.date = QDate(2025, 1, 8);
    d.opening = QStringLiteral("2024年以来，局机关党委坚持以习近平新时代中国特色社会主义思想为指导。\n\n现将有关情况总结如下。");
    const int a = outline::addChild(d, 0, QStringLiteral("2024年工作开展情况"));
    const int a1 = outline::addChild(d, a, QStringLiteral("强化理论武装"));
    outline::setBody(d, a1, QStringLiteral("一是抓好中心组学习，全年集中学习12次。二是开展专题研讨。\n  \n坚持第一议题制度。"));
    outline::addChild(d, a, QStringLiteral("夯实基层组织"));
    const int b = outline::addChild(d, 0, QStringLiteral("存在问题"));
    outline::setBody(d, b, QStringLiteral("理论学习还不够深入。"));
    return d;
}

} // namespace

class TestDraftModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleFollowsFields()
    {
        Draft d = summary();
        QCOMPARE(d.title(), QStringLiteral("中共某某局机关委员会2024年党建工作总结"));
        d.fields.year = 2025;
        d.fields.unit = QStringLiteral("XX党支部");
        QCOMPARE(d.title(), QStringLiteral("XX党支部2025年党建工作总结"));
        QVERIFY(d.titleFollowsFields());
    }

    void overriddenTitleStays()
    {
        Draft d = summary();
        d.setTitle(QStringLiteral("关于2024年度机关党建工作情况的报告"));
        QVERIFY(!d.titleFollowsFields());
        d.fields.year = 2030;
        QCOMPARE(d.title(), QStringLiteral("关于2024年度机关党建工作情况的报告"));
        // Typing what the fields would give puts the title back in step.
        d.setTitle(QStringLiteral("中共某某局机关委员会2030年党建工作总结"));
        QVERIFY(d.titleFollowsFields());
        d.fields.year = 2031;
        QCOMPARE(d.title(), QStringLiteral("中共某某局机关委员会2031年党建工作总结"));
    }

    void periodSlot_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: whole year") << QStringLiteral("全年") << QStringLiteral("XX党支部2024年度工作情况报告");
        QTest::newRow("nominal: unset is the whole year") << QString() << QStringLiteral("XX党支部2024年度工作情况报告");
        QTest::newRow("nominal: quarter") << QStringLiteral("第三季度") << QStringLiteral("XX党支部2024年第三季度工作情况报告");
        QTest::newRow("nominal: half") << QStringLiteral("上半年") << QStringLiteral("XX党支部2024年上半年工作情况报告");
    }
    void periodSlot()
    {
        QFETCH(QString, period);
        QFETCH(QString, title);
        Draft d;
        d.titlePattern = QStringLiteral("{单位}{时段}工作情况报告");
        d.fields = {QStringLiteral("XX党支部"), 2024, period, {}};
        QCOMPARE(d.title(), title);
    }

    void slotsFillOnlyWhatIsKnown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("filled");
        QTest::newRow("nominal: year and unit") << QStringLiteral("{年}年，{单位}开展谈心谈话{数}次") << QStringLiteral("机关党委")
                                                << 2024 << QStringLiteral("2024年，机关党委开展谈心谈话{数}次");
        QTest::newRow("nominal: name stays") << QStringLiteral("以{名}新时代中国特色社会主义思想为指导") << QStringLiteral("U")
                                             << 2024 << QStringLiteral("以{名}新时代中国特色社会主义思想为指导");
        QTest::newRow("robustness: no year set") << QStringLiteral("{年}年") << QString() << 0 << QStringLiteral("{年}年");
        QTest::newRow("robustness: blank unit") << QStringLiteral("{单位}") << QStringLiteral("  ") << 2024
                                                << QStringLiteral("{单位}");
    }
    void slotsFillOnlyWhatIsKnown()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(int, year);
        QFETCH(QString, filled);
        QCOMPARE(fillDraftSlots(text, {unit, year, {}, {}}), filled);
    }

    void insertedSentencesAreClosed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("closed");
        QTest::newRow("nominal: mined sentence") << QStringLiteral("全年开展集中学习12次") << QStringLiteral("全年开展集中学习12次。");
        QTest::newRow("nominal: already closed") << QStringLiteral("成效明显。") << QStringLiteral("成效明显。");
        QTest::newRow("nominal: question") << QStringLiteral("为什么？") << QStringLiteral("为什么？");
        QTest::newRow("nominal: closing quote") << QStringLiteral("落实“三会一课”") << QStringLiteral("落实“三会一课”。");
        QTest::newRow("robustness: spaces") << QStringLiteral(" 强化学习 ") << QStringLiteral("强化学习。");
        QTest::newRow("robustness: empty") << QString() << QString();
    }
    void insertedSentencesAreClosed()
    {
        QFETCH(QString, text);
        QFETCH(QString, closed);
        QCOMPARE(completeSentence(text), closed);
    }

    void exportDocumentCarriesNumbersAndClosing()
    {
        const ExportDocument e = draftToExportDocument(summary());
        QCOMPARE(e.title, QStringLiteral("中共某某局机关委员会2024年党建工作总结"));
        QCOMPARE(e.opening.size(), 2);
        QCOMPARE(e.sections.size(), 2);
        QCOMPARE(e.sections[0].number, QStringLiteral("一、"));
        QCOMPARE(e.sections[0].children[1].number, QStringLiteral("（二）"));
        QCOMPARE(e.sections[0].children[0].paragraphs.size(), 2); // the blank line is not a paragraph
        QCOMPARE(e.sections[1].number, QStringLiteral("二、"));
        QCOMPARE(e.closing.unit, QStringLiteral("中共某某局机关委员会"));
        QCOMPARE(e.closing.date, QStringLiteral("2025年1月8日"));
    }

    void plainTextIsTheExport()
    {
        const QString text = draftToPlainText(summary());
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines[0], QStringLiteral("中共某某局机关委员会2024年党建工作总结"));
        QVERIFY(lines[1].isEmpty());
        QVERIFY(text.contains(QStringLiteral("\u3000\u3000一、2024年工作开展情况\n\u3000\u3000（一）强化理论武装\n")));
        QVERIFY(text.endsWith(QStringLiteral("\n\n中共某某局机关委员会\n2025年1月8日\n")));
        QVERIFY(!text.contains(u'{'));
    }

    void hintsAreNeverExported()
    {
        Draft d = summary();
        d.sections[1].hint = QStringLiteral("写三条左右");
        d.openingHint = QStringLiteral("一段总述");
        QVERIFY(!draftToPlainText(d).contains(QStringLiteral("写三条左右")));
        QVERIFY(!draftToPlainText(d).contains(QStringLiteral("一段总述")));
    }

    void parsedDocumentForChecks()
    {
        const Draft d = summary();
        const ParsedDocument p = draftToParsedDocument(d);
        QCOMPARE(p.title, d.title());
        QCOMPARE(p.year, std::optional<int>(2024));
        QCOMPARE(p.genre, QStringLiteral("工作总结"));
        QCOMPARE(p.sections.size(), 2);
        QCOMPARE(p.sections[0].level, 1);
        QCOMPARE(p.sections[0].number, QStringLiteral("一"));
        QCOMPARE(p.sections[0].children[0].level, 2);
        QCOMPARE(p.sections[0].children[0].number, QStringLiteral("一"));
        QCOMPARE(p.sections[0].children[0].points.size(), 2);
        QCOMPARE(p.sections[0].children[0].points[1].ordinal, 2);
        QCOMPARE(p.sections[0].children[0].paragraphs.size(), 2);
    }

    void sourceLinesPointAtTheWholeDocumentView()
    {
        const Draft d = summary();
        const ParsedDocument p = draftToParsedDocument(d);
        const QStringList lines = draftToPlainText(d).split(u'\n');
        const Section &inner = p.sections[0].children[1];
        QCOMPARE(lines[inner.sourceLine - 1], QStringLiteral("\u3000\u3000（二）夯实基层组织"));
        QCOMPARE(lines[p.sections[1].sourceLine - 1], QStringLiteral("\u3000\u3000二、存在问题"));

        // Every line maps back to the part of the draft it shows.
        const DraftLocation body = locateLine(d, p.sections[0].children[0].sourceLine + 2);
        QCOMPARE(body.part, DraftLocation::Part::Body);
        QCOMPARE(body.uid, d.sections[0].children[0].uid);
        QCOMPARE(body.paragraph, 1);
        QCOMPARE(locateLine(d, 1).part, DraftLocation::Part::Title);
        QCOMPARE(locateLine(d, 3).part, DraftLocation::Part::Opening);
        QCOMPARE(locateLine(d, int(lines.size()) - 1).part, DraftLocation::Part::Closing);
        QCOMPARE(locateLine(d, 999).part, DraftLocation::Part::None);
    }

    void checksReadADraft()
    {
        Draft d = summary();
        outline::setBody(d, d.sections[1].uid, QStringLiteral("XX支部开展活动{数}次。"));
        const auto findings = runChecks(draftToParsedDocument(d));
        const bool placeholder = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
            return f.rule.startsWith(QStringLiteral("placeholder"));
        });
        QVERIFY(placeholder);
    }

    void jsonRoundTrip()
    {
        Draft d = summary();
        d.setTitle(QStringLiteral("自拟标题"));
        d.fields.period = QStringLiteral("上半年");
        d.openingHint = QStringLiteral("提示");
        d.sections[0].hint = QStringLiteral("分节写");
        d.sections[1].role = QStringLiteral("存在问题");
        auto back = draftFromJson(draftToJson(d));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back->sameContent(d));
        QVERIFY(!draftFromJson(QJsonObject{}).ok());
    }
};

QTEST_GUILESS_MAIN(TestDraftModel)
#include "tst_draftmodel.moc"
