#include "checktesthelpers.h"

#include "draft/draftchecks.h"
#include "draft/outlineops.h"
#include "seeddraft.h"
#include "seeds.h"

#include <QTest>

using namespace gaozi;

// The seeds as drafts in the composer (issue 7's "done when"): the checks read a Draft through
// draftToParsedDocument(), findings point into the text the writer types, and fixes land there.
class TestSeedDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed000Year2023FlagsThe2024Heading();
    void seed000FlagsDoubledPunctuation();
    void seed001FlagsPlaceholdersAndDoubledCharacter();
    void seed004OutdatedTermsDependOnTheYear();
    void cleanDraftFlagsNothing();
    void everyFindingPointsAtTheWritersText_data();
    void everyFindingPointsAtTheWritersText();
    void linesAreThoseOfThePlainText();
    void fixRefusedWhenTheParagraphChanged();
    void fixNeverTouchesAComputedNumber();

private:
    static QStringList flagged(const DraftCheck &c, const QString &rulePrefix);
    static QList<Finding> only(const DraftCheck &c, const QString &rulePrefix);
};

QList<Finding> TestSeedDrafts::only(const DraftCheck &c, const QString &rulePrefix)
{
    return test::withRule(c.findings, rulePrefix);
}

QStringList TestSeedDrafts::flagged(const DraftCheck &c, const QString &rulePrefix)
{
    QStringList out;
    for (const Finding &f : only(c, rulePrefix))
        out.append(c.paragraphs.value(f.paragraph).text.mid(f.offset, f.length));
    return out;
}

void TestSeedDrafts::seed000Year2023FlagsThe2024Heading()
{
    Draft d = test::seedDraft(test::seedPath(QStringLiteral("000")), 2023);
    const DraftCheck c = checkDraft(d);
    QCOMPARE(c.year, std::optional<int>(2023));
    const QList<Finding> years = only(c, QStringLiteral("year."));
    QCOMPARE(years.size(), 1);
    QCOMPARE(years[0].rule, QStringLiteral("year.heading"));
    QCOMPARE(years[0].severity, Severity::Error);
    QCOMPARE(flagged(c, QStringLiteral("year.")), QStringList{QStringLiteral("2024")});

    // The fix edits the heading the writer typed; the number in front stays computed.
    const DraftTextRange where = draftTextRange(c.spots, years[0].paragraph, years[0].offset, years[0].length);
    QCOMPARE(where.part, DraftLocation::Part::Heading);
    QCOMPARE(draftText(d, where.part, where.uid), QStringLiteral("2024年工作开展情况"));
    QVERIFY(years[0].fix);
    const DraftTextRange fixed = applyDraftFix(d, *years[0].fix, c.paragraphs[years[0].paragraph].text);
    QCOMPARE(fixed.part, DraftLocation::Part::Heading);
    QCOMPARE(findSection(d, where.uid)->heading, QStringLiteral("2023年工作开展情况"));
    QVERIFY(only(checkDraft(d), QStringLiteral("year.")).isEmpty());

    // Another year field, another verdict: in 2024 the heading is fine.
    const Draft in2024 = test::seedDraft(test::seedPath(QStringLiteral("000")), 2024);
    QVERIFY(!flagged(checkDraft(in2024), QStringLiteral("year.heading")).contains(QStringLiteral("2024")));
}

