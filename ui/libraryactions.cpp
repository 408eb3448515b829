// LibraryPage's actions: copy, favourite, and the writer's own phrases.
// Writes are single-row and quick, so they run on the GUI thread's connection.
#include "ui/librarypage.h"

#include "library/librarywriter.h"
#include "library/phrasesearch.h"
#include "ui/filterpanel.h"
#include "ui/librarysession.h"
#include "ui/phraselistmodel.h"
#include "ui/previewpane.h"
#include "ui/prompts.h"
#include "ui/searchcontroller.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>

namespace gaozi::ui {
namespace {

QAction *pageAction(QWidget *page, const QString &name, const QString &text, const QKeySequence &shortcut,
                    const QString &tip)
{
    auto *action = new QAction(text, page);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip.isEmpty() ? text : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                                                  + u')');
    page->addAction(action);
    return action;
}

} // namespace

void LibraryPage::buildActions()
{
    m_actions.copy = pageAction(this, QStringLiteral("copyPhrase"), tr("&Copy Phrase"), QKeySequence::Copy,
                                tr("Copy the phrase text"));
    m_actions.favourite = pageAction(this, QStringLiteral("favouritePhrase"), tr("&Favourite"),
                                     QKeySequence(Qt::CTRL | Qt::Key_D), tr("Mark or unmark as favourite"));
    m_actions.favourite->setCheckable(true);
    m_actions.add = pageAction(this, QStringLiteral("addPhrase"), tr("&New Phrase…"), QKeySequence::New,
                               tr("Add a phrase of your own"));
    m_actions.edit = pageAction(this, QStringLiteral("editPhrase"), tr("&Edit Phrase…"), QKeySequence(Qt::Key_F2),
                                tr("Edit your phrase"));
    m_actions.remove = pageAction(this, QStringLiteral("deletePhrase"), tr("&Delete Phrase"), QKeySequence::Delete,
                                  tr("Delete your phrase"));
    m_actions.find = pageAction(this, QStringLiteral("findPhrase"), tr("&Find"), QKeySequence::Find,
                                tr("Search the library"));

    connect(m_actions.copy, &QAction::triggered, this, &LibraryPage::copyCurrent);
    connect(m_actions.favourite, &QAction::triggered, this, &LibraryPage::toggleFavourite);
    connect(m_actions.add, &QAction::triggered, this, &LibraryPage::addPhrase);
    connect(m_actions.edit, &QAction::triggered, this, &LibraryPage::editPhrase);
    connect(m_actions.remove, &QAction::triggered, this, &LibraryPage::deletePhrase);
    connect(m_actions.find, &QAction::triggered, this, &LibraryPage::focusSearch);
}

void LibraryPage::updateActions()
{
    const SearchHit *hit = currentHit();
    m_actions.copy->setEnabled(hit);
    m_actions.favourite->setEnabled(hit);
    m_actions.favourite->setChecked(hit && hit->phrase.favourite);
    m_actions.edit->setEnabled(hit && hit->phrase.user);
    m_actions.remove->setEnabled(hit && hit->phrase.user);
}

void LibraryPage::copyCurrent()
{
    const SearchHit *hit = currentHit();
    if (!hit)
        return;
    QGuiApplication::clipboard()->setText(hit->phrase.text);
    Q_EMIT statusMessage(tr("Copied: %1").arg(hit->phrase.text.left(40)));
}

void LibraryPage::toggleFavourite()
{
    const SearchHit *hit = currentHit();
    if (!hit)
        return;
    const qint64 id = hit->phrase.id;
    const bool favourite = !hit->phrase.favourite;
    if (Status s = LibraryWriter(m_session->db()).setFavourite(id, favourite); !s) {
        Q_EMIT statusMessage(s.error());
        updateActions();
        return;
    }
    auto fresh = PhraseSearch(m_session->db()).phrase(id);
    if (!fresh) {
        Q_EMIT statusMessage(fresh.error());
        return;
    }
    m_model->updatePhrase(fresh.value());
    if (const SearchHit *updated = currentHit(); updated && updated->phrase.id == id)
        m_preview->showPhrase(updated);
    updateActions();
    Q_EMIT statusMessage(favourite ? tr("Added to favourites.") : tr("Removed from favourites."));
    // Counts change; under the favourites filter the row itself may go.
    if (m_model->query().favouritesOnly) {
        m_keepSelection = id;
        m_controller->refresh();
    } else {
        m_controller->refreshFacets();
    }
}

std::optional<PhraseInput> LibraryPage::askPhrase(const QString &title, const PhraseInput &initial)
{
    return prompts::editPhrase(this, title, initial, m_filters->model()->knownRoles(),
                               m_filters->model()->knownTopics());
}

void LibraryPage::addPhrase()
{
    PhraseInput initial;
    // Start from the current filter: adding under 组织建设 most likely means a 组织建设 phrase.
    const SearchQuery &q = m_model->query();
    initial.kind = q.kind.value_or(PhraseKind::Sentence);
    initial.role = q.role;
    initial.topic = q.topic;
    const auto input = askPhrase(tr("New phrase"), initial);
    if (!input)
        return;
    auto id = LibraryWriter(m_session->db()).addUserPhrase(input->kind, input->text, input->role, input->topic);
    if (!id) {
        Q_EMIT statusMessage(id.error());
        return;
    }
    m_keepSelection = id.value();
    Q_EMIT statusMessage(tr("Added to My phrases."));
    m_session->notifyChanged();
}

void LibraryPage::editPhrase()
{
    const SearchHit *hit = currentHit();
    if (!hit || !hit->phrase.user)
        return;
    const PhraseRecord p = hit->phrase;
    const auto input = askPhrase(tr("Edit phrase"), {p.kind, p.text, p.role, p.topic});
    if (!input)
        return;
    if (Status s = LibraryWriter(m_session->db()).updateUserPhrase(p.id, input->kind, input->text, input->role,
                                                                    input->topic);
        !s) {
        Q_EMIT statusMessage(s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Phrase saved."));
    m_session->notifyChanged();
}

void LibraryPage::deletePhrase()
{
    const SearchHit *hit = currentHit();
    if (!hit || !hit->phrase.user)
        return;
    const PhraseRecord p = hit->phrase;
    if (!prompts::confirm(this, tr("Delete phrase"), tr("Delete your phrase “%1”?").arg(p.text), tr("Delete")))
        return;
    if (Status s = LibraryWriter(m_session->db()).deleteUserPhrase(p.id); !s) {
        Q_EMIT statusMessage(s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Phrase deleted."));
    m_session->notifyChanged();
}

} // namespace gaozi::ui
