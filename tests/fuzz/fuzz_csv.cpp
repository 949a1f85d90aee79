// CSV import: text decoding (BOM, UTF-8, UTF-16, uchardet, GB18030) and the CSV reader.
#include "csvreader.h"
#include "textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace valuedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The first byte picks the encoding the user could have chosen.
    const TextEncoding encoding =
        size == 0 ? TextEncoding::Auto : static_cast<TextEncoding>(data[0] % 3);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, encoding);
    if (!decoded)
        return 0;
    CsvOptions options;
    options.separator = CsvReader::detectSeparator(decoded->text);
    const Result<TableData> table = CsvReader::readTable(decoded->text, options, 50);
    if (table) {
        int rows = 0;
        (void)CsvReader::parse(decoded->text, options, [&](const QStringList &fields, int line) {
            rows += static_cast<int>(fields.size() > 0) + (line > 0 ? 0 : 1);
            return true;
        });
    }
    return 0;
}
