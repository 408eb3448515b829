#include "ui/composer/phrasepickmodel.h"

#include "ui/composer/bodyedit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace gaozi::ui {

PhrasePickModel::PhrasePickModel(SlotFiller filler, QObject *parent)
    : QStandardItemModel(parent)
    , m_filler(std::move(filler))
{
}

QStandardItem *PhrasePickModel::addGroup(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setFlags(Qt::ItemIsEnabled);
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
    item->setData(-1, KindRole);
    appendRow(item);
    return item;
}

void PhrasePickModel::addPhrase(QStandardItem *group, const PhraseRecord &phrase)
{
    auto *item = new QStandardItem(phrase.text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    item->setData(phrase.id, PhraseIdRole);
    item->setData(int(phrase.kind), KindRole);
    item->setData(phrase.text, TextRole);
    item->setToolTip(tr("%1 · %2 · %3 · in %n document(s)", nullptr, phrase.documents)
                         .arg(kindName(phrase.kind), phrase.role, phrase.topic));
    (group ? group : invisibleRootItem())->appendRow(item);
}

void PhrasePickModel::addSentence(QStandardItem *group, const QString &text, qint64 phraseId, const QString &tooltip)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    item->setData(phraseId, PhraseIdRole);
    item->setData(int(PhraseKind::Sentence), KindRole);
    item->setData(text, TextRole);
    item->setToolTip(tooltip);
    (group ? group : invisibleRootItem())->appendRow(item);
}

QByteArray PhrasePickModel::encodePhrase(qint64 id, PhraseKind kind, const QString &text)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("text"), text);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool PhrasePickModel::decodePhrase(const QByteArray &data, qint64 *id, PhraseKind *kind, QString *text)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const auto k = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!k || !o.value(QStringLiteral("text")).isString())
        return false;
    *id = o.value(QStringLiteral("id")).toInteger();
    *kind = *k;
    *text = o.value(QStringLiteral("text")).toString();
    return true;
}

QStringList PhrasePickModel::mimeTypes() const
{
    return {BodyEdit::PhraseMimeType, QStringLiteral("text/plain")};
}

QMimeData *PhrasePickModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (i.data(KindRole).toInt() < 0)
            continue;
        const QString text = i.data(TextRole).toString();
        auto *mime = new QMimeData;
        mime->setText(m_filler ? m_filler(text) : text);
        mime->setData(BodyEdit::PhraseMimeType,
                      encodePhrase(i.data(PhraseIdRole).toLongLong(), PhraseKind(i.data(KindRole).toInt()), text));
        return mime;
    }
    return nullptr;
}

} // namespace gaozi::ui
