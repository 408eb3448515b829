#pragma once

#include "library/librarytypes.h"

#include <QStandardItemModel>

#include <functional>

namespace gaozi::ui {

// Phrases to pick from, flat (search results) or under group rows
// (suggestions). Dragging a phrase carries its text with the slots the draft
// can fill already filled (text/plain, for any editor) and the phrase itself
// (BodyEdit::PhraseMimeType, so the composer can record what was inserted).
class PhrasePickModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        PhraseIdRole = Qt::UserRole + 1, // qint64; 0 for a raw sentence
        KindRole,                        // PhraseKind as int; -1 for group rows
        TextRole,                        // the phrase text with its slots
    };

    using SlotFiller = std::function<QString(const QString &)>;
    explicit PhrasePickModel(SlotFiller filler, QObject *parent = nullptr);

    // Appends a group row (not selectable) and returns it; phrases go under it.
    QStandardItem *addGroup(const QString &title);
    // Appends a phrase under group (nullptr: at the top level).
    void addPhrase(QStandardItem *group, const PhraseRecord &phrase);
    void addSentence(QStandardItem *group, const QString &text, qint64 phraseId, const QString &tooltip);

    static QByteArray encodePhrase(qint64 id, PhraseKind kind, const QString &text);
    static bool decodePhrase(const QByteArray &data, qint64 *id, PhraseKind *kind, QString *text);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    SlotFiller m_filler;
};

} // namespace gaozi::ui
