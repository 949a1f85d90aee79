#include "xlsxvalues.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace valuedesk::xlsx {

bool parseXmlBool(QStringView value)
{
    return value == u"1" || value == u"true";
}

// Literal "_xHHHH_" text is itself escaped as _x005F_xHHHH_, so one pass is enough.
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(static_cast<char16_t>(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

DateKind dateKindOfFormatCode(const QString &code)
{
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            i = code.indexOf(QLatin1Char('"'), i + 1);
        } else if (c == QLatin1Char('[')) {
            i = code.indexOf(QLatin1Char(']'), i + 1);
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // escaped literal, padding or fill character
        } else if (c == QLatin1Char('y') || c == QLatin1Char('m') || c == QLatin1Char('d')) {
            date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        }
        if (i < 0)
            break; // unterminated quote or bracket
    }
    return time ? DateKind::DateTime : date ? DateKind::Date : DateKind::None;
}

DateKind dateKindOfBuiltin(int id)
{
    // 27-36 and 50-58 are the CJK-locale date and time formats (e.g. 31 = yyyy"年"m"月"d"日"),
    // which Chinese Excel stores by id without a numFmt element.
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
        id == 57 || id == 58)
        return DateKind::Date;
    if ((id >= 18 && id <= 22) || (id >= 45 && id <= 47) || (id >= 32 && id <= 35) || id == 55 ||
        id == 56)
        return DateKind::DateTime;
    return DateKind::None;
}

// Plain decimal notation rounded to 15 significant digits, the precision Excel displays, so that
// binary noise like 0.30000000000000004 reads as 0.3 and 1e15 is not written with an exponent.
QString formatNumber(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value == 0 ? QStringLiteral("0") : QString::number(value);
    const QString scientific = QString::number(std::fabs(value), 'e', 14); // d.dddddddddddddde±XX
    const qsizetype ePos = scientific.indexOf(QLatin1Char('e'));
    QString digits = scientific.left(1) + scientific.mid(2, ePos - 2);
    const int exponent = QStringView(scientific).mid(ePos + 1).toInt();
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    const int pointPos = exponent + 1; // digits before the decimal point
    QString out;
    if (pointPos <= 0)
        out = QStringLiteral("0.") + QString(-pointPos, QLatin1Char('0')) + digits;
    else if (pointPos >= digits.size())
        out = digits + QString(pointPos - digits.size(), QLatin1Char('0'));
    else
        out = digits.left(pointPos) + QLatin1Char('.') + digits.mid(pointPos);
    return value < 0 ? QLatin1Char('-') + out : out;
}

// Empty when the serial is outside the dates Excel can show, so the caller keeps the number.
QString formatSerialDate(double serial, DateKind kind, bool date1904)
{
    constexpr double MaxSerial = 2958466; // 10000-01-01
    if (!std::isfinite(serial) || serial < 0 || serial >= MaxSerial)
        return {};
    // Round to the second first, so 23:59:59.9999 from floating noise lands on the next day.
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const int seconds = static_cast<int>(totalSeconds % 86400);
    QString text;
    if (date1904) {
        text = QDate(1904, 1, 1).addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    } else if (days == 60) {
        // Lotus 1-2-3's phantom leap day, kept by Excel; show what Excel shows.
        text = QStringLiteral("1900-02-29");
    } else {
        // Serial 1 is 1900-01-01; past the phantom day every serial is one too high.
        const QDate base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        text = base.addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (kind == DateKind::DateTime)
        text +=
            QLatin1Char(' ') + QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    return text;
}

int columnOfRef(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    if (i == 0)
        return -1;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit())
            return -1;
    }
    return column - 1;
}

} // namespace valuedesk::xlsx
