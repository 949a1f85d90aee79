#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace valuedesk {

// Reports progress (done of total) and returns false to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// What a long-running pipeline (a service: evaluation, classification, CLV, import) gets from its
// caller besides its request: where to report progress and whether the user has cancelled. The
// GUI fills it from a progress dialog on a worker thread, the CLI from nothing (or a terminal
// line). Connections come separately, from a ConnectionFactory (storage), because core names no
// SQL; services take both.
//
// Thread-safe: report() runs on the worker, cancel() may come from any thread.
class TaskContext final
{
public:
    TaskContext() = default;
    explicit TaskContext(ProgressCallback progress) : m_progress(std::move(progress)) {}

    // Reports progress; false means stop (the callback said so or cancel() was called).
    bool report(qint64 done, qint64 total)
    {
        if (isCancelled())
            return false;
        if (m_progress && !m_progress(done, total)) {
            cancel();
            return false;
        }
        return true;
    }
    void cancel() { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }

    // For code that still takes a plain callback.
    ProgressCallback callback()
    {
        return [this](qint64 done, qint64 total) {
            return report(done, total);
        };
    }

private:
    ProgressCallback m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace valuedesk
