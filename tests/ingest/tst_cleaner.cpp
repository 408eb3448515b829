#include "ingest/cleaner.h"
#include "ingest/documentreader.h"
#include "seeds.h"

#include <QRegularExpression>
#include <QTest>

using namespace gaozi;

class TestCleaner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsCarryNoNoise_data();
    void seedsCarryNoNoise();
    void headBlockAboveTitle();
    void paywallMarkerMidWord();
    void noiseInTextThatIsNotValidUtf16();
    void joinsBrokenLines();
    void keepsHeadingsAndParagraphBreaks();
    void normalisesSpaces_data();
    void normalisesSpaces();
    void rulesFileErrors();
    void lineRulesSkipOnlyWhatCannotMatch();
};

static RawDocument linesDoc(const QStringList &lines)
{
    RawDocument raw;
    raw.sourceName = QStringLiteral("test.txt");
    raw.format = QStringLiteral("txt");
    raw.lineBased = true;
    for (const auto &l : lines)
        raw.paragraphs.append({l, {}, 0, false});
    return raw;
}

void TestCleaner::seedsCarryNoNoise_data()
{
    QTest::addColumn<QString>("path");
    const auto paths = test::seedPaths();
    for (const auto &p : paths)
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestCleaner::seedsCarryNoNoise()
{
    QFETCH(QString, path);
    const auto raw = readDocumentFile(path);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    const CleanedDocument doc = Cleaner().clean(raw.value());
    QVERIFY(!doc.paragraphs.isEmpty());
    static const QRegularExpression noise(QStringLiteral(
        "paidbegin|paidend|QQ|qq|公众号[:：]|【|素材库|酷乐文行|哒哒|会员|订阅|倒卖|禁止外传|客服|代笔|\\x{3000}"));
    // Body text may mention a unit's own 微信公众号; only the ad forms are noise.
    for (const auto &p : doc.paragraphs)
        QVERIFY2(!noise.match(p.text).hasMatch(), qPrintable(p.text.left(80)));
}

void TestCleaner::headBlockAboveTitle()
{
    const auto raw = readDocumentFile(test::seedPath(QStringLiteral("004")));
    QVERIFY(raw.ok());
    const CleanedDocument doc = Cleaner().clean(raw.value());
    QCOMPARE(doc.paragraphs.first().text, QStringLiteral("2020年党建工作总结（党组）"));
    // Ads above the title and the two contact lines are reported as dropped.
    QVERIFY(doc.dropped.size() >= 10);
    bool sawHeadBlock = false;
    for (const auto &d : doc.dropped)
        sawHeadBlock = sawHeadBlock || (d.reason == u"head block" && d.text == u"根据实际需求和形式任务不断迭代");
    QVERIFY(sawHeadBlock);
}

void TestCleaner::paywallMarkerMidWord()
{
    const auto doc = Cleaner().clean(linesDoc({QStringLiteral("2023年工作总结"),
                                                QStringLiteral("打造政治过硬、业务精干的##paidbegin##“排头兵”干部队伍。"),
                                                QStringLiteral("##paidend##")}));
    QCOMPARE(doc.paragraphs.size(), 2);
    QCOMPARE(doc.paragraphs[1].text, QStringLiteral("打造政治过硬、业务精干的“排头兵”干部队伍。"));
    QCOMPARE(doc.strippedMarkers, 1);
    QCOMPARE(doc.dropped.size(), 1);
    QCOMPARE(doc.dropped.first().reason, QStringLiteral("paywall marker"));
}

// A lone surrogate (a broken file) is read as U+FFFD: the noise rules, which
// skip PCRE2's own UTF-16 check for lines checked once, still drop the line
// or strip the marker instead of letting it through or failing on it.
void TestCleaner::noiseInTextThatIsNotValidUtf16()
{
    const QString broken = QString(QChar(0xD800));
    const auto doc = Cleaner().clean(linesDoc({QStringLiteral("2023年工作总结"),
                                                QStringLiteral("更多范文请关注公众号") + broken,
                                                QStringLiteral("抓好##paidbegin##理论学习。") + broken,
                                                QStringLiteral("正文。") + broken}));
    QCOMPARE(doc.dropped.size(), 1);
    QCOMPARE(doc.dropped.first().line, 2);
    QCOMPARE(doc.strippedMarkers, 1);
    QString kept;
    for (const auto &p : doc.paragraphs)
        kept += p.text;
    QVERIFY2(kept.contains(QStringLiteral("抓好理论学习。\uFFFD")), qPrintable(kept));
    QVERIFY(!kept.contains(QStringLiteral("paidbegin")));
    QVERIFY(!kept.contains(QStringLiteral("公众号")));
}

void TestCleaner::joinsBrokenLines()
{
    const auto doc = Cleaner().clean(linesDoc({QStringLiteral("2023年党建工作总结"),
                                                QStringLiteral("今年以来，我局坚持以习近平新时代中国特色"),
                                                QStringLiteral("社会主义思想为指导，全面贯彻党的二十大"),
                                                QStringLiteral("精神。"),
                                                QStringLiteral("第二段。")}));
    QCOMPARE(doc.paragraphs.size(), 3);
    QCOMPARE(doc.paragraphs[1].text,
             QStringLiteral("今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。"));
    QCOMPARE(doc.paragraphs[1].sourceLine, 2);
}

void TestCleaner::keepsHeadingsAndParagraphBreaks()
{
    const auto doc = Cleaner().clean(linesDoc({QStringLiteral("2023年党建工作总结"),
                                                QStringLiteral("一、强化政治引领"),
                                                QStringLiteral("正文没有句号"),
                                                QString(),
                                                QStringLiteral("另起一段"),
                                                QStringLiteral("（一）强化理论武装")}));
    QCOMPARE(doc.paragraphs.size(), 5);
    QCOMPARE(doc.paragraphs[1].text, QStringLiteral("一、强化政治引领"));
    QCOMPARE(doc.paragraphs[2].text, QStringLiteral("正文没有句号"));
    QCOMPARE(doc.paragraphs[4].text, QStringLiteral("（一）强化理论武装"));
}

void TestCleaner::normalisesSpaces_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("nominal: full-width indent") << QStringLiteral("\u3000\u3000一、工作情况") << QStringLiteral("一、工作情况");
    QTest::newRow("nominal: spaces between cjk") << QStringLiteral("仅供学习 禁止外传") << QStringLiteral("仅供学习禁止外传");
    QTest::newRow("nominal: latin words keep one") << QStringLiteral("Party  building") << QStringLiteral("Party building");
    QTest::newRow("nominal: no blank, returned as it is") << QStringLiteral("强化政治引领，抓好理论学习。")
                                                          << QStringLiteral("强化政治引领，抓好理论学习。");
    QTest::newRow("nominal: no-break, zero-width and BOM") << QStringLiteral("\uFEFFParty\u00A0building\u200B党建")
                                                           << QStringLiteral("Party building党建");
    QTest::newRow("robustness: only spaces") << QStringLiteral(" \u3000 \t") << QString();
}

