#include <QTest>
class TestSuggestions final : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
