#pragma once

#include <QString>

#include <Eigen/Core>

namespace valuedesk {

enum class PriorityMethod {
    Eigenvector,    // Saaty's principal right eigenvector (特征根法), the default
    GeometricMean,  // row geometric mean, the LLSM solution (几何平均法/方根法)
    ArithmeticMean, // mean of the column-normalised matrix (和法)
};

// Priority vectors and λmax of a complete positive reciprocal matrix. Pure functions on
// Eigen matrices; the caller guarantees positivity and completeness (PairwiseMatrix does).
class PriorityVector final
{
public:
    // Weights summing to 1.
    static Eigen::VectorXd compute(const Eigen::MatrixXd &a, PriorityMethod method);

    // Perron root and its right eigenvector (sum 1). A positive matrix has a simple dominant
    // eigenvalue with a positive eigenvector (Perron 1907), so power iteration converges from
    // the positive start; the row geometric mean starts it close, which matters for nearly
    // consistent matrices only in speed, not in the result.
    static double principalEigen(const Eigen::MatrixXd &a, Eigen::VectorXd *vector = nullptr);

    // λmax as the mean of (A w)_i / w_i. For the eigenvector this equals the Perron root; for
    // the other methods it is the usual textbook estimate (e.g. 和法 in Chinese texts), which
    // also is ≥ n with equality exactly when A is consistent.
    static double lambdaEstimate(const Eigen::MatrixXd &a, const Eigen::VectorXd &w);

    static QString methodId(PriorityMethod method);
};

} // namespace valuedesk
