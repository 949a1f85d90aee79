#pragma once

#include "clv/bgnbdmodel.h"
#include "clv/calibrationsummary.h"
#include "clv/gammagammamodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace valuedesk {

struct ProbabilisticClvOptions
{
    double horizon = 52;               // in the calibration's time unit
    double monthlyDiscountRate = 0.01; // per month, as lifetimes.customer_lifetime_value
    double margin = 1.0;               // profit margin on spend; 1 = CLV in revenue terms
    ClvConvention convention = ClvConvention::ValueDesk; // the length of the monthly step
};

// One customer's predictions; expectedSpend and clv are NaN when spend is unknown (no
// Gamma-Gamma fit).
struct CustomerClv
{
    CustomerSummary summary;
    double probabilityAlive = 1;
    double expectedPurchases = 0; // over the horizon
    double expectedSpend = 0;     // expected mean spend per future purchase
    double clv = 0;
};

struct ProbabilisticClvResult
{
    ClvTimeUnit unit = ClvTimeUnit::Week;
    ProbabilisticClvOptions options;
    BgNbdFit bgNbd;
    std::optional<GammaGammaFit> gammaGamma;
    Error gammaGammaError; // why there is no Gamma-Gamma fit
    // From the calibration data: days after a customer's first with a net amount <= 0 (refunds),
    // not counted as purchases (CalibrationData::nonPurchaseDays). Gamma-Gamma's left-out repeat
    // customers are in gammaGamma->excluded.
    int nonPurchaseDays = 0;
    double newCustomerPurchases =
        0; // E[X(horizon)] of a customer who has just made a first purchase
    QVector<CustomerClv> customers;
};

// One point of the calibration/holdout chart (Fader, Hardie & Lee 2005, figure 4): customers
// grouped by calibration frequency, mean actual vs mean predicted repeat purchases in the holdout.
struct HoldoutGroup
{
    int frequency = 0;
    bool andMore = false; // the last group: frequency or more
    int customers = 0;
    double actual = 0;
    double predicted = 0;
};

class ProbabilisticClv final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ProbabilisticClv)

public:
    // Fits BG/NBD (an error ends the run) and Gamma-Gamma (an error only leaves spend and CLV
    // unknown, see gammaGammaError), then predicts every customer.
    static Result<ProbabilisticClvResult> run(const CalibrationData &data, ClvTimeUnit unit,
                                              const ProbabilisticClvOptions &options);

    // Discounted expected margin over `horizon` units, in monthly steps as
    // lifetimes.customer_lifetime_value: Σ_k margin · spend · (E[Y(t_k)] − E[Y(t_k−1)]) /
    // (1 + d)^(t_k in months), t_k = k months of the options' convention (the last step ends at
    // the horizon).
    static double clv(const BgNbdParams &params, const CustomerSummary &c, ClvTimeUnit unit,
                      double expectedSpend, const ProbabilisticClvOptions &options);

    // The holdout chart's series: groups 0 … maxFrequency − 1 and "maxFrequency or more".
    static QVector<HoldoutGroup> holdoutCheck(const BgNbdParams &params,
                                              const CalibrationData &data, int maxFrequency = 7);
};

} // namespace valuedesk
