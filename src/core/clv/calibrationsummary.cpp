#include "calibrationsummary.h"

namespace valuedesk {

Result<CalibrationData> CalibrationSummary::build(const QVector<CustomerPurchases> &histories,
                                                  const CalibrationOptions &options)
{
    if (!options.calibrationEnd.isValid())
        return Error(tr("The calibration period has no end date."));
    const double unitDays = ClvTime::daysPerUnit(options.unit);
    const QDate &end = options.calibrationEnd;
    CalibrationData data;
    data.customers.reserve(histories.size());
    if (options.holdoutEnd.isValid() && options.holdoutEnd > end)
        data.holdoutLength = static_cast<double>(end.daysTo(options.holdoutEnd)) / unitDays;
    for (const CustomerPurchases &history : histories) {
        if (history.days.isEmpty())
            continue;
        const QDate first = history.days.constFirst().date;
        if (first > end) {
            ++data.laterCustomers;
            continue;
        }
        CustomerSummary s;
        s.customer = history.customer;
        QDate last = first;
        double repeatSpend = 0; // net: refund days included
        int repeats = 0;
        for (qsizetype i = 1; i < history.days.size(); ++i) {
            const PurchaseDay &day = history.days.at(i);
            const bool purchase = day.amount > 0;
            if (day.date <= end) {
                repeatSpend += day.amount;
                if (purchase) {
                    ++repeats;
                    last = day.date;
                }
            } else if (options.holdoutEnd.isValid() && day.date > options.holdoutEnd) {
                break;
            } else if (purchase) {
                ++s.holdoutPurchases;
            }
            if (!purchase)
                ++data.nonPurchaseDays;
        }
        s.frequency = repeats;
        s.recency = static_cast<double>(first.daysTo(last)) / unitDays;
        s.T = static_cast<double>(first.daysTo(end)) / unitDays;
        s.monetary = repeats > 0 ? repeatSpend / repeats : 0.0;
        data.customers.append(s);
    }
    if (data.customers.isEmpty())
        return Error(tr("No customer had bought anything by the end of the calibration period "
                        "(%1).")
                         .arg(end.toString(Qt::ISODate)));
    return data;
}

} // namespace valuedesk
