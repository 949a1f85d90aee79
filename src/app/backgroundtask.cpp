#include "backgroundtask.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>

namespace valuedesk {

namespace {

constexpr int progressSteps = 1000;

} // namespace

BackgroundTask::BackgroundTask(QWidget *parent, const QString &label)
    : QObject(parent),
      m_dialog(new QProgressDialog(
          label, QCoreApplication::translate("valuedesk::BackgroundTask", "Cancel"), 0,
          progressSteps, parent))
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick work finishes without a flashing dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_dialog,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundTask::workFinished);
    connect(m_dialog, &QProgressDialog::canceled, this, [this]() {
        m_cancelled = true;
        m_watcher.cancel();
    });
}

BackgroundTask::~BackgroundTask()
{
    cancelAndWait();
    delete m_dialog.data();
}

void BackgroundTask::begin(std::function<void(TaskContext &)> work,
                           std::function<void(bool)> deliver)
{
    m_deliver = std::move(deliver);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<void> &promise) {
        promise.setProgressRange(0, progressSteps);
        TaskContext context([&promise](qint64 done, qint64 total) {
            if (total > 0) {
                const double share =
                    std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
                promise.setProgressValue(static_cast<int>(share * progressSteps));
            }
            return !promise.isCanceled();
        });
        if (promise.isCanceled())
            context.cancel();
        work(context);
    }));
}

bool BackgroundTask::isRunning() const
{
    return m_deliver && !m_watcher.isFinished();
}

void BackgroundTask::cancelAndWait()
{
    m_deliver = nullptr;
    if (m_watcher.isFinished())
        return;
    m_cancelled = true;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BackgroundTask::workFinished()
{
    if (m_dialog)
        m_dialog->hide();
    if (auto deliver = std::exchange(m_deliver, nullptr))
        deliver(m_cancelled || m_watcher.isCanceled());
    emit finished();
    deleteLater();
}

Error BackgroundTask::cancelledError()
{
    return Error(
        QCoreApplication::translate("valuedesk::BackgroundTask", "The work was cancelled."), {},
        Error::Code::Cancelled);
}

} // namespace valuedesk
