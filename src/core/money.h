#pragma once

#include <QString>
#include <QtGlobal>

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

} // namespace valuedesk
