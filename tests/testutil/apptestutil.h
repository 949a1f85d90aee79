#pragma once

// Shared by the offscreen GUI tests: a demo customer file on disk and typing into widgets.

#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "portfoliowriter.h"

#include <QString>
#include <QtTest>

class QWidget;

namespace valuedesk::test {

// createDemoFile, closed again; a QVERIFY failure (check QTest::currentTestFailed()) when it
// could not be written.
void writeDemoFile(const QString &path, int customers, quint32 seed = 3);

// Types text the way an input method commits it: QTest::keyClicks is ASCII-only.
void typeText(QWidget *widget, const QString &text);

} // namespace valuedesk::test
