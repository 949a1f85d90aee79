#include "metriccalculator.h"

#include "checkedmoney.h"

#include <limits>

namespace valuedesk {

namespace {

std::optional<double> mean(const ScoreSum &s)
{
    if (s.count <= 0)
        return std::nullopt;
    return s.sum / s.count;
}

std::optional<double> daysTo(const QDate &from, const QDate &asOf)
{
    if (!from.isValid() || from > asOf)
        return std::nullopt;
    return static_cast<double>(from.daysTo(asOf));
}

int monthIndex(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

std::optional<double> repurchaseRate(const MetricInputs &in, const EvaluationWindow &window)
{
    if (!in.firstInWindow.isValid() || in.activeMonths <= 0)
        return std::nullopt;
    const int later = monthIndex(window.asOf) - monthIndex(in.firstInWindow);
    if (later <= 0)
        return std::nullopt;
    return static_cast<double>(in.activeMonths - 1) / later;
}

std::optional<double> lookup(const QHash<QString, double> &map, const QString &key)
{
    const auto it = map.constFind(key);
    if (it == map.cend())
        return std::nullopt;
    return it.value();
}

} // namespace

std::optional<double> MetricCalculator::value(const MetricId &metric, const MetricInputs &in,
                                              const EvaluationWindow &window)
{
    switch (metric.kind) {
    case MetricKind::Revenue:
        return centsToUnits(in.revenue);
    case MetricKind::GrossProfit:
        return centsDifferenceToUnits(in.costedRevenue, in.cost);
    case MetricKind::ProfitMargin:
        if (in.costedRevenue <= 0)
            return std::nullopt;
        return centsDifference(in.costedRevenue, in.cost) / static_cast<double>(in.costedRevenue);
    case MetricKind::Orders:
        return static_cast<double>(in.orders);
    case MetricKind::AvgOrderValue:
        if (in.orders <= 0)
            return std::nullopt;
        return centsToUnits(in.revenue) / static_cast<double>(in.orders);
    case MetricKind::FrequencyPerMonth:
        if (window.months <= 0)
            return std::nullopt;
        return static_cast<double>(in.orders) / window.months;
    case MetricKind::RecencyDays:
        return daysTo(in.lastEver, window.asOf);
    case MetricKind::TenureDays:
        return daysTo(in.tenureStart.isValid() ? in.tenureStart : in.firstEver, window.asOf);
    case MetricKind::RepurchaseRate:
        return repurchaseRate(in, window);
    case MetricKind::RevenueGrowth:
        if (in.previousRevenue <= 0)
            return std::nullopt;
        return centsDifference(in.revenue, in.previousRevenue) /
               static_cast<double>(in.previousRevenue);
    case MetricKind::BalanceLatest:
        if (!in.latestBalance)
            return std::nullopt;
        return centsToUnits(*in.latestBalance);
    case MetricKind::BalanceAvg:
        if (in.balanceCount <= 0)
            return std::nullopt;
        return centsToUnits(in.balanceSum) / in.balanceCount;
    case MetricKind::Referrals:
        return in.referrals;
    case MetricKind::Complaints:
        return in.complaints;
    case MetricKind::Visits:
        return in.visits;
    case MetricKind::Trainings:
        return in.trainings;
    case MetricKind::Satisfaction:
        return mean(in.satisfaction);
    case MetricKind::Loyalty:
        return mean(in.loyalty);
    case MetricKind::Trust:
        return mean(in.trust);
    case MetricKind::Clv:
        return in.clv;
    case MetricKind::PAlive:
        return in.pAlive;
    case MetricKind::Attribute:
        return lookup(in.attributes, metric.argument);
    case MetricKind::Rating: {
        const std::optional<double> r = lookup(in.ratings, metric.argument);
        if (!r || *r < 1 || *r > 5)
            return std::nullopt;
        return r;
    }
    }
    return std::nullopt;
}

MetricMatrix MetricCalculator::compute(const QVector<MetricId> &metrics,
                                       const QVector<MetricInputs> &customers,
                                       const EvaluationWindow &window)
{
    const Eigen::Index rows = customers.size();
    const Eigen::Index cols = metrics.size();
    MetricMatrix m;
    m.metrics = metrics;
    m.values.setConstant(rows, cols, std::numeric_limits<double>::quiet_NaN());
    m.present.setConstant(rows, cols, false);
    for (Eigen::Index r = 0; r < rows; ++r) {
        const MetricInputs &in = customers.at(static_cast<int>(r));
        for (Eigen::Index c = 0; c < cols; ++c) {
            const std::optional<double> v = value(metrics.at(static_cast<int>(c)), in, window);
            const bool has = v.has_value();
            const double x = has ? *v : 0.0;
            if (has) {
                m.values(r, c) = x;
                m.present(r, c) = true;
            }
        }
    }
    return m;
}

} // namespace valuedesk
