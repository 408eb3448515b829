#include "ui/composer/composerlibrarypanel.h"

#include "library/phrasesearch.h"
#include "ui/librarysession.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gaozi::ui {
namespace {

constexpr int kSearchLimit = 100;
constexpr int kFollowingLimit = 8;
constexpr int kQuoteLength = 14;

QString quoted(const QString &text)
{
    return text.size() > kQuoteLength ? text.left(kQuoteLength) + QStringLiteral("…") : text;
}

void setUpPickView(QAbstractItemView *view)
{
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideNone);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

// QTreeView sizes rows without wrapping even when word wrap is on, so long
// suggestions showed one clipped line. This delegate measures each row at the
// width it gets (the viewport less its indentation) and lays the rows out
// again when that width changes.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        // The style wraps only within a valid rect; the view passes one without width or height.
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, std::max(1, m_view->viewport()->width() - depth * m_view->indentation()), 1);
        return QStyledItemDelegate::sizeHint(wrapped, index) + QSize(0, kRowGap);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            const auto *resize = static_cast<QResizeEvent *>(event);
            if (resize->size().width() != resize->oldSize().width())
                QTimer::singleShot(0, m_view, [view = m_view] { view->doItemsLayout(); });
        }
        return QStyledItemDelegate::eventFilter(watched, event);
    }

private:
    static constexpr int kRowGap = 6; // wrapped suggestions need air between them to read as separate items
    QTreeView *m_view;
};

} // namespace

ComposerLibraryPanel::ComposerLibraryPanel(LibrarySession *session, PhrasePickModel::SlotFiller filler, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_contextLabel(new QLabel(this))
    , m_suggestionView(new QTreeView(this))
    , m_suggestions(new PhrasePickModel(filler, this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_resultView(new QListView(this))
    , m_results(new PhrasePickModel(filler, this))
    , m_resultCount(new QLabel(this))
{
    m_contextLabel->setWordWrap(true);
    m_suggestionView->setModel(m_suggestions);
    m_suggestionView->setHeaderHidden(true);
    m_suggestionView->setWordWrap(true);
    m_suggestionView->setUniformRowHeights(false);
    m_suggestionView->setRootIsDecorated(true);
    setUpPickView(m_suggestionView);
    m_suggestionView->setItemDelegate(new WrappingDelegate(m_suggestionView));

    auto *suggestPage = new QWidget(this);
    auto *suggestLayout = new QVBoxLayout(suggestPage);
    suggestLayout->setContentsMargins(4, 4, 4, 4);
    suggestLayout->addWidget(m_contextLabel);
    suggestLayout->addWidget(m_suggestionView, 1);

    m_search->setPlaceholderText(tr("Search the library (words separated by spaces)"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), QString());
    for (PhraseKind k : {PhraseKind::Sentence, PhraseKind::Point, PhraseKind::Heading, PhraseKind::Parallel,
                         PhraseKind::Term})
        m_kind->addItem(kindName(k), kindName(k));
    m_resultView->setModel(m_results);
    m_resultView->setWordWrap(true);
    m_resultView->setUniformItemSizes(false);
    m_resultView->setSpacing(2);
    setUpPickView(m_resultView);

    auto *searchPage = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->setContentsMargins(4, 4, 4, 4);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kind);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_resultView, 1);
    searchLayout->addWidget(m_resultCount);

    m_tabs->addTab(suggestPage, tr("Suggestions"));
    m_tabs->addTab(searchPage, tr("Search"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_suggestDebounce.setSingleShot(true);
    m_suggestDebounce.setInterval(DebounceMs);
    connect(&m_suggestDebounce, &QTimer::timeout, this, &ComposerLibraryPanel::runSuggestions);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(DebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &ComposerLibraryPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        runSearch();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerLibraryPanel::runSearch);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_suggestionView),
                                    static_cast<QAbstractItemView *>(m_resultView)}) {
        // activated is Enter, and a double-click (or the platform's single click).
        connect(view, &QAbstractItemView::activated, this, &ComposerLibraryPanel::choose);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComposerLibraryPanel::onPicked);
    }
    connect(session, &LibrarySession::libraryChanged, this, [this] {
        m_suggestDebounce.start();
        if (!m_search->text().isEmpty())
            m_searchDebounce.start();
    });
}

void ComposerLibraryPanel::setContext(const SectionContext &context)
{
    const bool same = m_hasContext && context.uid == m_context.uid && context.heading == m_context.heading
                   && context.role == m_context.role && context.topic == m_context.topic
                   && context.siblingHeadings == m_context.siblingHeadings;
    if (same)
        return;
    if (!m_hasContext || context.uid != m_context.uid) {
        m_following.clear();
        m_followingOf.clear();
    }
    m_context = context;
    m_hasContext = true;
    m_suggestDebounce.start();
}

void ComposerLibraryPanel::showFollowing(qint64 phraseId, const QString &phraseText)
{
    if (phraseId <= 0)
        return;
    m_followingOf = phraseText;
    runFollowing(phraseId);
}

