#include "clvtimeunit.h"

namespace valuedesk::ClvTime {

double daysPerUnit(ClvTimeUnit unit)
{
    switch (unit) {
    case ClvTimeUnit::Day:
        return 1.0;
    case ClvTimeUnit::Week:
        return 7.0;
    case ClvTimeUnit::Month:
        return daysPerMonth;
    }
    return 1.0;
}

QString id(ClvTimeUnit unit)
{
    switch (unit) {
    case ClvTimeUnit::Day:
        return QStringLiteral("day");
    case ClvTimeUnit::Week:
        return QStringLiteral("week");
    case ClvTimeUnit::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<ClvTimeUnit> parse(const QString &id)
{
    for (ClvTimeUnit unit : {ClvTimeUnit::Day, ClvTimeUnit::Week, ClvTimeUnit::Month})
        if (ClvTime::id(unit) == id)
            return unit;
    return std::nullopt;
}

double unitsPerMonth(ClvTimeUnit unit, ClvConvention convention)
{
    if (convention == ClvConvention::Lifetimes) {
        // lifetimes' customer_lifetime_value: factor = {"W": 4.345, "M": 1.0, "D": 30}[freq].
        switch (unit) {
        case ClvTimeUnit::Day:
            return 30.0;
        case ClvTimeUnit::Week:
            return 4.345;
        case ClvTimeUnit::Month:
            return 1.0;
        }
    }
    return daysPerMonth / daysPerUnit(unit);
}

double defaultHorizon(ClvTimeUnit unit, ClvConvention convention)
{
    if (convention == ClvConvention::Lifetimes)
        return 12 * unitsPerMonth(unit, convention);
    switch (unit) {
    case ClvTimeUnit::Day:
        return 365;
    case ClvTimeUnit::Week:
        return 52;
    case ClvTimeUnit::Month:
        return 12;
    }
    return 52;
}

QString conventionId(ClvConvention convention)
{
    return convention == ClvConvention::Lifetimes ? QStringLiteral("lifetimes")
                                                  : QStringLiteral("valuedesk");
}

std::optional<ClvConvention> parseConvention(const QString &id)
{
    for (ClvConvention c : {ClvConvention::ValueDesk, ClvConvention::Lifetimes})
        if (conventionId(c) == id)
            return c;
    return std::nullopt;
}

} // namespace valuedesk::ClvTime
