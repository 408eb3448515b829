#include "ui/composer/composerpage.h"

#include "draft/draftconvert.h"
#include "draft/draftstore.h"
#include "draft/sectioncontext.h"
#include "export/exporter.h"
#include "ingest/structureparser.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/checkspanel.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerlibrarypanel.h"
#include "ui/composer/draftfieldsbar.h"
#include "ui/composer/draftlistpanel.h"
#include "ui/composer/outlinemodel.h"
#include "ui/composer/phrasepickmodel.h"
#include "ui/composer/placeholderhighlighter.h"
#include "ui/composer/sectioneditor.h"
#include "ui/librarypage.h"
#include "ui/librarysession.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

namespace gaozi::ui {
namespace {

const QString kLastDraft = QStringLiteral("composer/lastDraft");
const QString kSplitter = QStringLiteral("composer/splitter");

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ComposerPage::ComposerPage(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(new ComposerDocument(session, this))
    , m_model(new OutlineModel(m_document, this))
{
    buildLayout();
    buildActions();

    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComposerPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_outline->expandAll();
        restoreSelection(m_selectedUid);
    });
    connect(m_document, &ComposerDocument::changed, this,
            [this](ComposerDocument::Change kind) { onDocumentChanged(int(kind)); });
    connect(m_document, &ComposerDocument::placeRequested, this, [this](int uid, int cursor) {
        restoreSelection(uid);
        if (cursor >= 0)
            m_editor->placeCursor(cursor);
    });
    connect(m_document, &ComposerDocument::saved, this,
            [this] { showStatus(tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))); });
    connect(m_document, &ComposerDocument::saveFailed, this,
            [this](const QString &message) { showStatus(tr("Not saved yet: %1").arg(message)); });
    connect(m_drafts, &DraftListPanel::openRequested, this, [this](qint64 id) { openDraft(id); });
    connect(m_drafts, &DraftListPanel::aboutToDelete, this, [this](qint64 id) {
        if (m_document->draft().id == id)
            m_document->close();
    });
    connect(m_drafts, &DraftListPanel::renamed, this, [this](qint64 id, const QString &name) {
        if (m_document->draft().id == id)
            m_document->setName(name);
    });
    connect(m_drafts, &DraftListPanel::exportRequested, this, &ComposerPage::exportDraft);
    connect(m_drafts, &DraftListPanel::failed, this, &ComposerPage::showStatus);
    connect(m_editor, &SectionEditor::phraseDropped, this, [this](const QByteArray &data, int position) {
        qint64 id = 0;
        PhraseKind kind = PhraseKind::Sentence;
        QString text;
        if (!PhrasePickModel::decodePhrase(data, &id, &kind, &text))
            return;
        if (m_editor->insertIntoBody(fillDraftSlots(text, m_document->draft().fields), position))
            m_library->showFollowing(id, text);
    });
    connect(m_library, &ComposerLibraryPanel::phraseChosen, this,
            [this](qint64 id, PhraseKind kind, const QString &text) { usePhrase(id, kind, text); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ComposerPage::refreshWholeView);
    connect(qApp, &QCoreApplication::aboutToQuit, m_document, [this] { (void)m_document->flush(); });

    for (QWidget *w : {static_cast<QWidget *>(m_editor->headingEdit()), static_cast<QWidget *>(m_editor->bodyEdit()),
                       static_cast<QWidget *>(m_fields->titleEdit()), static_cast<QWidget *>(m_fields->unitEdit()),
                       static_cast<QWidget *>(m_fields->yearEdit())})
        w->installEventFilter(this);

    // First start: room for the outline's headings and for the suggestions (the sizes are proportions).
    if (!m_splitter->restoreState(QSettings().value(kSplitter).toByteArray()))
        m_splitter->setSizes({400, 560, 440});
    const qint64 last = QSettings().value(kLastDraft).toLongLong();
    if (!openDraft(last) && m_drafts->list()->count() > 0)
        openDraft(m_drafts->list()->item(0)->data(Qt::UserRole + 1).toLongLong());
    updateActions();
}

ComposerPage::~ComposerPage()
{
    (void)m_document->flush();
    QSettings().setValue(kSplitter, m_splitter->saveState());
}

ComposerPage *ComposerPage::addTo(MainWindow &window)
{
    auto *page = new ComposerPage(window.session());
    window.addPage(page, tr("Composer"));
    MainWindow *w = &window;
    connect(window.libraryPage(), &LibraryPage::phraseActivated, page, [page, w](const PhraseRecord &phrase) {
        if (page->usePhrase(phrase.id, phrase.kind, phrase.text))
            w->pages()->setCurrentWidget(page);
    });
    return page;
}

