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

} // namespace valuedesk::ClvTime
