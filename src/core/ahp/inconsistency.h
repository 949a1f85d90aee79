#pragma once

#include "consistency.h"
#include "pairwisematrix.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

// One judgement a_ij (row < column) that disagrees with the weights, and the fix for it.
struct JudgementSuggestion
{
    int row = 0;
    int column = 0;
    double current = 1;
    // |ln ε_ij| with ε_ij = a_ij · w_j / w_i: 0 when the judgement agrees with the weights, ln 3
    // when it is three times too large or too small. Symmetric in i, j, so each pair counts once.
    double deviation = 0;
    double suggested = 1; // Saaty-scale value that gives the lowest CR with all else unchanged
    double crAfter = 0;   // CR with `suggested` in place
};

struct RepairProposal
{
    QVector<JudgementSuggestion> changes; // in the order found; deviation is at the time found
    double crBefore = 0;
    double crAfter = 0;
    bool reachesThreshold = false;
    PairwiseMatrix repaired; // a proposal: the input matrix is never modified
};

// Inconsistency help: which judgements to revisit, and a minimal repair to offer the user.
// Never applied silently (unlike tools that replace an inconsistent matrix with equal weights).
class Inconsistency final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpInconsistency)

public:
    // The `count` judgements with the largest deviation, using the weights of settings.method.
    // Order: deviation descending; ties (within 1e-9, e.g. all three cells of an inconsistent
    // 3×3, whose ε are 3, 1/3, 3 for a cycle) by smaller row, then smaller column. This is the
    // measure behind Saaty's own advice to revise the a_ij with the largest a_ij·w_j/w_i
    // (Saaty 2003, EJOR 145, 85–91) and the "top 3" of BPMSG AHP-OS. The matrix must be complete.
    static Result<QVector<JudgementSuggestion>>
    rankJudgements(const PairwiseMatrix &matrix, const AhpSettings &settings = {}, int count = 3);

    // The Saaty-scale value for (row, column) that minimises CR; ties go to the value nearest
    // the current one (log distance), so an equally good fix never moves the judgement further.
    static JudgementSuggestion bestValueFor(const PairwiseMatrix &matrix, int row, int column,
                                            const AhpSettings &settings);

    // Fewest changes bringing CR below the threshold: each round tries every cell with every
    // scale value and keeps the change with the lowest CR. The first round is exhaustive, so if
    // one change suffices it is found; after that the search is greedy and stops after
    // maxChanges rounds or when no change lowers CR further.
    static Result<RepairProposal> autoRepair(const PairwiseMatrix &matrix,
                                             const AhpSettings &settings = {}, int maxChanges = 5);
};

} // namespace valuedesk
