#pragma once

#include "money.h"

#include <QString>

#include <limits>

namespace valuedesk {

// The largest amount one record (a transaction's amount or cost, a balance) may hold:
// ±10 000 000 000.00 currency units, i.e. ±10^12 cents. Every entry point refuses more (import
// validation, RecordRepository), so any sum of up to 9 223 372 rows — a whole file of millions of
// transactions, not just one customer's — fits in qint64 cents even when every row is at the
// limit, and one customer's sums stay exact in a double up to 9 007 rows at the limit. Sums are
// still added with addCents(): a file written by another program can hold anything.
constexpr Cents maxRecordCents = Q_INT64_C(1000000000000);

constexpr bool isRecordAmount(Cents cents)
{
    return cents >= -maxRecordCents && cents <= maxRecordCents;
}

// The limit as users read it in messages, without the decimals: "10,000,000,000".
inline QString maxRecordAmountText()
{
    return QStringLiteral("10,000,000,000");
}

// sum += value; false, leaving sum unchanged, when the result would not fit in qint64.
inline bool addCents(Cents &sum, Cents value)
{
#if defined(__GNUC__) || defined(__clang__)
    Cents result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
#else
    if ((value > 0 && sum > std::numeric_limits<Cents>::max() - value) ||
        (value < 0 && sum < std::numeric_limits<Cents>::min() - value))
        return false;
    sum += value;
    return true;
#endif
}

// a − b; false, leaving difference unchanged, when the result would not fit in qint64.
inline bool subtractCents(Cents a, Cents b, Cents &difference)
{
#if defined(__GNUC__) || defined(__clang__)
    return !__builtin_sub_overflow(a, b, &difference);
#else
    if ((b < 0 && a > std::numeric_limits<Cents>::max() + b) ||
        (b > 0 && a < std::numeric_limits<Cents>::min() + b))
        return false;
    difference = a - b;
    return true;
#endif
}

// a − b in cents as a double: exact (as the qint64 difference) whenever that fits, which it
// always does for sums of amounts within the limit; else computed in double, never wrapped.
inline double centsDifference(Cents a, Cents b)
{
    Cents difference = 0;
    if (subtractCents(a, b, difference))
        return static_cast<double>(difference);
    return static_cast<double>(a) - static_cast<double>(b);
}

// a − b in currency units, as centsDifference.
inline double centsDifferenceToUnits(Cents a, Cents b)
{
    Cents difference = 0;
    if (subtractCents(a, b, difference))
        return centsToUnits(difference);
    return centsToUnits(a) - centsToUnits(b);
}

// A sum of `rows` amounts that each lie within ±maxRecordCents can be no larger than this: a
// stored total beyond it proves that the file holds amounts beyond the limit (or a total that
// wrapped around).
constexpr bool isPossibleSum(Cents sum, qint64 rows)
{
    if (rows <= 0)
        return sum == 0;
    // rows * maxRecordCents overflows only beyond 9.2 million rows, where every sum is possible.
    if (rows > std::numeric_limits<Cents>::max() / maxRecordCents)
        return true;
    return sum >= -rows * maxRecordCents && sum <= rows * maxRecordCents;
}

} // namespace valuedesk
