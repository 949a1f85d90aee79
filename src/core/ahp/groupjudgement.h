#pragma once

#include "consistency.h"
#include "matrixcompletion.h"
#include "pairwisematrix.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk {

enum class GroupAggregation {
    // Aggregation of individual judgements: weighted geometric mean of each a_ij, then the
    // group matrix is analysed as usual. The only element-wise mean that keeps reciprocity
    // (Aczél & Saaty 1983). The default.
    Judgements,
    // Aggregation of individual priorities: weighted geometric mean of each evaluator's weights,
    // renormalised to sum 1 (Forman & Peniwati 1998). There is no group matrix, hence no group CR.
    Priorities,
};

struct Evaluator
{
    QString name;
    PairwiseMatrix matrix;
    double votingWeight = 1.0; // any positive number; only ratios between evaluators matter
};

enum class ConsensusLevel { VeryLow, Low, Moderate, High, VeryHigh };

struct EvaluatorResult
{
    QString name;
    AhpResult ahp; // own weights and CR (after completing own missing judgements)
    QVector<InferredCell> inferred;
    // Total variation distance ½·Σ|w_k − w_group,k|: the share of weight that would have to move
    // for this evaluator to agree with the group (0 = same weights, 1 = disjoint).
    double distanceToGroup = 0;
};

struct GroupResult
{
    GroupAggregation aggregation = GroupAggregation::Judgements;
    Eigen::VectorXd weights;
    std::optional<AhpResult> groupMatrix; // AIJ only
    QVector<InferredCell> inferred;       // AIJ: group cells nobody judged
    QVector<EvaluatorResult> evaluators;
    double consensus = 1; // Goepel's AHP consensus indicator S*, 0..1
    ConsensusLevel consensusLevel = ConsensusLevel::VeryHigh;
};

class GroupJudgement final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpGroupJudgement)

public:
    // All evaluators must judge the same number of criteria. Incomplete individual matrices are
    // completed (λmax-optimal) for their own weights; AIJ averages only the judgements given.
    static Result<GroupResult>
    aggregate(const QVector<Evaluator> &evaluators,
              GroupAggregation aggregation = GroupAggregation::Judgements,
              const AhpSettings &settings = {});

    // The weighted geometric mean of each judgement a_ij over the evaluators who gave it; a cell
    // nobody judged stays unknown. All evaluators must judge the same criteria (not empty).
    static Result<PairwiseMatrix> geometricMeanMatrix(const QVector<Evaluator> &evaluators);

    // Goepel's consensus S* over the evaluators' priority vectors (rows sum to 1), for AHP scale
    // maximum M (9 for Saaty's scale). 1 for a single evaluator.
    static double consensus(const QVector<Eigen::VectorXd> &priorities, double scaleMax = 9.0);
    static ConsensusLevel consensusLevel(double consensus);
    static QString consensusLevelName(ConsensusLevel level);
};

} // namespace valuedesk
