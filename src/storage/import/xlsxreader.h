#pragma once

#include "result.h"
#include "tabledata.h"
#include "xlsxlimits.h"

#include <QString>
#include <QStringList>

namespace valuedesk {

// A small .xlsx reader on libminizip + QXmlStreamReader (Debian 12 packages no C++ xlsx reader;
// QuaZip must not be linked as it breaks libxlsxwriter). Follows workbook.xml and its _rels to
// the sheet, reads shared strings (with rich-text runs), inline strings, numbers, booleans,
// formula results, and dates: a numeric cell whose style's number format is a date format
// (built-in ids 14-22, 45-47 and custom formats with y/m/d/h/s outside quotes and brackets) becomes
// "yyyy-MM-dd" (or "yyyy-MM-dd HH:mm:ss" when it has a time part), using the 1900 date system (and
// 1904 when workbookPr says date1904). Other numbers are written without exponent or trailing zeros
// ("1234.5", "42"). Booleans are "TRUE"/"FALSE". Gaps between cells are filled with empty strings.
// A workbook beyond `limits` (unpacked part sizes, columns, rows, cells, characters in a cell) is
// refused with a message naming the part, sheet or cell; memory stays bounded by those limits.
class XlsxReader final
{
public:
    static Result<QStringList> sheetNames(const QString &path, const XlsxLimits &limits = {});
    // The named sheet, or the first sheet when sheetName is empty; first row is the header.
    static Result<TableData> readSheet(const QString &path, const QString &sheetName = {},
                                       int maxRows = -1, const XlsxLimits &limits = {});
};

} // namespace valuedesk
