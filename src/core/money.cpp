#include "money.h"

#include "valueparsers.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace valuedesk {

QString formatCentsPlain(Cents c)
{
    const bool negative = c < 0;
    const quint64 magnitude =
        negative ? static_cast<quint64>(-(c + 1)) + 1 : static_cast<quint64>(c);
    const quint64 units = magnitude / centsPerUnit;
    const quint64 fraction = magnitude % centsPerUnit;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(units) +
           QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
}

std::optional<Cents> centsFromUnits(double units)
{
    if (!std::isfinite(units) || std::abs(units) >= maxExactMoneyUnits)
        return std::nullopt;
    // 'f' with the shortest round-trip precision: plain digits, no exponent.
    return parseMoney(QString::number(units, 'f', QLocale::FloatingPointShortest));
}

std::optional<Cents> checkedAdd(Cents a, Cents b)
{
    constexpr Cents max = std::numeric_limits<Cents>::max();
    constexpr Cents min = std::numeric_limits<Cents>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b))
        return std::nullopt;
    return a + b;
}

} // namespace valuedesk
