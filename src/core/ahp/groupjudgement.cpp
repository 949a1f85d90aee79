#include "groupjudgement.h"

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

double shannon(const Eigen::VectorXd &p)
{
    double h = 0;
    for (Eigen::Index i = 0; i < p.size(); ++i)
        if (p(i) > 0)
            h -= p(i) * std::log(p(i));
    return h;
}

Result<EvaluatorResult> analyseEvaluator(const Evaluator &e, const AhpSettings &settings)
{
    Result<CompletionResult> completed = MatrixCompletion::complete(e.matrix);
    if (!completed)
        return Error(GroupJudgement::tr("%1: %2").arg(e.name, completed.error().message()),
                     completed.error().detail());
    EvaluatorResult r;
    r.name = e.name;
    r.ahp = Consistency::analyse(completed->completed.values(), settings);
    r.inferred = completed->inferred;
    return r;
}

} // namespace

Result<GroupResult> GroupJudgement::aggregate(const QVector<Evaluator> &evaluators,
                                              GroupAggregation aggregation,
                                              const AhpSettings &settings)
{
    if (evaluators.isEmpty())
        return Error(tr("There are no evaluators to aggregate."));
    const int n = evaluators.first().matrix.size();
    double totalVote = 0;
    for (const Evaluator &e : evaluators) {
        if (e.matrix.size() != n)
            return Error(tr("%1 compares %2 criteria, but %3 compares %4; all evaluators must "
                            "judge the same criteria.")
                             .arg(e.name)
                             .arg(e.matrix.size())
                             .arg(evaluators.first().name)
                             .arg(n));
        if (!std::isfinite(e.votingWeight) || e.votingWeight <= 0)
            return Error(tr("The voting weight of %1 must be a positive number.").arg(e.name));
        totalVote += e.votingWeight;
    }

    GroupResult g;
    g.aggregation = aggregation;
    for (const Evaluator &e : evaluators) {
        Result<EvaluatorResult> r = analyseEvaluator(e, settings);
        if (!r)
            return r.error();
        g.evaluators.append(std::move(r).value());
    }

    if (aggregation == GroupAggregation::Judgements) {
        Result<PairwiseMatrix> mean = geometricMeanMatrix(evaluators);
        if (!mean)
            return mean.error();
        Result<CompletionResult> completed = MatrixCompletion::complete(*mean);
        if (!completed)
            return completed.error();
        g.groupMatrix = Consistency::analyse(completed->completed.values(), settings);
        g.inferred = completed->inferred;
        g.weights = g.groupMatrix->weights;
    } else {
        Eigen::VectorXd logW = Eigen::VectorXd::Zero(n);
        for (int k = 0; k < evaluators.size(); ++k)
            logW += evaluators[k].votingWeight / totalVote *
                    g.evaluators[k].ahp.weights.array().log().matrix();
        g.weights = logW.array().exp();
        g.weights /= g.weights.sum();
    }

    QVector<Eigen::VectorXd> priorities;
    for (EvaluatorResult &r : g.evaluators) {
        r.distanceToGroup = 0.5 * (r.ahp.weights - g.weights).cwiseAbs().sum();
        priorities.append(r.ahp.weights);
    }
    g.consensus = consensus(priorities);
    g.consensusLevel = consensusLevel(g.consensus);
    return g;
}

Result<PairwiseMatrix> GroupJudgement::geometricMeanMatrix(const QVector<Evaluator> &evaluators)
{
    const int n = evaluators.first().matrix.size();
    QVector<QVector<PairwiseMatrix::Cell>> rows(n, QVector<PairwiseMatrix::Cell>(n));
    for (int i = 0; i < n; ++i) {
        rows[i][i] = 1.0;
        for (int j = i + 1; j < n; ++j) {
            double logSum = 0;
            double weightSum = 0;
            for (const Evaluator &e : evaluators) {
                if (e.matrix.isKnown(i, j)) {
                    logSum += e.votingWeight * std::log(e.matrix.values()(i, j));
                    weightSum += e.votingWeight;
                }
            }
            if (weightSum > 0)
                rows[i][j] = std::exp(logSum / weightSum);
        }
    }
    return PairwiseMatrix::fromRows(rows, JudgementMode::ExactRatio,
                                    evaluators.first().matrix.criteria());
}

double GroupJudgement::consensus(const QVector<Eigen::VectorXd> &priorities, double scaleMax)
{
    // Goepel, K.D. (2013). Implementing the AHP as a standard method for multi-criteria decision
    // making in corporate enterprises – a new AHP Excel template with multiple inputs. Proc.
    // ISAHP 2013, Kuala Lumpur; as implemented in BPMSG AHP-OS (AhpGroup.php, getConsensus):
    //   Hα = mean of the evaluators' Shannon entropies, Hγ = entropy of their mean priorities,
    //   Hβ = Hγ − Hα, D = exp(H);
    //   S* = (1/Dβ − Dα,min/n) / (1 − Dα,min/n),
    // with Dα,min the diversity of one criterion M times as important as each of the others
    // (weights M/(n+M−1) and 1/(n+M−1)) and Dγ,max = n. Evaluators count equally here, as in
    // AHP-OS, whatever their voting weights: consensus describes the people, not the vote.
    const int k = static_cast<int>(priorities.size());
    if (k < 2)
        return 1.0;
    const auto n = priorities.first().size();
    if (n < 2)
        return 1.0;
    double hAlpha = 0;
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(n);
    for (const Eigen::VectorXd &p : priorities) {
        hAlpha += shannon(p);
        mean += p;
    }
    hAlpha /= k;
    mean /= k;
    const double hBeta = shannon(mean) - hAlpha;

    const double dn = static_cast<double>(n);
    const double top = scaleMax / (dn + scaleMax - 1);
    const double rest = 1.0 / (dn + scaleMax - 1);
    const double hAlphaMin = -top * std::log(top) - (dn - 1) * rest * std::log(rest);
    const double inverseCorrection = std::exp(hAlphaMin) / dn;
    const double s = (std::exp(-hBeta) - inverseCorrection) / (1 - inverseCorrection);
    return std::clamp(s, 0.0, 1.0);
}

ConsensusLevel GroupJudgement::consensusLevel(double consensus)
{
    // Goepel's word scale (bpmsg.com, "AHP consensus indicator"): four equal steps from 50 % to
    // 100 %, below 50 % "very low", derived from 140 nodes of 35 group projects.
    if (consensus < 0.5)
        return ConsensusLevel::VeryLow;
    if (consensus < 0.625)
        return ConsensusLevel::Low;
    if (consensus < 0.75)
        return ConsensusLevel::Moderate;
    if (consensus < 0.875)
        return ConsensusLevel::High;
    return ConsensusLevel::VeryHigh;
}

QString GroupJudgement::consensusLevelName(ConsensusLevel level)
{
    switch (level) {
    case ConsensusLevel::VeryLow:
        return tr("very low");
    case ConsensusLevel::Low:
        return tr("low");
    case ConsensusLevel::Moderate:
        return tr("moderate");
    case ConsensusLevel::High:
        return tr("high");
    case ConsensusLevel::VeryHigh:
        return tr("very high");
    }
    return {};
}

} // namespace valuedesk
