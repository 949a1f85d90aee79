#pragma once

#include <QString>

#include <optional>

namespace valuedesk {

// The time unit of a BG/NBD fit: frequency, recency, T and the horizon are counted in it.
// A month is 365.25 / 12 = 30.4375 days, so a fit is continuous in time whatever the unit.
enum class ClvTimeUnit { Day, Week, Month };

namespace ClvTime {

constexpr double daysPerMonth = 365.25 / 12.0;

double daysPerUnit(ClvTimeUnit unit);
QString id(ClvTimeUnit unit); // "day", "week", "month"
std::optional<ClvTimeUnit> parse(const QString &id);

} // namespace ClvTime

} // namespace valuedesk
