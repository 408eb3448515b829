#include "ui/composer/sectioneditor.h"

#include "draft/draftconvert.h"
#include "draft/outlineops.h"
#include "ui/composer/bodyedit.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/placeholderhighlighter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gaozi::ui {

SectionEditor::SectionEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_number(new QLabel(this))
    , m_heading(new QLineEdit(this))
    , m_body(new BodyEdit(this))
    , m_highlighter(new PlaceholderHighlighter(m_body->document()))
    , m_count(new QLabel(this))
{
    auto *headingRow = new QHBoxLayout;
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_number->setFont(big);
    m_heading->setFont(big);
    m_heading->setPlaceholderText(tr("Heading (the number is added for you)"));
    m_heading->setAccessibleName(tr("Section heading"));
    headingRow->addWidget(m_number);
    headingRow->addWidget(m_heading, 1);

    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->setFont(bodyFont);
    m_body->setAccessibleName(tr("Section text"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_count);

    connect(m_heading, &QLineEdit::textEdited, this, &SectionEditor::onHeadingEdited);
    connect(m_body->document(), &QTextDocument::contentsChange, this, [this](int at, int removed, int added) {
        m_changeAt = at;
        m_removed = removed;
        m_added = added;
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &SectionEditor::onBodyChanged);
    connect(m_body, &BodyEdit::phraseDropped, this, &SectionEditor::phraseDropped);
    connect(document, &ComposerDocument::changed, this, [this] { refresh(); });
    connect(document, &ComposerDocument::opened, this, [this] { showSection(-1); });
    connect(document, &ComposerDocument::closed, this, [this] { showSection(-1); });
    showSection(-1);
}

void SectionEditor::showSection(int uid)
{
    m_uid = uid;
    refresh();
}

QString SectionEditor::currentBody() const
{
    if (m_uid == 0)
        return m_document->draft().opening;
    const DraftSection *s = findSection(m_document->draft(), m_uid);
    return s ? s->body : QString();
}

void SectionEditor::refresh()
{
    const Draft &draft = m_document->draft();
    const DraftSection *section = m_uid > 0 ? findSection(draft, m_uid) : nullptr;
    if (m_uid > 0 && !section)
        m_uid = -1; // deleted, or undone out of existence
    const bool open = m_document->isOpen() && m_uid >= 0;

    m_updating = true;
    m_heading->setVisible(m_uid != 0);
    m_heading->setEnabled(open);
    m_body->setEnabled(open);
    if (m_uid == 0) {
        m_number->setText(tr("Opening"));
        m_body->setPlaceholderText(draft.openingHint.isEmpty() ? tr("The opening paragraphs, before the first heading.")
                                                               : draft.openingHint);
    } else if (section) {
        m_number->setText(sectionNumberFor(draft, m_uid));
        if (m_heading->text() != section->heading)
            m_heading->setText(section->heading);
        m_body->setPlaceholderText(section->hint.isEmpty() ? tr("Write this section here; double-click a phrase "
                                                                "on the right to insert it.")
                                                           : section->hint);
    } else {
        m_number->clear();
        m_heading->clear();
        m_body->setPlaceholderText(QString());
    }
    const QString body = open ? currentBody() : QString();
    if (m_body->toPlainText() != body) {
        const int cursor = m_body->textCursor().position();
        m_body->setPlainText(body);
        placeCursor(std::min(cursor, int(body.size())));
    }
    m_updating = false;

    const int total = visibleLength(draftToPlainText(draft));
    const int own = m_uid == 0 ? visibleLength(draft.opening)
                  : section   ? visibleLength(section->heading) + visibleLength(section->body)
                              : 0;
    m_count->setText(m_document->isOpen() ? tr("This part: %1 characters · whole draft: %2").arg(own).arg(total)
                                          : QString());
}

void SectionEditor::placeCursor(int position)
{
    QTextCursor c = m_body->textCursor();
    c.setPosition(std::clamp(position, 0, m_body->document()->characterCount() - 1));
    m_body->setTextCursor(c);
}

void SectionEditor::onBodyChanged()
{
    if (m_updating || m_uid < 0)
        return;
    const QString text = m_body->toPlainText();
    const int uid = m_uid;
    const ComposerDocument::Place before{uid, m_changeAt + m_removed};
    const ComposerDocument::Place after{uid, m_changeAt + m_added};
    if (uid == 0) {
        m_document->edit(tr("Typing"), ComposerDocument::Change::Opening, before, after,
                         [&](Draft &d) {
                             d.opening = text;
                             return true;
                         },
                         QStringLiteral("opening"));
        return;
    }
    m_document->edit(tr("Typing"), ComposerDocument::Change::Section, before, after,
                     [&](Draft &d) { return outline::setBody(d, uid, text); }, QStringLiteral("body:%1").arg(uid));
}

void SectionEditor::onHeadingEdited(const QString &text)
{
    if (m_updating || m_uid <= 0)
        return;
    const int uid = m_uid;
    m_document->edit(tr("Edit heading"), ComposerDocument::Change::Section, {uid, -1}, {uid, -1},
                     [&](Draft &d) { return outline::rename(d, uid, text); }, QStringLiteral("heading:%1").arg(uid));
}

bool SectionEditor::insertIntoBody(const QString &text, int position)
{
    if (m_uid < 0 || text.isEmpty())
        return false;
    const QString body = currentBody();
    const int at = std::clamp(position < 0 ? m_body->textCursor().position() : position, 0, int(body.size()));
    const QString next = body.left(at) + text + body.mid(at);
    const int uid = m_uid;
    const bool done = m_document->edit(
        tr("Insert phrase"), uid == 0 ? ComposerDocument::Change::Opening : ComposerDocument::Change::Section,
        {uid, at}, {uid, at + int(text.size())}, [&](Draft &d) {
            if (uid == 0) {
                d.opening = next;
                return true;
            }
            return outline::setBody(d, uid, next);
        });
    if (done) {
        placeCursor(at + int(text.size()));
        m_body->setFocus();
    }
    return done;
}

bool SectionEditor::replaceHeading(const QString &text)
{
    if (m_uid <= 0)
        return false;
    const int uid = m_uid;
    return m_document->edit(tr("Replace heading"), ComposerDocument::Change::Section, {uid, -1}, {uid, -1},
                            [&](Draft &d) { return outline::rename(d, uid, text); });
}

} // namespace gaozi::ui
