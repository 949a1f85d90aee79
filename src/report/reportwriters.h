#pragma once

#include "reporttable.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace valuedesk {

// The machine formats of a ReportTable: full precision, independent of the locale, so that
// scripts and the golden tests read the same bytes everywhere.
class ReportWriters final
{
public:
    // A cell as CSV text: numbers with 15 significant digits, dates as ISO 8601, missing empty.
    static QString machineText(const QVariant &cell);
    // A cell as a JSON value: numbers as numbers, dates as ISO 8601 text, a QVariantList as an
    // array (JSON only), missing null.
    static QJsonValue jsonValue(const QVariant &cell);

    // The CSV columns (ids as the header row), one line per row.
    static QByteArray toCsv(const ReportTable &table);
    // RFC 4180 CSV in UTF-8 with a BOM, written atomically (CsvWriter).
    static Status writeCsv(const QString &path, const ReportTable &table);
    // The CSV columns as tab-separated lines (ids, then one line per row), unquoted: the CLI's
    // plain listings, for reading and for `cut`.
    static QStringList tabSeparatedLines(const ReportTable &table);
    // One JSON object per row with the JSON columns; grouped columns nest in an object.
    static QJsonArray jsonRows(const ReportTable &table);
};

} // namespace valuedesk
