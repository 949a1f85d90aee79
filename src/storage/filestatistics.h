#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>

namespace valuedesk {

// Row counts and the date span of a customer file (the CLI's `info`, the status bar).
struct FileStatistics
{
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 transactions = 0;
    qint64 interactions = 0;
    qint64 surveys = 0;
    qint64 balances = 0;
    QDate firstDate; // earliest dated record of any kind; invalid when there is none
    QDate lastDate;

    static Result<FileStatistics> read(const QSqlDatabase &db);
};

} // namespace valuedesk
