#include "saatyscale.h"

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

// Tolerance for treating a typed decimal as a scale value: 0.333 vs 1/3 is 1e-3 relative.
constexpr double onScaleTolerance = 2e-3;

QString formatRatio(double x)
{
    // Up to 4 significant decimals, trailing zeros stripped ("2.5", not "2.5000").
    QString s = QString::number(x, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace

const std::array<double, SaatyScale::valueCount> &SaatyScale::values()
{
    static const std::array<double, valueCount> v = {
        1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 1.0,
        2.0,     3.0,     4.0,     5.0,     6.0,     7.0,     8.0,     9.0};
    return v;
}

bool SaatyScale::isOnScale(double x)
{
    if (!std::isfinite(x) || x <= 0)
        return false;
    const double s = snap(x);
    return std::abs(x - s) <= onScaleTolerance * s;
}

double SaatyScale::snap(double x)
{
    if (!std::isfinite(x) || x <= 0)
        return 1.0;
    double best = 1.0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (double v : values()) {
        const double d = std::abs(std::log(x / v));
        if (d < bestDistance) {
            bestDistance = d;
            best = v;
        }
    }
    return best;
}

QString SaatyScale::toFraction(double x)
{
    if (!std::isfinite(x) || x <= 0)
        return QStringLiteral("?");
    if (isOnScale(x)) {
        const double s = snap(x);
        if (s >= 1)
            return QString::number(qRound(s));
        return QStringLiteral("1/") + QString::number(qRound(1.0 / s));
    }
    if (x >= 1)
        return formatRatio(x);
    return QStringLiteral("1/") + formatRatio(1.0 / x);
}

QString SaatyScale::verbal(int intensity)
{
    switch (intensity) {
    case 1:
        return tr("equal importance");
    case 3:
        return tr("moderate importance");
    case 5:
        return tr("strong importance");
    case 7:
        return tr("very strong importance");
    case 9:
        return tr("extreme importance");
    case 2:
    case 4:
    case 6:
    case 8:
        return tr("between %1 and %2").arg(verbal(intensity - 1), verbal(intensity + 1));
    default:
        return {};
    }
}

} // namespace valuedesk
