#include "textdecoder.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>

namespace valuedesk {

namespace {

const QString utf8Name = QStringLiteral("UTF-8");
const QString gb18030Name = QStringLiteral("GB18030");

constexpr qsizetype noError = -1;

bool isContinuation(quint8 b)
{
    return b >= 0x80 && b <= 0xBF;
}

// QStringDecoder only says *that* something failed; users need to know *where* to look in the
// file, so the byte ranges of well-formed UTF-8 (Unicode table 3-7) are checked here.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const quint8 b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        quint8 secondMin = 0x80;
        quint8 secondMax = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                secondMin = 0xA0; // overlong
            else if (b == 0xED)
                secondMax = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                secondMin = 0x90; // overlong
            else if (b == 0xF4)
                secondMax = 0x8F; // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < secondMin || data[i + 1] > secondMax)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
        }
        i += length;
    }
    return noError;
}

// GB18030 structure: ASCII, two bytes [81-FE][40-7E,80-FE], or four bytes
// [81-FE][30-39][81-FE][30-39].
qsizetype firstInvalidGb18030(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype size = bytes.size();
    const auto inRange = [](quint8 b, quint8 lo, quint8 hi) {
        return b >= lo && b <= hi;
    };
    qsizetype i = 0;
    while (i < size) {
        const quint8 b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (!inRange(b, 0x81, 0xFE) || i + 1 >= size)
            return i;
        const quint8 b2 = data[i + 1];
        if (inRange(b2, 0x40, 0x7E) || inRange(b2, 0x80, 0xFE)) {
            i += 2;
            continue;
        }
        if (!inRange(b2, 0x30, 0x39) || i + 3 >= size || !inRange(data[i + 2], 0x81, 0xFE) ||
            !inRange(data[i + 3], 0x30, 0x39))
            return i;
        i += 4;
    }
    return noError;
}

// For failures the structural scan cannot see (e.g. unassigned four-byte GB18030 codes): the
// shortest prefix a stateful decoder rejects ends at the offending byte. Stateful, because a
// sequence cut at the prefix end then waits in the decoder state instead of counting as an error.
qsizetype firstDecoderError(QByteArrayView bytes, const char *encoding)
{
    qsizetype good = 0;
    qsizetype bad = bytes.size();
    while (bad - good > 1) {
        const qsizetype mid = good + (bad - good) / 2;
        QStringDecoder decoder(encoding);
        const QString ignored = decoder.decode(bytes.first(mid));
        if (decoder.hasError())
            bad = mid;
        else
            good = mid;
    }
    return bad - 1;
}

QString byteDetail(QByteArrayView bytes, qsizetype offset, qsizetype bomSize, const char *encoding)
{
    const int value = static_cast<quint8>(bytes.at(offset));
    return QStringLiteral("%1 decode error at byte offset %2 (0x%3)")
        .arg(QLatin1String(encoding))
        .arg(offset + bomSize)
        .arg(value, 2, 16, QLatin1Char('0'));
}

void stripBom(QString &text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
}

// bomSize keeps reported offsets relative to the file, not to the text after the BOM.
Result<DecodedText> decodeUtf8(QByteArrayView bytes, const QString &name, qsizetype bomSize = 0)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        qsizetype offset = firstInvalidUtf8(bytes);
        if (offset == noError)
            offset = firstDecoderError(bytes, "UTF-8");
        return Error(
            QCoreApplication::translate("valuedesk::TextDecoder",
                                        "The file is not valid UTF-8: invalid bytes at offset %1.")
                .arg(offset + bomSize),
            byteDetail(bytes, offset, bomSize, "UTF-8"));
    }
    stripBom(text);
    return DecodedText{text, name};
}

Result<DecodedText> decodeGb18030(QByteArrayView bytes, bool explicitChoice)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return Error(QCoreApplication::translate(
                         "valuedesk::TextDecoder",
                         "GB18030/GBK text cannot be decoded by this build of the application."),
                     QStringLiteral("QStringDecoder(\"GB18030\") is not available"));
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        qsizetype offset = firstInvalidGb18030(bytes);
        if (offset == noError)
            offset = firstDecoderError(bytes, "GB18030");
        const QString message =
            explicitChoice
                ? QCoreApplication::translate(
                      "valuedesk::TextDecoder",
                      "The file is not valid GB18030/GBK: invalid bytes at offset %1.")
                : QCoreApplication::translate(
                      "valuedesk::TextDecoder",
                      "The file's encoding was not recognised: it is neither UTF-8 nor GB18030/GBK "
                      "(invalid bytes at offset %1). Save it as UTF-8 and import it again.");
        return Error(message.arg(offset), byteDetail(bytes, offset, 0, "GB18030"));
    }
    stripBom(text);
    return DecodedText{text, gb18030Name};
}

enum class Bom { Present, Absent };

Result<DecodedText> decodeUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding,
                                const QString &name, Bom bom = Bom::Present)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    // Qt drops a dangling odd byte silently even in stateless mode.
    if (decoder.hasError() || bytes.size() % 2 != 0) {
        const QString message =
            bom == Bom::Present
                ? QCoreApplication::translate(
                      "valuedesk::TextDecoder",
                      "The file starts with a %1 byte order mark but is not valid %1.")
                : QCoreApplication::translate(
                      "valuedesk::TextDecoder",
                      "The file looks like %1 text without a byte order mark, but it is not valid "
                      "%1. Supported encodings: UTF-8, UTF-16 (with or without a byte order "
                      "mark) and GBK/GB18030; save the file as UTF-8 and import it again.");
        return Error(message.arg(name), QStringLiteral("%1 decode error").arg(name));
    }
    stripBom(text);
    return DecodedText{text, name};
}

