#include "gammagammamodel.h"

#include "clv/specialfunctions.h"

#include <QHash>

#include <cmath>
#include <vector>

namespace valuedesk {

namespace {

using SpecialFunctions::digamma;

bool usable(const CustomerSummary &c)
{
    return c.frequency > 0 && c.monetary > 0 && std::isfinite(c.monetary);
}

struct GammaGammaProblem
{
    std::vector<int> group;
    std::vector<double> xs, counts, x, m, logM;

    explicit GammaGammaProblem(const QVector<CustomerSummary> &customers)
    {
        QHash<double, int> index;
        for (const CustomerSummary &c : customers) {
            if (!usable(c))
                continue;
            auto it = index.constFind(c.frequency);
            if (it == index.constEnd()) {
                it = index.insert(c.frequency, static_cast<int>(xs.size()));
                xs.push_back(c.frequency);
                counts.push_back(0);
            }
            counts[static_cast<size_t>(*it)] += 1;
            group.push_back(*it);
            x.push_back(c.frequency);
            m.push_back(c.monetary);
            logM.push_back(std::log(c.monetary));
        }
    }

    double operator()(const std::vector<double> &theta, std::vector<double> &grad) const
    {
        const double p = std::exp(theta[0]);
        const double q = std::exp(theta[1]);
        const double g = std::exp(theta[2]);
        const double n = static_cast<double>(x.size());
        const double lgQ = std::lgamma(q);
        const double psiQ = digamma(q);
        const double logG = std::log(g);
        double ll = n * (q * logG - lgQ);
        double dp = 0;
        double dq = n * (logG - psiQ);
        double dg = n * q / g;
        for (size_t k = 0; k < xs.size(); ++k) {
            const double px = p * xs[k];
            const double psiPXQ = digamma(px + q);
            ll += counts[k] * (std::lgamma(px + q) - std::lgamma(px) + px * std::log(xs[k]));
            dp += counts[k] * xs[k] * (psiPXQ - digamma(px) + std::log(xs[k]));
            dq += counts[k] * psiPXQ;
        }
        for (size_t i = 0; i < x.size(); ++i) {
            const double px = p * x[i];
            const double logGMX = std::log(g + m[i] * x[i]);
            ll += (px - 1) * logM[i] - (px + q) * logGMX;
            dp += x[i] * (logM[i] - logGMX);
            dq -= logGMX;
            dg -= (px + q) / (g + m[i] * x[i]);
        }
        grad[0] = -dp * p / n;
        grad[1] = -dq * q / n;
        grad[2] = -dg * g / n;
        return -ll / n;
    }
};

} // namespace

Result<GammaGammaFit> GammaGammaModel::fit(const QVector<CustomerSummary> &customers)
{
    const GammaGammaProblem problem(customers);
    const int excluded = excludedCustomers(customers);
    if (problem.x.size() < 2)
        return Error(tr("Fewer than two customers bought again with a positive spend, so the "
                        "Gamma-Gamma spend model cannot be fitted."),
                     QStringLiteral("%1 usable repeat customers, %2 left out with a net repeat "
                                    "spend <= 0")
                         .arg(problem.x.size())
                         .arg(excluded));
    std::vector<double> theta(3, 0.0);
    GammaGammaFit fit;
    fit.customers = static_cast<int>(problem.x.size());
    fit.excluded = excluded;
    fit.report = MleFit::minimise(problem, theta, static_cast<double>(problem.x.size()));
    fit.params = {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
    if (!fit.report.converged)
        return Error(tr("The Gamma-Gamma spend fit did not converge; the spend data may not suit "
                        "the model."),
                     QStringLiteral("%1 after %2 evaluations, |gradient| %3, p=%4 q=%5 gamma=%6")
                         .arg(fit.report.status)
                         .arg(fit.report.evaluations)
                         .arg(fit.report.gradientNorm)
                         .arg(fit.params.p)
                         .arg(fit.params.q)
                         .arg(fit.params.gamma));
    return fit;
}

int GammaGammaModel::excludedCustomers(const QVector<CustomerSummary> &customers)
{
    int count = 0;
    for (const CustomerSummary &c : customers)
        if (c.frequency > 0 && !usable(c))
            ++count;
    return count;
}

double GammaGammaModel::logLikelihood(const GammaGammaParams &gg, double x, double meanSpend)
{
    const double px = gg.p * x;
    return std::lgamma(px + gg.q) - std::lgamma(px) - std::lgamma(gg.q) +
           gg.q * std::log(gg.gamma) + (px - 1) * std::log(meanSpend) + px * std::log(x) -
           (px + gg.q) * std::log(gg.gamma + meanSpend * x);
}

double GammaGammaModel::expectedAverageSpend(const GammaGammaParams &gg, double x, double meanSpend,
                                             double fallback)
{
    if (x <= 0 || meanSpend <= 0)
        return gg.q > 1 ? gg.p * gg.gamma / (gg.q - 1) : fallback;
    const double denominator = gg.p * x + gg.q - 1;
    if (denominator <= 0)
        return fallback;
    return (gg.gamma + meanSpend * x) * gg.p / denominator;
}

} // namespace valuedesk
