#include "importsource.h"

#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace valuedesk {

namespace {

// Reads the whole file, refusing it as soon as one physical line gets longer than maxLineBytes.
// Line breaks are found as bytes (LF or CR), which is exact for UTF-8 and GB18030; in UTF-16 such
// a byte can also be half of another character, which only makes lines look shorter.
Result<QByteArray> readCsvBytes(QFile &file, qint64 maxLineBytes)
{
    QByteArray bytes;
    bytes.reserve(file.size());
    qint64 lineStart = 0;
    constexpr qint64 chunk = qint64(4) << 20;
    while (!file.atEnd()) {
        const QByteArray part = file.read(chunk);
        if (part.isEmpty() && file.error() != QFileDevice::NoError)
            return Error(ImportSource::tr("Cannot read \"%1\": %2")
                             .arg(QFileInfo(file.fileName()).fileName(), file.errorString()));
        const qint64 offset = bytes.size();
        bytes.append(part);
        qint64 longest = 0; // of the lines that end in this part, and of the one still open
        for (qint64 i = 0; i < part.size(); ++i) {
            if (part.at(i) == '\n' || part.at(i) == '\r') {
                longest = std::max(longest, offset + i - lineStart);
                lineStart = offset + i + 1;
            }
        }
        longest = std::max(longest, bytes.size() - lineStart);
        if (longest > maxLineBytes) {
            return Error(ImportSource::tr("\"%1\" has a line longer than %L2 MB, more than a CSV "
                                          "line may hold. Is it really a CSV file?")
                             .arg(QFileInfo(file.fileName()).fileName())
                             .arg(maxLineBytes >> 20));
        }
        if (part.isEmpty())
            break;
    }
    return bytes;
}

} // namespace

Result<ImportSource> ImportSource::open(const QString &path, const ImportSourceOptions &options)
{
    ImportSource source;
    source.m_path = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        source.m_format = Format::Xlsx;
        auto names = XlsxReader::sheetNames(path);
        if (!names)
            return names.error();
        source.m_sheetNames = *names;
        auto table = XlsxReader::readSheet(path, options.sheet);
        if (!table)
            return table.error();
        source.m_table = std::move(*table);
        source.m_headers = source.m_table.headers;
        source.m_sheet = options.sheet.isEmpty() && !source.m_sheetNames.isEmpty()
                             ? source.m_sheetNames.first()
                             : options.sheet;
        source.m_estimatedRows = source.m_table.rows.size();
    } else if (suffix == QLatin1String("xls")) {
        return Error(tr("\"%1\" is an old Excel 97-2003 workbook. Save it as .xlsx or CSV in Excel "
                        "and import that file.")
                         .arg(QFileInfo(path).fileName()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("Cannot open \"%1\": %2").arg(path, file.errorString()));
        if (file.size() > MaxCsvFileBytes) {
            return Error(tr("\"%1\" is too large to import: it has %L2 MB, and ValueDesk imports "
                            "CSV files of up to %L3 MB. Split it into smaller files and import "
                            "each.")
                             .arg(QFileInfo(path).fileName())
                             .arg((file.size() + (1 << 20) - 1) >> 20)
                             .arg(MaxCsvFileBytes >> 20),
                         QStringLiteral("%1: %2 bytes").arg(path).arg(file.size()));
        }
        Result<QByteArray> bytes = readCsvBytes(file, MaxCsvLineBytes);
        if (!bytes)
            return bytes.error();
        auto decoded = TextDecoder::decode(*bytes, options.encoding);
        if (!decoded) {
            return Error(tr("\"%1\" cannot be read as text: %2")
                             .arg(QFileInfo(path).fileName(), decoded.error().message()),
                         decoded.error().detail());
        }
        source.m_text = std::move(decoded->text);
        source.m_encodingName = decoded->encodingName;
        source.m_csvOptions.separator = options.separator.isNull()
                                            ? CsvReader::detectSeparator(source.m_text)
                                            : options.separator;
        auto head = CsvReader::readTable(source.m_text, source.m_csvOptions, 0);
        if (!head)
            return head.error();
        source.m_headers = head->headers;
        // Line ends minus the header line; quoted line breaks make this an upper bound.
        source.m_estimatedRows = std::max<qint64>(0, source.m_text.count(QLatin1Char('\n')) - 1);
    }
    if (source.m_headers.isEmpty())
        return Error(tr("\"%1\" has no header row.").arg(QFileInfo(path).fileName()));
    for (QString &h : source.m_headers)
        h = h.trimmed();
    return source;
}

TableData ImportSource::preview(int maxRows) const
{
    if (m_format == Format::Xlsx) {
        TableData t;
        t.headers = m_headers;
        const int n = std::min<int>(maxRows, m_table.rows.size());
        t.rows = m_table.rows.mid(0, n);
        t.sourceLines = m_table.sourceLines.mid(0, n);
        return t;
    }
    auto table = CsvReader::readTable(m_text, m_csvOptions, maxRows);
    if (!table)
        return TableData{m_headers, {}, {}};
    table->headers = m_headers;
    return *table;
}

Status ImportSource::forEachRow(const RowSink &sink) const
{
    if (m_format == Format::Xlsx) {
        for (int i = 0; i < m_table.rows.size(); ++i) {
            if (!sink(m_table.rows.at(i), m_table.sourceLines.at(i)))
                break;
        }
        return Status::success();
    }
    bool header = true;
    return CsvReader::parse(m_text, m_csvOptions, [&](const QStringList &fields, int line) {
        if (header) {
            header = false;
            return true;
        }
        return sink(fields, line);
    });
}

} // namespace valuedesk
