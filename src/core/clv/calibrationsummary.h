#pragma once

#include "clv/clvtimeunit.h"
#include "clv/purchasehistory.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace valuedesk {

// A customer's calibration-period summary, the input of BG/NBD and Gamma-Gamma, in the fit's time
// unit (Fader, Hardie & Lee 2005): frequency x = repeat purchase days, recency t_x = last − first
// purchase day, T = calibration end − first purchase day.
//
// Refunds (README "Customer lifetime value"): the rows of one customer on one day are netted into
// one day amount first (PurchaseHistoryBuilder). The customer's first transaction day starts the
// clock whatever its amount (CDNOW counts its $0.00 first orders). A later day is a repeat
// purchase only when its net amount is > 0; a day whose net amount is ≤ 0 (a refund, a return, a
// zero-value correction) is not a purchase event: it adds nothing to x, never moves t_x and is
// not a holdout purchase. Its amount is netted into the repeat spend, so monetary = (Σ net
// amounts of all days after the first, up to the calibration end) ÷ x, which is ≤ 0 when refunds
// outweigh the repeat purchases (Gamma-Gamma then leaves the customer out and says how many).
struct CustomerSummary
{
    QString customer;
    double frequency = 0;
    double recency = 0;
    double T = 0;
    double monetary = 0;      // net repeat spend ÷ frequency (the first day excluded); 0 if x = 0
    int holdoutPurchases = 0; // purchase days after the calibration end, up to the holdout end
};

struct CalibrationOptions
{
    QDate calibrationEnd; // last day of the calibration period (inclusive)
    ClvTimeUnit unit = ClvTimeUnit::Week;
    QDate holdoutEnd; // invalid: count every later purchase day as holdout
};

struct CalibrationData
{
    QVector<CustomerSummary> customers; // those with a purchase on or before the calibration end
    int laterCustomers = 0;             // customers whose first purchase is after it (left out)
    double holdoutLength = 0;           // holdout end − calibration end, in the unit (0 if none)
    // Days after a customer's first whose net amount is ≤ 0 (to the holdout end): not counted
    // as purchases, see CustomerSummary.
    int nonPurchaseDays = 0;
};

class CalibrationSummary final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::CalibrationSummary)

public:
    // Fails when no customer bought on or before the calibration end.
    static Result<CalibrationData> build(const QVector<CustomerPurchases> &histories,
                                         const CalibrationOptions &options);
};

} // namespace valuedesk
