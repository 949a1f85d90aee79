#include "pairwisematrix.h"

#include "saatyscale.h"

#include <cmath>

namespace valuedesk {

namespace {

// a_ij * a_ji may differ from 1 by this much: 3 and 0.333 (three decimals typed) pass, 3 and 0.3
// do not.
constexpr double reciprocityTolerance = 2e-3;

} // namespace

Result<PairwiseMatrix> PairwiseMatrix::identity(int n, const QStringList &criteria)
{
    QVector<QVector<Cell>> rows(n, QVector<Cell>(n, 1.0));
    return fromRows(rows, JudgementMode::SaatyScale, criteria);
}

Result<PairwiseMatrix> PairwiseMatrix::fromUpperTriangle(int n, const QVector<Cell> &upper,
                                                         JudgementMode mode,
                                                         const QStringList &criteria)
{
    if (n < 1 || n > maxSize)
        return Error(
            tr("A comparison matrix needs between 1 and %1 criteria, not %2.").arg(maxSize).arg(n));
    if (upper.size() != n * (n - 1) / 2)
        return Error(tr("Expected %1 judgements for %2 criteria, got %3.")
                         .arg(n * (n - 1) / 2)
                         .arg(n)
                         .arg(upper.size()));
    QVector<QVector<Cell>> rows(n, QVector<Cell>(n));
    int k = 0;
    for (int i = 0; i < n; ++i) {
        rows[i][i] = 1.0;
        for (int j = i + 1; j < n; ++j)
            rows[i][j] = upper[k++];
    }
    return fromRows(rows, mode, criteria);
}

Result<PairwiseMatrix> PairwiseMatrix::fromRows(const QVector<QVector<Cell>> &rows,
                                                JudgementMode mode, const QStringList &criteria)
{
    const int n = static_cast<int>(rows.size());
    if (n < 1 || n > maxSize)
        return Error(
            tr("A comparison matrix needs between 1 and %1 criteria, not %2.").arg(maxSize).arg(n));
    if (!criteria.isEmpty() && criteria.size() != n)
        return Error(
            tr("The matrix has %1 rows but %2 criteria names.").arg(n).arg(criteria.size()));

    PairwiseMatrix m;
    m.m_mode = mode;
    m.m_criteria = criteria;
    m.m_values = Eigen::MatrixXd::Ones(n, n);
    m.m_known = Mask::Constant(n, n, false);
    for (int i = 0; i < n; ++i) {
        if (rows[i].size() != n)
            return Error(tr("Row %1 has %2 values; a %3 × %3 matrix needs %3.")
                             .arg(i + 1)
                             .arg(rows[i].size())
                             .arg(n));
        m.m_known(i, i) = true;
    }

    for (int i = 0; i < n; ++i) {
        const Cell &d = rows[i][i];
        if (d && !(std::abs(*d - 1.0) < 1e-9))
            return Error(tr("The diagonal must be 1 (each criterion equals itself), but %1 is %2.")
                             .arg(m.cellLabel(i, i), QString::number(*d)));
        for (int j = i + 1; j < n; ++j) {
            const Cell &upper = rows[i][j];
            const Cell &lower = rows[j][i];
            if (upper) {
                if (Status s = m.checkValue(i, j, *upper); !s)
                    return s.error();
            }
            if (lower) {
                if (Status s = m.checkValue(j, i, *lower); !s)
                    return s.error();
            }
            if (upper && lower && std::abs(*upper * *lower - 1.0) > reciprocityTolerance)
                return Error(tr("%1 is %2 and %3 is %4, but they must be reciprocals (%2 and %5).")
                                 .arg(m.cellLabel(i, j), SaatyScale::toFraction(*upper),
                                      m.cellLabel(j, i), SaatyScale::toFraction(*lower),
                                      SaatyScale::toFraction(1.0 / *upper)));
            if (upper || lower) {
                const double v = upper ? m.normalised(*upper) : 1.0 / m.normalised(*lower);
                m.m_values(i, j) = v;
                m.m_values(j, i) = 1.0 / v;
                m.m_known(i, j) = m.m_known(j, i) = true;
            }
        }
    }
    return m;
}

Result<PairwiseMatrix> PairwiseMatrix::completed(const PairwiseMatrix &incomplete,
                                                 const Eigen::MatrixXd &values)
{
    const int n = incomplete.size();
    if (values.rows() != n || values.cols() != n || !values.allFinite() ||
        !(values.array() > 0).all())
        return Error(tr("The missing judgements cannot be completed from the given ones; check "
                        "the judgements for extreme values."));
    PairwiseMatrix m = incomplete;
    m.m_mode = JudgementMode::ExactRatio;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (m.m_known(i, j))
                continue;
            m.m_values(i, j) = values(i, j);
            m.m_values(j, i) = 1.0 / values(i, j);
        }
    }
    m.m_known.setConstant(true);
    return m;
}

