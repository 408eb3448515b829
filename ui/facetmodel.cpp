#include "ui/facetmodel.h"

#include "ui/labels.h"

#include <algorithm>

namespace gaozi::ui {
namespace {

void remember(QStringList *known, const QList<QPair<QString, int>> &values)
{
    for (const auto &v : values)
        if (!v.first.isEmpty() && !known->contains(v.first))
            known->append(v.first);
}

QStandardItem *countItem(int count)
{
    auto *item = new QStandardItem(QString::number(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

void PhraseFilter::applyTo(SearchQuery *query) const
{
    query->kind = kind;
    query->role = role;
    query->topic = topic;
    query->favouritesOnly = favouritesOnly;
    query->userOnly = userOnly;
}

FacetModel::FacetModel(QObject *parent) : QStandardItemModel(0, 2, parent)
{
    const QString titles[GroupCount] = {tr("Collections"), tr("Kind"), tr("Role"), tr("Topic")};
    for (int g = 0; g < GroupCount; ++g) {
        auto *item = new QStandardItem(titles[g]);
        item->setData(g, GroupRole);
        item->setEditable(false);
        item->setSelectable(false);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        auto *blank = new QStandardItem;
        blank->setEditable(false);
        blank->setSelectable(false);
        appendRow({item, blank});
    }
    setCounts({});
}

bool FacetModel::isChosen(Group group, const QString &value) const
{
    switch (group) {
    case Collections:
        return value == FavouritesValue ? m_filter.favouritesOnly : m_filter.userOnly;
    case Kinds:
        return m_filter.kind && kindName(*m_filter.kind) == value;
    case Roles:
        return m_filter.role == value;
    case Topics:
        return m_filter.topic == value;
    case GroupCount:
        break;
    }
    return false;
}

void FacetModel::fillGroup(Group group, QList<QPair<QString, int>> values, const QString &chosen)
{
    values.removeIf([](const auto &v) { return v.first.isEmpty() || v.second <= 0; });
    if (!chosen.isEmpty() && std::none_of(values.begin(), values.end(), [&](const auto &v) { return v.first == chosen; }))
        values.append({chosen, 0});

    QStandardItem *parent = item(int(group));
    if (parent->rowCount() > 0)
        parent->removeRows(0, parent->rowCount());
    for (const auto &[value, count] : values) {
        QString label = value;
        if (group == Kinds)
            label = Labels::kindName(value);
        auto *name = new QStandardItem(label);
        name->setData(int(group), GroupRole);
        name->setData(value, ValueRole);
        name->setEditable(false);
        if (group == Kinds) {
            if (const auto k = kindFromName(value))
                name->setToolTip(Labels::kindHelp(*k));
        }
        parent->appendRow({name, countItem(count)});
    }
}

void FacetModel::setCounts(const FacetCounts &counts)
{
    m_counts = counts;
    remember(&m_knownRoles, counts.roles);
    remember(&m_knownTopics, counts.topics);

    // Collections are always listed, even at zero: they are places to go, not results.
    QStandardItem *collections = item(Collections);
    if (collections->rowCount() == 0) {
        for (const QString &value : {FavouritesValue, UserValue}) {
            auto *name = new QStandardItem(value == FavouritesValue ? tr("★ Favourites") : tr("My phrases"));
            name->setData(int(Collections), GroupRole);
            name->setData(value, ValueRole);
            name->setEditable(false);
            collections->appendRow({name, countItem(0)});
        }
    }
    collections->child(0, 1)->setText(QString::number(counts.favourites));
    collections->child(1, 1)->setText(QString::number(counts.user));

    fillGroup(Kinds, counts.kinds, m_filter.kind ? kindName(*m_filter.kind) : QString());
    fillGroup(Roles, counts.roles, m_filter.role);
    fillGroup(Topics, counts.topics, m_filter.topic);
    updateChecks();
}

void FacetModel::setFilter(const PhraseFilter &filter)
{
    m_filter = filter;
    setCounts(m_counts);
}

void FacetModel::updateChecks()
{
    for (int g = 0; g < GroupCount; ++g) {
        QStandardItem *parent = item(g);
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *child = parent->child(r, 0);
            const bool chosen = isChosen(Group(g), child->data(ValueRole).toString());
            child->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QModelIndex FacetModel::valueIndex(Group group, const QString &value) const
{
    const QStandardItem *parent = item(int(group));
    for (int r = 0; r < parent->rowCount(); ++r)
        if (parent->child(r, 0)->data(ValueRole).toString() == value)
            return parent->child(r, 0)->index();
    return {};
}

PhraseFilter FacetModel::toggled(const QModelIndex &index) const
{
    PhraseFilter f = m_filter;
    const QModelIndex name = index.siblingAtColumn(0);
    if (!name.parent().isValid())
        return f; // a group title
    const auto group = Group(name.data(GroupRole).toInt());
    const QString value = name.data(ValueRole).toString();
    const bool chosen = isChosen(group, value);
    switch (group) {
    case Collections:
        if (value == FavouritesValue)
            f.favouritesOnly = !chosen;
        else
            f.userOnly = !chosen;
        break;
    case Kinds:
        f.kind = chosen ? std::nullopt : kindFromName(value);
        break;
    case Roles:
        f.role = chosen ? QString() : value;
        break;
    case Topics:
        f.topic = chosen ? QString() : value;
        break;
    case GroupCount:
        break;
    }
    return f;
}

} // namespace gaozi::ui
