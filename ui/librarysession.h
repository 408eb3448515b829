#pragma once

#include "common/result.h"
#include "library/database.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace gaozi::ui {

// What LibrarySession::run() returns: its QFuture, and then(receiver,
// handler), which hands the result to handler on the GUI thread unless
// receiver has been destroyed by then. QFuture::then(context, …) in Qt 6.4
// posts from the worker to a context that the GUI thread may be destroying
// at that very moment (a window closed just as its query finished crashed a
// test); this posts to the session, which outlives every worker, and checks
// the receiver on the GUI thread, where receivers are destroyed. The handler
// always runs from the event loop, never inside then() itself, even when the
// answer was ready before then() was called.
template<typename R>
class Pending : public QFuture<R>
{
public:
    Pending(QFuture<R> future, QObject *session) : QFuture<R>(std::move(future)), m_session(session) {}

    template<typename Handler>
    void then(QObject *receiver, Handler handler)
    {
        QObject *session = m_session;
        QFuture<R>::then([session, guard = QPointer<QObject>(receiver),
                          handler = std::move(handler)](const R &result) mutable {
            QMetaObject::invokeMethod(
                session,
                [guard, handler = std::move(handler), result]() mutable {
                    if (guard)
                        handler(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    QObject *m_session;
};

// The open library as the UI sees it. The GUI thread has its own connection
// for small, quick calls (one phrase, a favourite flag); anything that may
// take long (search, facets, import, statistics) goes through run(), which
// executes on a worker thread with that thread's own connection, so the
// window never waits on SQLite.
class LibrarySession final : public QObject
{
    Q_OBJECT
public:
    ~LibrarySession() override;

    static Result<std::unique_ptr<LibrarySession>> open(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_db->path(); }
    Database &db() { return *m_db; } // GUI thread only

    // Runs fn(Database&) on a worker thread. R is a Result<T> or Status (any
    // type constructible from Error): when the worker cannot open the library
    // the error comes back as the result. Take it with then(this, handler)
    // (Pending); never block the GUI thread on it.
    template<typename R>
    Pending<R> run(std::function<R(Database &)> fn)
    {
        return run<R>(std::move(fn), {});
    }

    // A flag the GUI thread raises when the answer is no longer wanted (the
    // user typed on): work not yet started is skipped and a running
    // statement is interrupted; either way the result is an error for which
    // Database::isInterruptedError() is true.
    using StopFlag = std::shared_ptr<std::atomic<bool>>;
    static StopFlag newStopFlag() { return std::make_shared<std::atomic<bool>>(false); }
    // Raises flag (if any): its work is no longer wanted.
    static void raise(const StopFlag &flag)
    {
        if (flag)
            flag->store(true);
    }
    // Raises flag and puts a fresh one in its place, for the next piece of work.
    static void renew(StopFlag &flag)
    {
        raise(flag);
        flag = newStopFlag();
    }

    template<typename R>
    Pending<R> run(std::function<R(Database &)> fn, StopFlag stop)
    {
        const QString file = path();
        QFuture<R> future = QtConcurrent::run(&m_pool, [file, fn = std::move(fn), stop = std::move(stop)]() -> R {
            if (stop && stop->load())
                return R(Error{Database::interruptedMessage()});
            Database *db = workerDatabase(file);
            if (!db)
                return R(Error{QStringLiteral("cannot open the library %1 on a worker thread").arg(file)});
            if (!stop)
                return fn(*db);
            db->setInterruptCheck([stop] { return stop->load(std::memory_order_relaxed); });
            R result = fn(*db);
            db->setInterruptCheck({});
            return result;
        });
        return Pending<R>(std::move(future), this);
    }

    // Blocks until queued work has finished (shutdown, tests).
    void waitForWorkers() { m_pool.waitForDone(); }

Q_SIGNALS:
    // Documents or phrases changed (import, removal, user phrase edits):
    // views re-run their queries.
    void libraryChanged();

public:
    void notifyChanged() { Q_EMIT libraryChanged(); }

private:
    explicit LibrarySession(std::unique_ptr<Database> db, QObject *parent);
    // This worker thread's connection to file, opened on first use; null if it cannot be opened.
    static Database *workerDatabase(const QString &file);

    std::unique_ptr<Database> m_db;
    QThreadPool m_pool;
};

} // namespace gaozi::ui
