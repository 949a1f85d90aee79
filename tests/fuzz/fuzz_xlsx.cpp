// The .xlsx reader: minizip, the package relationships and the SpreadsheetML parts.
#include "fuzzfile.h"
#include "xlsxreader.h"

using namespace valuedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.xlsx"));
    // Limits well below the defaults keep each run fast and memory small; the code paths are the
    // same.
    XlsxLimits limits;
    limits.maxSheetPartBytes = 16 << 20;
    limits.maxPartBytes = 4 << 20;
    limits.maxCells = 1 << 20;
    (void)XlsxReader::sheetNames(path, limits);
    (void)XlsxReader::readSheet(path, {}, -1, limits);
    return 0;
}
