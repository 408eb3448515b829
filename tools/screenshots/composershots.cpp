// gaozi-composer-shots: the screenshots in docs/COMPOSER.md, taken from the
// real window. Builds a draft from the 年度党建工作总结 template on the
// bundled library, fills a few sections, picks a theory-study section so its
// suggestions show, and grabs the window: OUTDIR/composer.png (section view)
// and OUTDIR/composer-whole.png (whole-document view); then the library
// browser with a search typed: OUTDIR/library.png (README).
//
//   xvfb-run -s '-screen 0 1400x900x24' gaozi-composer-shots docs/images
//
// Settings go to a temporary folder and the library is a fresh temporary one
// (or --db FILE), so the user's own library and layout are never touched.
#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "draft/outlineops.h"
#include "library/database.h"
#include "library/importer.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerlibrarypanel.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/draftlistpanel.h"
#include "ui/composer/phrasepickmodel.h"
#include "ui/composer/sectioneditor.h"
#include "ui/icons.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/phraselistmodel.h"
#include "ui/previewpane.h"
#include "ui/searchcontroller.h"
#include "ui/mainwindow.h"
#include "ui/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace gaozi;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gaozi-composer-shots: %s\n", qPrintable(message));
    return 1;
}

// Lets the event loop run until done() holds (queries answer on worker threads).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// Paints everything pending, then grabs the window as it looks.
bool grab(QWidget &window, const QString &path)
{
    waitFor([] { return false; }, 400);
    // A window is mostly flat colour: 256 of them keep the text crisp at a third of the size.
    const QImage image = window.grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const bool ok = image.save(path, "PNG", 0);
    if (ok)
        std::printf("%s\n", qPrintable(path));
    return ok;
}

// A draft a writer is half-way through: opening and a few sections written,
// one with a figure still to fill in (XX), the rest with the template's hints.
Result<Draft> halfWrittenDraft()
{
    auto genre = genreTemplate(QStringLiteral("annual-summary"));
    if (!genre)
        return Error{genre.error()};
    Draft d = draftFromTemplate(
        genre.value(),
        {QStringLiteral("中共江南市交通运输局机关委员会"), 2024, QStringLiteral("全年"), QDate(2025, 1, 10)}, {});
    d.opening = QStringLiteral("2024年，机关党委在局党组的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
                               "围绕中心、建设队伍、服务群众，推动机关党建工作取得新成效。现将有关情况总结如下。");
    const int politics = d.sections[0].children[0].uid;
    const int theory = d.sections[0].children[1].uid;
    const int firstProblem = d.sections[1].children[0].uid;
    outline::setBody(d, politics,
                     QStringLiteral("严格落实“第一议题”制度，全年传达学习习近平总书记重要讲话和重要指示批示精神24次。\n"
                                    "严格执行重大事项请示报告制度，全年向上级党组织请示报告事项6件。"));
    outline::setBody(d, theory, QStringLiteral("制定理论学习中心组年度学习计划，全年开展集中学习XX次、专题研讨4次。"));
    outline::setBody(d, firstProblem,
                     QStringLiteral("个别党员干部满足于读原文、记笔记，联系实际思考不深，学用结合不够紧密。"));
    return d;
}