enum class Utf16Guess { No, LittleEndian, BigEndian };

// UTF-16 without a byte order mark (some exports write it): text that is mostly ASCII or Latin
// has a NUL in every other byte, which UTF-8 decoding would accept as characters and the CSV
// reader would then see as one long header. Decided on a sample of the first 64 KB: at least
// 10 % of the code units (the ASCII separators, digits and line ends of a Chinese file) have a
// NUL byte on the same side, and the other side has at most a tenth as many.
Utf16Guess guessUtf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype sampleSize =
        std::min<qsizetype>(bytes.size(), qsizetype{64} * 1024) & ~qsizetype(1);
    if (sampleSize < 4)
        return Utf16Guess::No;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sampleSize; i += 2) {
        evenNuls += bytes[i] == 0 ? 1 : 0;
        oddNuls += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype units = sampleSize / 2;
    const auto oneSided = [units](qsizetype many, qsizetype few) {
        return many * 10 >= units && few * 10 <= many;
    };
    if (oneSided(oddNuls, evenNuls))
        return Utf16Guess::LittleEndian;
    if (oneSided(evenNuls, oddNuls))
        return Utf16Guess::BigEndian;
    return Utf16Guess::No;
}

// Only a sample: uchardet settles within a few kilobytes and large imports should not pay for a
// second full pass.
QByteArray detectCharset(QByteArrayView bytes)
{
    constexpr qsizetype sampleSize = qsizetype{1024} * 1024;
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), sampleSize));
    uchardet_t detector = uchardet_new();
    QByteArray charset;
    if (uchardet_handle_data(detector, sample.data(), static_cast<size_t>(sample.size())) == 0) {
        uchardet_data_end(detector);
        charset = QByteArray(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return charset.toUpper();
}

bool isGbFamily(const QByteArray &charset)
{
    return charset == "GB18030" || charset == "GBK" || charset == "GB2312" || charset == "EUC-CN" ||
           charset == "CP936";
}

// Multi-byte detectors in uchardet need real statistical evidence; Big5 or Shift_JIS bytes also
// happen to be well-formed GB18030, so uchardet's word decides for these.
bool isMultiByteCharset(const QByteArray &charset)
{
    return charset == "BIG5" || charset == "EUC-TW" || charset == "SHIFT_JIS" ||
           charset == "EUC-JP" || charset == "EUC-KR" || charset == "UHC" ||
           charset == "HZ-GB-2312" || charset.startsWith("ISO-2022-") ||
           charset.startsWith("UTF-") || charset.startsWith("X-ISO-10646-");
}

Result<DecodedText> decodeAuto(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(bytes.sliced(3), QStringLiteral("UTF-8 (BOM)"), 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes.sliced(2), QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes.sliced(2), QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    switch (guessUtf16WithoutBom(bytes)) {
    case Utf16Guess::LittleEndian:
        return decodeUtf16(bytes, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"),
                           Bom::Absent);
    case Utf16Guess::BigEndian:
        return decodeUtf16(bytes, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"),
                           Bom::Absent);
    case Utf16Guess::No:
        break;
    }

    // Strict UTF-8 first: valid UTF-8 that is not meant as UTF-8 is vanishingly rare, whereas
    // uchardet is unreliable on short samples.
    {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            stripBom(text);
            return DecodedText{text, utf8Name};
        }
    }

    const QByteArray charset = detectCharset(bytes);
    // "" (unsure) and "ASCII" (only the sample was ASCII) carry no information; GB18030 is the
    // likeliest legacy encoding of the spreadsheets this application imports. uchardet 0.0.7 also
    // names random single-byte code pages (ISO-8859-7, KOI8-R, WINDOWS-1252...) for short GBK
    // samples, and those decode any bytes without error, so they only win when the bytes are not
    // GB18030 at all (e.g. Latin-1 "Café,").
    if (!charset.isEmpty() && charset != "ASCII" && charset != "UTF-8" && !isGbFamily(charset)) {
        QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            if (!isMultiByteCharset(charset)) {
                Result<DecodedText> gb = decodeGb18030(bytes, false);
                if (gb.ok())
                    return gb;
            }
            QString text = decoder.decode(bytes);
            if (!decoder.hasError()) {
                stripBom(text);
                return DecodedText{text, QString::fromLatin1(charset)};
            }
        }
    }
    return decodeGb18030(bytes, false);
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, TextEncoding encoding)
{
    const QByteArrayView view(bytes);
    switch (encoding) {
    case TextEncoding::Auto:
        return decodeAuto(view);
    case TextEncoding::Utf8:
        if (view.startsWith("\xEF\xBB\xBF"))
            return decodeUtf8(view.sliced(3), QStringLiteral("UTF-8 (BOM)"), 3);
        return decodeUtf8(view, utf8Name);
    case TextEncoding::Gb18030:
        return decodeGb18030(view, true);
    }
    return Error(QCoreApplication::translate("valuedesk::TextDecoder", "Unknown text encoding."));
}

Result<TextEncoding> TextDecoder::parseEncodingName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("gbk") || key == QLatin1String("gb18030") ||
        key == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    return Error(QCoreApplication::translate(
                     "valuedesk::TextDecoder",
                     "Unknown encoding \"%1\". Accepted names: auto, utf-8 (utf8), gbk, gb18030, "
                     "gb2312.")
                     .arg(name));
}

} // namespace valuedesk
