#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace valuedesk {

// How a maximum-likelihood fit ended (BG/NBD, Gamma-Gamma).
struct FitReport
{
    double logLikelihood = 0;
    bool converged = false;
    int evaluations = 0;
    double gradientNorm = 0; // of the mean log-likelihood in log-parameters, at the optimum
    QString status;          // NLopt's stop reason, e.g. "ftol reached"
};

namespace MleFit {

// Mean negative log-likelihood and its gradient, both in log-parameters.
using Objective =
    std::function<double(const std::vector<double> &logParams, std::vector<double> &gradient)>;

// Minimises `objective` from `logParams` (updated in place) with NLopt's L-BFGS, bounded to
// |log θ| ≤ 25. `count` = number of observations (log-likelihood = −count × mean).
FitReport minimise(const Objective &objective, std::vector<double> &logParams, double count);

} // namespace MleFit

} // namespace valuedesk
