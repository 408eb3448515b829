#include "draft/draftconvert.h"
#include "draft/genretemplates.h"
#include "draft/outlineops.h"
#include "ingest/ingest.h"
#include "ingest/outlinejson.h"
#include "seeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gaozi;

class TestGenreTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledTemplatesLoad()
    {
        auto all = genreTemplates();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QStringList names;
        for (const auto &t : all.value()) {
            names << t.name;
            QVERIFY2(!t.sections.isEmpty(), qPrintable(t.id));
            QVERIFY2(t.titlePattern.contains(QStringLiteral("{单位}")), qPrintable(t.id));
        }
        QCOMPARE(names.first(), QStringLiteral("年度党建工作总结"));
        QVERIFY(names.contains(QStringLiteral("书记抓党建述职报告")));
        QVERIFY(names.contains(QStringLiteral("党支部年度/季度工作报告")));
        QVERIFY(names.contains(QStringLiteral("党建工作计划")));
    }

    void draftFromTemplateFillsFields()
    {
        auto t = genreTemplate(QStringLiteral("annual-summary"));
        QVERIFY(t.ok());
        const Draft d = draftFromTemplate(t.value(), {QStringLiteral("XX局党组"), 2024, {}, {}}, {});
        QCOMPARE(d.title(), QStringLiteral("XX局党组2024年党建工作总结"));
        QCOMPARE(d.name, d.title());
        QCOMPARE(d.fields.period, QStringLiteral("全年"));
        QCOMPARE(d.sections[0].heading, QStringLiteral("2024年党建工作开展情况"));
        QVERIFY(!d.sections[0].hint.isEmpty());
        QCOMPARE(d.sections[1].role, QStringLiteral("存在问题"));
        // Every section got its own uid.
        QSet<int> uids;
        for (const auto &e : numberedOutline(d))
            uids.insert(e.uid);
        QCOMPARE(uids.size(), numberedOutline(d).size());
        QVERIFY(!uids.contains(0));
    }

    void branchReportFollowsPeriod()
    {
        auto t = genreTemplate(QStringLiteral("branch-report"));
        QVERIFY(t.ok());
        const Draft d = draftFromTemplate(t.value(), {QStringLiteral("第一党支部"), 2024, QStringLiteral("第三季度"), {}}, {});
        QCOMPARE(d.title(), QStringLiteral("第一党支部2024年第三季度工作情况报告"));
        QCOMPARE(d.sections[0].heading, QStringLiteral("2024年第三季度主要工作情况"));
    }

    void unknownTemplate()
    {
        QVERIFY(!genreTemplate(QStringLiteral("nope")).ok());
        QVERIFY(!parseGenreTemplate(QStringLiteral("bad"), "{").ok());
        QVERIFY(!parseGenreTemplate(QStringLiteral("empty"), R"({"name": "x", "title": "y", "sections": []})").ok());
    }

    void draftFromADocumentsOutline()
    {
        auto parsed = ingestFile(test::seedPath(QStringLiteral("000")));
        QVERIFY(parsed.ok());
        const QJsonObject outline = outlineToJson(parsed.value(), QStringLiteral("000"));
        const QString json = QString::fromUtf8(QJsonDocument(outline.value(QStringLiteral("sections")).toArray()).toJson());
        auto d = draftFromDocumentOutline(json, parsed->title, parsed->year, {QStringLiteral("机关党委"), 2025, {}, {}}, {});
        QVERIFY2(d.ok(), qPrintable(d.error()));
        // 2023年xxx党建工作总结 → the draft's unit and year
        QCOMPARE(d->title(), QStringLiteral("2025年机关党委党建工作总结"));
        QCOMPARE(d->sections.size(), parsed->sections.size());
        QCOMPARE(d->sections[1].heading, parsed->sections[1].heading);
        // The seed's own slip (its first heading says 2024) moves along: 2024 is the year after 2023.
        QCOMPARE(d->sections[0].heading, QStringLiteral("2026年工作开展情况"));
        QVERIFY(d->sections[0].children.size() == parsed->sections[0].children.size());
        // Bodies are the writer's: only headings are taken over.
        QVERIFY(draftToPlainText(d.value()).size() < 600);
        QVERIFY(!draftFromDocumentOutline(QStringLiteral("[]"), {}, {}, {}, {}).ok());
        QVERIFY(!draftFromDocumentOutline(QStringLiteral("not json"), {}, {}, {}, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestGenreTemplates)
#include "tst_genretemplates.moc"
