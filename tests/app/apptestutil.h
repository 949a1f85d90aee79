#pragma once

#include "database.h"
#include "demogenerator.h"
#include "portfoliowriter.h"

#include <QString>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace valuedesk::test {

// Writes a demo portfolio of `customers` customers to `path`.
inline void writeDemoFile(const QString &path, int customers, quint32 seed = 3)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    PortfolioWriter writer((*db)->connection());
    QVERIFY(writer.begin().ok());
    DemoParams params;
    params.customers = customers;
    params.seed = seed;
    bool ok = true;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        ok = writer.add(set).ok();
        return ok;
    });
    QVERIFY(ok);
    QVERIFY(writer.commit().ok());
}

// How asynchronous work of a workspace ended (its `done` callback).
using Done = std::function<void(const Status &)>;

// Starts asynchronous work (evaluate, classify, fit …) with a `done` callback and runs the event
// loop until it has been called; an error if it was not within `timeoutMs`.
inline Status finished(const std::function<void(const Done &)> &start, int timeoutMs = 120000)
{
    auto outcome = std::make_shared<std::optional<Status>>();
    start([outcome](const Status &status) { *outcome = status; });
    if (!QTest::qWaitFor([&outcome]() { return outcome->has_value(); }, timeoutMs))
        return Error(QStringLiteral("the work did not finish in time"));
    return **outcome;
}

// The same for work whose `done` says only whether it succeeded.
inline bool finishedOk(const std::function<void(const std::function<void(bool)> &)> &start,
                       int timeoutMs = 120000)
{
    auto outcome = std::make_shared<std::optional<bool>>();
    start([outcome](bool ok) { *outcome = ok; });
    return QTest::qWaitFor([&outcome]() { return outcome->has_value(); }, timeoutMs) && **outcome;
}

// Types text the way an input method commits it: QTest::keyClicks is ASCII-only.
inline void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace valuedesk::test
