#pragma once

#include "result.h"
#include "tabledata.h"
#include "xlsxlimits.h"
#include "xlsxvalues.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QXmlStreamReader;

namespace valuedesk::xlsx {

// What the cells of a sheet refer to: the shared strings and the styles' date formats.
struct CellContext
{
    QStringList sharedStrings;
    QVector<DateKind> styleDateKinds; // indexed by the cell's s attribute (cellXfs)
    bool date1904 = false;
};

// What parseSheet() needs to enforce the limits and name the sheet; limitError is set, and the
// reader stopped with raiseError(), when the sheet goes beyond one of them.
struct SheetScope
{
    QString fileName;
    QString sheetName;
    XlsxLimits limits;
    std::optional<Error> limitError;
};

// Fills table from <sheetData>; the first non-empty row is the header, and maxRows (-1: all) limits
// the data rows. Stops with raiseError() and scope.limitError when the sheet goes beyond
// scope.limits; other problems (a bad reference, an unknown shared string) are raiseError() only.
void parseSheet(QXmlStreamReader &xml, const CellContext &context, int maxRows, SheetScope &scope,
                TableData &table);

} // namespace valuedesk::xlsx
