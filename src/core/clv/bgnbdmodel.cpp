#include "bgnbdmodel.h"

#include "clv/specialfunctions.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace valuedesk {

namespace {

using SpecialFunctions::digamma;

// log(e^u + e^v) without overflow.
double logAddExp(double u, double v)
{
    const double m = std::max(u, v);
    return m + std::log1p(std::exp(-std::abs(u - v)));
}

// The data laid out for the likelihood: terms that depend only on x are computed once per
// distinct x (a few dozen values) instead of once per customer.
struct BgNbdProblem
{
    std::vector<int> group; // customer -> index into xs
    std::vector<double> xs;
    std::vector<double> counts;
    std::vector<double> x, tx, T;

    explicit BgNbdProblem(const QVector<CustomerSummary> &customers)
    {
        QHash<double, int> index;
        const auto n = static_cast<size_t>(customers.size());
        group.reserve(n);
        x.reserve(n);
        tx.reserve(n);
        T.reserve(n);
        for (const CustomerSummary &c : customers) {
            auto it = index.constFind(c.frequency);
            if (it == index.constEnd()) {
                it = index.insert(c.frequency, static_cast<int>(xs.size()));
                xs.push_back(c.frequency);
                counts.push_back(0);
            }
            counts[static_cast<size_t>(*it)] += 1;
            group.push_back(*it);
            x.push_back(c.frequency);
            tx.push_back(c.recency);
            T.push_back(c.T);
        }
    }

