// ComposerPage's outline actions, undo/redo and their keyboard shortcuts.
#include "draft/outlineops.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/outlinemodel.h"
#include "ui/composer/sectioneditor.h"
#include "ui/icons.h"

#include <QAction>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace gaozi::ui {
namespace {

enum Move { Up, Down, Outdent, Indent };

QAction *makeAction(QObject *parent, const QIcon &icon, const QString &text, const QKeySequence &key,
                    Qt::ShortcutContext context)
{
    auto *a = new QAction(icon, text, parent);
    a->setShortcut(key);
    a->setShortcutContext(context);
    a->setToolTip(key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

void ComposerPage::buildActions()
{
    QStyle *s = style();
    const auto page = Qt::WidgetWithChildrenShortcut;
    const auto tree = Qt::WidgetShortcut;
    m_actions.addSibling = makeAction(this, icons::glyph(icons::Glyph::Add), tr("New section"),
                                      QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    m_actions.addChild = makeAction(this, s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New subsection"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), page);
    m_actions.remove = makeAction(this, icons::glyph(icons::Glyph::Delete), tr("Delete section"),
                                  QKeySequence(Qt::Key_Delete), tree);
    m_actions.moveUp = makeAction(this, s->standardIcon(QStyle::SP_ArrowUp), tr("Move up"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Up), tree);
    m_actions.moveDown = makeAction(this, s->standardIcon(QStyle::SP_ArrowDown), tr("Move down"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Down), tree);
    m_actions.outdent = makeAction(this, s->standardIcon(QStyle::SP_ArrowLeft), tr("Up a level"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Left), tree);
    m_actions.indent = makeAction(this, s->standardIcon(QStyle::SP_ArrowRight), tr("Down a level"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Right), tree);
    QUndoStack *stack = m_document->undoStack();
    m_actions.undo = stack->createUndoAction(this, tr("Undo"));
    m_actions.undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_actions.undo->setShortcut(QKeySequence::Undo);
    m_actions.undo->setShortcutContext(page);
    m_actions.redo = stack->createRedoAction(this, tr("Redo"));
    m_actions.redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    m_actions.redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions.redo->setShortcutContext(page);

    for (QAction *a : {m_actions.addSibling, m_actions.addChild, m_actions.undo, m_actions.redo})
        addAction(a);
    for (QAction *a : {m_actions.remove, m_actions.moveUp, m_actions.moveDown, m_actions.outdent, m_actions.indent})
        m_outline->addAction(a);

    connect(m_actions.addSibling, &QAction::triggered, this, [this] { addSection(false); });
    connect(m_actions.addChild, &QAction::triggered, this, [this] { addSection(true); });
    connect(m_actions.remove, &QAction::triggered, this, &ComposerPage::removeSection);
    connect(m_actions.moveUp, &QAction::triggered, this, [this] { moveSection(Up); });
    connect(m_actions.moveDown, &QAction::triggered, this, [this] { moveSection(Down); });
    connect(m_actions.outdent, &QAction::triggered, this, [this] { moveSection(Outdent); });
    connect(m_actions.indent, &QAction::triggered, this, [this] { moveSection(Indent); });

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addActions({m_actions.addSibling, m_actions.addChild, m_actions.remove});
    bar->addSeparator();
    bar->addActions({m_actions.moveUp, m_actions.moveDown, m_actions.outdent, m_actions.indent});
    bar->addSeparator();
    bar->addActions({m_actions.undo, m_actions.redo});
    // Under the "Outline" caption, above the tree.
    if (auto *layout = qobject_cast<QBoxLayout *>(m_outline->parentWidget()->layout()))
        layout->insertWidget(1, bar);
}

void ComposerPage::updateActions()
{
    const Draft &d = m_document->draft();
    const int uid = currentUid();
    const bool open = m_document->isOpen();
    const bool section = open && uid > 0;
    m_actions.addSibling->setEnabled(open);
    m_actions.addChild->setEnabled(open && (uid == 0 || (section && sectionPath(d, uid)->size() < kMaxSectionDepth)));
    m_actions.remove->setEnabled(section);
    m_actions.moveUp->setEnabled(section && outline::canMoveUp(d, uid));
    m_actions.moveDown->setEnabled(section && outline::canMoveDown(d, uid));
    m_actions.outdent->setEnabled(section && outline::canOutdent(d, uid));
    m_actions.indent->setEnabled(section && outline::canIndent(d, uid));
}

void ComposerPage::addSection(bool child)
{
    const int uid = currentUid();
    if (!m_document->isOpen() || uid < 0)
        return;
    int added = 0;
    // On the title row both mean "a new top-level section at the end".
    const bool ok = m_document->edit(child ? tr("New subsection") : tr("New section"),
                                     ComposerDocument::Change::Structure, {uid, -1}, {-1, -1}, [&](Draft &d) {
                                         added = (child || uid == 0) ? outline::addChild(d, child ? uid : 0)
                                                                     : outline::addSibling(d, uid);
                                         return added > 0;
                                     });
    if (!ok)
        return;
    restoreSelection(added);
    m_editor->headingEdit()->setFocus();
}

void ComposerPage::removeSection()
{
    const int uid = currentUid();
    if (uid <= 0)
        return;
    const int parent = parentUid(m_document->draft(), uid);
    const auto path = sectionPath(m_document->draft(), uid);
    // Afterwards the section that took its place is selected, else the one above, else the parent.
    int next = parent;
    if (path) {
        const DraftSection *parentSection = parent > 0 ? findSection(m_document->draft(), parent) : nullptr;
        const QList<DraftSection> &siblings = parentSection ? parentSection->children : m_document->draft().sections;
        if (path->last() + 1 < siblings.size())
            next = siblings[path->last() + 1].uid;
        else if (path->last() > 0)
            next = siblings[path->last() - 1].uid;
    }
    if (m_document->edit(tr("Delete section"), ComposerDocument::Change::Structure, {uid, -1}, {next, -1},
                         [&](Draft &d) { return outline::remove(d, uid); }))
        restoreSelection(next);
}

void ComposerPage::moveSection(int how)
{
    const int uid = currentUid();
    if (uid <= 0)
        return;
    static const char *const names[] = {QT_TR_NOOP("Move up"), QT_TR_NOOP("Move down"), QT_TR_NOOP("Up a level"),
                                        QT_TR_NOOP("Down a level")};
    const bool ok = m_document->edit(tr(names[how]), ComposerDocument::Change::Structure, {uid, -1}, {uid, -1},
                                     [&](Draft &d) {
                                         switch (how) {
                                         case Up:
                                             return outline::moveUp(d, uid);
                                         case Down:
                                             return outline::moveDown(d, uid);
                                         case Outdent:
                                             return outline::outdent(d, uid);
                                         default:
                                             return outline::indent(d, uid);
                                         }
                                     });
    if (ok)
        restoreSelection(uid);
    m_outline->setFocus();
}

bool ComposerPage::eventFilter(QObject *watched, QEvent *event)
{
    // Editors keep undo histories of their own; here Ctrl+Z means the draft's history.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) || key->keyCombination() == (Qt::CTRL | Qt::Key_Y);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                (undo ? m_actions.undo : m_actions.redo)->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gaozi::ui
