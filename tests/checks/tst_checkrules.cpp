#include "checktesthelpers.h"

#include "checks/corpusindex.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace gaozi;

// The rule catalogue: ids are unique, described, documented, and the only ones reported.
class TestCheckRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void everyRuleIsDocumented();
    void reportedIdsAreCatalogued();
};

void TestCheckRules::catalogue()
{
    QSet<QString> ids;
    for (const CheckRule &r : checkRules()) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(!r.description.isEmpty());
    }
    QVERIFY(ids.size() >= 20);
    QCOMPARE(severityName(Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityName(Severity::Info), QStringLiteral("info"));
}

void TestCheckRules::everyRuleIsDocumented()
{
    QFile doc(QDir(QStringLiteral(GAOZI_CORPUS_DIR)).filePath(QStringLiteral("../../docs/CHECKS.md")));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const CheckRule &r : checkRules())
        QVERIFY2(text.contains(QStringLiteral("| `") + r.id + QStringLiteral("` |")), qPrintable(r.id));
}

void TestCheckRules::reportedIdsAreCatalogued()
{
    QSet<QString> known;
    for (const CheckRule &r : checkRules())
        known.insert(r.id);
    MemoryCorpusIndex corpus;
    QList<ParsedDocument> docs;
    for (const QString &path : test::seedPaths()) {
        auto doc = ingestFile(path);
        QVERIFY(doc.ok());
        corpus.addDocument(doc.value(), path);
        docs.append(doc.value());
    }
    QSet<QString> seen;
    for (const ParsedDocument &doc : docs) {
        for (const int year : {2016, 2020, 2024, 2027}) {
            CheckContext context;
            context.year = year;
            context.corpus = &corpus;
            for (const Finding &f : runChecks(doc, context)) {
                QVERIFY2(known.contains(f.rule), qPrintable(f.rule));
                seen.insert(f.rule);
            }
        }
    }
    QVERIFY(seen.size() >= 10);
}

QTEST_GUILESS_MAIN(TestCheckRules)
#include "tst_checkrules.moc"
