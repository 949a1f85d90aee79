#pragma once

// Runs the built valuedesk-cli binary (VALUEDESK_CLI_PATH) and keeps what it printed.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
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

    QString stdOut() const { return QString::fromUtf8(out); }
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// `environment` adds NAME=value entries to the inherited environment.
inline Run cli(const QStringList &arguments, const QStringList &environment = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(VALUEDESK_CLI_PATH));
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.setArguments(arguments);
    process.start();
    Run run;
    run.finished = process.waitForStarted(30000) && process.waitForFinished(240000) &&
                   process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace valuedesk::test

// QVERIFY for a Run (evaluated once): it finished normally with the expected exit code.
#define VD_EXPECT_EXIT(expression, code)                                                           \
    do {                                                                                           \
        const valuedesk::test::Run &vdRun = (expression);                                          \
        QVERIFY2(vdRun.finished &&vdRun.exitCode == (code), qPrintable(vdRun.describe()));         \
    } while (false)
