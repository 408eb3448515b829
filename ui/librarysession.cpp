#include "ui/librarysession.h"

#include "common/logging.h"

#include <QThreadStorage>

namespace gaozi::ui {
namespace {

struct WorkerConnection
{
    QString file;
    std::unique_ptr<Database> db;
};

// One connection per worker thread; the pool's threads never expire, so each
// opens the library once.
QThreadStorage<WorkerConnection *> g_worker;

} // namespace

LibrarySession::LibrarySession(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);
}

LibrarySession::~LibrarySession()
{
    m_pool.waitForDone();
}

Result<std::unique_ptr<LibrarySession>> LibrarySession::open(const QString &path, QObject *parent)
{
    auto db = Database::open(path);
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<LibrarySession>(new LibrarySession(std::move(db).value(), parent));
}

Database *LibrarySession::workerDatabase(const QString &file)
{
    if (!g_worker.hasLocalData() || g_worker.localData()->file != file || !g_worker.localData()->db) {
        auto db = Database::open(file);
        if (!db) {
            qCWarning(lcUi) << "worker cannot open library:" << db.error();
            return nullptr;
        }
        g_worker.setLocalData(new WorkerConnection{file, std::move(db).value()});
    }
    return g_worker.localData()->db.get();
}

} // namespace gaozi::ui
