#include "ui/librarypage.h"

#include "ui/documentviewer.h"
#include "ui/filterpanel.h"
#include "ui/labels.h"
#include "ui/librarysession.h"
#include "ui/phrasedelegate.h"
#include "ui/phraselistmodel.h"
#include "ui/previewpane.h"
#include "ui/searchcontroller.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gaozi::ui {

LibraryPage::LibraryPage(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PhraseListModel(session, this))
    , m_controller(new SearchController(session, m_model, this))
    , m_filters(new FilterPanel(this))
    , m_preview(new PreviewPane(session, this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search phrases, e.g. 党建 融合 (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_sort->setObjectName(QStringLiteral("sortBox"));
    for (SortOrder order : {SortOrder::Rank, SortOrder::Frequency, SortOrder::Length})
        m_sort->addItem(Labels::sort(order), int(order));
    m_sort->setToolTip(tr("Order of the results"));
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_view->setObjectName(QStringLiteral("resultView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(PhraseListModel::TextColumn, new PhraseDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PhraseListModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PhraseListModel::FavouriteColumn, QHeaderView::Fixed);
    header->resizeSection(PhraseListModel::FavouriteColumn, 28);
    header->resizeSection(PhraseListModel::KindColumn, 86);
    header->resizeSection(PhraseListModel::RoleColumn, 86);
    header->resizeSection(PhraseListModel::TopicColumn, 110);
    header->resizeSection(PhraseListModel::DocumentsColumn, 56);
    header->setHighlightSections(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(searchRow);
    centreLayout->addWidget(m_count);
    centreLayout->addWidget(m_view, 1);

    m_filters->setParent(m_splitter);
    m_preview->setParent(m_splitter);
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({230, 620, 430});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    // Chinese arrives through the input method as committed text, so react to
    // textChanged (typing and IME alike), not to key events.
    connect(m_search, &QLineEdit::textChanged, m_controller, &SearchController::setText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); });
    m_search->installEventFilter(this);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setSort(SortOrder(m_sort->currentData().toInt())); });
    connect(m_filters, &FilterPanel::filterChanged, m_controller, &SearchController::setFilter);
    connect(m_controller, &SearchController::facetsReady, m_filters, &FilterPanel::setCounts);
    connect(m_controller, &SearchController::failed, this, &LibraryPage::statusMessage);
    connect(m_model, &PhraseListModel::resultsReady, this, &LibraryPage::onResults);
    connect(m_model, &PhraseListModel::totalChanged, this, &LibraryPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPage::onCurrentChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const SearchHit *hit = currentHit())
            Q_EMIT phraseActivated(hit->phrase);
    });
    connect(m_preview, &PreviewPane::openDocumentRequested, this, &LibraryPage::openSource);
    connect(m_session, &LibrarySession::libraryChanged, this, [this] {
        const SearchHit *hit = currentHit();
        if (!m_keepSelection && hit)
            m_keepSelection = hit->phrase.id;
        m_controller->refresh();
    });

    buildActions();
    updateActions();
    updateCount();
    m_controller->refresh();
}

LibraryPage::~LibraryPage() = default;

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box walks into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, PhraseListModel::TextColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

const SearchHit *LibraryPage::currentHit() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->hitAt(index.row()) : nullptr;
}

bool LibraryPage::selectPhrase(qint64 id)
{
    const int row = m_model->rowOfPhrase(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, PhraseListModel::TextColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void LibraryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::onResults()
{
    updateCount();
    // Keep the chosen phrase when it is still there; otherwise preview the
    // best hit, so the right pane is never blank while results are shown.
    const qint64 keep = m_keepSelection;
    m_keepSelection = 0;
    if (keep && selectPhrase(keep))
        return;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, PhraseListModel::TextColumn));
    else
        onCurrentChanged();
}

void LibraryPage::updateCount()
{
    const int total = m_model->total();
    const SearchQuery &q = m_model->query();
    const bool narrowed = !q.text.trimmed().isEmpty() || q.kind || !q.role.isEmpty() || !q.topic.isEmpty()
                          || q.favouritesOnly || q.userOnly;
    if (total == 0 && narrowed)
        m_count->setText(tr("No phrase found. Try a shorter word or clear the filters."));
    else if (!m_model->totalExact())
        m_count->setText(m_model->isCounting() ? tr("%n+ phrase(s), counting…", nullptr, total)
                                               : tr("more than %n phrase(s)", nullptr, total));
    else
        m_count->setText(tr("%n phrase(s)", nullptr, total));
}

void LibraryPage::onCurrentChanged()
{
    m_preview->showPhrase(currentHit());
    updateActions();
}

void LibraryPage::openSource(const SourceView &source)
{
    auto *viewer = new DocumentViewer(m_session, source.documentId, source.paragraphIndex,
                                      {source.offset, source.length}, this);
    viewer->show();
}

void LibraryPage::saveSettings(QSettings &settings) const
{
    settings.setValue(settings::LibrarySplitter, m_splitter->saveState());
    settings.setValue(settings::PreviewSplitter, m_preview->splitter()->saveState());
    settings.setValue(settings::ListHeader, m_view->horizontalHeader()->saveState());
    settings.setValue(settings::LastSearch, m_search->text());
    settings.setValue(settings::SortOrder, m_sort->currentData().toInt());
}

void LibraryPage::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(settings::LibrarySplitter).toByteArray());
    m_preview->splitter()->restoreState(settings.value(settings::PreviewSplitter).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(settings::ListHeader).toByteArray());
    const int sortIndex = m_sort->findData(settings.value(settings::SortOrder, int(SortOrder::Rank)).toInt());
    if (sortIndex >= 0)
        m_sort->setCurrentIndex(sortIndex);
    m_search->setText(settings.value(settings::LastSearch).toString());
}

} // namespace gaozi::ui
