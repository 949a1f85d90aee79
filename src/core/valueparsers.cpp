#include "valueparsers.h"

#include <QByteArray>
#include <QStringView>

#include <cmath>
#include <limits>
#include <string>

namespace valuedesk {

namespace {

// QChar::isDigit() also accepts Arabic-Indic and other script digits, which the arithmetic
// below cannot interpret.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// A small cursor so both grammars read as a sequence of tokens.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    qsizetype pos() const { return m_pos; }

    bool accept(QChar c)
    {
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    bool acceptWord(QLatin1String word)
    {
        if (!m_text.mid(m_pos).startsWith(word, Qt::CaseInsensitive))
            return false;
        m_pos += word.size();
        return true;
    }

    // The maximal run of ASCII digits from here (possibly empty).
    QStringView digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isAsciiDigit(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    void skipSpaces()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

int toInt(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Accepts 1 or 2 digits: months and days are written both padded and unpadded.
bool readSmall(Scanner &s, int &value)
{
    const QStringView d = s.digits();
    if (d.isEmpty() || d.size() > 2)
        return false;
    value = toInt(d);
    return true;
}

bool readTwoDigits(Scanner &s, int &value)
{
    const QStringView d = s.digits();
    if (d.size() != 2)
        return false;
    value = toInt(d);
    return true;
}

// The time is dropped, but it must still look like a time so that "2024-05-25 junk" is rejected.
bool readIsoTime(Scanner &s)
{
    int hour = 0;
    int minute = 0;
    if (!readSmall(s, hour) || hour > 23 || !s.accept(QLatin1Char(':')) ||
        !readTwoDigits(s, minute) || minute > 59)
        return false;
    if (s.accept(QLatin1Char(':'))) {
        int second = 0;
        if (!readTwoDigits(s, second) || second > 60) // 60: leap second
            return false;
        if (s.accept(QLatin1Char('.')) || s.accept(QLatin1Char(','))) {
            if (s.digits().isEmpty())
                return false;
        }
    }
    if (s.accept(QLatin1Char('Z')))
        return s.atEnd();
    if (s.accept(QLatin1Char('+')) || s.accept(QLatin1Char('-'))) {
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (!readTwoDigits(s, offsetHours) || offsetHours > 14)
            return false;
        if (s.atEnd())
            return true;
        s.accept(QLatin1Char(':'));
        if (!readTwoDigits(s, offsetMinutes) || offsetMinutes > 59)
            return false;
    }
    return s.atEnd();
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// The decimal digits of a number plus what surrounds them, before any arithmetic.
struct DecimalText
{
    bool negative = false;
    std::string intDigits;
    std::string fracDigits;
    int powerOfTen = 0; // 4 for 万, 8 for 亿, -2 for %
};

bool acceptCurrencyPrefix(Scanner &s)
{
    return s.accept(QChar(0x00A5)) /* ¥ */ || s.accept(QChar(0xFFE5)) /* ￥ */
           || s.accept(QLatin1Char('$')) || s.acceptWord(QLatin1String("RMB")) ||
           s.acceptWord(QLatin1String("CNY"));
}

bool acceptCurrencySuffix(Scanner &s)
{
    return s.accept(QChar(0x5143)) /* 元 */ || s.acceptWord(QLatin1String("RMB")) ||
           s.acceptWord(QLatin1String("CNY"));
}

bool isGroupSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QChar(0xFF0C); // ，
}

void appendDigits(std::string &out, QStringView digits)
{
    for (QChar c : digits)
        out.push_back(static_cast<char>(c.unicode()));
}

// Spaces are allowed between tokens ("¥ 1,234", "- 5", "12 %") but not inside the digits, so
// "12 34" counts as two numbers instead of silently becoming 1234.
std::optional<DecimalText> scanDecimal(const QString &text, bool allowPercent)
{
    Scanner s(text);
    DecimalText out;
    bool haveSign = false;
    bool haveCurrency = false;
    bool openParen = false;

    for (;;) {
        s.skipSpaces();
        if (!haveSign && (s.peek() == QLatin1Char('+') || s.peek() == QLatin1Char('-'))) {
            out.negative = s.peek() == QLatin1Char('-');
            s.accept(s.peek());
            haveSign = true;
        } else if (!openParen && (s.accept(QLatin1Char('(')) || s.accept(QChar(0xFF08)))) {
            openParen = true;
        } else if (!haveCurrency && acceptCurrencyPrefix(s)) {
            haveCurrency = true;
        } else {
            break;
        }
    }
    if (haveSign && openParen)
        return std::nullopt;

    const QStringView lead = s.digits();
    bool grouped = false;
    appendDigits(out.intDigits, lead);
    while (!lead.isEmpty() && isGroupSeparator(s.peek())) {
        s.accept(s.peek());
        const QStringView group = s.digits();
        if (group.size() != 3)
            return std::nullopt;
        appendDigits(out.intDigits, group);
        grouped = true;
    }
    if (grouped && lead.size() > 3)
        return std::nullopt;
    if (s.accept(QLatin1Char('.')))
        appendDigits(out.fracDigits, s.digits());
    if (out.intDigits.empty() && out.fracDigits.empty())
        return std::nullopt;

    s.skipSpaces();
    if (s.accept(QChar(0x4E07))) // 万
        out.powerOfTen = 4;
    else if (s.accept(QChar(0x4EBF))) // 亿
        out.powerOfTen = 8;

    bool percent = false;
    bool closeParen = false;
    for (;;) {
        s.skipSpaces();
        if (!haveCurrency && acceptCurrencySuffix(s)) {
            haveCurrency = true;
        } else if (allowPercent && !percent &&
                   (s.accept(QLatin1Char('%')) || s.accept(QChar(0xFF05)))) {
            percent = true;
        } else if (openParen && !closeParen &&
                   (s.accept(QLatin1Char(')')) || s.accept(QChar(0xFF09)))) {
            closeParen = true;
        } else {
            break;
        }
    }
    if (!s.atEnd() || openParen != closeParen)
        return std::nullopt;
    if (percent) {
        // "5万%" or "¥12%" mean nothing a spreadsheet would produce.
        if (haveCurrency || out.powerOfTen != 0)
            return std::nullopt;
        out.powerOfTen = -2;
    }
    if (openParen)
        out.negative = true;
    return out;
}

} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    Scanner s(trimmed);
    const QStringView first = s.digits();

    if (first.size() == 8 && s.atEnd())
        return makeDate(toInt(first.mid(0, 4)), toInt(first.mid(4, 2)), toInt(first.mid(6, 2)));

    int month = 0;
    int day = 0;
    if (first.size() == 4) {
        const int year = toInt(first);
        if (s.accept(QChar(0x5E74))) {                                                  // 年
            if (!readSmall(s, month) || !s.accept(QChar(0x6708)) || !readSmall(s, day)) // 月
                return std::nullopt;
            s.accept(QChar(0x65E5)); // 日
            return s.atEnd() ? makeDate(year, month, day) : std::nullopt;
        }
        const QChar sep = s.peek();
        if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
            return std::nullopt;
        s.accept(sep);
        if (!readSmall(s, month) || !s.accept(sep) || !readSmall(s, day))
            return std::nullopt;
        if (!s.atEnd()) {
            // Excel on Chinese Windows writes "2024/5/25 10:00"; only ISO dates take a 'T'.
            if (sep == QLatin1Char('.'))
                return std::nullopt;
            if (sep != QLatin1Char('-') || !s.accept(QLatin1Char('T'))) {
                if (!s.peek().isSpace())
                    return std::nullopt;
                s.skipSpaces();
            }
            if (!readIsoTime(s))
                return std::nullopt;
        }
        return makeDate(year, month, day);
    }

    // Day first only with '.', the European habit; 05/06/2024 stays ambiguous and is rejected.
    if (first.size() >= 1 && first.size() <= 2 && s.accept(QLatin1Char('.'))) {
        day = toInt(first);
        if (!readSmall(s, month) || !s.accept(QLatin1Char('.')))
            return std::nullopt;
        const QStringView year = s.digits();
        if (year.size() != 4 || !s.atEnd())
            return std::nullopt;
        return makeDate(toInt(year), month, day);
    }
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text)
{
    const std::optional<DecimalText> parts = scanDecimal(text, true);
    if (!parts)
        return std::nullopt;

    // Letting the C-locale conversion apply the power of ten keeps "12%" == 0.12 correctly
    // rounded instead of 12 / 100.0 computed in two roundings.
    QByteArray literal;
    literal.reserve(static_cast<qsizetype>(parts->intDigits.size() + parts->fracDigits.size()) + 8);
    if (parts->negative)
        literal += '-';
    literal +=
        parts->intDigits.empty() ? QByteArray("0") : QByteArray::fromStdString(parts->intDigits);
    if (!parts->fracDigits.empty()) {
        literal += '.';
        literal += QByteArray::fromStdString(parts->fracDigits);
    }
    if (parts->powerOfTen != 0) {
        literal += 'e';
        literal += QByteArray::number(parts->powerOfTen);
    }
    bool ok = false;
    const double value = literal.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value == 0.0 ? 0.0 : value; // no -0 for "-0"
}

std::optional<Cents> parseMoney(const QString &text)
{
    const std::optional<DecimalText> parts = scanDecimal(text, false);
    if (!parts)
        return std::nullopt;

    // All digits as one integer, with the decimal point moved right by 2 (cents) plus the power
    // of ten; digits past the point only decide the rounding.
    const std::string digits = parts->intDigits + parts->fracDigits;
    const std::size_t pointAt =
        parts->intDigits.size() + 2 + static_cast<std::size_t>(parts->powerOfTen);
    constexpr qint64 maxCents = std::numeric_limits<qint64>::max();

    qint64 magnitude = 0;
    const auto pushDigit = [&magnitude](int digit) {
        if (magnitude > (maxCents - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
        return true;
    };
    for (std::size_t i = 0; i < pointAt; ++i) {
        const int digit = i < digits.size() ? digits[i] - '0' : 0;
        if (!pushDigit(digit))
            return std::nullopt;
    }
    if (pointAt < digits.size() && digits[pointAt] >= '5') {
        if (magnitude == maxCents)
            return std::nullopt;
        ++magnitude; // half away from zero: the sign is applied afterwards
    }
    return parts->negative ? -magnitude : magnitude;
}

} // namespace valuedesk
