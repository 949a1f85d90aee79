#include "priorityvector.h"

#include <Eigen/Eigenvalues>
#include <Eigen/LU>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

Eigen::VectorXd rowGeometricMean(const Eigen::MatrixXd &a)
{
    // exp of the mean log avoids overflow of the plain product for n = 15 and values 9.
    const Eigen::VectorXd logMean = a.array().log().rowwise().mean();
    const Eigen::VectorXd w = logMean.array().exp();
    return w / w.sum();
}

} // namespace

Eigen::VectorXd PriorityVector::compute(const Eigen::MatrixXd &a, PriorityMethod method)
{
    switch (method) {
    case PriorityMethod::GeometricMean:
        return rowGeometricMean(a);
    case PriorityMethod::ArithmeticMean: {
        const Eigen::RowVectorXd colSums = a.colwise().sum();
        Eigen::VectorXd w = (a.array().rowwise() / colSums.array()).rowwise().mean();
        return w / w.sum();
    }
    case PriorityMethod::Eigenvector:
        break;
    }
    Eigen::VectorXd w;
    principalEigen(a, &w);
    return w;
}

double PriorityVector::principalEigen(const Eigen::MatrixXd &a, Eigen::VectorXd *vector)
{
    const auto n = a.rows();
    if (n == 0)
        return 0.0;
    // Harker's matrix has zeros, where the log start would give zero weights.
    Eigen::VectorXd w =
        (a.array() > 0).all() ? rowGeometricMean(a) : Eigen::VectorXd::Constant(n, 1.0 / n);
    double lambda = static_cast<double>(n);
    // The convergence rate is |λ2|/λmax, small for matrices people fill in: they converge in a
    // few dozen steps. Extreme or nearly reducible matrices (ratios of 1000 chained through a
    // sparse completion) converge so slowly that 10 000 steps per call made a 15-criteria
    // completion take seconds; those are solved directly below instead.
    constexpr int maxPowerSteps = 100;
    double previousChange = 0;
    for (int iter = 0; iter < maxPowerSteps; ++iter) {
        const Eigen::VectorXd next = a * w;
        lambda = next.sum(); // w sums to 1, so Σ(Aw)_i → λmax Σw_i = λmax
        const Eigen::VectorXd normalised = next / lambda;
        const double change = (normalised - w).cwiseAbs().maxCoeff();
        w = normalised;
        if (change < 1e-15) {
            if (vector)
                *vector = w;
            return lambda;
        }
        // The ratio of successive changes estimates |λ2|/λmax: when the steps left to 1e-15 at
        // that rate exceed the budget, stop iterating now.
        if (iter >= 8 && previousChange > 0) {
            const double rate = change / previousChange;
            if (rate >= 1 ||
                std::log(1e-15 / change) / std::log(rate) > double(maxPowerSteps - iter))
                break;
        }
        previousChange = change;
    }
    // The Perron root of a non-negative irreducible matrix is its eigenvalue of largest real part
    // (real and dominant). Its vector by inverse iteration with a shift just above it: the
    // eigenvalues alone cost about half of a full EigenSolver, and two LU solves of an n ≤ 15
    // matrix nothing.
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(a, false);
    if (solver.info() == Eigen::Success) {
        const double root = solver.eigenvalues().real().maxCoeff();
        const double shift = root + 1e-10 * std::max(1.0, std::abs(root));
        const Eigen::PartialPivLU<Eigen::MatrixXd> lu(a - shift * Eigen::MatrixXd::Identity(n, n));
        Eigen::VectorXd v = w;
        for (int step = 0; step < 3; ++step) {
            v = lu.solve(v).cwiseAbs();
            const double sum = v.sum();
            if (!(sum > 0) || !std::isfinite(sum))
                break;
            v /= sum;
        }
        if (v.allFinite() && std::abs(v.sum() - 1.0) < 1e-9) {
            w = v;
            lambda = (a * w).sum();
        }
    }
    if (vector)
        *vector = w;
    return lambda;
}

double PriorityVector::lambdaEstimate(const Eigen::MatrixXd &a, const Eigen::VectorXd &w)
{
    const Eigen::VectorXd aw = a * w;
    return (aw.array() / w.array()).mean();
}

QString PriorityVector::methodId(PriorityMethod method)
{
    switch (method) {
    case PriorityMethod::Eigenvector:
        return QStringLiteral("eigen");
    case PriorityMethod::GeometricMean:
        return QStringLiteral("geomean");
    case PriorityMethod::ArithmeticMean:
        return QStringLiteral("arith");
    }
    return {};
}

} // namespace valuedesk
