#include "priorityvector.h"

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
    // The convergence rate is |λ2|/λmax, small for matrices people fill in; 10 000 steps are
    // far more than needed even for CR around 1.
    for (int iter = 0; iter < 10000; ++iter) {
        const Eigen::VectorXd next = a * w;
        lambda = next.sum(); // w sums to 1, so Σ(Aw)_i → λmax Σw_i = λmax
        const Eigen::VectorXd normalised = next / lambda;
        const double change = (normalised - w).cwiseAbs().maxCoeff();
        w = normalised;
        if (change < 1e-15)
            break;
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
