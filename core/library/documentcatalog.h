#pragma once

#include "common/result.h"
#include "library/database.h"
#include "library/librarytypes.h"

namespace gaozi {

// What the library holds: the documents list and one document for reading.
class DocumentCatalog final
{
public:
    explicit DocumentCatalog(Database &db) : m_db(db) {}

    Result<QList<DocumentInfo>> documents() const;
    Result<DocumentView> document(qint64 id) const;

private:
    Database &m_db;
};

} // namespace gaozi
