#include "ui/documentviewer.h"

#include "library/documentcatalog.h"
#include "ui/labels.h"
#include "ui/librarysession.h"
#include "ui/phrasetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gaozi::ui {
namespace {

constexpr int ParagraphRole = Qt::UserRole + 1;

QString anchorName(int index)
{
    return QStringLiteral("p%1").arg(index);
}

bool isHeading(const ParagraphView &p)
{
    const qsizetype cut = p.sectionPath.lastIndexOf(u'›');
    const QString last = (cut < 0 ? p.sectionPath : p.sectionPath.mid(cut + 1)).trimmed();
    return !last.isEmpty() && p.text.trimmed() == last;
}

} // namespace

DocumentViewer::DocumentViewer(LibrarySession *session, qint64 documentId, int paragraphIndex,
                               QPair<int, int> highlight, QWidget *parent)
    : QDialog(parent)
    , m_target(paragraphIndex)
    , m_highlight(highlight)
    , m_header(new QLabel(tr("Loading…"), this))
    , m_outline(new QTreeWidget(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Source document"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setHeaderLabel(tr("Outline"));
    m_outline->header()->setStretchLastSection(true);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setOpenLinks(false);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 640});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 680);

    connect(m_outline, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant p = item->data(0, ParagraphRole);
        if (p.isValid())
            scrollToParagraph(p.toInt());
    });

    session->run<Result<DocumentView>>([documentId](Database &db) { return DocumentCatalog(db).document(documentId); })
        .then(this, [this](const Result<DocumentView> &document) { present(document); });
}

void DocumentViewer::present(const Result<DocumentView> &document)
{
    if (!document) {
        m_header->setText(document.error());
        return;
    }
    m_document = document.value();
    const DocumentInfo &info = m_document.info;
    setWindowTitle(info.title.isEmpty() ? info.fileName : info.title);
    m_header->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(info.title.toHtmlEscaped(),
                               tr("Year: %1 · Genre: %2 · File: %3")
                                   .arg(Labels::yearOrUnknown(info.year), Labels::orUnknown(info.genre), info.fileName)
                                   .toHtmlEscaped()));

    // The library stores the section tree as a JSON array (core/library: outline_json).
    const QJsonArray sections = QJsonDocument::fromJson(m_document.outlineJson.toUtf8()).array();
    int searchFrom = 0;
    buildOutline(sections, nullptr, &searchFrom);
    m_outline->expandAll();

    m_text->setHtml(documentHtml());
    m_loaded = true;
    Q_EMIT loaded();
    // Scrolling needs the laid-out document; wait for the next event loop turn.
    if (m_target >= 0)
        QTimer::singleShot(0, this, [this] { scrollToParagraph(m_target); });
}

void DocumentViewer::buildOutline(const QJsonArray &sections, QTreeWidgetItem *parent, int *searchFrom)
{
    for (const QJsonValue &v : sections) {
        const QJsonObject s = v.toObject();
        const QString heading = s.value(QStringLiteral("heading")).toString();
        QString label = heading;
        QVariant paragraph;
        // Headings are paragraphs too, in outline order: search forward from the last one found.
        for (int i = *searchFrom; i < m_document.paragraphs.size() && !heading.isEmpty(); ++i) {
            const ParagraphView &p = m_document.paragraphs.at(i);
            if (p.text.contains(heading)) {
                label = p.text.trimmed();
                paragraph = p.index;
                *searchFrom = i + 1;
                break;
            }
        }
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_outline);
        item->setText(0, label);
        item->setToolTip(0, label);
        item->setData(0, ParagraphRole, paragraph);
        buildOutline(s.value(QStringLiteral("children")).toArray(), item, searchFrom);
    }
}

QString DocumentViewer::documentHtml() const
{
    QString html = QStringLiteral("<html><body style=\"line-height:160%\">");
    for (const ParagraphView &p : m_document.paragraphs) {
        const bool target = p.index == m_target;
        QList<QPair<int, int>> marks;
        if (target && m_highlight.second > 0)
            marks.append(m_highlight);
        QString body = runsToHtml(splitRuns(p.text, marks, true));
        if (isHeading(p))
            body = QStringLiteral("<b>") + body + QStringLiteral("</b>");
        html += QStringLiteral("<p%1><a name=\"%2\"></a>%3</p>")
                    .arg(target ? QStringLiteral(" style=\"background-color:#fff6d6\"") : QString(), anchorName(p.index),
                         body);
    }
    return html + QStringLiteral("</body></html>");
}

void DocumentViewer::scrollToParagraph(int index)
{
    m_text->scrollToAnchor(anchorName(index));
}

} // namespace gaozi::ui
