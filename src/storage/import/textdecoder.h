#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace valuedesk {

enum class TextEncoding { Auto, Utf8, Gb18030 };

struct DecodedText
{
    QString text;
    QString encodingName; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "GB18030"
};

// Decodes a CSV file's bytes. Auto: BOM -> UTF-16 without BOM (NUL bytes at alternating
// positions) -> strict UTF-8 -> uchardet -> GB18030 fallback
// (uchardet alone says nothing on short GBK samples). GBK is decoded as GB18030, its superset.
// An explicit encoding that does not decode cleanly is an error naming the first bad byte offset.
class TextDecoder final
{
public:
    static Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding);
    static Result<TextEncoding> parseEncodingName(const QString &name); // auto|utf-8|gbk|gb18030
};

} // namespace valuedesk
