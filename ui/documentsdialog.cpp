#include "ui/documentsdialog.h"

#include "library/documentcatalog.h"
#include "library/librarywriter.h"
#include "library/termrefresh.h"
#include "ui/documentlistmodel.h"
#include "ui/librarysession.h"
#include "ui/prompts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gaozi::ui {

DocumentsDialog::DocumentsDialog(LibrarySession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new DocumentListModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("documentsDialog"));
    setWindowTitle(tr("Documents in the library"));
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *import = buttons->addButton(tr("Import…"), QDialogButtonBox::ActionRole);
    m_open = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeDocument"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, &DocumentsDialog::importRequested);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsDialog::removeSelected);
    const auto open = [this] {
        const QModelIndex index = m_view->currentIndex();
        if (const DocumentInfo *d = m_model->documentAt(index.row()))
            Q_EMIT openRequested(d->id);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_view, &QTableView::doubleClicked, this, open);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsDialog::updateButtons);
    connect(m_session, &LibrarySession::libraryChanged, this, &DocumentsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 480);
    reload();
}

void DocumentsDialog::reload()
{
    const quint64 sequence = ++m_sequence;
    m_session->run<Result<QList<DocumentInfo>>>([](Database &db) { return DocumentCatalog(db).documents(); })
        .then(this, [this, sequence](const Result<QList<DocumentInfo>> &documents) {
            if (sequence != m_sequence)
                return;
            if (!documents) {
                m_status->setText(documents.error());
                return;
            }
            m_model->setDocuments(documents.value());
            if (!m_busy)
                m_status->setText(tr("%n document(s)", nullptr, int(documents->size())));
            updateButtons();
            Q_EMIT reloaded();
        });
}

void DocumentsDialog::removeSelected()
{
    const DocumentInfo *d = m_model->documentAt(m_view->currentIndex().row());
    if (!d || m_busy)
        return;
    const qint64 id = d->id;
    const QString title = d->title.isEmpty() ? d->fileName : d->title;
    if (!prompts::confirm(this, tr("Remove document"),
                          tr("Remove “%1” and the phrases found only in it from the library? "
                             "The file on disk is not touched.")
                              .arg(title),
                          tr("Remove")))
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Removing “%1”…").arg(title));
    m_session
        ->run<Status>([id](Database &db) -> Status {
            if (Status s = LibraryWriter(db).removeDocument(id); !s)
                return s;
            if (auto terms = refreshTerms(db); !terms)
                return Error{terms.error()};
            return {};
        })
        .then(this, [this, title](const Status &status) {
            m_busy = false;
            m_status->setText(status ? tr("Removed “%1”.").arg(title) : status.error());
            m_session->notifyChanged();
        });
}

void DocumentsDialog::updateButtons()
{
    const bool chosen = m_model->documentAt(m_view->currentIndex().row()) != nullptr
                        && m_view->selectionModel()->hasSelection();
    m_remove->setEnabled(chosen && !m_busy);
    m_open->setEnabled(chosen);
}

} // namespace gaozi::ui
