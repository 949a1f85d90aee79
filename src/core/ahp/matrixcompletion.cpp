#include "matrixcompletion.h"

#include "priorityvector.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace valuedesk {

namespace {

using Pair = std::pair<int, int>;

QVector<Pair> missingPairs(const PairwiseMatrix &m)
{
    QVector<Pair> pairs;
    for (int i = 0; i < m.size(); ++i)
        for (int j = i + 1; j < m.size(); ++j)
            if (!m.isKnown(i, j))
                pairs.append({i, j});
    return pairs;
}

struct LambdaProblem
{
    Eigen::MatrixXd a;
    QVector<Pair> missing;

    void fill(const double *x)
    {
        for (int k = 0; k < missing.size(); ++k) {
            const auto [i, j] = missing[k];
            a(i, j) = std::exp(x[k]);
            a(j, i) = std::exp(-x[k]);
        }
    }
};

// f(x) = λmax(A(x)) with a_ij = e^x. Bozóki, Fülöp & Rónyai (2010), Mathematical and Computer
// Modelling 52(1–2), 318–333, show f is convex in these log variables and strictly convex (unique
// optimum) iff the graph of known judgements is connected — so a gradient method finds the global
// optimum. Gradient by eigenvalue perturbation: ∂λ/∂a_ij = v_i u_j / vᵀu with u, v the right and
// left Perron vectors, hence ∂λ/∂x = (v_i u_j a_ij − v_j u_i a_ji) / vᵀu.
double lambdaObjective(unsigned n, const double *x, double *grad, void *data)
{
    auto *p = static_cast<LambdaProblem *>(data);
    p->fill(x);
    Eigen::VectorXd u;
    Eigen::VectorXd v;
    const double lambda = PriorityVector::principalEigen(p->a, &u);
    if (grad) {
        PriorityVector::principalEigen(p->a.transpose(), &v);
        const double vu = v.dot(u);
        for (unsigned k = 0; k < n; ++k) {
            const auto [i, j] = p->missing[static_cast<int>(k)];
            grad[k] = (v(i) * u(j) * p->a(i, j) - v(j) * u(i) * p->a(j, i)) / vu;
        }
    }
    return lambda;
}

Eigen::MatrixXd harkerCompletion(const PairwiseMatrix &m)
{
    const int n = m.size();
    Eigen::MatrixXd b = m.values();
    for (int i = 0; i < n; ++i) {
        int missingInRow = 0;
        for (int j = 0; j < n; ++j) {
            if (!m.isKnown(i, j)) {
                b(i, j) = 0.0;
                ++missingInRow;
            }
        }
        b(i, i) = 1.0 + missingInRow;
    }
    Eigen::VectorXd w;
    PriorityVector::principalEigen(b, &w);
    Eigen::MatrixXd a = m.values();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (!m.isKnown(i, j))
                a(i, j) = w(i) / w(j);
    return a;
}

Eigen::MatrixXd lambdaMaxCompletion(const PairwiseMatrix &m)
{
    // Harker's result is a good, always-valid start; the optimum is typically near it.
    LambdaProblem problem{harkerCompletion(m), missingPairs(m)};
    const auto count = static_cast<unsigned>(problem.missing.size());
    std::vector<double> x(count);
    for (unsigned k = 0; k < count; ++k) {
        const auto [i, j] = problem.missing[static_cast<int>(k)];
        x[k] = std::log(problem.a(i, j));
    }
    // The C API reports failure by return code; the C++ wrapper would throw, and no exception
    // may leave the core.
    nlopt_opt opt = nlopt_create(NLOPT_LD_LBFGS, count);
    nlopt_set_min_objective(opt, lambdaObjective, &problem);
    // Optimal values can lie well outside 1/9..9 (BFR's house example infers 9.92): up to the
    // product of a chain of n − 1 judgements, each at most maxExactRatio. Bounds any tighter
    // would cut the optimum off; the start must lie inside them, or NLopt refuses to run.
    const double reach = (problem.a.rows() - 1) * std::log(PairwiseMatrix::maxExactRatio);
    std::vector<double> lower(count, -reach);
    std::vector<double> upper(count, reach);
    for (double &value : x)
        value = std::clamp(std::isfinite(value) ? value : 0.0, -reach, reach);
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_xtol_abs1(opt, 1e-10);
    nlopt_set_ftol_abs(opt, 1e-15);
    nlopt_set_maxeval(opt, 10000);
    double fmin = 0;
    const nlopt_result rc = nlopt_optimize(opt, x.data(), &fmin);
    nlopt_destroy(opt);
    // Round-off stops happen at the optimum of this smooth convex problem and leave x usable;
    // on any other failure x still holds the best point found, never worse than Harker's start.
    Q_UNUSED(rc);
    problem.fill(x.data());
    return problem.a;
}

} // namespace

Status MatrixCompletion::checkConnected(const PairwiseMatrix &matrix)
{
    const int n = matrix.size();
    if (n == 0)
        return Status::success();
    QVector<bool> reached(n, false);
    QVector<int> queue{0};
    reached[0] = true;
    for (int head = 0; head < queue.size(); ++head) {
        const int i = queue[head];
        for (int j = 0; j < n; ++j) {
            if (!reached[j] && matrix.isKnown(i, j)) {
                reached[j] = true;
                queue.append(j);
            }
        }
    }
    QStringList linked;
    QStringList unlinked;
    for (int i = 0; i < n; ++i)
        (reached[i] ? linked : unlinked).append(matrix.criterionName(i));
    if (unlinked.isEmpty())
        return Status::success();
    return Error(tr("Too many judgements are missing: %1 cannot be compared, even indirectly, with "
                    "%2. Add at least one judgement between the two groups.")
                     .arg(unlinked.join(QStringLiteral(", ")), linked.join(QStringLiteral(", "))));
}

Result<CompletionResult> MatrixCompletion::complete(const PairwiseMatrix &matrix,
                                                    CompletionMethod method)
{
    if (matrix.isComplete())
        return CompletionResult{matrix, {}};
    if (Status s = checkConnected(matrix); !s)
        return s.error();

    const Eigen::MatrixXd a =
        method == CompletionMethod::Harker ? harkerCompletion(matrix) : lambdaMaxCompletion(matrix);
    const int n = matrix.size();
    CompletionResult result;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (!matrix.isKnown(i, j))
                result.inferred.append({i, j, a(i, j)});
        }
    }
    // Not fromRows(): inferred ratios may lie beyond maxExactRatio, and a failure must not
    // blame a cell the user left empty.
    Result<PairwiseMatrix> completed = PairwiseMatrix::completed(matrix, a);
    if (!completed)
        return completed.error();
    result.completed = std::move(completed).value();
    return result;
}

} // namespace valuedesk
