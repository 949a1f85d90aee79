#pragma once

#include <QtGlobal>

namespace valuedesk {

// What XlsxReader accepts before it refuses a workbook (README, "Limits on imported files"). They
// keep a hostile or damaged file (a zip bomb, a cell in column XFD on every row) from taking
// unbounded memory: the table a sheet becomes is held in memory, with the empty cells between
// filled ones. Tests pass smaller limits.
struct XlsxLimits
{
    // Unpacked size of the sheet part, which is streamed.
    qint64 maxSheetPartBytes = qint64(512) << 20;
    // Unpacked size of every other part (workbook, relationships, styles, shared strings), which
    // is read whole.
    qint64 maxPartBytes = qint64(64) << 20;
    // Columns A to AMJ, as LibreOffice had for decades; far more than any customer file uses.
    int maxColumns = 1024;
    // Data rows; Excel's own sheet limit.
    int maxRows = 1048576;
    // Filled cells of the table.
    qint64 maxCells = qint64(16) << 20;
    // Empty cells between filled ones in a row, which the table stores too (about 24 bytes each):
    // this keeps memory following the cells present.
    qint64 maxEmptyCells = qint64(2) << 20;
    // Characters in one cell; Excel's own limit.
    int maxCellChars = 32767;
};

} // namespace valuedesk
