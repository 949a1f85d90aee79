#include "clitestutil.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace valuedesk::test {

QString Run::stdOut() const
{
    return QString::fromUtf8(out);
}

QStringList Run::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonDocument Run::json() const
{
    return QJsonDocument::fromJson(out);
}

QString Run::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

Run cli(const QStringList &arguments, const QStringList &environment)
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
