#include "csvreader.h"

#include <QCoreApplication>

#include <array>

namespace valuedesk {

namespace {

constexpr char16_t lineFeed = u'\n';
constexpr char16_t carriageReturn = u'\r';

// Skips one line end (CRLF, LF or lone CR) at p, which must point at '\r' or '\n'.
inline const char16_t *skipLineEnd(const char16_t *p, const char16_t *end)
{
    if (*p == carriageReturn && p + 1 < end && p[1] == lineFeed)
        return p + 2;
    return p + 1;
}

Error fieldTooLongError(int line)
{
    return Error(QCoreApplication::translate("valuedesk::CsvReader",
                                             "Line %1: a field is longer than %L2 characters, the "
                                             "most a field may hold (as in Excel).")
                     .arg(line)
                     .arg(CsvReader::MaxFieldChars),
                 QStringLiteral("field longer than %1 characters on line %2")
                     .arg(CsvReader::MaxFieldChars)
                     .arg(line));
}

Error tooManyFieldsError(int line)
{
    return Error(QCoreApplication::translate("valuedesk::CsvReader",
                                             "Line %1: the record has more than %L2 fields, the "
                                             "most a record may have (as in Excel).")
                     .arg(line)
                     .arg(CsvReader::MaxFields),
                 QStringLiteral("more than %1 fields in the record starting on line %2")
                     .arg(CsvReader::MaxFields)
                     .arg(line));
}

} // namespace

QChar CsvReader::detectSeparator(const QString &text)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    constexpr int sampleRecords = 10;
    constexpr char16_t quote = u'"';

    // Per candidate: count in the first record, whether every sampled record has the same count,
    // and whether every record has at least one.
    std::array<int, 3> firstCount{};
    std::array<bool, 3> consistent{true, true, true};
    std::array<bool, 3> everywhere{true, true, true};
    int records = 0;

    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const auto *end = p + text.size();
    while (p < end && records < sampleRecords) {
        if (*p == lineFeed || *p == carriageReturn) {
            p = skipLineEnd(p, end); // blank line
            continue;
        }
        std::array<int, 3> counts{};
        bool inQuotes = false;
        while (p < end) {
            const char16_t c = *p;
            if (c == quote) {
                inQuotes = !inQuotes; // a doubled quote toggles twice, which is what it should do
            } else if (!inQuotes) {
                if (c == lineFeed || c == carriageReturn)
                    break;
                for (std::size_t k = 0; k < candidates.size(); ++k) {
                    if (c == candidates[k])
                        ++counts[k];
                }
            }
            ++p;
        }
        if (p < end)
            p = skipLineEnd(p, end);
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (records == 0)
                firstCount[k] = counts[k];
            else if (counts[k] != firstCount[k])
                consistent[k] = false;
            if (counts[k] == 0)
                everywhere[k] = false;
        }
        ++records;
    }

    // Best: the same count > 0 on every record. Next: present on every record (ragged rows are
    // common in exports). Within a tier the larger count wins, then the order ',' ';' '\t'.
    int best = -1;
    int bestTier = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (records == 0 || !everywhere[k])
            continue;
        const int tier = consistent[k] ? 2 : 1;
        if (best < 0 || tier > bestTier ||
            (tier == bestTier && firstCount[k] > firstCount[static_cast<std::size_t>(best)])) {
            best = static_cast<int>(k);
            bestTier = tier;
        }
    }
    return QChar(best < 0 ? u',' : candidates[static_cast<std::size_t>(best)]);
}

