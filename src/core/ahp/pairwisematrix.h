#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <Eigen/Core>

#include <optional>

namespace valuedesk {

enum class JudgementMode {
    SaatyScale, // 1..9 and 1/2..1/9 only; typed decimals such as 0.333 snap to 1/3
    ExactRatio, // any ratio in [1/maxExactRatio, maxExactRatio], for published models with 2.5
};

// A positive reciprocal pairwise-comparison matrix (判断矩阵), possibly with missing judgements.
// Missing cells are recorded in a separate mask rather than as NaN, so no NaN can leak into a
// computation; their slots in values() hold 1 as a placeholder that completion replaces.
class PairwiseMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpPairwiseMatrix)

public:
    // Saaty's RI tables stop at 15; beyond that nobody can judge consistently anyway.
    static constexpr int maxSize = 15;
    // Exact ratios lie in [1/1000, 1000]: two orders of magnitude beyond Saaty's 9, enough for
    // measured ratios (prices, volumes) and published models, while the weights a chain of 14
    // such judgements implies (1000^14 = 1e42) stay far inside double range, and the eigenvalue
    // and completion computations stay well-conditioned and fast. 1e300 gave λmax 1.8e300.
    static constexpr double maxExactRatio = 1000.0;
    using Mask = Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic>;
    using Cell = std::optional<double>;

    PairwiseMatrix() = default;

    // All judgements "equal" (1).
    static Result<PairwiseMatrix> identity(int n, const QStringList &criteria = {});

    // Full rows as typed or read from JSON; nullopt is a missing judgement. A judgement given on
    // one side only gets its reciprocal filled in. Errors name the offending cell.
    static Result<PairwiseMatrix> fromRows(const QVector<QVector<Cell>> &rows, JudgementMode mode,
                                           const QStringList &criteria = {});

    // `incomplete` with every cell set from `values` (finite, positive, reciprocal), in
    // ExactRatio mode: for MatrixCompletion, whose inferred ratios may lie beyond maxExactRatio
    // (a chain of judgements multiplies them). The error blames no cell: the user left the
    // inferred ones empty.
    static Result<PairwiseMatrix> completed(const PairwiseMatrix &incomplete,
                                            const Eigen::MatrixXd &values);

    // Upper triangle, row-major: a12, a13, ..., a1n, a23, ... (n(n-1)/2 cells).
    static Result<PairwiseMatrix> fromUpperTriangle(int n, const QVector<Cell> &upper,
                                                    JudgementMode mode,
                                                    const QStringList &criteria = {});

    int size() const { return static_cast<int>(m_values.rows()); }
    JudgementMode mode() const { return m_mode; }
    const QStringList &criteria() const { return m_criteria; }
    // The criterion's name, or "C3" when the matrix has none.
    QString criterionName(int i) const;

    bool isKnown(int i, int j) const { return m_known(i, j); }
    Cell judgement(int i, int j) const;
    bool isComplete() const { return m_known.all(); }
    // Missing judgements counted once per pair.
    int missingCount() const;
    const Eigen::MatrixXd &values() const { return m_values; }
    const Mask &knownMask() const { return m_known; }

    // Sets a_ij and a_ji = 1/a_ij after the same validation as fromRows().
    Status setJudgement(int i, int j, double value);
    void clearJudgement(int i, int j);

    // "row “Profit”, column “Sales”" for messages.
    QString cellLabel(int i, int j) const;

private:
    Status checkValue(int i, int j, double value) const;
    double normalised(double value) const;

    Eigen::MatrixXd m_values;
    Mask m_known;
    QStringList m_criteria;
    JudgementMode m_mode = JudgementMode::SaatyScale;
};

} // namespace valuedesk
