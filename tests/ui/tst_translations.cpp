#include "mining/minedphrase.h"
#include "ui/labels.h"
#include "ui/translation.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace gaozi;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated();
    void coreMessagesHaveEntries();
    void chineseCatalogueIsCompiledIn();
};

void TestTranslations::everyStringIsTranslated()
{
    QFile file(QStringLiteral(GAOZI_TS_DIR "/gaozi_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString &s) {
        QStringList out;
        for (auto it = placeholder.globalMatch(s); it.hasNext();)
            out << it.next().captured();
        out.sort();
        out.removeDuplicates();
        return out;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            const QString where = context + QStringLiteral(": ") + source;
            if (!type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, type);
            else if (text.isEmpty())
                problems << where + QStringLiteral(" (empty)");
            else if (placeholders(text) != placeholders(source))
                problems << where + QStringLiteral(" (placeholders differ: ") + text + u')';
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Messages made in core/ (checks, library) are translated through contexts
// that the ui lupdate target does not read; their entries are kept by hand.
// Every QCoreApplication::translate() call in core/ must find its entry.
void TestTranslations::coreMessagesHaveEntries()
{
    QFile ts(QStringLiteral(GAOZI_TS_DIR "/gaozi_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QSet<QString> known; // "context|source"
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            known.insert(context + u'|' + xml.readElementText());
    }

    // translate("ctx", "literal" ["literal" …]: adjacent literals are joined as the compiler does.
    static const QRegularExpression call(
        QStringLiteral("translate\\(\\s*\"([^\"]+)\"\\s*,\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList missing;
    int calls = 0;
    QDirIterator it(QStringLiteral(GAOZI_TS_DIR "/../../core"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile source(it.next());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(source.readAll());
        for (auto m = call.globalMatch(code); m.hasNext();) {
            const auto found = m.next();
            QString text;
            for (auto l = literal.globalMatch(found.captured(2)); l.hasNext();)
                text += l.next().captured(1);
            text.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\\""), QStringLiteral("\""));
            ++calls;
            if (!known.contains(found.captured(1) + u'|' + text))
                missing << QFileInfo(source).fileName() + QStringLiteral(": ") + text;
        }
    }
    QVERIFY2(calls > 50, "core/ makes its messages with QCoreApplication::translate");
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestTranslations::chineseCatalogueIsCompiledIn()
{
    QVERIFY(ui::installTranslations(QCoreApplication::instance(), ui::ChineseLanguage));
    QCOMPARE(ui::Labels::kind(PhraseKind::Term), QStringLiteral("提法"));
    QCOMPARE(QCoreApplication::translate("gaozi::ui::LibraryPage", "%n phrase(s)", nullptr, 523),
             QStringLiteral("共 523 条"));
    QCOMPARE(QCoreApplication::translate("gaozi::ui::MainWindow", "Library"), QStringLiteral("素材库"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
