#include "probabilisticclv.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace valuedesk {

double ProbabilisticClv::clv(const BgNbdParams &params, const CustomerSummary &c, ClvTimeUnit unit,
                             double expectedSpend, const ProbabilisticClvOptions &options)
{
    const double unitsPerMonth = ClvTime::unitsPerMonth(unit, options.convention);
    const double months = options.horizon / unitsPerMonth;
    const int steps = static_cast<int>(std::ceil(months - 1e-9));
    double value = 0;
    double previous = 0;
    for (int k = 1; k <= steps; ++k) {
        const double t = std::min(k * unitsPerMonth, options.horizon);
        const double purchases =
            BgNbdModel::expectedPurchases(params, t, c.frequency, c.recency, c.T);
        value +=
            (purchases - previous) / std::pow(1.0 + options.monthlyDiscountRate, t / unitsPerMonth);
        previous = purchases;
    }
    return value * expectedSpend * options.margin;
}

Result<ProbabilisticClvResult> ProbabilisticClv::run(const CalibrationData &data, ClvTimeUnit unit,
                                                     const ProbabilisticClvOptions &options)
{
    if (!(options.horizon > 0) || !std::isfinite(options.horizon))
        return Error(tr("The CLV horizon must be a positive length of time."));
    if (!(options.monthlyDiscountRate > -1) || !std::isfinite(options.monthlyDiscountRate))
        return Error(tr("The discount rate must be greater than −100 %."));
    ProbabilisticClvResult result;
    result.unit = unit;
    result.options = options;
    result.nonPurchaseDays = data.nonPurchaseDays;
    auto bgNbd = BgNbdModel::fit(data.customers);
    if (!bgNbd)
        return bgNbd.error();
    result.bgNbd = *bgNbd;
    const BgNbdParams &p = result.bgNbd.params;
    result.newCustomerPurchases = BgNbdModel::expectedPurchasesNewCustomer(p, options.horizon);

    auto gg = GammaGammaModel::fit(data.customers);
    if (gg)
        result.gammaGamma = *gg;
    else
        result.gammaGammaError = gg.error();
    // Spend for those the formula cannot serve (q ≤ 1): the mean repeat spend of the fit's data.
    double spendSum = 0;
    int spendCount = 0;
    for (const CustomerSummary &c : data.customers) {
        if (c.frequency > 0 && c.monetary > 0) {
            spendSum += c.monetary;
            ++spendCount;
        }
    }
    const double fallback = spendCount > 0 ? spendSum / spendCount : 0.0;

    constexpr double unknown = std::numeric_limits<double>::quiet_NaN();
    result.customers.reserve(data.customers.size());
    for (const CustomerSummary &c : data.customers) {
        CustomerClv row;
        row.summary = c;
        row.probabilityAlive = BgNbdModel::probabilityAlive(p, c.frequency, c.recency, c.T);
        row.expectedPurchases =
            BgNbdModel::expectedPurchases(p, options.horizon, c.frequency, c.recency, c.T);
        if (result.gammaGamma) {
            row.expectedSpend = GammaGammaModel::expectedAverageSpend(
                result.gammaGamma->params, c.frequency, c.monetary, fallback);
            row.clv = clv(p, c, unit, row.expectedSpend, options);
        } else {
            row.expectedSpend = unknown;
            row.clv = unknown;
        }
        result.customers.append(row);
    }
    return result;
}

QVector<HoldoutGroup> ProbabilisticClv::holdoutCheck(const BgNbdParams &params,
                                                     const CalibrationData &data, int maxFrequency)
{
    QVector<HoldoutGroup> groups(maxFrequency + 1);
    for (int f = 0; f <= maxFrequency; ++f) {
        groups[f].frequency = f;
        groups[f].andMore = f == maxFrequency;
    }
    for (const CustomerSummary &c : data.customers) {
        const int f = std::min(static_cast<int>(c.frequency), maxFrequency);
        HoldoutGroup &g = groups[f];
        ++g.customers;
        g.actual += c.holdoutPurchases;
        g.predicted +=
            BgNbdModel::expectedPurchases(params, data.holdoutLength, c.frequency, c.recency, c.T);
    }
    for (HoldoutGroup &g : groups) {
        if (g.customers > 0) {
            g.actual /= g.customers;
            g.predicted /= g.customers;
        }
    }
    return groups;
}

} // namespace valuedesk
