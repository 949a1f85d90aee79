#pragma once

#include "result.h"
#include "tabledata.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <functional>

namespace valuedesk {

struct CsvOptions
{
    QChar separator = QChar(); // null: detect from the first lines (',' ';' or '\t')
    QChar quote = QLatin1Char('"');
};

// RFC 4180 CSV over already-decoded text: quoted fields may hold separators, doubled quotes and
// newlines (CRLF, LF or CR line ends). Blank lines are skipped. Whitespace around unquoted fields
// is kept (the importer trims); text after a closing quote before the separator is an error.
class CsvReader final
{
public:
    // Limits (README, "Limits on imported files"): a longer field or a record with more fields is
    // an error naming its line, so that one huge line cannot take unbounded memory.
    static constexpr int MaxFieldChars = 32767; // Excel's limit for a cell
    static constexpr int MaxFields = 16384;     // Excel's column count (A to XFD)

    // Guesses the separator from the first few records: the candidate (',' ';' '\t') that gives a
    // consistent field count > 1 outside quotes; ',' when nothing fits.
    static QChar detectSeparator(const QString &text);

    // Streams records to `sink` (fields, 1-based line where the record starts); returning false
    // from sink stops early (cancel). Errors (unterminated quote, stray text after a quote, a
    // field or record beyond the limits) name the line.
    using RecordSink = std::function<bool(const QStringList &fields, int line)>;
    static Status parse(const QString &text, const CsvOptions &options, const RecordSink &sink);

    // Whole table, first record as the header; maxRows limits data rows (preview), -1 = all.
    static Result<TableData> readTable(const QString &text, const CsvOptions &options,
                                       int maxRows = -1);
};

} // namespace valuedesk
