#include "backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace valuedesk {

namespace {

constexpr int progressSteps = 1000;

} // namespace

bool BackgroundTask::run(QWidget *parent, const QString &label,
                         const std::function<void(const ProgressCallback &progress)> &work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("valuedesk::BackgroundTask", "Cancel"),
                           0, progressSteps, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // quick work finishes without a flashing dialog
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    QFuture<void> future = QtConcurrent::run([&work](QPromise<void> &promise) {
        promise.setProgressRange(0, progressSteps);
        work([&promise](qint64 done, qint64 total) {
            if (total > 0) {
                const double share = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
                promise.setProgressValue(static_cast<int>(share * progressSteps));
            }
            return !promise.isCanceled();
        });
    });
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::progressValueChanged, &dialog,
                     &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &watcher,
                     [&future]() { future.cancel(); });
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    future.waitForFinished();
    return !future.isCanceled() && !dialog.wasCanceled();
}

} // namespace valuedesk
