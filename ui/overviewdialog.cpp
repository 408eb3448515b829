#include "ui/overviewdialog.h"

#include "ui/librarysession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace gaozi::ui {
namespace {

using Counts = QList<QPair<QString, int>>;

const QColor Seal(0xb7, 0x28, 0x1e);

QChartView *viewFor(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(340, 260);
    return view;
}

// Bars are kept in the given order; long lists are cut to `limit` entries.
QChartView *barChart(const QString &title, Counts counts, bool horizontal, int limit = 12)
{
    if (counts.size() > limit)
        counts.resize(limit);
    if (horizontal)
        std::reverse(counts.begin(), counts.end()); // largest at the top
    auto *set = new QBarSet(title);
    set->setColor(Seal);
    set->setLabelColor(Qt::black);
    QStringList categories;
    int maximum = 1;
    for (const auto &[name, n] : counts) {
        categories << name;
        *set << n;
        maximum = std::max(maximum, n);
    }
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum + std::max(1, maximum / 8));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(std::min(6, maximum + 2));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return viewFor(chart);
}

QChartView *pieChart(const QString &title, Counts counts, int limit = 7)
{
    // A pie with many thin slices says nothing: fold the tail into "other".
    if (counts.size() > limit) {
        int rest = 0;
        for (qsizetype i = limit - 1; i < counts.size(); ++i)
            rest += counts.at(i).second;
        counts.resize(limit - 1);
        counts.append({OverviewDialog::tr("Other"), rest});
    }
    auto *series = new QPieSeries;
    int total = 0;
    for (const auto &c : counts)
        total += c.second;
    for (const auto &[name, n] : counts) {
        QPieSlice *slice = series->append(name, n);
        slice->setLabel(QStringLiteral("%1 %2%").arg(name).arg(total ? qRound(100.0 * n / total) : 0));
        slice->setLabelVisible(true);
    }
    series->setPieSize(0.6);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    return viewFor(chart);
}

Counts labelUnknown(Counts counts, const QString &unknown)
{
    for (auto &c : counts)
        if (c.first.isEmpty())
            c.first = unknown;
    return counts;
}

} // namespace

OverviewDialog::OverviewDialog(LibrarySession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(tr("Counting…"), this))
    , m_grid(new QGridLayout)
    , m_charts(new QWidget)
{
    setObjectName(QStringLiteral("overviewDialog"));
    setWindowTitle(tr("Library overview"));
    m_summary->setWordWrap(true);
    m_charts->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_charts);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(1200, 820);
    connect(m_session, &LibrarySession::libraryChanged, this, &OverviewDialog::reload);
    reload();
}

int OverviewDialog::chartCount() const
{
    return int(m_charts->findChildren<QChartView *>().size());
}

void OverviewDialog::reload()
{
    const quint64 sequence = ++m_sequence;
    m_session->run<Result<LibraryStats>>([](Database &db) { return libraryStats(db, 15); })
        .then(this, [this, sequence](const Result<LibraryStats> &stats) {
            if (sequence == m_sequence)
                present(stats);
        });
}

void OverviewDialog::present(const Result<LibraryStats> &stats)
{
    if (!stats) {
        m_summary->setText(stats.error());
        return;
    }
    const LibraryStats &s = stats.value();
    m_summary->setText(tr("%1 documents, %2 characters, %3 phrases from %4 sources; %5 favourites, %6 of your own.")
                           .arg(s.documents)
                           .arg(QLocale().toString(s.characters))
                           .arg(s.phrases)
                           .arg(s.sources)
                           .arg(s.favourites)
                           .arg(s.userPhrases));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    Counts years = labelUnknown(s.documentsByYear, tr("unknown"));
    std::sort(years.begin(), years.end()); // a timeline reads left to right
    m_grid->addWidget(barChart(tr("Documents by year"), years, false, 20), 0, 0);
    m_grid->addWidget(pieChart(tr("Documents by genre"), labelUnknown(s.documentsByGenre, tr("unknown"))), 0, 1);
    m_grid->addWidget(pieChart(tr("Phrases by role"), labelUnknown(s.phrasesByRole, tr("unknown"))), 0, 2);
    m_grid->addWidget(barChart(tr("Phrases by topic"), labelUnknown(s.phrasesByTopic, tr("unknown")), true, 14), 1, 0);
    m_grid->addWidget(barChart(tr("Most used terms (documents using them)"), s.topTerms, true, 15), 1, 1, 1, 2);
    m_grid->setRowStretch(1, 1);
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace gaozi::ui
