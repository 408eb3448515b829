#include "ui/composer/checkspanel.h"

#include "checks/corpusindex.h"
#include "library/librarycorpusindex.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/draftfieldsbar.h"
#include "ui/composer/findinglistmodel.h"
#include "ui/composer/sectioneditor.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gaozi::ui {
namespace {

using Part = DraftLocation::Part;

// "一、… › （一）加强学习" → "（一）加强学习": the row has little room.
QString innermostHeading(const QString &sectionPath)
{
    const QString separator = QStringLiteral(" › ");
    const qsizetype cut = sectionPath.lastIndexOf(separator);
    return cut < 0 ? sectionPath : sectionPath.mid(cut + separator.size());
}

ComposerDocument::Change changeFor(Part part)
{
    switch (part) {
    case Part::Title:
        return ComposerDocument::Change::Fields;
    case Part::Opening:
        return ComposerDocument::Change::Opening;
    default:
        return ComposerDocument::Change::Section;
    }
}

// The same finding in a newer check: same rule, place and text.
bool sameFinding(const Finding &a, const Finding &b)
{
    return a.rule == b.rule && a.sectionPath == b.sectionPath && a.excerpt == b.excerpt;
}

} // namespace

ChecksPanel::ChecksPanel(ComposerPage *page, LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_session(session)
    , m_model(new FindingListModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_fix(new QToolButton(this))
{
    m_corpusCache = std::make_shared<CorpusCache>();
    auto *caption = new QLabel(tr("Checks"), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_summary->setAccessibleName(tr("Checks summary"));
    m_fix->setText(tr("Fix"));
    m_fix->setEnabled(false);
    m_fix->setAccessibleName(tr("Apply the fix"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(1);
    m_view->setIconSize(QSize(16, 16));

    auto *header = new QHBoxLayout;
    header->addWidget(caption);
    header->addWidget(m_summary, 1);
    header->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChecksPanel::checkNow);
    ComposerDocument *document = page->document();
    connect(document, &ComposerDocument::changed, this, &ChecksPanel::schedule);
    connect(document, &ComposerDocument::opened, this, &ChecksPanel::onOpened);
    connect(document, &ComposerDocument::closed, this, [this] {
        ++m_generation;
        m_debounce.stop();
        m_checked = false;
        m_check = {};
        m_model->clear();
        showSummary();
    });
    connect(session, &LibrarySession::libraryChanged, this, [this] {
        m_corpusCache = std::make_shared<CorpusCache>(); // what the library holds has changed
        schedule();
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { showFinding(index.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { showFinding(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecksPanel::updateFixButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksPanel::updateFixButton);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChecksPanel::updateFixButton);
    connect(m_fix, &QToolButton::clicked, this, [this] { applyFix(m_view->currentIndex().row()); });

    if (document->isOpen())
        onOpened();
    else
        showSummary();
}

void ChecksPanel::onOpened()
{
    ++m_generation; // answers about the previous draft are of no use now
    m_corpusCache = std::make_shared<CorpusCache>();
    m_checked = false;
    m_check = {};
    m_model->clear();
    showSummary();
    checkNow();
}

void ChecksPanel::schedule()
{
    if (m_page->document()->isOpen())
        m_debounce.start();
}

void ChecksPanel::checkNow()
{
    m_debounce.stop();
    const ComposerDocument *document = m_page->document();
    if (!document->isOpen())
        return;
    const Draft draft = document->draft(); // a snapshot: the writer goes on typing meanwhile
    const quint64 generation = ++m_generation;
    ++m_running;
    m_session
        ->run<Result<DraftCheck>>([draft, cache = m_corpusCache](Database &db) -> Result<DraftCheck> {
            const LibraryCorpusIndex library(db);
            const CachedCorpusIndex corpus(library, *cache);
            CheckContext context;
            context.corpus = &corpus;
            return checkDraft(draft, context);
        })
        .then(this, [this, generation, id = draft.id](const Result<DraftCheck> &result) {
            --m_running;
            if (generation != m_generation || id != m_page->document()->draft().id)
                return; // a newer check has started: this one describes text that is gone
            if (!result) {
                m_summary->setText(tr("The checks failed: %1").arg(result.error()));
                return;
            }
            show(result.value(), id);
        });
}

void ChecksPanel::show(const DraftCheck &check, qint64 draftId)
{
    if (draftId != m_page->document()->draft().id)
        return;
    const QModelIndex current = m_view->currentIndex();
    const std::optional<Finding> selected =
        current.isValid() ? std::optional<Finding>(m_model->row(current.row()).finding) : std::nullopt;

    m_check = check;
    QList<FindingListModel::Row> rows;
    rows.reserve(m_check.findings.size());
    for (const Finding &f : std::as_const(m_check.findings)) {
        FindingListModel::Row row{f, whereLabel(f), false};
        row.fixable = f.fix && draftTextRange(m_check.spots, f.fix->paragraph, f.fix->offset, f.fix->length).part
                                   != Part::None;
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    m_checked = true;
    // Typing goes on: keep the finding the writer was looking at, if it is still there.
    if (selected) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (sameFinding(m_model->row(r).finding, *selected)) {
                m_view->setCurrentIndex(m_model->index(r));
                break;
            }
        }
    }
    showSummary();
    Q_EMIT updated();
}

QString ChecksPanel::whereLabel(const Finding &finding) const
{
    if (finding.paragraph < 0)
        return tr("Whole draft");
    const CheckParagraph p = m_check.paragraphs.value(finding.paragraph);
    switch (p.kind) {
    case CheckParagraph::Kind::Title:
        return tr("Title");
    case CheckParagraph::Kind::Opening:
        return tr("Opening");
    default:
        return innermostHeading(p.sectionPath);
    }
}

void ChecksPanel::showSummary()
{
    if (!m_page->document()->isOpen()) {
        m_summary->clear();
        return;
    }
    if (!m_checked) {
        m_summary->setText(tr("Checking…"));
        return;
    }
    m_summary->setText(tr("Errors: %1 · Warnings: %2 · Notes: %3")
                           .arg(m_model->count(Severity::Error))
                           .arg(m_model->count(Severity::Warning))
                           .arg(m_model->count(Severity::Info)));
}

void ChecksPanel::updateFixButton()
{
    const QModelIndex current = m_view->currentIndex();
    const bool fixable = current.isValid() && m_model->row(current.row()).fixable;
    m_fix->setEnabled(fixable);
    if (!fixable) {
        m_fix->setToolTip(tr("Select a finding that offers a fix"));
        return;
    }
    const Fix &fix = *m_model->row(current.row()).finding.fix;
    const QString old = m_check.paragraphs.value(fix.paragraph).text.mid(fix.offset, fix.length);
    m_fix->setToolTip(fix.replacement.isEmpty() ? tr("Delete “%1” (Ctrl+Z undoes it)").arg(old)
                                                : tr("Replace “%1” with “%2” (Ctrl+Z undoes it)").arg(old, fix.replacement));
}

void ChecksPanel::showFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Finding &f = m_model->row(row).finding;
    if (f.paragraph < 0 || f.paragraph >= m_check.spots.size())
        return; // about the whole draft
    DraftTextRange r = draftTextRange(m_check.spots, f.paragraph, f.offset, f.length);
    if (r.part == Part::None) { // on a heading's computed number: show the heading
        const DraftSpot &spot = m_check.spots[f.paragraph];
        r = {spot.where.part, spot.where.uid, 0, 0};
    }
    const int size = int(draftText(m_page->document()->draft(), r.part, r.uid).size());
    const int from = std::clamp(r.offset, 0, size); // the text may have changed since the check
    const int to = std::clamp(r.offset + r.length, from, size);

    m_page->editorTabs()->setCurrentWidget(m_page->editor());
    if (r.part == Part::Title || r.part == Part::Heading) {
        m_page->selectSection(r.part == Part::Title ? 0 : r.uid);
        QLineEdit *edit = r.part == Part::Title ? m_page->fieldsBar()->titleEdit() : m_page->editor()->headingEdit();
        edit->setFocus();
        edit->setSelection(to, from - to); // the cursor ends at the finding's start
        return;
    }
    m_page->selectSection(r.part == Part::Opening ? 0 : r.uid);
    BodyEdit *body = m_page->editor()->bodyEdit();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(to);
    cursor.setPosition(from, QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    body->ensureCursorVisible();
    body->setFocus();
}

bool ChecksPanel::applyFix(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).fixable)
        return false;
    const Fix fix = *m_model->row(row).finding.fix;
    const QString expected = m_check.paragraphs.value(fix.paragraph).text;
    const DraftTextRange r = draftTextRange(m_check.spots, fix.paragraph, fix.offset, fix.length);
    const int uid = (r.part == Part::Heading || r.part == Part::Body) ? r.uid : 0;
    const bool inBody = r.part == Part::Body || r.part == Part::Opening;
    const ComposerDocument::Place before{uid, inBody ? r.offset + r.length : -1};
    const ComposerDocument::Place after{uid, inBody ? r.offset + int(fix.replacement.size()) : -1};
    const QString old = expected.mid(fix.offset, fix.length);
    const bool done = m_page->document()->edit(
        tr("Fix “%1”").arg(old), changeFor(r.part), before, after,
        [&](Draft &d) { return applyDraftFix(d, fix, expected).part != Part::None; });
    if (done) {
        m_model->removeRow(row);
        showSummary();
        if (inBody) {
            m_page->selectSection(uid);
            m_page->editor()->placeCursor(after.cursor);
        }
    } else {
        m_summary->setText(tr("The text has changed since the check; checking again…"));
    }
    checkNow(); // either way the findings have to follow the text
    return done;
}

bool ChecksPanel::confirmExport()
{
    const ComposerDocument *document = m_page->document();
    if (!document->isOpen())
        return true;
    // The shown findings may be a keystroke old; errors never depend on the library, so a
    // check without it, here and now, is quick and exact.
    const DraftCheck now = checkDraft(document->draft());
    const auto errors = std::count_if(now.findings.cbegin(), now.findings.cend(),
                                      [](const Finding &f) { return f.severity == Severity::Error; });
    if (errors == 0)
        return true;
    return prompts::confirm(this, tr("Export with errors?"),
                            tr("The checks still find %1 error(s) in this draft, such as placeholders left in, "
                               "skipped numbers or impossible years. Export it anyway?")
                                .arg(errors),
                            tr("Export anyway"));
}

} // namespace gaozi::ui
