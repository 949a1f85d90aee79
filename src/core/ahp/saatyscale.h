#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace valuedesk {

// Saaty's fundamental scale (Saaty 1980, Table 1.1): 1..9 and the reciprocals 1/2..1/9, 17 values.
class SaatyScale final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpSaatyScale)

public:
    static constexpr int valueCount = 17;

    // Ascending: 1/9, 1/8, ..., 1/2, 1, 2, ..., 9.
    static const std::array<double, valueCount> &values();

    // True when x is one of the 17 values, with a relative tolerance that accepts 0.333333 for 1/3
    // as typed in a spreadsheet.
    static bool isOnScale(double x);

    // Nearest scale value in log space, because judgements are ratios: 2.9 snaps to 3 and 0.34 to
    // 1/3 symmetrically. Values outside [1/9, 9] clamp to the ends.
    static double snap(double x);

    // "5", "1/3", "1"; values off the scale (exact-ratio mode) as "2.5" or "1/2.5" so reciprocals
    // read the same way in both triangles.
    static QString toFraction(double x);

    // Verbal meaning of an integer intensity 1..9 ("equal", "moderate", ... importance).
    static QString verbal(int intensity);
};

} // namespace valuedesk
