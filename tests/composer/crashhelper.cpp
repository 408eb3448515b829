// Edits a draft in a real composer window until it is killed: the child side
// of tst_composercrash. Usage: composer_crash_helper LIBRARY DRAFT_ID
// Every EditIntervalMs it types the marker 【N】 at the end of the first
// section's body and prints "edit N <ms since epoch>".
#include "ui/composer/bodyedit.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/sectioneditor.h"
#include "ui/librarysession.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace gaozi;

namespace {

constexpr int EditIntervalMs = 40;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: composer_crash_helper LIBRARY DRAFT_ID\n");
        return 2;
    }
    // Settings beside the library, in the test's own temporary folder: this
    // process is killed, so nothing it creates could clean itself up.
    const QString settings = QFileInfo(QString::fromLocal8Bit(argv[1])).absolutePath() + QStringLiteral("/child-settings");
    QDir().mkpath(settings);
    test::useTemporarySettings(settings);
    auto session = ui::LibrarySession::open(QString::fromLocal8Bit(argv[1]));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error()));
        return 1;
    }
    ui::ComposerPage page(session.value().get());
    if (!page.openDraft(QByteArray(argv[2]).toLongLong())) {
        std::fprintf(stderr, "cannot open draft %s\n", argv[2]);
        return 1;
    }
    page.show();
    ui::BodyEdit *body = page.editor()->bodyEdit();
    body->setFocus();

    int n = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        body->moveCursor(QTextCursor::End);
        ++n;
        test::typeWithInputMethod(body, QStringLiteral("【%1】").arg(n));
        std::printf("edit %d %lld\n", n, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    QObject::connect(page.document(), &ui::ComposerDocument::saved, [] {
        std::printf("saved %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    timer.start(EditIntervalMs);
    return QApplication::exec();
}
