#include "clioutput.h"

#include "reportwriters.h"

#include <QtGlobal>

#include <cstdio>

namespace valuedesk::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

int fail(const QString &message, int code)
{
    // One line: tools parsing stderr rely on it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    printErr(QStringLiteral("valuedesk-cli: ") + line);
    return code;
}

bool debugOutput()
{
    return qEnvironmentVariableIntValue("VALUEDESK_DEBUG") == 1;
}

int fail(const Error &error, int code)
{
    // The detail (SQLite's text, the statement) means nothing to a user and can show their data.
    return fail(debugOutput() ? error.toString() : error.message(), code);
}

void printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printTable(const ReportTable &table, bool json)
{
    if (json) {
        printJson(QJsonDocument(ReportWriters::jsonRows(table)));
        return;
    }
    for (const QString &line : ReportWriters::tabSeparatedLines(table))
        printOut(line);
}

QString numberText(double value)
{
    return ReportWriters::machineText(ReportTable::number(value));
}

} // namespace valuedesk::cli