    // Mean negative log-likelihood and gradient in log-parameters.
    double operator()(const std::vector<double> &theta, std::vector<double> &grad) const
    {
        const double r = std::exp(theta[0]);
        const double alpha = std::exp(theta[1]);
        const double a = std::exp(theta[2]);
        const double b = std::exp(theta[3]);
        const double n = static_cast<double>(x.size());
        const double lgR = std::lgamma(r);
        const double lgB = std::lgamma(b);
        const double lgAB = std::lgamma(a + b);
        const double psiR = digamma(r);
        const double psiB = digamma(b);
        const double psiAB = digamma(a + b);
        // Σ over customers of the x-only terms A1 (without r ln α) and A2.
        double ll = 0, dr = 0, dalpha = 0, da = 0, db = 0;
        for (size_t g = 0; g < xs.size(); ++g) {
            const double xv = xs[g];
            const double w = counts[g];
            ll += w * (std::lgamma(r + xv) - lgR + lgAB + std::lgamma(b + xv) - lgB -
                       std::lgamma(a + b + xv));
            dr += w * (digamma(r + xv) - psiR);
            const double psiABX = digamma(a + b + xv);
            da += w * (psiAB - psiABX);
            db += w * (psiAB + digamma(b + xv) - psiB - psiABX);
        }
        const double logAlpha = std::log(alpha);
        const double logA = std::log(a);
        ll += n * r * logAlpha;
        dr += n * logAlpha;
        dalpha += n * r / alpha;
        for (size_t i = 0; i < x.size(); ++i) {
            const double rx = r + x[i];
            const double logAT = std::log(alpha + T[i]);
            const double a3 = -rx * logAT;
            if (x[i] > 0) {
                const double logATx = std::log(alpha + tx[i]);
                const double a4 = logA - std::log(b + x[i] - 1) - rx * logATx;
                const double m = logAddExp(a3, a4);
                const double w3 = std::exp(a3 - m);
                const double w4 = 1.0 - w3;
                ll += m;
                dr -= w3 * logAT + w4 * logATx;
                dalpha -= rx * (w3 / (alpha + T[i]) + w4 / (alpha + tx[i]));
                da += w4 / a;
                db -= w4 / (b + x[i] - 1);
            } else {
                ll += a3;
                dr -= logAT;
                dalpha -= rx / (alpha + T[i]);
            }
        }
        grad[0] = -dr * r / n;
        grad[1] = -dalpha * alpha / n;
        grad[2] = -da * a / n;
        grad[3] = -db * b / n;
        return -ll / n;
    }
};

// (α+T)/(α+t_x) ratio term of the likelihood: ln[a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)].
double logDropoutOdds(const BgNbdParams &p, double x, double tx, double T)
{
    return std::log(p.a) - std::log(p.b + x - 1) +
           (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

// a = 1 makes (a+b+x−1)/(a−1) singular although E[Y(t)] has a finite limit; nudge it.
double safeA(double a)
{
    return std::abs(a - 1.0) < 1e-7 ? 1.0 + 1e-7 : a;
}

} // namespace

Result<BgNbdFit> BgNbdModel::fit(const QVector<CustomerSummary> &customers)
{
    if (customers.isEmpty())
        return Error(tr("There are no customers to fit the BG/NBD model to."));
    bool anyRepeat = false;
    for (const CustomerSummary &c : customers) {
        if (!(c.frequency >= 0 && c.recency >= 0 && c.T >= c.recency && std::isfinite(c.T)))
            return Error(
                tr("Customer %1 has an impossible purchase summary.").arg(c.customer),
                QStringLiteral("x=%1 t_x=%2 T=%3").arg(c.frequency).arg(c.recency).arg(c.T));
        anyRepeat = anyRepeat || c.frequency > 0;
    }
    if (!anyRepeat)
        return Error(tr("No customer bought again within the calibration period, so the BG/NBD "
                        "model cannot be fitted. Choose a later calibration end or add "
                        "transactions."));
    const BgNbdProblem problem(customers);
    std::vector<double> theta(4, 0.0);
    BgNbdFit fit;
    fit.customers = static_cast<int>(customers.size());
    fit.report = MleFit::minimise(problem, theta, static_cast<double>(customers.size()));
    fit.params = {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
    if (!fit.report.converged)
        return Error(tr("The BG/NBD fit did not converge; the data may not suit the model."),
                     QStringLiteral("%1 after %2 evaluations, |gradient| %3, r=%4 alpha=%5 a=%6 "
                                    "b=%7")
                         .arg(fit.report.status)
                         .arg(fit.report.evaluations)
                         .arg(fit.report.gradientNorm)
                         .arg(fit.params.r)
                         .arg(fit.params.alpha)
                         .arg(fit.params.a)
                         .arg(fit.params.b));
    return fit;
}

double BgNbdModel::logLikelihood(const BgNbdParams &p, double x, double tx, double T)
{
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + x) - std::lgamma(p.b) -
                      std::lgamma(p.a + p.b + x);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    if (x <= 0)
        return a1 + a2 + a3;
    const double a4 = std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + tx);
    return a1 + a2 + logAddExp(a3, a4);
}

double BgNbdModel::logLikelihood(const BgNbdParams &p, const QVector<CustomerSummary> &customers)
{
    double sum = 0;
    for (const CustomerSummary &c : customers)
        sum += logLikelihood(p, c.frequency, c.recency, c.T);
    return sum;
}

double BgNbdModel::probabilityAlive(const BgNbdParams &p, double x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    return 1.0 / (1.0 + std::exp(logDropoutOdds(p, x, tx, T)));
}

double BgNbdModel::expectedPurchases(const BgNbdParams &p, double t, double x, double tx, double T)
{
    if (t <= 0)
        return 0;
    const double a = safeA(p.a);
    const double z = t / (p.alpha + T + t);
    const double logFactor = (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + T + t));
    const double scaledHyp =
        (SpecialFunctions::scaledHyp2f1(p.r + x, p.b + x, a + p.b + x - 1, z, logFactor));
    const double numerator = (a + p.b + x - 1) / (a - 1) * (1.0 - scaledHyp);
    const double denominator = x > 0 ? 1.0 + std::exp(logDropoutOdds(p, x, tx, T)) : 1.0;
    return std::max(0.0, numerator / denominator);
}

double BgNbdModel::expectedPurchasesNewCustomer(const BgNbdParams &p, double t)
{
    if (t <= 0)
        return 0;
    const double a = safeA(p.a);
    const double z = t / (p.alpha + t);
    const double logFactor = p.r * (std::log(p.alpha) - std::log(p.alpha + t));
    const double scaledHyp = SpecialFunctions::scaledHyp2f1(p.r, p.b, a + p.b - 1, z, logFactor);
    return std::max(0.0, (a + p.b - 1) / (a - 1) * (1.0 - scaledHyp));
}

} // namespace valuedesk
