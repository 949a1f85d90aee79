#pragma once

// Runs the built valuedesk-cli binary and keeps what it printed (the path is compiled into
// clitestutil.cpp).

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>
#include <QtTest>

namespace valuedesk::test {

// Exit codes documented in src/cli/clioutput.h.
inline constexpr int exitSuccess = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitRejected = 2;
inline constexpr int exitUsage = 64;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;

    QString stdOut() const;
    QStringList errLines() const;
    QJsonDocument json() const;
    QString describe() const;
};

// Runs valuedesk-cli with `arguments`; `environment` adds NAME=value entries to the inherited
// environment.
Run cli(const QStringList &arguments, const QStringList &environment = {});

} // namespace valuedesk::test

// QVERIFY for a Run (evaluated once): it finished normally with the expected exit code.
#define VD_EXPECT_EXIT(expression, code)                                                           \
    do {                                                                                           \
        const valuedesk::test::Run &vdRun = (expression);                                          \
        QVERIFY2(vdRun.finished &&vdRun.exitCode == (code), qPrintable(vdRun.describe()));         \
    } while (false)
