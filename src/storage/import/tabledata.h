#pragma once

#include <QStringList>
#include <QVector>

namespace valuedesk {

// A rectangular-ish table read from a CSV or a spreadsheet: the header row and the data rows as
// text. Rows may be shorter than the header (missing trailing cells). sourceLines[i] is the
// 1-based line (CSV: physical line where the record starts) or row number (xlsx) of rows[i], so
// error reports can name it.
struct TableData
{
    QStringList headers;
    QVector<QStringList> rows;
    QVector<int> sourceLines;
};

} // namespace valuedesk
