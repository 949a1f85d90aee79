#pragma once

#include "result.h"
#include "taskcontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace valuedesk {

// Runs long work (a service: evaluate, classify, fit, import) on a worker thread with QtConcurrent
// while a window-modal progress dialog with Cancel keeps the window responsive. The work reports
// through its TaskContext, which says stop once the user pressed Cancel; it must not touch
// widgets, models or the GUI thread's database connection (it gets connections from a
// ConnectionFactory). `done` runs later on the GUI thread with the work's result; a run the user
// cancelled ends with an Error of code Cancelled. No nested event loop: start() returns at once.
//
// The task belongs to `parent` and deletes itself after `done`. cancelAndWait() (and the
// destructor) stop a running task and wait for its worker without calling `done`: call it before
// anything the work reads (the document's Database) goes away.
class BackgroundTask final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    static BackgroundTask *start(QWidget *parent, const QString &label,
                                 std::function<Result<T>(TaskContext &)> work,
                                 std::function<void(Result<T>)> done)
    {
        auto outcome = std::make_shared<std::optional<Result<T>>>();
        auto *task = new BackgroundTask(parent, label);
        task->begin(
            [work = std::move(work), outcome](TaskContext &context) { *outcome = work(context); },
            [outcome, done = std::move(done)](bool cancelled) {
                // No result, or the work's own error after Cancel (it only says it stopped).
                if (!*outcome || (cancelled && !**outcome))
                    done(cancelledError());
                else
                    done(std::move(**outcome));
            });
        return task;
    }

    ~BackgroundTask() override;
    Q_DISABLE_COPY_MOVE(BackgroundTask)

    bool isRunning() const;
    // Cancels the work and waits for its worker; `done` is not called.
    void cancelAndWait();

    // The error a cancelled run ends with.
    static Error cancelledError();

signals:
    // After `done` ran (the task is deleted next).
    void finished();

private:
    BackgroundTask(QWidget *parent, const QString &label);
    void begin(std::function<void(TaskContext &)> work, std::function<void(bool)> deliver);
    void workFinished();

    QPointer<QProgressDialog> m_dialog;
    QFutureWatcher<void> m_watcher;
    std::function<void(bool cancelled)> m_deliver;
    bool m_cancelled = false;
};

} // namespace valuedesk
