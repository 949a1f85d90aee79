#pragma once

// Shared by the offscreen GUI tests: a demo customer file on disk and typing into widgets.

#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "portfoliowriter.h"

#include "result.h"

#include <QString>
#include <QtTest>

#include <functional>

class QWidget;

namespace valuedesk::test {

// createDemoFile, closed again; a QVERIFY failure (check QTest::currentTestFailed()) when it
// could not be written.
void writeDemoFile(const QString &path, int customers, quint32 seed = 3);

// Types text the way an input method commits it: QTest::keyClicks is ASCII-only.
void typeText(QWidget *widget, const QString &text);

// How asynchronous work of a workspace ended (its `done` callback).
using Done = std::function<void(const Status &)>;

// Starts asynchronous work (evaluate, classify, fit …) with a `done` callback and runs the event
// loop until it has been called; an error if it was not within `timeoutMs`.
Status finished(const std::function<void(const Done &)> &start, int timeoutMs = 120000);

// The same for work whose `done` says only whether it succeeded.
bool finishedOk(const std::function<void(const std::function<void(bool)> &)> &start,
                int timeoutMs = 120000);

} // namespace valuedesk::test
