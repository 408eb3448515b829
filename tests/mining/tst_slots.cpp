#include "mining/minedphrase.h"
#include "mining/slots.h"

#include <QTest>

using namespace gaozi;

// Placeholders and numbers become slots; the merge key folds what a reader
// would not call a different phrase.
class TestSlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slotify_data();
    void slotify();
    void slotifyIsIdempotent_data();
    void slotifyIsIdempotent();
    void sameKey_data();
    void sameKey();
    void differentKey();
    void keyKeepsEveryHanCharacter();
    void kindNames();
};

static QString S(const char16_t *s)
{
    return QString::fromUtf16(s);
}

void TestSlots::slotify_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("slotted");

    QTest::newRow("nominal: number with 余 before a measure") << S(u"开展谈心谈话100余次") << S(u"开展谈心谈话{数}次");
    QTest::newRow("nominal: XX before a measure") << S(u"开展谈心谈话XX次") << S(u"开展谈心谈话{数}次");
    QTest::newRow("nominal: xx余次") << S(u"开展主题活动xx余次") << S(u"开展主题活动{数}次");
    QTest::newRow("nominal: xxx余册") << S(u"发放指定书目xxx余册") << S(u"发放指定书目{数}册");
    QTest::newRow("nominal: 多 after a number") << S(u"更新材料1000多篇") << S(u"更新材料{数}篇");
    QTest::newRow("nominal: 近 before a number") << S(u"覆盖近200人") << S(u"覆盖{数}人");
    QTest::newRow("nominal: X before a percent sign") << S(u"推进进度率X%") << S(u"推进进度率{数}%");
    QTest::newRow("nominal: decimal") << S(u"平均成绩98.5分") << S(u"平均成绩{数}分");
    QTest::newRow("nominal: year") << S(u"2023年以来") << S(u"{年}年以来");
    QTest::newRow("nominal: year of 年度") << S(u"2023年度党建工作") << S(u"{年}年度党建工作");
    QTest::newRow("nominal: blanked year") << S(u"20XX年工作总结") << S(u"{年}年工作总结");
    QTest::newRow("nominal: placeholder year") << S(u"XX年确定入党积极分子") << S(u"{年}年确定入党积极分子");
    QTest::newRow("nominal: year range") << S(u"实施方案（2021—2023年）") << S(u"实施方案（{年}—{年}年）");
    QTest::newRow("nominal: name A") << S(u"以A新时代中国特色社会主义思想为指导")
                                     << S(u"以{名}新时代中国特色社会主义思想为指导");
    QTest::newRow("nominal: unit XX") << S(u"XX党委坚持从严要求") << S(u"{单位}党委坚持从严要求");
    QTest::newRow("nominal: unit xxx") << S(u"2023年xxx党建工作总结") << S(u"{年}年{单位}党建工作总结");
    QTest::newRow("nominal: single X") << S(u"联合X党支部") << S(u"联合{单位}党支部");
    QTest::newRow("nominal: full-width Ｘ") << S(u"开展谈心谈话ＸＸ次") << S(u"开展谈心谈话{数}次");
    QTest::newRow("nominal: congress XX大") << S(u"学习党的XX大精神") << S(u"学习党的{数}大精神");
    QTest::newRow("nominal: 大家 is no congress") << S(u"开展X大家谈活动") << S(u"开展{单位}大家谈活动");
    QTest::newRow("nominal: 第X") << S(u"第X季度") << S(u"第{数}季度");
    QTest::newRow("nominal: Chinese-numeral term") << S(u"落实“第一议题”制度") << S(u"落实“第一议题”制度");
    QTest::newRow("nominal: numbered formula") << S(u"严格落实三会一课") << S(u"严格落实三会一课");
    QTest::newRow("nominal: Chinese congress number") << S(u"党的十九大精神") << S(u"党的十九大精神");
    QTest::newRow("robustness: ASCII words stay") << S(u"用好学习强国APP和PPT") << S(u"用好学习强国APP和PPT");
    QTest::newRow("robustness: word containing x") << S(u"查看box文件") << S(u"查看box文件");
    QTest::newRow("robustness: A not between Han") << S(u"4A级景区") << S(u"{数}A级景区");
    QTest::newRow("robustness: empty") << QString() << QString();
    QTest::newRow("robustness: slots pass through") << S(u"开展谈心谈话{数}次") << S(u"开展谈心谈话{数}次");
    QTest::newRow("robustness: unknown braces stay") << S(u"{其他}内容") << S(u"{其他}内容");
}

void TestSlots::slotify()
{
    QFETCH(QString, raw);
    QFETCH(QString, slotted);
    QCOMPARE(gaozi::slotify(raw), slotted);
}

void TestSlots::slotifyIsIdempotent_data()
{
    slotify_data();
}

void TestSlots::slotifyIsIdempotent()
{
    QFETCH(QString, raw);
    const QString once = gaozi::slotify(raw);
    QCOMPARE(gaozi::slotify(once), once);
}

void TestSlots::sameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("nominal: number and placeholder") << S(u"开展谈心谈话100余次") << S(u"开展谈心谈话XX次");
    QTest::newRow("nominal: punctuation and spaces") << S(u"坚持问题导向，强化责任落实。") << S(u"坚持问题导向 强化责任落实");
    QTest::newRow("nominal: full-width letters") << S(u"用好ＡＰＰ平台") << S(u"用好app平台");
    QTest::newRow("nominal: quotes") << S(u"增强“四个意识”") << S(u"增强\"四个意识\"");
    QTest::newRow("nominal: name placeholders") << S(u"以A新时代中国特色社会主义思想为指导")
                                                << S(u"以XX新时代中国特色社会主义思想为指导");
    QTest::newRow("nominal: year values") << S(u"2023年以来") << S(u"2020年以来");
}

void TestSlots::sameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QString ka = phraseKey(gaozi::slotify(a));
    QVERIFY(!ka.isEmpty());
    QCOMPARE(ka, phraseKey(gaozi::slotify(b)));
}

void TestSlots::differentKey()
{
    QCOMPARE_NE(phraseKey(gaozi::slotify(S(u"三会一课"))), phraseKey(gaozi::slotify(S(u"两会一课"))));
    QCOMPARE_NE(phraseKey(S(u"强化理论武装")), phraseKey(S(u"强化理论学习")));
    QVERIFY(phraseKey(S(u"，。！ ")).isEmpty());
}

void TestSlots::kindNames()
{
    const QList<PhraseKind> kinds = allKinds();
    QCOMPARE(kinds.size(), 6);
    for (PhraseKind k : kinds)
        QCOMPARE(kindFromName(kindName(k)), std::optional<PhraseKind>(k));
    QCOMPARE(kindName(PhraseKind::Parallel), QStringLiteral("parallel"));
    QCOMPARE(kindFromName(u"nonsense"), std::nullopt);
}

// phraseKey keeps a Han character without Qt's character tables: that is
// only right while none of them is a space, punctuation, a symbol or a
// format character, or has a lower case, in the tables of this Qt.
void TestSlots::keyKeepsEveryHanCharacter()
{
    for (char16_t u = 0x3400; u <= 0x9FFF; ++u) {
        const QChar c(u);
        if (!isHan(c))
            continue;
        const bool dropped = c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Format;
        if (dropped || c.toLower() != c)
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
        if (phraseKey(QString(c)) != QString(c))
            QFAIL(qPrintable(QStringLiteral("key of U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestSlots)
#include "tst_slots.moc"
