#include "simpleclv.h"

#include <algorithm>

namespace valuedesk::SimpleClv {

AnnualAverages annualAverages(const CustomerPurchases &history, const QDate &asOf)
{
    AnnualAverages result;
    if (history.days.isEmpty() || history.days.constFirst().date > asOf)
        return result;
    for (const PurchaseDay &day : history.days) {
        if (day.date > asOf)
            break;
        result.revenue += day.amount;
        result.cost += day.cost;
    }
    const double days = static_cast<double>(history.days.constFirst().date.daysTo(asOf) + 1);
    result.observedYears = std::max(1.0, days / 365.25);
    result.revenue /= result.observedYears;
    result.cost /= result.observedYears;
    return result;
}

double value(const SimpleClvParams &params, const AnnualAverages &averages)
{
    return (averages.revenue - averages.cost - params.yearlyCostToServe) * params.years;
}

} // namespace valuedesk::SimpleClv
