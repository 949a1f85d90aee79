#pragma once

#include "reporttable.h"
#include "result.h"

#include <QJsonDocument>
#include <QString>

namespace valuedesk::cli {

// Exit codes: 0 success; 1 error (bad file, bad argument); 2 input rejected (bad rows, nothing
// imported); 64 usage error.
enum ExitCode { Success = 0, Failure = 1, Rejected = 2, Usage = 64 };

void printOut(const QString &text);                   // stdout, UTF-8, adds a newline
void printErr(const QString &text);                   // stderr, UTF-8, adds a newline
int fail(const QString &message, int code = Failure); // "valuedesk-cli: <message>" on stderr
// The error's message; with VALUEDESK_DEBUG=1 in the environment also its technical detail, as
// "message (detail)".
int fail(const Error &error, int code = Failure);
// VALUEDESK_DEBUG=1 is set.
bool debugOutput();
void printJson(const QJsonDocument &document);
// A listing: with `json` an array of the rows' JSON objects, else tab-separated lines.
void printTable(const ReportTable &table, bool json);
// A number with full precision (15 significant digits), as the CSV files have it; empty when not
// finite.
QString numberText(double value);

} // namespace valuedesk::cli
