#include "apptestutil.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

#include <memory>
#include <optional>

namespace valuedesk::test {

void writeDemoFile(const QString &path, int customers, quint32 seed)
{
    QString error;
    QVERIFY2(createDemoFile(path, customers, seed, &error) != nullptr, qPrintable(error));
}

void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

Status finished(const std::function<void(const Done &)> &start, int timeoutMs)
{
    auto outcome = std::make_shared<std::optional<Status>>();
    start([outcome](const Status &status) { *outcome = status; });
    if (!QTest::qWaitFor([&outcome]() { return outcome->has_value(); }, timeoutMs))
        return Error(QStringLiteral("the work did not finish in time"));
    return **outcome;
}

bool finishedOk(const std::function<void(const std::function<void(bool)> &)> &start, int timeoutMs)
{
    auto outcome = std::make_shared<std::optional<bool>>();
    start([outcome](bool ok) { *outcome = ok; });
    return QTest::qWaitFor([&outcome]() { return outcome->has_value(); }, timeoutMs) && **outcome;
}

} // namespace valuedesk::test
