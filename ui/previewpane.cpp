#include "ui/previewpane.h"

#include "library/phrasesearch.h"
#include "ui/labels.h"
#include "ui/librarysession.h"
#include "ui/phrasetext.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gaozi::ui {
namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString lastSegment(const QString &sectionPath)
{
    const qsizetype cut = sectionPath.lastIndexOf(u'›');
    return (cut < 0 ? sectionPath : sectionPath.mid(cut + 1)).trimmed();
}

} // namespace

PreviewPane::PreviewPane(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(wrappingLabel(this))
    , m_meta(wrappingLabel(this))
    , m_sourcesTitle(new QLabel(this))
    , m_sourceList(new QListWidget(this))
    , m_where(wrappingLabel(this))
    , m_context(new QTextBrowser(this))
    , m_open(new QPushButton(tr("Open document"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setTextFormat(Qt::RichText);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    m_meta->setObjectName(QStringLiteral("previewMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_sourceList->setObjectName(QStringLiteral("sourceList"));
    m_sourceList->setWordWrap(true);
    m_sourceList->setAlternatingRowColors(true);
    // Up to 200 wrapped rows, filled on every keystroke as the best hit
    // changes: laid out a screenful at a time, between events, so that
    // typing never waits for the whole list (a third of the window's time
    // per keystroke on a 270 MB library, docs/BENCHMARKS.md).
    m_sourceList->setLayoutMode(QListView::Batched);
    m_sourceList->setBatchSize(20);
    m_context->setObjectName(QStringLiteral("contextView"));
    m_context->setOpenLinks(false);
    m_open->setObjectName(QStringLiteral("openDocument"));
    m_open->setToolTip(tr("Read the whole source document"));
    m_where->setObjectName(QStringLiteral("previewWhere"));

    auto *sourcesBox = new QWidget(m_splitter);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    sourcesLayout->addWidget(m_sourcesTitle);
    sourcesLayout->addWidget(m_sourceList);

    auto *contextBox = new QWidget(m_splitter);
    auto *contextLayout = new QVBoxLayout(contextBox);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(m_open, 0, Qt::AlignTop);
    contextLayout->addLayout(whereRow);
    contextLayout->addWidget(m_context);
    m_splitter->addWidget(sourcesBox);
    m_splitter->addWidget(contextBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_meta);
    layout->addWidget(m_splitter, 1);

    connect(m_sourceList, &QListWidget::currentRowChanged, this, &PreviewPane::showSource);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = currentSource();
        if (row >= 0)
            Q_EMIT openDocumentRequested(m_sources.at(row));
    });
    showPhrase(nullptr);
}

PreviewPane::~PreviewPane()
{
    LibrarySession::raise(m_stop); // its sources are no longer wanted
}

void PreviewPane::showPhrase(const SearchHit *hit)
{
    ++m_sequence;
    // The sources of a phrase found in thousands of documents take a while
    // to sort; when the user has moved on, they would only hold up the
    // worker the next search needs.
    LibrarySession::renew(m_stop);
    m_sources.clear();
    m_sourceList->clear();
    m_context->clear();
    m_where->clear();
    m_open->setEnabled(false);
    if (!hit) {
        m_phrase = {};
        m_loading = false;
        m_text->setText(tr("Choose a phrase to see where it comes from."));
        m_meta->clear();
        m_sourcesTitle->setText(tr("Sources"));
        return;
    }
    m_phrase = hit->phrase;
    const PhraseRecord &p = m_phrase;
    m_text->setText(phraseHtml(p.text, hit->matches));
    QStringList meta{Labels::kind(p.kind)};
    if (!p.role.isEmpty())
        meta << p.role;
    if (!p.topic.isEmpty())
        meta << p.topic;
    if (p.user)
        meta << tr("written by you");
    else
        meta << tr("used %n time(s)", nullptr, p.occurrences) << tr("in %n document(s)", nullptr, p.documents);
    if (p.favourite)
        meta << tr("★ favourite");
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_sourcesTitle->setText(tr("Sources"));

    if (p.user) {
        m_loading = false;
        m_where->setText(tr("Your own phrase has no source document."));
        return;
    }
    m_loading = true;
    const qint64 id = p.id;
    const quint64 sequence = m_sequence;
    m_session->run<Result<QList<SourceView>>>([id](Database &db) { return PhraseSearch(db).sources(id); }, m_stop)
        .then(this, [this, sequence](const Result<QList<SourceView>> &sources) { receive(sequence, sources); });
}

void PreviewPane::receive(quint64 sequence, const Result<QList<SourceView>> &sources)
{
    if (sequence != m_sequence)
        return;
    m_loading = false;
    if (!sources) {
        m_where->setText(sources.error());
        return;
    }
    m_sources = sources.value();
    m_sourcesTitle->setText(tr("Sources (%1)").arg(m_sources.size()));
    for (const SourceView &s : m_sources) {
        const QString section = lastSegment(s.sectionPath);
        auto *item = new QListWidgetItem(section.isEmpty() ? s.documentTitle
                                                           : s.documentTitle + QStringLiteral("\n  ") + section,
                                         m_sourceList);
        item->setToolTip(s.sectionPath.isEmpty() ? s.fileName : s.sectionPath + u'\n' + s.fileName);
    }
    if (!m_sources.isEmpty())
        m_sourceList->setCurrentRow(0);
}

int PreviewPane::currentSource() const
{
    return m_sourceList->currentRow();
}

void PreviewPane::setCurrentSource(int row)
{
    m_sourceList->setCurrentRow(row);
}

void PreviewPane::showSource(int row)
{
    if (row < 0 || row >= m_sources.size()) {
        m_context->clear();
        m_where->clear();
        m_open->setEnabled(false);
        return;
    }
    const SourceView &s = m_sources.at(row);
    QString where = QStringLiteral("<b>%1</b>").arg(s.documentTitle.toHtmlEscaped());
    if (!s.sectionPath.isEmpty())
        where += QStringLiteral("<br>") + s.sectionPath.toHtmlEscaped();
    m_where->setText(where);
    m_open->setEnabled(true);
    if (s.paragraphText.isEmpty()) {
        m_context->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("This phrase is the outline of the whole document.").toHtmlEscaped()));
        return;
    }
    QList<QPair<int, int>> marks;
    if (s.length > 0)
        marks.append({s.offset, s.length});
    m_context->setHtml(QStringLiteral("<p style=\"line-height:150%\">%1</p>").arg(phraseHtml(s.paragraphText, marks)));
}

} // namespace gaozi::ui
