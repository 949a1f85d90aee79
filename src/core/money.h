#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace valuedesk {

// Money is stored and summed as exact integers of 1/100 of the currency unit (fen / cents), so
// sums over a million rows never drift. Amounts with more than two decimals are rounded half away
// from zero when parsed.
using Cents = qint64;

constexpr Cents centsPerUnit = 100;

inline double centsToUnits(Cents c)
{
    return static_cast<double>(c) / static_cast<double>(centsPerUnit);
}

// "1234.5" style, always with two decimals and '.' as separator; for files and JSON.
QString formatCentsPlain(Cents c);

// 2^46 (about 7.0e13) units: below it neighbouring doubles are less than a cent apart, so a
// double tells every cent apart; from here on it no longer does.
constexpr double maxExactMoneyUnits = 70368744177664.0;

// Units given as a double (a spreadsheet cell, a computed amount) to cents, rounded half away
// from zero on the shortest decimal that reads back as the same double — the number a
// spreadsheet shows — so 0.285 is 29 cents and −0.285 is −29 although the binary double is a
// hair below 0.285. nullopt for NaN, infinities and magnitudes of maxExactMoneyUnits or more.
std::optional<Cents> centsFromUnits(double units);

// a + b, or nullopt when the exact sum is outside the range of Cents (no wrap-around).
std::optional<Cents> checkedAdd(Cents a, Cents b);

} // namespace valuedesk
