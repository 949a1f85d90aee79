#include "customernpv.h"

#include <algorithm>
#include <cmath>

namespace valuedesk {

const NpvParams &NpvParameterSet::forCustomer(const QString &customer, const QString &segment) const
{
    if (const auto it = byCustomer.constFind(customer); it != byCustomer.constEnd())
        return *it;
    if (const auto it = bySegment.constFind(segment);
        !segment.isEmpty() && it != bySegment.constEnd())
        return *it;
    return global;
}

namespace CustomerNpv {

QVector<double> yearlyVolumes(const CustomerPurchases &history, const QDate &asOf,
                              VolumeMeasure measure, int maxYears)
{
    if (history.days.isEmpty() || history.days.constFirst().date > asOf || maxYears < 1)
        return {};
    // Year k (1 = latest) covers the 365 days (asOf − 365k, asOf − 365(k − 1)].
    const qint64 firstAge = history.days.constFirst().date.daysTo(asOf);
    const int years = std::min<int>(maxYears, static_cast<int>(firstAge / 365) + 1);
    QVector<double> volumes(years, 0.0);
    for (const PurchaseDay &day : history.days) {
        const qint64 age = day.date.daysTo(asOf);
        if (age < 0)
            break;
        const auto k = static_cast<int>(age / 365);
        if (k < years)
            volumes[years - 1 - k] += measure == VolumeMeasure::Revenue ? day.amount : day.quantity;
    }
    return volumes;
}

QVector<double> projectVolumes(const QVector<double> &past, int years, VolumeProjection projection)
{
    QVector<double> out(std::max(0, years), 0.0);
    if (past.isEmpty())
        return out;
    const double n = static_cast<double>(past.size());
    double mean = 0;
    for (double v : past)
        mean += v;
    mean /= n;
    double slope = 0;
    if (projection == VolumeProjection::Trend && past.size() >= 2) {
        const double meanX = (n + 1) / 2; // past years at x = 1 … n
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < past.size(); ++k) {
            sxy += (k + 1 - meanX) * (past[k] - mean);
            sxx += (k + 1 - meanX) * (k + 1 - meanX);
        }
        slope = sxy / sxx;
    }
    const double meanX = (n + 1) / 2;
    for (int t = 1; t <= years; ++t)
        out[t - 1] = std::max(0.0, mean + slope * (n + t - meanX));
    return out;
}

double npv(const NpvParams &params, const QVector<double> &volumes)
{
    double value = -params.acquisitionCost;
    for (int t = 1; t <= params.years; ++t) {
        const double q = t - 1 < volumes.size() ? volumes[t - 1] : 0.0;
        value +=
            (params.unitMargin * q - params.retentionCost) / std::pow(1.0 + params.discountRate, t);
    }
    return value;
}

} // namespace CustomerNpv

} // namespace valuedesk
