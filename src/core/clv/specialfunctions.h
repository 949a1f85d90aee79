#pragma once

namespace valuedesk::SpecialFunctions {

// ψ(x), the digamma function, for x > 0 (recurrence to x ≥ 6, then the asymptotic series).
double digamma(double x);

// e^logFactor · ₂F₁(a, b; c; z) for a, b > 0, c not 0, −1, −2 … and 0 ≤ z < 1: the
// hypergeometric series summed with rescaling, so terms far beyond the double range (a BG/NBD
// customer with hundreds of purchases) stay finite when the factor that multiplies them is tiny.
double scaledHyp2f1(double a, double b, double c, double z, double logFactor);

} // namespace valuedesk::SpecialFunctions
