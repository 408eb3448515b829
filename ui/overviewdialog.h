#pragma once

#include "common/result.h"
#include "library/librarystats.h"

#include <QDialog>

class QGridLayout;
class QLabel;

namespace gaozi::ui {

class LibrarySession;

// The library at a glance: documents by year and genre, phrases by topic and
// role, the most used terms, drawn as charts. Counts load on a worker thread.
class OverviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OverviewDialog(LibrarySession *session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    int chartCount() const;
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void present(const Result<LibraryStats> &stats);

    LibrarySession *m_session;
    QLabel *m_summary;
    QGridLayout *m_grid;
    QWidget *m_charts;
    bool m_loaded = false;
    quint64 m_sequence = 0;
};

} // namespace gaozi::ui
