#pragma once

#include "clv/calibrationsummary.h"
#include "clv/mlefit.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

// Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"; Colombo
// & Jiang 1999): a customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across
// customers, independent of the purchase process. Fitted on the repeat customers' mean repeat
// spend.
struct GammaGammaParams
{
    double p = 1;
    double q = 1;
    double gamma = 1;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    FitReport report;
    int customers = 0; // the repeat customers with a positive mean spend the fit used
    int excluded = 0;  // repeat customers left out: mean spend ≤ 0 (refunds) or not finite
};

class GammaGammaModel final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::GammaGammaModel)

public:
    // Maximum likelihood from p = q = γ = 1 over the customers with frequency > 0 and monetary > 0;
    // the repeat customers with monetary ≤ 0 (refunds outweighing purchases) are left out and
    // counted in GammaGammaFit::excluded (see excludedCustomers). Fails when fewer than two
    // usable customers exist or the fit does not converge.
    static Result<GammaGammaFit> fit(const QVector<CustomerSummary> &customers);

    // The repeat customers (frequency > 0) the fit leaves out: monetary ≤ 0 or not finite.
    static int excludedCustomers(const QVector<CustomerSummary> &customers);

    static double logLikelihood(const GammaGammaParams &params, double x, double meanSpend);

    // E[M | x, m̄] = (γ + m̄x) p / (px + q − 1): the expected mean spend of a customer's future
    // purchases. With x = 0 (or m̄ ≤ 0, a refund) it is the population mean pγ/(q − 1). Returns
    // `fallback` when the mean does not exist (q ≤ 1 and px + q ≤ 1).
    static double expectedAverageSpend(const GammaGammaParams &params, double x, double meanSpend,
                                       double fallback);
};

} // namespace valuedesk
