#include "inconsistency.h"

#include "saatyscale.h"

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

constexpr double tieTolerance = 1e-9;

Error incompleteError()
{
    return Error(Inconsistency::tr("Complete the missing judgements before looking for the most "
                                   "inconsistent ones."));
}

double crWith(Eigen::MatrixXd a, int i, int j, double value, const AhpSettings &settings)
{
    a(i, j) = value;
    a(j, i) = 1.0 / value;
    return Consistency::analyse(a, settings).cr;
}

} // namespace

Result<QVector<JudgementSuggestion>>
Inconsistency::rankJudgements(const PairwiseMatrix &matrix, const AhpSettings &settings, int count)
{
    if (!matrix.isComplete())
        return incompleteError();
    const int n = matrix.size();
    QVector<JudgementSuggestion> all;
    if (n <= 2)
        return all;
    const Eigen::VectorXd w = Consistency::analyse(matrix.values(), settings).weights;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            JudgementSuggestion s;
            s.row = i;
            s.column = j;
            s.current = matrix.values()(i, j);
            s.deviation = std::abs(std::log(s.current * w(j) / w(i)));
            all.append(s);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        if (std::abs(a.deviation - b.deviation) > tieTolerance)
            return a.deviation > b.deviation;
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    if (all.size() > count)
        all.resize(count);
    for (JudgementSuggestion &s : all) {
        const JudgementSuggestion best = bestValueFor(matrix, s.row, s.column, settings);
        s.suggested = best.suggested;
        s.crAfter = best.crAfter;
    }
    return all;
}

JudgementSuggestion Inconsistency::bestValueFor(const PairwiseMatrix &matrix, int row, int column,
                                                const AhpSettings &settings)
{
    JudgementSuggestion s;
    s.row = row;
    s.column = column;
    s.current = matrix.values()(row, column);
    s.suggested = s.current;
    s.crAfter = Consistency::analyse(matrix.values(), settings).cr;
    double bestDistance = 0;
    for (double v : SaatyScale::values()) {
        const double cr = crWith(matrix.values(), row, column, v, settings);
        const double distance = std::abs(std::log(v / s.current));
        const bool better = cr < s.crAfter - tieTolerance ||
                            (std::abs(cr - s.crAfter) <= tieTolerance && distance < bestDistance);
        if (better) {
            s.suggested = v;
            s.crAfter = cr;
            bestDistance = distance;
        }
    }
    return s;
}

Result<RepairProposal> Inconsistency::autoRepair(const PairwiseMatrix &matrix,
                                                 const AhpSettings &settings, int maxChanges)
{
    if (!matrix.isComplete())
        return incompleteError();
    RepairProposal p;
    p.repaired = matrix;
    p.crBefore = p.crAfter = Consistency::analyse(matrix.values(), settings).cr;
    const int n = matrix.size();
    for (int round = 0; round < maxChanges && p.crAfter >= settings.crThreshold; ++round) {
        const Eigen::VectorXd w = Consistency::analyse(p.repaired.values(), settings).weights;
        JudgementSuggestion best;
        best.crAfter = p.crAfter;
        bool found = false;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const JudgementSuggestion s = bestValueFor(p.repaired, i, j, settings);
                if (s.crAfter < best.crAfter - tieTolerance) {
                    best = s;
                    best.deviation = std::abs(std::log(s.current * w(j) / w(i)));
                    found = true;
                }
            }
        }
        if (!found)
            break;
        // Keep the original value as `current` when a cell is changed twice, so the user sees
        // one change per cell.
        auto it = std::find_if(p.changes.begin(), p.changes.end(), [&](const auto &c) {
            return c.row == best.row && c.column == best.column;
        });
        if (it != p.changes.end()) {
            it->suggested = best.suggested;
            it->crAfter = best.crAfter;
        } else {
            p.changes.append(best);
        }
        // Cannot fail: scale values are valid in both modes.
        (void)p.repaired.setJudgement(best.row, best.column, best.suggested);
        p.crAfter = best.crAfter;
    }
    p.reachesThreshold = p.crAfter < settings.crThreshold;
    return p;
}

} // namespace valuedesk