void TestCleaner::normalisesSpaces()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Cleaner::normaliseSpaces(in), out);
}

void TestCleaner::rulesFileErrors()
{
    QVERIFY(!NoiseRules::parse(QStringLiteral("line\t(unclosed")).ok());
    QVERIFY(!NoiseRules::parse(QStringLiteral("bogus\tx")).ok());
    QVERIFY(!NoiseRules::parse(QStringLiteral("no tab here")).ok());
    QVERIFY(NoiseRules::parse(QStringLiteral("# comment\n\nline\tabc")).ok());
    QVERIFY(!NoiseRules::bundled().lineRules().isEmpty());
}

// matchingLineRule skips a rule for a line that lacks a character the
// rule's plain text needs: it must still pick the rule that trying every
// rule in order picks, for the bundled rules and for patterns whose plain
// text is optional, quoted, in a class, an alternative or a comment.
void TestCleaner::lineRulesSkipOnlyWhatCannotMatch()
{
    const auto custom = NoiseRules::parse(QStringLiteral("line\t(?i)ｑ群\n"
                                                         "line\t素?材库\n"
                                                         "line\t[素材]料\n"
                                                         "line\t来源|出处\n"
                                                         "line\t\\Q素材\\E库\n"
                                                         "line\t(?x)广告 # 注释\n"
                                                         "line\t关注.{0,8}公众号\n"
                                                         "line\t群{0,1}聊\n"
                                                         "line\t(?:免费)?qq群\\s*[:：]\n"));
    QVERIFY2(custom.ok(), qPrintable(custom.error()));
    QStringList lines = {
        QStringLiteral("加Ｑ群"), QStringLiteral("加ｑ群"), QStringLiteral("材库"), QStringLiteral("素材库"),
        QStringLiteral("素料"), QStringLiteral("出处"), QStringLiteral("广告"), QStringLiteral("注释"),
        QStringLiteral("关注我们的公众号"), QStringLiteral("聊"), QStringLiteral("群聊"), QStringLiteral("免费QQ群:"),
        QStringLiteral("更多范文请关注公众号"), QStringLiteral("会员群：123"), QStringLiteral("联系客服"),
        QStringLiteral("【公众号：某某】"), QStringLiteral("仅供学习交流，禁止外传"), QStringLiteral("开通会员"),
        QStringLiteral("举报倒卖"), QStringLiteral("下载文档"), QStringLiteral("更多资料请"),
        QStringLiteral("来源：某某网"), QStringLiteral("https://x.y"), QStringLiteral("www.x.com"),
        QStringLiteral("qq群12345678"), QStringLiteral("微信：abc123"), QStringLiteral("vip会员"),
        QStringLiteral("整理，咨询"),
    };
    for (const QString &path : test::seedPaths()) {
        const auto raw = readDocumentFile(path);
        QVERIFY(raw.ok());
        for (const auto &p : raw->paragraphs)
            lines << Cleaner::normaliseSpaces(p.text);
    }
    for (const NoiseRules *rules : {&NoiseRules::bundled(), &custom.value()}) {
        for (const QString &line : std::as_const(lines)) {
            const NoiseRules::Rule *expected = nullptr;
            for (const auto &rule : rules->lineRules()) {
                if (rule.pattern.match(line).hasMatch()) {
                    expected = &rule;
                    break;
                }
            }
            const NoiseRules::Rule *found = rules->matchingLineRule(line);
            QVERIFY2(found == expected, qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestCleaner)
#include "tst_cleaner.moc"