void TestSeedDrafts::seed000FlagsDoubledPunctuation()
{
    Draft d = test::seedDraft(test::seedPath(QStringLiteral("000")), 2023);
    const DraftCheck c = checkDraft(d);
    const QList<Finding> found = only(c, QStringLiteral("typography.doubled-punctuation"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(flagged(c, QStringLiteral("typography.doubled-punctuation")), QStringList{QStringLiteral("，。")});
    QVERIFY(found[0].fix);
    const DraftTextRange r = applyDraftFix(d, *found[0].fix, c.paragraphs[found[0].paragraph].text);
    QCOMPARE(r.part, DraftLocation::Part::Body);
    const QString body = findSection(d, r.uid)->body;
    QVERIFY(body.contains(QStringLiteral("找钥匙、找方法、找答案。")));
    QVERIFY(!body.contains(QStringLiteral("，。")));
}

void TestSeedDrafts::seed001FlagsPlaceholdersAndDoubledCharacter()
{
    Draft d = test::seedDraft(test::seedPath(QStringLiteral("001")));
    const DraftCheck c = checkDraft(d);
    const QList<Finding> placeholders = only(c, QStringLiteral("placeholder"));
    QVERIFY(placeholders.size() > 100);
    QVERIFY(flagged(c, QStringLiteral("placeholder")).contains(QStringLiteral("XX")));
    for (const Finding &f : placeholders) {
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY(!f.fix); // only the writer knows the value
    }
    QCOMPARE(flagged(c, QStringLiteral("typography.doubled-character")), QStringList{QStringLiteral("件件")});
    const Finding doubled = only(c, QStringLiteral("typography.doubled-character")).first();
    QVERIFY(doubled.fix);
    const DraftTextRange r = applyDraftFix(d, *doubled.fix, c.paragraphs[doubled.paragraph].text);
    QCOMPARE(r.part, DraftLocation::Part::Body);
    QVERIFY(findSection(d, r.uid)->body.contains(QStringLiteral("党建办公环境和办公条件不完善")));
    QVERIFY(only(checkDraft(d), QStringLiteral("typography.doubled-character")).isEmpty());
}

void TestSeedDrafts::seed004OutdatedTermsDependOnTheYear()
{
    const QString path = test::seedPath(QStringLiteral("004"));
    const QStringList in2024 = flagged(checkDraft(test::seedDraft(path, 2024)), QStringLiteral("timeliness.outdated"));
    QVERIFY(in2024.contains(QStringLiteral("十九大")));
    QVERIFY(in2024.contains(QStringLiteral("十九届四中全会")));
    const DraftCheck in2020 = checkDraft(test::seedDraft(path, 2020));
    QVERIFY(only(in2020, QStringLiteral("timeliness")).isEmpty());
    QVERIFY(only(in2020, QStringLiteral("year.")).isEmpty());
}

void TestSeedDrafts::cleanDraftFlagsNothing()
{
    Draft d;
    d.titlePattern = QStringLiteral("{单位}{年}年党建工作总结");
    d.fields.unit = QStringLiteral("市财政局机关党委");
    d.fields.year = 2023;
    d.opening = QStringLiteral("2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
                               "推动党建工作高质量发展。");
    const QStringList headings = {QStringLiteral("强化理论武装"), QStringLiteral("夯实基层基础"),
                                  QStringLiteral("深化作风建设")};
    const QStringList bodies = {
        QStringLiteral("严格落实“第一议题”制度，全年开展理论学习中心组集体学习12次。"),
        QStringLiteral("对群众反映的问题做到件件落实、事事有回音，常常深入基层调研。"),
        QStringLiteral("一是加强学习，二是严格管理，三是强化监督，持续纠治“四风”问题。")};
    for (int i = 0; i < headings.size(); ++i) {
        const int uid = outline::addChild(d, 0, headings[i]);
        QVERIFY(outline::setBody(d, uid, bodies[i]));
    }
    const DraftCheck c = checkDraft(d);
    QStringList rules;
    for (const Finding &f : c.findings)
        rules.append(f.rule + QStringLiteral(": ") + f.excerpt);
    QVERIFY2(c.findings.isEmpty(), qPrintable(rules.join(u'\n')));
}

void TestSeedDrafts::everyFindingPointsAtTheWritersText_data()
{
    QTest::addColumn<QString>("prefix");
    for (const char *p : {"000", "001", "002", "003", "004"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestSeedDrafts::everyFindingPointsAtTheWritersText()
{
    QFETCH(QString, prefix);
    // Untrimmed text around the paragraphs, as a writer leaves it: leading spaces, blank lines.
    Draft d = test::seedDraft(test::seedPath(prefix));
    d.opening = QStringLiteral("\n  ") + d.opening.replace(u'\n', QStringLiteral("\n\n\u3000\u3000"));
    for (DraftSection &s : d.sections) {
        s.heading = QStringLiteral(" ") + s.heading;
        s.body = QStringLiteral("\u3000\u3000") + s.body.replace(u'\n', QStringLiteral(" \n\n  "));
    }
    const DraftCheck c = checkDraft(d);
    QVERIFY(!c.findings.isEmpty());
    QCOMPARE(c.spots.size(), c.paragraphs.size());
    int checked = 0;
    for (const Finding &f : c.findings) {
        if (f.paragraph < 0)
            continue;
        const QString expected = c.paragraphs[f.paragraph].text.mid(f.offset, f.length);
        const DraftTextRange r = draftTextRange(c.spots, f.paragraph, f.offset, f.length);
        if (r.part == DraftLocation::Part::None) {
            QVERIFY2(f.offset < c.paragraphs[f.paragraph].markerLength, qPrintable(f.rule));
            continue;
        }
        QCOMPARE(draftText(d, r.part, r.uid).mid(r.offset, r.length), expected);
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestSeedDrafts::linesAreThoseOfThePlainText()
{
    const Draft d = test::seedDraft(test::seedPath(QStringLiteral("001")));
    const DraftCheck c = checkDraft(d);
    const QStringList lines = draftToPlainText(d).split(u'\n');
    for (const Finding &f : c.findings) {
        if (f.paragraph < 0)
            continue;
        QVERIFY2(f.line > 0 && f.line <= lines.size(), qPrintable(f.rule));
        const CheckParagraph &p = c.paragraphs[f.paragraph];
        // The plain text numbers headings itself and indents bodies; the words are the same.
        QVERIFY2(lines[f.line - 1].contains(p.text.mid(p.markerLength)), qPrintable(lines[f.line - 1]));
    }
}

void TestSeedDrafts::fixRefusedWhenTheParagraphChanged()
{
    Draft d = test::seedDraft(test::seedPath(QStringLiteral("001")));
    const DraftCheck c = checkDraft(d);
    const Finding doubled = only(c, QStringLiteral("typography.doubled-character")).first();
    const DraftTextRange r = draftTextRange(c.spots, doubled.paragraph, doubled.offset, doubled.length);
    const QString body = findSection(d, r.uid)->body;
    QVERIFY(!body.startsWith(QStringLiteral("党建办公环境")));

    // Text typed into another paragraph since the check moves nothing the fix relies on.
    Draft other = d;
    QVERIFY(outline::setBody(other, r.uid, QStringLiteral("新增一句。") + body));
    QCOMPARE(applyDraftFix(other, *doubled.fix, c.paragraphs[doubled.paragraph].text).part, DraftLocation::Part::Body);
    QVERIFY(findSection(other, r.uid)->body.contains(QStringLiteral("办公条件不完善")));

    // Typed in front of the slip, in its own paragraph: the old offsets are wrong now.
    QVERIFY(outline::setBody(d, r.uid, QString(body).replace(QStringLiteral("党建办公环境"), QStringLiteral("新增党建办公环境"))));
    const Draft before = d;
    QCOMPARE(applyDraftFix(d, *doubled.fix, c.paragraphs[doubled.paragraph].text).part, DraftLocation::Part::None);
    QVERIFY(d.sameContent(before));

    Fix outside = *doubled.fix;
    outside.paragraph = int(c.paragraphs.size()) + 3;
    QCOMPARE(applyDraftFix(d, outside, QString()).part, DraftLocation::Part::None);
}

void TestSeedDrafts::fixNeverTouchesAComputedNumber()
{
    Draft d = test::seedDraft(test::seedPath(QStringLiteral("000")), 2023);
    const DraftCheck c = checkDraft(d);
    int heading = -1;
    for (int i = 0; i < c.paragraphs.size() && heading < 0; ++i) {
        if (c.paragraphs[i].kind == CheckParagraph::Kind::Heading)
            heading = i;
    }
    QVERIFY(heading > 0);
    QVERIFY(c.paragraphs[heading].markerLength > 0);
    const Fix renumber{heading, 0, 1, QStringLiteral("三")};
    const Draft before = d;
    QCOMPARE(applyDraftFix(d, renumber, c.paragraphs[heading].text).part, DraftLocation::Part::None);
    QVERIFY(d.sameContent(before));
}

QTEST_GUILESS_MAIN(TestSeedDrafts)
#include "tst_seeddrafts.moc"
