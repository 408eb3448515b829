#include "ui/composer/draftlistpanel.h"

#include "draft/draftstore.h"
#include "draft/genretemplates.h"
#include "ui/icons.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gaozi::ui {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QToolButton *button(QWidget *parent, const QIcon &icon, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(icon);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DraftListPanel::DraftListPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_new(button(this, icons::glyph(icons::Glyph::Add), tr("New"), tr("Start a new draft")))
    , m_duplicate(button(this, icons::glyph(icons::Glyph::Copy), tr("Copy"), tr("Duplicate the draft")))
    , m_rename(button(this, icons::glyph(icons::Glyph::Edit), tr("Rename"), tr("Rename the draft")))
    , m_delete(button(this, icons::glyph(icons::Glyph::Delete), tr("Delete"), tr("Delete the draft")))
    , m_export(button(this, icons::glyph(icons::Glyph::Documents), tr("Export"), tr("Export as .docx or .txt")))
{
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setAccessibleName(tr("Drafts"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QToolButton *b : {m_new, m_duplicate, m_rename, m_delete, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_new, &QToolButton::clicked, this, &DraftListPanel::newDraft);
    connect(m_duplicate, &QToolButton::clicked, this, [this] {
        if (auto id = duplicateDraft(currentId()); id)
            Q_EMIT openRequested(id.value());
    });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_delete, &QToolButton::clicked, this, [this] { (void)deleteDraft(currentId()); });
    connect(m_export, &QToolButton::clicked, this, &DraftListPanel::exportRequested);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        updateButtons();
        if (item && !m_filling)
            Q_EMIT openRequested(item->data(IdRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemChanged, this, &DraftListPanel::onItemChanged);
    refresh();
}

qint64 DraftListPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void DraftListPanel::selectDraft(qint64 id)
{
    m_filling = true;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
    m_filling = false;
    updateButtons();
}

void DraftListPanel::refresh()
{
    auto drafts = DraftStore(m_session->db()).list();
    if (!drafts) {
        Q_EMIT failed(drafts.error());
        return;
    }
    const qint64 current = currentId();
    m_filling = true;
    m_list->clear();
    for (const DraftSummary &d : drafts.value()) {
        auto *item = new QListWidgetItem(d.name, m_list);
        item->setData(IdRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("%1\n%n character(s) · edited %2", nullptr, d.charCount)
                             .arg(d.title, QLocale().toString(d.updated.toLocalTime(), QLocale::ShortFormat)));
    }
    m_filling = false;
    selectDraft(current);
}

void DraftListPanel::updateButtons()
{
    const bool any = currentId() > 0;
    for (QToolButton *b : {m_duplicate, m_rename, m_delete, m_export})
        b->setEnabled(any);
}

void DraftListPanel::newDraft()
{
    NewDraftDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = createDraft(dialog.request()); id)
        Q_EMIT openRequested(id.value());
}

Result<Draft> DraftListPanel::startingDraft(const NewDraftRequest &request) const
{
    if (request.documentId <= 0) {
        auto genre = genreTemplate(request.genre);
        if (!genre)
            return Error{genre.error()};
        return draftFromTemplate(genre.value(), request.fields, request.name);
    }
    return draftFromLibraryDocument(m_session->db(), request.documentId, request.fields, request.name);
}

Result<qint64> DraftListPanel::createDraft(const NewDraftRequest &request)
{
    auto draft = startingDraft(request);
    auto id = draft ? DraftStore(m_session->db()).create(draft.value()) : Result<qint64>(Error{draft.error()});
    if (!id) {
        Q_EMIT failed(id.error());
        return id;
    }
    refresh();
    selectDraft(id.value());
    return id;
}

Result<qint64> DraftListPanel::duplicateDraft(qint64 id)
{
    auto copy = DraftStore(m_session->db()).duplicate(id);
    if (!copy) {
        Q_EMIT failed(copy.error());
        return copy;
    }
    refresh();
    selectDraft(copy.value());
    return copy;
}

Status DraftListPanel::renameDraft(qint64 id, const QString &name)
{
    Status s = DraftStore(m_session->db()).rename(id, name);
    if (s)
        Q_EMIT renamed(id, name.trimmed());
    else
        Q_EMIT failed(s.error());
    refresh();
    return s;
}

Status DraftListPanel::deleteDraft(qint64 id)
{
    if (id <= 0)
        return Error{tr("No draft is selected")};
    QString name;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == id)
            name = m_list->item(i)->text();
    }
    if (!prompts::confirm(this, tr("Delete draft"), tr("Delete the draft “%1”? This cannot be undone.").arg(name),
                          tr("Delete")))
        return Error{tr("Cancelled")};
    Q_EMIT aboutToDelete(id);
    Status s = DraftStore(m_session->db()).remove(id);
    if (!s) {
        Q_EMIT failed(s.error());
        return s;
    }
    Q_EMIT deleted(id);
    refresh();
    return s;
}

void DraftListPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    // An in-place edit of the name; refresh() afterwards may reorder the list.
    const qint64 id = item->data(IdRole).toLongLong();
    const QString name = item->text();
    QMetaObject::invokeMethod(this, [this, id, name] { (void)renameDraft(id, name); }, Qt::QueuedConnection);
}

} // namespace gaozi::ui