Status CsvReader::parse(const QString &text, const CsvOptions &options, const RecordSink &sink)
{
    const QChar separatorChar =
        options.separator.isNull() ? detectSeparator(text) : options.separator;
    const char16_t separator = separatorChar.unicode();
    const bool quoting = !options.quote.isNull();
    const char16_t quote = options.quote.unicode();
    if (separator == lineFeed || separator == carriageReturn || (quoting && separator == quote) ||
        (quoting && (quote == lineFeed || quote == carriageReturn))) {
        return Error(QCoreApplication::translate(
                         "valuedesk::CsvReader",
                         "The separator and quote characters must differ and not be line breaks."),
                     QStringLiteral("separator U+%1, quote U+%2")
                         .arg(static_cast<uint>(separator), 4, 16, QLatin1Char('0'))
                         .arg(static_cast<uint>(quote), 4, 16, QLatin1Char('0')));
    }

    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const auto *const end = p + text.size();
    const auto makeString = [](const char16_t *from, const char16_t *to) {
        return from == to ? QString() : QString(reinterpret_cast<const QChar *>(from), to - from);
    };

    int line = 1;
    QStringList fields;
    while (p < end) {
        if (*p == lineFeed || *p == carriageReturn) {
            p = skipLineEnd(p, end);
            ++line;
            continue;
        }
        const int recordLine = line;
        fields.clear();
        for (;;) {
            if (fields.size() >= MaxFields)
                return tooManyFieldsError(recordLine);
            if (quoting && p < end && *p == quote) {
                const int fieldLine = line;
                ++p;
                const char16_t *segment = p;
                QString unescaped; // only used once a doubled quote shows up
                for (;;) {
                    if (p == end) {
                        return Error(
                            QCoreApplication::translate("valuedesk::CsvReader",
                                                        "Line %1: a quoted field is not closed.")
                                .arg(fieldLine),
                            QStringLiteral("unterminated quote opened on line %1").arg(fieldLine));
                    }
                    const char16_t c = *p;
                    if (c == quote) {
                        if (p + 1 < end && p[1] == quote) {
                            if (unescaped.size() + (p + 1 - segment) > MaxFieldChars)
                                return fieldTooLongError(fieldLine);
                            unescaped.append(reinterpret_cast<const QChar *>(segment),
                                             p + 1 - segment);
                            p += 2;
                            segment = p;
                            continue;
                        }
                        break;
                    }
                    if (c == lineFeed || c == carriageReturn) {
                        p = skipLineEnd(p, end);
                        ++line;
                        continue;
                    }
                    ++p;
                }
                if (unescaped.size() + (p - segment) > MaxFieldChars)
                    return fieldTooLongError(fieldLine);
                if (unescaped.isEmpty()) {
                    fields.append(makeString(segment, p));
                } else {
                    unescaped.append(reinterpret_cast<const QChar *>(segment), p - segment);
                    fields.append(unescaped);
                }
                ++p; // closing quote
                if (p < end && *p != separator && *p != lineFeed && *p != carriageReturn) {
                    return Error(QCoreApplication::translate(
                                     "valuedesk::CsvReader",
                                     "Line %1: unexpected text after a closing quote.")
                                     .arg(line),
                                 QStringLiteral("character U+%1 after closing quote on line %2")
                                     .arg(static_cast<uint>(*p), 4, 16, QLatin1Char('0'))
                                     .arg(line));
                }
            } else {
                // A quote inside an unquoted field (5" disk) is kept as text, as spreadsheets do.
                const char16_t *start = p;
                while (p < end && *p != separator && *p != lineFeed && *p != carriageReturn)
                    ++p;
                if (p - start > MaxFieldChars)
                    return fieldTooLongError(line);
                fields.append(makeString(start, p));
            }
            if (p < end && *p == separator) {
                ++p; // a separator right before the line end still opens an (empty) field
                continue;
            }
            break;
        }
        if (p < end) {
            p = skipLineEnd(p, end);
            ++line;
        }
        if (!sink(fields, recordLine))
            break;
    }
    return Status::success();
}

Result<TableData> CsvReader::readTable(const QString &text, const CsvOptions &options, int maxRows)
{
    TableData table;
    bool haveHeader = false;
    const Status status = parse(text, options, [&](const QStringList &fields, int line) {
        if (!haveHeader) {
            table.headers = fields;
            // A BOM survives when the text was decoded by something other than TextDecoder.
            if (!table.headers.isEmpty() && table.headers.first().startsWith(QChar(0xFEFF)))
                table.headers.first().remove(0, 1);
            haveHeader = true;
            return maxRows != 0;
        }
        table.rows.append(fields);
        table.sourceLines.append(line);
        return maxRows < 0 || table.rows.size() < maxRows;
    });
    if (!status.ok())
        return status.error();
    if (!haveHeader)
        return Error(QCoreApplication::translate("valuedesk::CsvReader",
                                                 "The file is empty: there is no header row."));
    return table;
}

} // namespace valuedesk