QString PairwiseMatrix::criterionName(int i) const
{
    if (i >= 0 && i < m_criteria.size() && !m_criteria.at(i).isEmpty())
        return m_criteria.at(i);
    return QStringLiteral("C%1").arg(i + 1);
}

PairwiseMatrix::Cell PairwiseMatrix::judgement(int i, int j) const
{
    if (!m_known(i, j))
        return std::nullopt;
    return m_values(i, j);
}

int PairwiseMatrix::missingCount() const
{
    int missing = 0;
    for (int i = 0; i < size(); ++i)
        for (int j = i + 1; j < size(); ++j)
            missing += m_known(i, j) ? 0 : 1;
    return missing;
}

Status PairwiseMatrix::setJudgement(int i, int j, double value)
{
    if (i < 0 || j < 0 || i >= size() || j >= size())
        return Error(tr("There is no cell at row %1, column %2.").arg(i + 1).arg(j + 1));
    if (i == j) {
        if (std::abs(value - 1.0) < 1e-9)
            return Status::success();
        return Error(tr("The diagonal must be 1 (each criterion equals itself), but %1 is %2.")
                         .arg(cellLabel(i, i), QString::number(value)));
    }
    if (Status s = checkValue(i, j, value); !s)
        return s;
    const double v = normalised(value);
    m_values(i, j) = v;
    m_values(j, i) = 1.0 / v;
    m_known(i, j) = m_known(j, i) = true;
    return Status::success();
}

void PairwiseMatrix::clearJudgement(int i, int j)
{
    if (i == j)
        return;
    m_values(i, j) = m_values(j, i) = 1.0;
    m_known(i, j) = m_known(j, i) = false;
}

QString PairwiseMatrix::cellLabel(int i, int j) const
{
    if (m_criteria.isEmpty())
        return tr("row %1, column %2").arg(i + 1).arg(j + 1);
    return tr("row “%1”, column “%2”").arg(criterionName(i), criterionName(j));
}

Status PairwiseMatrix::checkValue(int i, int j, double value) const
{
    if (std::isnan(value) || std::isinf(value))
        return Error(tr("%1 is not a number.").arg(cellLabel(i, j)),
                     QStringLiteral("value=%1").arg(value));
    if (value == 0.0)
        return Error(tr("%1 is 0; a judgement is a ratio and must be positive (1 means equal).")
                         .arg(cellLabel(i, j)));
    if (value < 0.0)
        return Error(tr("%1 is negative (%2); a judgement must be positive.")
                         .arg(cellLabel(i, j), QString::number(value)));
    // A relative tolerance, so that 1/1000 typed as 0.001 passes.
    if (m_mode == JudgementMode::ExactRatio &&
        (value > maxExactRatio * (1 + 1e-9) || value < (1 - 1e-9) / maxExactRatio))
        return Error(tr("%1 is %2; exact ratios must lie between 1/%3 and %3.")
                         .arg(cellLabel(i, j), QString::number(value, 'g', 6))
                         .arg(maxExactRatio));
    if (m_mode == JudgementMode::SaatyScale && !SaatyScale::isOnScale(value))
        return Error(tr("%1 is %2, which is not on Saaty's 1–9 scale; use %3 or switch the "
                        "matrix to exact ratios.")
                         .arg(cellLabel(i, j), QString::number(value),
                              SaatyScale::toFraction(SaatyScale::snap(value))));
    return Status::success();
}

double PairwiseMatrix::normalised(double value) const
{
    // On the Saaty scale 0.333 means exactly 1/3; keeping the typed decimal would make the matrix
    // slightly inconsistent for no reason.
    return m_mode == JudgementMode::SaatyScale ? SaatyScale::snap(value) : value;
}

} // namespace valuedesk
