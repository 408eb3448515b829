#pragma once

#include "library/librarytypes.h"

#include <QStandardItemModel>

#include <optional>

namespace gaozi::ui {

// What the filter panel narrows the results to. Kind, role and topic take
// one value each; all set parts must hold at once.
struct PhraseFilter
{
    std::optional<PhraseKind> kind;
    QString role;
    QString topic;
    bool favouritesOnly = false;
    bool userOnly = false;

    bool isEmpty() const { return !kind && role.isEmpty() && topic.isEmpty() && !favouritesOnly && !userOnly; }
    void applyTo(SearchQuery *query) const;
    bool operator==(const PhraseFilter &) const = default;
};

// The filter panel's tree: groups (collections, kinds, roles, topics) with
// their values and how many results each would give under the current
// query. Chosen values carry a check mark; a chosen value stays listed when
// the query leaves it no results, so it can always be unchecked.
class FacetModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Group { Collections, Kinds, Roles, Topics, GroupCount };
    enum Role { GroupRole = Qt::UserRole + 1, ValueRole };
    // Values of the Collections group.
    static inline const QString FavouritesValue = QStringLiteral("favourites");
    static inline const QString UserValue = QStringLiteral("user");

    explicit FacetModel(QObject *parent = nullptr);

    void setCounts(const FacetCounts &counts);
    void setFilter(const PhraseFilter &filter);
    const PhraseFilter &filter() const { return m_filter; }
    // The filter after the user clicked the value at index (check or uncheck it).
    PhraseFilter toggled(const QModelIndex &index) const;

    QModelIndex groupIndex(Group group) const { return index(int(group), 0); }
    QModelIndex valueIndex(Group group, const QString &value) const;

    // Every role and topic seen so far, for the phrase dialog's choices.
    QStringList knownRoles() const { return m_knownRoles; }
    QStringList knownTopics() const { return m_knownTopics; }

private:
    void fillGroup(Group group, QList<QPair<QString, int>> values, const QString &chosen);
    void updateChecks();
    bool isChosen(Group group, const QString &value) const;

    PhraseFilter m_filter;
    FacetCounts m_counts;
    QStringList m_knownRoles;
    QStringList m_knownTopics;
};

} // namespace gaozi::ui
