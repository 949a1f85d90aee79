#pragma once

#include "clv/bgnbdmodel.h"
#include "clv/gammagammamodel.h"

#include <QVector>

#include <random>

namespace valuedesk::test {

// Customers drawn from the BG/NBD purchase process and the Gamma-Gamma spend process with known
// parameters: λ ~ Gamma(r, α), p ~ Beta(a, b), exponential gaps while alive, a drop-out chance p
// after every repeat purchase; spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ). T uniform in
// [minT, maxT] (staggered first purchases).
inline QVector<CustomerSummary> simulateCustomers(int count, const BgNbdParams &bg,
                                                  const GammaGammaParams &gg, double minT,
                                                  double maxT, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::gamma_distribution<double> lambdaDist(bg.r, 1.0 / bg.alpha);
    std::gamma_distribution<double> betaA(bg.a, 1.0);
    std::gamma_distribution<double> betaB(bg.b, 1.0);
    std::gamma_distribution<double> nuDist(gg.q, 1.0 / gg.gamma);
    QVector<CustomerSummary> customers;
    customers.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double lambda = lambdaDist(rng);
        const double ga = betaA(rng);
        const double p = ga / (ga + betaB(rng));
        const double T = minT + (maxT - minT) * uniform(rng);
        std::gamma_distribution<double> spend(gg.p, 1.0 / nuDist(rng));
        CustomerSummary c;
        c.customer = QString::number(i);
        c.T = T;
        double t = 0;
        double total = 0;
        std::exponential_distribution<double> gap(lambda > 0 ? lambda : 1e-300);
        while (true) {
            t += gap(rng);
            if (t > T)
                break;
            c.frequency += 1;
            c.recency = t;
            total += spend(rng);
            if (uniform(rng) < p)
                break;
        }
        c.monetary = c.frequency > 0 ? total / c.frequency : 0.0;
        customers.append(c);
    }
    return customers;
}

} // namespace valuedesk::test
