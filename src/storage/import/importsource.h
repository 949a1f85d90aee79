#pragma once

#include "csvreader.h"
#include "result.h"
#include "tabledata.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace valuedesk {

struct ImportSourceOptions
{
    TextEncoding encoding = TextEncoding::Auto; // CSV only
    QChar separator;                            // CSV only; null = detect
    QString sheet;                              // xlsx only; empty = first sheet
};

// An input file opened for import: a CSV (decoded once, then streamed so a million rows never sit
// in memory as strings) or an .xlsx sheet (read as a table).
class ImportSource final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ImportSource)

public:
    enum class Format { Csv, Xlsx };

    // A CSV file is decoded whole (about three times its size in memory while decoding); larger
    // files are refused (README, "Limits on imported files").
    static constexpr qint64 MaxCsvFileBytes = qint64(1) << 30;
    // A physical line longer than this is refused while the file is read, before any decoding:
    // a file that is one huge line costs no more than this.
    static constexpr qint64 MaxCsvLineBytes = qint64(16) << 20;

    static Result<ImportSource> open(const QString &path, const ImportSourceOptions &options = {});

    Format format() const { return m_format; }
    const QString &path() const { return m_path; }
    const QStringList &headers() const { return m_headers; }
    QString encodingName() const { return m_encodingName; }    // CSV
    QChar separator() const { return m_csvOptions.separator; } // CSV
    QStringList sheetNames() const { return m_sheetNames; }    // xlsx
    QString sheet() const { return m_sheet; }                  // xlsx

    TableData preview(int maxRows) const;
    // Upper bound of data rows, for progress bars (CSV: line count; xlsx: exact).
    qint64 estimatedRowCount() const { return m_estimatedRows; }

    // Every data row (the header excluded) with its 1-based source line; the sink returns false
    // to stop (cancel). A CSV syntax error is returned as an Error naming its line.
    using RowSink = std::function<bool(const QStringList &fields, int line)>;
    Status forEachRow(const RowSink &sink) const;

private:
    Format m_format = Format::Csv;
    QString m_path;
    QStringList m_headers;
    QString m_text; // CSV: decoded content
    CsvOptions m_csvOptions;
    QString m_encodingName;
    TableData m_table; // xlsx
    QStringList m_sheetNames;
    QString m_sheet;
    qint64 m_estimatedRows = 0;
};

} // namespace valuedesk