void ComposerLibraryPanel::finishQuery()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void ComposerLibraryPanel::runSuggestions()
{
    if (!m_hasContext)
        return;
    const SectionContext context = m_context;
    const quint64 sequence = ++m_suggestSequence;
    ++m_pending;
    m_session
        ->run<Result<SectionSuggestions>>([context](Database &db) { return suggestForSection(db, context); })
        .then(this, [this, sequence](const Result<SectionSuggestions> &result) {
            if (sequence == m_suggestSequence) {
                if (result)
                    m_current = result.value();
                else
                    m_contextLabel->setText(tr("Suggestions failed: %1").arg(result.error()));
                rebuildSuggestions();
            }
            finishQuery();
        });
}

void ComposerLibraryPanel::runFollowing(qint64 phraseId)
{
    const quint64 sequence = ++m_followSequence;
    ++m_pending;
    m_session
        ->run<Result<QList<FollowingSentence>>>(
            [phraseId](Database &db) { return followingSentences(db, phraseId, kFollowingLimit); })
        .then(this, [this, sequence](const Result<QList<FollowingSentence>> &result) {
            if (sequence == m_followSequence) {
                m_following = result ? result.value() : QList<FollowingSentence>();
                rebuildSuggestions();
            }
            finishQuery();
        });
}

void ComposerLibraryPanel::rebuildSuggestions()
{
    m_suggestions->clear();
    if (!m_current) {
        m_contextLabel->clear();
        return;
    }
    const SectionSuggestions &s = *m_current;
    QString where = s.context.uid == 0 ? tr("Opening") : s.context.heading;
    QStringList facets{s.context.role};
    if (!s.context.topic.isEmpty())
        facets << s.context.topic;
    m_contextLabel->setText(tr("For <b>%1</b> (%2)").arg(where.toHtmlEscaped(), facets.join(QStringLiteral(" · "))));

    if (!m_following.isEmpty()) {
        QStandardItem *g = m_suggestions->addGroup(tr("What writers put next after “%1”").arg(quoted(m_followingOf)));
        for (const auto &f : m_following)
            m_suggestions->addSentence(g, f.text, f.phraseId,
                                       tr("Followed it %n time(s), e.g. in %1", nullptr, f.count).arg(f.documentTitle));
    }
    if (!s.pairedHeadings.isEmpty()) {
        QStandardItem *g = m_suggestions->addGroup(tr("Headings that pair with the siblings: %1").arg(s.shape->display()));
        for (const auto &p : s.pairedHeadings)
            m_suggestions->addPhrase(g, p);
    }
    if (!s.headings.isEmpty()) {
        QStandardItem *g = m_suggestions->addGroup(tr("Headings for %1").arg(facets.join(QStringLiteral(" · "))));
        for (const auto &p : s.headings)
            m_suggestions->addPhrase(g, p);
    }
    if (!s.phrasing.isEmpty()) {
        const QString label = s.topicRelaxed ? s.context.role : facets.join(QStringLiteral(" · "));
        QStandardItem *g = m_suggestions->addGroup(tr("Phrasing for %1").arg(label));
        for (const auto &p : s.phrasing)
            m_suggestions->addPhrase(g, p);
    }
    m_suggestionView->expandAll();
}

void ComposerLibraryPanel::runSearch()
{
    SearchQuery q;
    q.text = m_search->text();
    q.kind = kindFromName(m_kind->currentData().toString());
    q.limit = kSearchLimit;
    if (q.text.trimmed().isEmpty() && !q.kind) {
        m_results->clear();
        m_resultCount->clear();
        return;
    }
    const quint64 sequence = ++m_searchSequence;
    ++m_pending;
    m_session->run<Result<SearchResult>>([q](Database &db) { return PhraseSearch(db).search(q); })
        .then(this, [this, sequence](const Result<SearchResult> &result) {
            if (sequence == m_searchSequence) {
                m_results->clear();
                if (!result) {
                    m_resultCount->setText(tr("Search failed: %1").arg(result.error()));
                } else {
                    for (const auto &hit : result->hits)
                        m_results->addPhrase(nullptr, hit.phrase);
                    m_resultCount->setText(tr("%n phrase(s)", nullptr, result->total));
                }
            }
            finishQuery();
        });
}

void ComposerLibraryPanel::choose(const QModelIndex &index)
{
    const int kind = index.data(PhrasePickModel::KindRole).toInt();
    if (!index.isValid() || kind < 0)
        return;
    Q_EMIT phraseChosen(index.data(PhrasePickModel::PhraseIdRole).toLongLong(), PhraseKind(kind),
                        index.data(PhrasePickModel::TextRole).toString());
}

void ComposerLibraryPanel::onPicked(const QModelIndex &index)
{
    // Picking a phrase in the search shows what tends to follow it.
    if (index.model() == m_results && index.data(PhrasePickModel::KindRole).toInt() >= 0)
        showFollowing(index.data(PhrasePickModel::PhraseIdRole).toLongLong(),
                      index.data(PhrasePickModel::TextRole).toString());
}

} // namespace gaozi::ui
