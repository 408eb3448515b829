#include "ui/filterpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gaozi::ui {

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FacetModel(this))
    , m_view(new QTreeView(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    m_view->setObjectName(QStringLiteral("facetView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->expandAll();

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setFlat(true);
    m_clear->setEnabled(false);

    auto *title = new QLabel(tr("Filter"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::clicked, this, &FilterPanel::activate);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged(filter());
    });
    // Rebuilt groups come back collapsed; a facet list is only useful open.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            return;
        m_view->expand(parent);
    });
}

void FilterPanel::setFilter(const PhraseFilter &filter)
{
    m_model->setFilter(filter);
    m_clear->setEnabled(!filter.isEmpty());
}

void FilterPanel::setCounts(const FacetCounts &counts)
{
    m_model->setCounts(counts);
}

void FilterPanel::activate(const QModelIndex &index)
{
    if (!index.parent().isValid())
        return;
    const PhraseFilter next = m_model->toggled(index);
    if (next == m_model->filter())
        return;
    setFilter(next);
    Q_EMIT filterChanged(next);
}

} // namespace gaozi::ui
