#include "specialfunctions.h"

#include <cmath>

namespace valuedesk::SpecialFunctions {

double digamma(double x)
{
    double result = 0;
    while (x < 6.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    return result + std::log(x) - 0.5 / x -
           f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
}

double scaledHyp2f1(double a, double b, double c, double z, double logFactor)
{
    // Σ_k (a)_k (b)_k / ((c)_k k!) z^k. For c > 0 every term is positive, so there is no
    // cancellation; the ratio of successive terms tends to z < 1. Sum and term are kept divided
    // by e^scale.
    double scale = 0;
    double term = 1;
    double sum = 1;
    constexpr double big = 1e250;
    for (int k = 0; k < 1000000; ++k) {
        const double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (std::abs(sum) > big) {
            sum /= big;
            term /= big;
            scale += std::log(big);
        }
        if (std::abs(term) <= std::abs(sum) * 1e-16 && std::abs(ratio) < 1.0)
            break;
    }
    const double sign = sum < 0 ? -1.0 : 1.0;
    return sign * std::exp(logFactor + scale + std::log(std::abs(sum)));
}

} // namespace valuedesk::SpecialFunctions