// The first phrase in the suggestions whose text has a {年} slot.
const QStandardItem *phraseWithSlot(const QStandardItemModel &model)
{
    for (int g = 0; g < model.rowCount(); ++g) {
        const QStandardItem *group = model.item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            const QStandardItem *item = group->child(r);
            if (item->data(ui::PhrasePickModel::TextRole).toString().contains(QStringLiteral("{年}")))
                return item;
        }
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gaozi"));
    QCoreApplication::setApplicationName(QStringLiteral("gaozi-composer-shots"));
    QApplication::setApplicationDisplayName(QStringLiteral("稿子 Gaozi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Screenshots of the composer for docs/COMPOSER.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUTDIR"),
                                 QStringLiteral("Where composer.png and composer-whole.png go."));
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Use this library (default: a fresh one with the bundled corpus)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN (default) or en."), QStringLiteral("LANG")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("give the output folder"));
    const QDir outDir(parser.positionalArguments().first());
    if (!QDir().mkpath(outDir.path()))
        return fail(QStringLiteral("cannot create %1").arg(outDir.path()));

    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(QStringLiteral("no temporary folder"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temp.path());
    const QString language = parser.value(QStringLiteral("lang")).startsWith(QStringLiteral("en"))
                                 ? ui::EnglishLanguage
                                 : ui::ChineseLanguage;
    if (!ui::installTranslations(&app, language))
        return fail(QStringLiteral("the Chinese translations cannot be loaded"));
    QApplication::setWindowIcon(ui::icons::app());

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = temp.filePath(QStringLiteral("library.sqlite"));
        auto db = Database::open(path);
        if (!db)
            return fail(db.error());
        const ImportReport seeded = seedBundledCorpus(*db.value());
        if (!seeded.error.isEmpty())
            return fail(seeded.error);
    }
    auto session = ui::LibrarySession::open(path);
    if (!session)
        return fail(session.error());

    auto draft = halfWrittenDraft();
    if (!draft)
        return fail(draft.error());
    auto id = DraftStore(session.value()->db()).create(draft.value());
    if (!id)
        return fail(id.error());

    ui::MainWindow window(session.value().get());
    ui::ComposerPage *page = ui::ComposerPage::addTo(window);
    window.pages()->setCurrentWidget(page);
    window.resize(1400, 900);
    window.show();
    page->draftList()->refresh();
    if (!page->openDraft(id.value()))
        return fail(QStringLiteral("cannot open the draft"));

    // The theory-study section, cursor after its text: its suggestions are theory-study phrasing.
    const int uid = draft->sections[0].children[1].uid;
    page->selectSection(uid);
    page->editor()->bodyEdit()->moveCursor(QTextCursor::End);
    page->editor()->bodyEdit()->setFocus();
    ui::ComposerLibraryPanel *library = page->libraryPanel();
    const auto suggestionsShown = [library] {
        return library->pending() == 0 && library->suggestionModel()->rowCount() > 0;
    };
    if (!waitFor(suggestionsShown))
        return fail(QStringLiteral("no suggestions arrived"));
    // Use a suggestion with a {年} slot, as a double-click would: it goes in at
    // the cursor with the year filled, the draft is saved, and the panel shows
    // what writers put after it.
    if (const QStandardItem *phrase = phraseWithSlot(*library->suggestionModel())) {
        bool saved = false;
        QObject::connect(page->document(), &ui::ComposerDocument::saved, [&saved] { saved = true; });
        page->usePhrase(phrase->data(ui::PhrasePickModel::PhraseIdRole).toLongLong(),
                        PhraseKind(phrase->data(ui::PhrasePickModel::KindRole).toInt()),
                        phrase->data(ui::PhrasePickModel::TextRole).toString());
        if (!waitFor([&saved, library] { return saved && library->pending() == 0; }))
            return fail(QStringLiteral("the edit was not saved"));
    }
    library->suggestionView()->scrollToTop();
    if (!grab(window, outDir.filePath(QStringLiteral("composer.png"))))
        return fail(QStringLiteral("cannot write composer.png"));

    page->editorTabs()->setCurrentWidget(page->wholeView());
    if (!grab(window, outDir.filePath(QStringLiteral("composer-whole.png"))))
        return fail(QStringLiteral("cannot write composer-whole.png"));

    // The library browser (README): a search typed as a writer would, the
    // best hit previewed in its source paragraph.
    ui::LibraryPage *browser = window.libraryPage();
    window.pages()->setCurrentWidget(browser);
    browser->searchBox()->setFocus();
    browser->searchBox()->setText(QStringLiteral("理论学习"));
    const auto resultsShown = [browser] {
        return !browser->controller()->isPending() && !browser->model()->isLoading() && !browser->model()->isCounting() && browser->model()->rowCount() > 0
               && browser->currentHit() && !browser->preview()->isLoading();
    };
    if (!waitFor(resultsShown))
        return fail(QStringLiteral("no search results arrived"));
    if (!grab(window, outDir.filePath(QStringLiteral("library.png"))))
        return fail(QStringLiteral("cannot write library.png"));
    return 0;
}
