#include "displayformat.h"

#include <cmath>

namespace valuedesk {

QString DisplayFormat::number(double value, int decimals) const
{
    return std::isfinite(value) ? m_locale.toString(value, 'f', decimals) : missing();
}

QString DisplayFormat::percent(double share, int decimals) const
{
    return std::isfinite(share) ? percentNumber(share, decimals) + QStringLiteral(" %") : missing();
}

QString DisplayFormat::percentOf(double part, double whole, int decimals) const
{
    return whole > 0 ? number(100.0 * part / whole, decimals) + QLatin1Char('%') : missing();
}

QString DisplayFormat::date(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : missing();
}

QString DisplayFormat::cell(const QVariant &value, ReportTable::ColumnType type) const
{
    if (!value.isValid())
        return missing();
    using Type = ReportTable::ColumnType;
    switch (type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
        return integer(value.toLongLong());
    case Type::Number:
        return m_locale.toString(value.toDouble(), 'g', 6);
    case Type::Money:
        return money(value.toDouble());
    case Type::Percent:
        return percent(value.toDouble());
    case Type::Date:
        return date(value.toDate());
    case Type::Score:
        return score(value.toDouble());
    }
    return value.toString();
}

} // namespace valuedesk
