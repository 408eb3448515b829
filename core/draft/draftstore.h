#pragma once

#include "common/result.h"
#include "draft/draft.h"
#include "library/database.h"

#include <QDateTime>
#include <QList>

namespace gaozi {

// A row of the drafts list.
struct DraftSummary
{
    qint64 id = 0;
    QString name;
    QString title;
    QString genre;
    int year = 0;
    int charCount = 0; // visible characters of the exported text
    QDateTime updated;
};

// Drafts live in the library file (schema step 2). Every call that writes is
// one transaction, so a draft on disk is always one whole saved state.
class DraftStore final
{
public:
    explicit DraftStore(Database &db) : m_db(db) {}

    // Most recently edited first.
    Result<QList<DraftSummary>> list() const;
    Result<Draft> load(qint64 id) const;

    // Stores a new draft (its id is ignored) and returns its id.
    Result<qint64> create(const Draft &draft);
    // Overwrites a stored draft with this state; its id must exist.
    Status save(const Draft &draft);
    Status rename(qint64 id, const QString &name);
    // A copy under a new name ("name 副本" when empty); returns the copy's id.
    Result<qint64> duplicate(qint64 id, const QString &name = {});
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace gaozi
