#include "mlefit.h"

#include <nlopt.h>

#include <cmath>

namespace valuedesk::MleFit {

namespace {

struct Context
{
    const Objective *objective;
    std::vector<double> x;
    std::vector<double> g;
    int evaluations = 0;
};

double callback(unsigned n, const double *x, double *grad, void *data)
{
    auto *c = static_cast<Context *>(data);
    c->x.assign(x, x + n);
    const double f = (*c->objective)(c->x, c->g);
    ++c->evaluations;
    if (grad)
        for (unsigned i = 0; i < n; ++i)
            grad[i] = c->g[i];
    // NLopt stops on a non-finite value; a huge finite one makes the line search back off.
    return std::isfinite(f) ? f : 1e300;
}

QString statusText(nlopt_result rc)
{
    switch (rc) {
    case NLOPT_SUCCESS:
        return QStringLiteral("success");
    case NLOPT_STOPVAL_REACHED:
        return QStringLiteral("stopval reached");
    case NLOPT_FTOL_REACHED:
        return QStringLiteral("ftol reached");
    case NLOPT_XTOL_REACHED:
        return QStringLiteral("xtol reached");
    case NLOPT_MAXEVAL_REACHED:
        return QStringLiteral("maxeval reached");
    case NLOPT_MAXTIME_REACHED:
        return QStringLiteral("maxtime reached");
    case NLOPT_ROUNDOFF_LIMITED:
        return QStringLiteral("roundoff limited");
    case NLOPT_FAILURE:
        return QStringLiteral("failure");
    case NLOPT_INVALID_ARGS:
        return QStringLiteral("invalid arguments");
    case NLOPT_OUT_OF_MEMORY:
        return QStringLiteral("out of memory");
    case NLOPT_FORCED_STOP:
        return QStringLiteral("forced stop");
    default:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

FitReport minimise(const Objective &objective, std::vector<double> &logParams, double count)
{
    const auto n = static_cast<unsigned>(logParams.size());
    Context context{&objective, {}, std::vector<double>(n), 0};
    // The C API reports failure by return code; the C++ wrapper would throw, and no exception may
    // leave the core.
    nlopt_opt opt = nlopt_create(NLOPT_LD_LBFGS, n);
    nlopt_set_min_objective(opt, callback, &context);
    const std::vector<double> lower(n, -25.0);
    const std::vector<double> upper(n, 25.0);
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_ftol_rel(opt, 1e-13);
    nlopt_set_xtol_rel(opt, 1e-10);
    nlopt_set_maxeval(opt, 5000);
    double fmin = 0;
    const nlopt_result rc = nlopt_optimize(opt, logParams.data(), &fmin);
    nlopt_destroy(opt);

    FitReport report;
    std::vector<double> g(n);
    const double f = objective(logParams, g);
    double norm = 0;
    for (double gi : g)
        norm += gi * gi;
    report.gradientNorm = std::sqrt(norm);
    report.logLikelihood = -f * count;
    report.evaluations = context.evaluations + 1;
    report.status = statusText(rc);
    // L-BFGS often ends at a smooth optimum with a round-off stop or a generic line-search
    // "failure" (e.g. BG/NBD data without dropouts, where a and b grow together along a flat
    // ridge); the gradient decides.
    report.converged = std::isfinite(f) && rc != NLOPT_INVALID_ARGS && rc != NLOPT_OUT_OF_MEMORY &&
                       report.gradientNorm < 1e-4;
    return report;
}

} // namespace valuedesk::MleFit
