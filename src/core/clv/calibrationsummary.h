#pragma once

#include "clv/clvtimeunit.h"
#include "clv/purchasehistory.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace valuedesk {

// A customer's calibration-period summary, the input of BG/NBD and Gamma-Gamma, in the fit's time
// unit (Fader, Hardie & Lee 2005): frequency x = repeat purchase days (distinct purchase days − 1),
// recency t_x = last − first purchase day, T = calibration end − first purchase day.
struct CustomerSummary
{
    QString customer;
    double frequency = 0;
    double recency = 0;
    double T = 0;
    double monetary = 0; // mean amount of the repeat purchase days (the first excluded); 0 if none
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
