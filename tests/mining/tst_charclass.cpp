#include "common/charclass.h"

#include <QTest>

using namespace gaozi;

class TestCharClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsSearchingTheCharacters_data();
    void sameAsSearchingTheCharacters();
};

void TestCharClass::sameAsSearchingTheCharacters_data()
{
    QTest::addColumn<QString>("chars");
    QTest::newRow("nominal: openers") << QStringLiteral("“《（(【「『‘〈");
    QTest::newRow("nominal: ascii and full-width punctuation") << QStringLiteral("，,、。；;：:！？!?”’）)》】…·");
    // U+0040 and U+0080 share their low six bits with @ and each other: the
    // filter lets both through and the comparison must tell them apart.
    QTest::newRow("robustness: one filter bit, several characters") << QStringLiteral("@\u0080\u4E00");
    QTest::newRow("robustness: thirty-two characters") << QStringLiteral("一二两三四五六七八九十双百千是些种届季度中个次名年月日天项位批级");
}

// Every UTF-16 code unit, in or out of the class exactly when the set's
// characters hold it.
void TestCharClass::sameAsSearchingTheCharacters()
{
    QFETCH(QString, chars);
    const CharClass set(std::u16string_view(reinterpret_cast<const char16_t *>(chars.utf16()), chars.size()));
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        if (set.contains(c) != chars.contains(c))
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestCharClass)
#include "tst_charclass.moc"