void ComposerPage::buildLayout()
{
    m_drafts = new DraftListPanel(m_session, this);
    m_outline = new QTreeView(this);
    m_outline->setModel(m_model);
    m_outline->setDragDropMode(QAbstractItemView::InternalMove);
    m_outline->setDefaultDropAction(Qt::MoveAction);
    m_outline->setDragEnabled(true);
    m_outline->setAcceptDrops(true);
    m_outline->setDropIndicatorShown(true);
    m_outline->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(OutlineModel::HeadingColumn, QHeaderView::Stretch);
    m_outline->header()->setSectionResizeMode(OutlineModel::CharsColumn, QHeaderView::ResizeToContents);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    auto *leftSplit = new QSplitter(Qt::Vertical, left);
    auto *draftsBox = new QWidget(leftSplit);
    auto *draftsLayout = new QVBoxLayout(draftsBox);
    draftsLayout->setContentsMargins(0, 0, 0, 0);
    draftsLayout->addWidget(caption(tr("Drafts"), draftsBox));
    draftsLayout->addWidget(m_drafts, 1);
    auto *outlineBox = new QWidget(leftSplit);
    auto *outlineLayout = new QVBoxLayout(outlineBox);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->addWidget(caption(tr("Outline"), outlineBox));
    outlineLayout->addWidget(m_outline, 1);
    leftSplit->addWidget(draftsBox);
    leftSplit->addWidget(outlineBox);
    leftSplit->setStretchFactor(1, 3);
    leftSplit->setSizes({1, 3});
    leftLayout->addWidget(leftSplit);

    m_fields = new DraftFieldsBar(m_document, this);
    m_editor = new SectionEditor(m_document, this);
    m_whole = new QPlainTextEdit(this);
    m_whole->setReadOnly(true);
    m_whole->setFont(m_editor->bodyEdit()->font());
    m_wholeHighlighter = new PlaceholderHighlighter(m_whole->document());
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_editor, tr("Section"));
    m_tabs->addTab(m_whole, tr("Whole document"));
    m_status = new QLabel(this);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(4, 4, 4, 4);
    middleLayout->addWidget(m_fields);
    // The checks under the text, like a compiler's problems under the code.
    m_checks = new ChecksPanel(this, m_session, middle);
    auto *middleSplit = new QSplitter(Qt::Vertical, middle);
    middleSplit->addWidget(m_tabs);
    middleSplit->addWidget(m_checks);
    middleSplit->setSizes({2, 1}); // two thirds for the text
    middleLayout->addWidget(middleSplit, 1);
    middleLayout->addWidget(m_status);

    m_library = new ComposerLibraryPanel(
        m_session, [this](const QString &text) { return fillDraftSlots(text, m_document->draft().fields); }, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_library);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

bool ComposerPage::openDraft(qint64 id)
{
    if (id <= 0)
        return false;
    if (m_document->draft().id == id)
        return true;
    auto draft = DraftStore(m_session->db()).load(id);
    if (!draft) {
        showStatus(draft.error());
        return false;
    }
    m_selectedUid = -1;
    m_document->open(draft.value());
    m_drafts->selectDraft(id);
    QSettings().setValue(kLastDraft, id);
    // Start where a writer starts: the first section that holds text rather
    // than subsections, or the opening of an empty outline.
    const DraftSection *first = draft->sections.isEmpty() ? nullptr : &draft->sections.first();
    while (first && !first->children.isEmpty())
        first = &first->children.first();
    restoreSelection(first ? first->uid : 0);
    showStatus(tr("Opened “%1”").arg(draft->name));
    return true;
}

int ComposerPage::currentUid() const
{
    return OutlineModel::uidOf(m_outline->currentIndex());
}

void ComposerPage::selectSection(int uid)
{
    restoreSelection(uid);
}

void ComposerPage::restoreSelection(int uid)
{
    QModelIndex index = m_model->indexOfUid(uid);
    if (!index.isValid())
        index = m_model->indexOfUid(0);
    m_outline->setCurrentIndex(index);
    if (index.isValid())
        m_outline->scrollTo(index);
    onCurrentChanged();
}

void ComposerPage::onCurrentChanged()
{
    const int uid = currentUid();
    m_selectedUid = uid;
    if (m_editor->currentUid() != uid)
        m_editor->showSection(uid);
    updateLibraryContext();
    updateActions();
}

void ComposerPage::onDocumentChanged(int kind)
{
    if (kind != int(ComposerDocument::Change::Structure)) {
        // A heading or field changed: suggestions and the whole view follow.
        updateLibraryContext();
    }
    refreshWholeView();
    updateActions();
    showStatus(tr("Editing…"));
}

void ComposerPage::refreshWholeView()
{
    if (m_tabs->currentWidget() != m_whole)
        return;
    const QString text = m_document->isOpen() ? draftToPlainText(m_document->draft()) : QString();
    if (m_whole->toPlainText() != text)
        m_whole->setPlainText(text);
}

void ComposerPage::updateLibraryContext()
{
    const int uid = currentUid();
    if (!m_document->isOpen() || uid < 0)
        return;
    m_library->setContext(sectionContext(m_document->draft(), uid));
}

bool ComposerPage::usePhrase(qint64 id, PhraseKind kind, const QString &text)
{
    if (!m_document->isOpen())
        return false;
    if (currentUid() < 0)
        restoreSelection(0);
    QString filled = fillDraftSlots(text, m_document->draft().fields);
    if (kind == PhraseKind::Sentence)
        filled = completeSentence(filled);
    const bool done = (kind == PhraseKind::Heading && currentUid() > 0)
                        ? m_editor->replaceHeading(stripTrailingPunctuation(filled))
                        : m_editor->insertIntoBody(filled);
    if (done)
        m_library->showFollowing(id, text);
    return done;
}

Status ComposerPage::exportTo(const QString &path)
{
    if (!m_document->isOpen())
        return Error{tr("No draft is open")};
    Status s = exportDocument(path, draftToExportDocument(m_document->draft()));
    showStatus(s ? tr("Exported to %1").arg(path) : s.error());
    return s;
}

void ComposerPage::exportDraft()
{
    if (!m_document->isOpen() || !m_checks->confirmExport())
        return;
    const QString suggested = m_document->draft().title().isEmpty() ? m_document->draft().name
                                                                     : m_document->draft().title();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export draft"), suggested + QStringLiteral(".docx"),
                                                      tr("Word document (*.docx);;Plain text (*.txt)"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

void ComposerPage::showStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace gaozi::ui
