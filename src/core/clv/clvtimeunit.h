#pragma once

#include <QString>

#include <optional>

namespace valuedesk {

// The time unit of a BG/NBD fit: frequency, recency, T and the horizon are counted in it.
// A month is 365.25 / 12 = 30.4375 days, so a fit is continuous in time whatever the unit.
enum class ClvTimeUnit { Day, Week, Month };

// How the probabilistic CLV counts months and its default horizon (README "Customer lifetime
// value"):
//  - ValueDesk: a month is 365.25 / 12 = 30.4375 days in every unit; the default horizon is one
//    year: 365 days, 52 weeks or 12 months;
//  - Lifetimes: as lifetimes' customer_lifetime_value (lifetimes/utils.py, `freq` factors): a
//    month is 30 days when the unit is days, 4.345 weeks (30.415 days) when it is weeks and one
//    month when it is months; the default horizon is 12 such months.
// Either way the CLV sums monthly steps discounted by (1 + d)^k for the k-th month.
enum class ClvConvention { ValueDesk, Lifetimes };

namespace ClvTime {

constexpr double daysPerMonth = 365.25 / 12.0;

double daysPerUnit(ClvTimeUnit unit);
QString id(ClvTimeUnit unit); // "day", "week", "month"
std::optional<ClvTimeUnit> parse(const QString &id);

// One month of the convention, in the unit.
double unitsPerMonth(ClvTimeUnit unit, ClvConvention convention);
// The default CLV horizon of the convention, in the unit.
double defaultHorizon(ClvTimeUnit unit, ClvConvention convention);
QString conventionId(ClvConvention convention); // "valuedesk", "lifetimes"
std::optional<ClvConvention> parseConvention(const QString &id);

} // namespace ClvTime

} // namespace valuedesk
