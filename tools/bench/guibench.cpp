// gaozi-bench-gui: the window's figures in docs/BENCHMARKS.md, on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise.
//   gaozi-bench-gui --db FILE [--starts N] [--repetitions N] [--json FILE]
// Start: N fresh processes of this program (--start-once), each timed by
// this one from QProcess::start() to the child's report that the first page
// of results is painted in the real MainWindow. Keystroke: in this process,
// the real window; the search box holds a word but its last character and
// its results are shown; the last character is committed as an input method
// does; the time until the results for the whole word are painted.
#include "machine.h"

#include "library/librarytypes.h"
#include "ui/icons.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/mainwindow.h"
#include "ui/phraselistmodel.h"
#include "ui/searchcontroller.h"
#include "ui/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gaozi;

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns on every window it cannot resize, and Qt on
// a machine without a desktop session: noise here.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")) || message.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}

int fail(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("gaozi-bench-gui: ") + text + u'\n'), stderr);
    return 1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size() - 1) + 0.5))];
}

// Settings go to a throw-away folder: the benchmark never touches the user's.
void useSettingsIn(const QString &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

void setUpApplication(QApplication &app)
{
    // As app/gui/main.cpp does before it opens the library.
    QApplication::setOrganizationName(QStringLiteral("GaoziBench"));
    QApplication::setApplicationName(QStringLiteral("gaozi-bench-gui"));
    ui::installTranslations(&app, ui::ChineseLanguage);
    QApplication::setWindowIcon(ui::icons::app());
}

// Runs the event loop until the model has shown results for text (or 30 s),
// then lets the view paint them. Returns false on a timeout.
bool waitForResults(ui::PhraseListModel *model, const QString &text)
{
    const auto ready = [&] { return !model->isLoading() && model->query().text == text; };
    if (!ready()) {
        QEventLoop loop;
        const auto done = QObject::connect(model, &ui::PhraseListModel::resultsReady, &loop, [&] {
            if (ready())
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(done);
    }
    QCoreApplication::processEvents(); // the view's repaint of the new rows
    return ready();
}

void commit(QWidget *widget, const QString &text)
{
    QInputMethodEvent preedit(text, {});
    QCoreApplication::sendEvent(widget, &preedit);
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// The child: from main() to the first page of results painted, as a user
// starting the application sees it; prints one JSON line.
int startOnce(QApplication &app, const QString &db, QElapsedTimer &sinceMain)
{
    setUpApplication(app);
    auto session = ui::LibrarySession::open(db);
    if (!session)
        return fail(session.error());
    const double opened = double(sinceMain.nsecsElapsed()) / 1e6;
    ui::MainWindow window(session.value().get());
    window.show();
    QTimer::singleShot(0, &window, &ui::MainWindow::startSeeding);
    const double shown = double(sinceMain.nsecsElapsed()) / 1e6;
    ui::PhraseListModel *model = window.libraryPage()->model();
    if (!waitForResults(model, QString()))
        return fail(QStringLiteral("no results within 30 s"));
    const QJsonObject line{{QStringLiteral("library_open_ms"), opened},
                           {QStringLiteral("window_shown_ms"), shown},
                           {QStringLiteral("first_results_ms"), double(sinceMain.nsecsElapsed()) / 1e6},
                           {QStringLiteral("rows"), model->rowCount()}};
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    session.value()->waitForWorkers();
    return 0;
}

QJsonObject measureStarts(const QString &db, int starts, const QString &settingsDir)
{
    QList<double> launch, inMain;
    QJsonArray runs;
    for (int i = 0; i < starts; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--start-once"), QStringLiteral("--db"), db, QStringLiteral("--settings"), settingsDir});
        if (!child.waitForReadyRead(60000))
            return {{QStringLiteral("error"), QStringLiteral("a start gave no result")}};
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const QJsonObject line = QJsonDocument::fromJson(child.readLine()).object();
        child.waitForFinished(60000);
        launch << ms;
        inMain << line.value(QStringLiteral("first_results_ms")).toDouble();
        QJsonObject run = line;
        run.insert(QStringLiteral("from_launch_ms"), ms);
        runs.append(run);
    }
    return {{QStringLiteral("starts"), starts},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("first_run_ms"), launch.value(0)},
            {QStringLiteral("p50_ms"), percentile(launch, 50)},
            {QStringLiteral("max_ms"), percentile(launch, 100)},
            {QStringLiteral("in_main_p50_ms"), percentile(inMain, 50)}};
}

QJsonObject measureKeystrokes(QApplication &app, const QString &db, int repetitions)
{
    setUpApplication(app);
    auto session = ui::LibrarySession::open(db);
    if (!session)
        return {{QStringLiteral("error"), session.error()}};
    ui::MainWindow window(session.value().get());
    window.show();
    ui::LibraryPage *page = window.libraryPage();
    ui::PhraseListModel *model = page->model();
    QLineEdit *box = page->searchBox();
    if (!waitForResults(model, QString()))
        return {{QStringLiteral("error"), QStringLiteral("no first results")}};
    box->setFocus();
    // 1 to 8 characters, common and rare, as a user types them.
    const QStringList words = {QStringLiteral("党建"),           QStringLiteral("学习"),
                               QStringLiteral("意识形态"),       QStringLiteral("第一议题"),
                               QStringLiteral("全面从严治党"),   QStringLiteral("以高质量党建引领"),
                               QStringLiteral("廉洁"),           QStringLiteral("鑫")};
    QList<double> all;
    QJsonArray perWord;
    for (const QString &word : words) {
        QList<double> times;
        for (int r = 0; r < repetitions; ++r) {
            const QString before = word.chopped(1);
            box->setText(before);
            if (!waitForResults(model, before))
                return {{QStringLiteral("error"), QStringLiteral("no results for %1").arg(before)}};
            QElapsedTimer t;
            t.start();
            commit(box, word.right(1));
            if (!waitForResults(model, word))
                return {{QStringLiteral("error"), QStringLiteral("no results for %1").arg(word)}};
            times << double(t.nsecsElapsed()) / 1e6;
        }
        all << times;
        perWord.append(QJsonObject{{QStringLiteral("word"), word},
                                   {QStringLiteral("p50_ms"), percentile(times, 50)},
                                   {QStringLiteral("max_ms"), percentile(times, 100)}});
    }
    session.value()->waitForWorkers();
    return {{QStringLiteral("words"), perWord},
            {QStringLiteral("repetitions"), repetitions},
            {QStringLiteral("p50_ms"), percentile(all, 50)},
            {QStringLiteral("p95_ms"), percentile(all, 95)},
            {QStringLiteral("max_ms"), percentile(all, 100)}};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Gaozi window benchmarks: start-up and keystroke-to-results."));
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("Library to open (it is not changed)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("starts"), QStringLiteral("Processes started for the start-up figure."),
                 QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("repetitions"), QStringLiteral("Keystrokes per word."), QStringLiteral("N"),
                 QStringLiteral("5")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("start-once"), QStringLiteral("(internal) one start, reported as a JSON line.")});
    p.addOption({QStringLiteral("settings"), QStringLiteral("(internal) settings folder."), QStringLiteral("DIR")});
    p.process(app);
    const QString db = p.value(QStringLiteral("db"));
    if (db.isEmpty() || !QFile::exists(db))
        return fail(QStringLiteral("--db FILE must name an existing library"));
    if (p.isSet(QStringLiteral("start-once"))) {
        useSettingsIn(p.value(QStringLiteral("settings")));
        return startOnce(app, db, sinceMain);
    }
    QTemporaryDir settings;
    useSettingsIn(settings.path());

    const QJsonObject starts = measureStarts(db, std::max(1, p.value(QStringLiteral("starts")).toInt()), settings.path());
    if (starts.contains(QStringLiteral("error")))
        return fail(starts.value(QStringLiteral("error")).toString());
    std::printf("start: launch to first results painted p50 %.0f ms (first %.0f ms, max %.0f ms; %.0f ms of it after main())\n",
                starts.value(QStringLiteral("p50_ms")).toDouble(), starts.value(QStringLiteral("first_run_ms")).toDouble(),
                starts.value(QStringLiteral("max_ms")).toDouble(), starts.value(QStringLiteral("in_main_p50_ms")).toDouble());
    std::fflush(stdout);

    const QJsonObject keys = measureKeystrokes(app, db, std::max(1, p.value(QStringLiteral("repetitions")).toInt()));
    if (keys.contains(QStringLiteral("error")))
        return fail(keys.value(QStringLiteral("error")).toString());
    std::printf("keystroke: last character committed to results painted p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                keys.value(QStringLiteral("p50_ms")).toDouble(), keys.value(QStringLiteral("p95_ms")).toDouble(),
                keys.value(QStringLiteral("max_ms")).toDouble());

    const QJsonObject all{{QStringLiteral("machine"), bench::machineInfo()},
                          {QStringLiteral("start"), starts},
                          {QStringLiteral("keystroke"), keys}};
    if (p.isSet(QStringLiteral("json"))) {
        QFile out(p.value(QStringLiteral("json")));
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
        out.write(QJsonDocument(all).toJson());
    }
    return 0;
}
