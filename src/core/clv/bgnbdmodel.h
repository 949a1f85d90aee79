#pragma once

#include "clv/calibrationsummary.h"
#include "clv/mlefit.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a
// customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase drops out with probability
// p ~ Beta(a, b). Time in the fit's unit.
struct BgNbdParams
{
    double r = 1;
    double alpha = 1;
    double a = 1;
    double b = 1;
};

struct BgNbdFit
{
    BgNbdParams params;
    FitReport report;
    int customers = 0;
};

class BgNbdModel final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::BgNbdModel)

public:
    // Maximum likelihood from r = α = a = b = 1, by L-BFGS in log-parameters with the analytic
    // gradient. Fails when there is nothing to fit (no customer, or none with a repeat purchase:
    // the likelihood then grows without bound as r → 0) or the optimiser does not converge.
    static Result<BgNbdFit> fit(const QVector<CustomerSummary> &customers);

    // The log-likelihood of the data (summed over customers).
    static double logLikelihood(const BgNbdParams &p, const QVector<CustomerSummary> &customers);
    // One customer's log-likelihood term.
    static double logLikelihood(const BgNbdParams &p, double x, double tx, double T);

    // P(alive | x, t_x, T).
    static double probabilityAlive(const BgNbdParams &p, double x, double tx, double T);
    // E[Y(t) | x, t_x, T]: expected purchases in the next t units.
    static double expectedPurchases(const BgNbdParams &p, double t, double x, double tx, double T);
    // E[X(t)]: expected purchases of a new customer in t units from the first purchase.
    static double expectedPurchasesNewCustomer(const BgNbdParams &p, double t);
};

} // namespace valuedesk
