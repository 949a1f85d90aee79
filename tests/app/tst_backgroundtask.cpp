#include "backgroundtask.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>
#include <QtTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace valuedesk;

class TstBackgroundTask final : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheGuiThread();
    void deliversErrors();
    void cancelAndWaitStopsTheWorker();
    void cancelButton();
    void parentOwnsTheTask();
};

// start() returns at once; `done` gets the work's result later, on the GUI thread, and the task
// deletes itself.
void TstBackgroundTask::deliversOnTheGuiThread()
{
    QWidget window;
    std::optional<Result<int>> outcome;
    QThread *doneThread = nullptr;
    QThread *workThread = nullptr;
    QPointer<BackgroundTask> task = BackgroundTask::start<int>(
        &window, QStringLiteral("Working…"),
        [&workThread](TaskContext &context) -> Result<int> {
            workThread = QThread::currentThread();
            context.report(1, 2);
            return 42;
        },
        [&](Result<int> result) {
            doneThread = QThread::currentThread();
            outcome = std::move(result);
        });
    QVERIFY(task);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(**outcome, 42);
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(workThread != QThread::currentThread());
    QTRY_VERIFY(task.isNull());
}

void TstBackgroundTask::deliversErrors()
{
    QWidget window;
    std::optional<Result<int>> outcome;
    BackgroundTask::start<int>(
        &window, QStringLiteral("Working…"),
        [](TaskContext &) -> Result<int> { return Error(QStringLiteral("broken")); },
        [&](Result<int> result) { outcome = std::move(result); });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!*outcome);
    QCOMPARE(outcome->error().message(), QStringLiteral("broken"));
    QCOMPARE(outcome->error().code(), Error::Code::General);
}

// Closing a file: the work is told to stop and waited for, and `done` is not called.
void TstBackgroundTask::cancelAndWaitStopsTheWorker()
{
    QWidget window;
    std::atomic<bool> started{false};
    std::atomic<bool> stopped{false};
    bool doneCalled = false;
    BackgroundTask *task = BackgroundTask::start<int>(
        &window, QStringLiteral("Working…"),
        [&](TaskContext &context) -> Result<int> {
            started = true;
            while (context.report(0, 1))
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            stopped = true;
            return Error(QStringLiteral("stopped"), {}, Error::Code::Cancelled);
        },
        [&](Result<int>) { doneCalled = true; });
    QTRY_VERIFY(started.load());
    QVERIFY(task->isRunning());
    task->cancelAndWait();
    QVERIFY(stopped.load());
    QVERIFY(!task->isRunning());
    QTest::qWait(50);
    QVERIFY(!doneCalled);
}

// The progress dialog's Cancel ends the run with an Error of code Cancelled.
void TstBackgroundTask::cancelButton()
{
    QWidget window;
    window.show();
    std::atomic<bool> started{false};
    std::optional<Result<int>> outcome;
    BackgroundTask::start<int>(
        &window, QStringLiteral("Working…"),
        [&](TaskContext &context) -> Result<int> {
            started = true;
            while (context.report(0, 1))
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return Error(QStringLiteral("stopped"));
        },
        [&](Result<int> result) { outcome = std::move(result); });
    QTRY_VERIFY(started.load());
    auto *dialog = window.findChild<QProgressDialog *>();
    QVERIFY(dialog);
    emit dialog->canceled(); // as its Cancel button does
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!*outcome);
    QCOMPARE(outcome->error().code(), Error::Code::Cancelled);
}

// A window closed while its task runs: the task goes with it, after its worker stopped.
void TstBackgroundTask::parentOwnsTheTask()
{
    std::atomic<bool> stopped{false};
    std::atomic<bool> started{false};
    bool doneCalled = false;
    {
        QWidget window;
        BackgroundTask::start<int>(
            &window, QStringLiteral("Working…"),
            [&](TaskContext &context) -> Result<int> {
                started = true;
                while (context.report(0, 1))
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                stopped = true;
                return 0;
            },
            [&](Result<int>) { doneCalled = true; });
        QTRY_VERIFY(started.load());
    }
    QVERIFY(stopped.load());
    QVERIFY(!doneCalled);
}

QTEST_MAIN(TstBackgroundTask)
#include "tst_backgroundtask.moc"
