#pragma once

#include "ui/facetmodel.h"

#include <QWidget>

class QTreeView;
class QPushButton;

namespace gaozi::ui {

// The left column of the library page: facets with counts; a click checks
// or unchecks a value, values of different groups combine.
class FilterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    FacetModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const PhraseFilter &filter() const { return m_model->filter(); }
    void setFilter(const PhraseFilter &filter);
    void setCounts(const FacetCounts &counts);

Q_SIGNALS:
    void filterChanged(const PhraseFilter &filter);

private:
    void activate(const QModelIndex &index);

    FacetModel *m_model;
    QTreeView *m_view;
    QPushButton *m_clear;
};

} // namespace gaozi::ui
