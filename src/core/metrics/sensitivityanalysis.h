#pragma once

#include "evaluation.h"

#include <QCoreApplication>
#include <QVector>

#include <array>
#include <vector>

namespace valuedesk {

struct SensitivityParams
{
    int node = -1;       // index into HierarchyResult::nodes; any node but the goal
    double change = 0;   // relative change of its local weight: +0.20 = +20 %
    int topN = 20;       // the top-N ranking (by total score) to compare
    int moverCount = 10; // how many of the largest rank movers to report
};

// A customer whose total-score rank moved (1 = best; ties share the best rank).
struct RankMove
{
    int row = -1;
    int oldRank = 0;
    int newRank = 0;
};

struct SensitivityResult
{
    int node = -1;
    int parent = -1;
    QVector<int> parentPath;     // child indices from the goal down to the parent (goal: {})
    QVector<int> family;         // node indices of the parent's children, in order
    QVector<double> oldWeights;  // their local weights before
    QVector<double> newWeights;  // after: sums to 1
    bool clamped = false;        // w·(1 + change) fell outside [0, 1]
    bool noSiblings = false;     // a family of one: nothing can change
    QVector<double> leafWeights; // new global weight per leaf (column)
    Eigen::VectorXd total;       // new scores per customer
    Eigen::VectorXd current;
    Eigen::VectorXd potential;
    double currentThreshold = 0; // new thresholds (mean/median recomputed, fixed ones kept)
    double potentialThreshold = 0;
    QVector<Quadrant> quadrants; // new quadrant per customer
    int quadrantChanges = 0;
    // transitions[old][new]: customers per pair of quadrants (indexed by Quadrant).
    std::array<std::array<int, 4>, 4> transitions{};
    int topN = 0;             // min(params.topN, customers)
    int topKept = 0;          // how many of the old top N are still in the new top N
    QVector<RankMove> movers; // largest |old − new| rank first
};

// What-if on one AHP weight: the node's local weight becomes w' = w·(1 + x) clamped to [0, 1],
// its siblings are rescaled proportionally so the family still sums to 1 (equally when they
// had no weight at all), global weights are recomputed down the tree and every customer is
// re-scored on the same normalised matrix and axes with ValueScorer's per-customer weights
// (ValueScorer::effectiveLeafWeights), the split re-applied (mean/median recomputed, fixed
// thresholds kept). Construction prepares the base once (ranks, missing-data patterns); run()
// is then vectorised over customers and safe to call from several threads.
class SensitivityAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::SensitivityAnalysis)

public:
    // `scoring` is the evaluation's ScoreOptions (for the split and fixed thresholds; the axes
    // are taken from base.scores). `base` must outlive this object.
    SensitivityAnalysis(const EvaluationResult &base, const ScoreOptions &scoring);

    int customerCount() const { return static_cast<int>(m_baseTotal.size()); }
    // The base as this analysis scores it (equal to base.scores up to rounding); `old` in
    // every result refers to these.
    const QVector<Quadrant> &baseQuadrants() const { return m_baseQuadrants; }
    const std::vector<int> &baseRanks() const { return m_baseRanks; }

    // Error (translated) for the goal, an unknown node or a base that is not scorable.
    Result<SensitivityResult> run(const SensitivityParams &params) const;

    // The family's local weights after the change (see the class comment). `weights` sum to 1.
    static QVector<double> adjustedWeights(const QVector<double> &weights, int index, double change,
                                           bool *clamped = nullptr);
    // The model with the parent of result.node switched to direct weights equal to
    // result.newWeights (the judgements are kept on the node for switching back).
    static Result<AhpModel> adjustedModel(const AhpModel &model, const SensitivityResult &result);
    // Competition ranks (1 = best, ties share the best rank) of `values`, descending.
    static std::vector<int> ranks(const Eigen::VectorXd &values);

private:
    struct Scored
    {
        Eigen::VectorXd total;
        Eigen::VectorXd current;
        Eigen::VectorXd potential;
    };
    Scored score(const HierarchyResult &h) const;
    void thresholds(const Scored &s, double &current, double &potential) const;

    const EvaluationResult &m_base;
    ScoreOptions m_scoring;
    bool m_valid = false;
    Eigen::VectorXd m_currentMask; // per leaf: 1 under the current axis
    Eigen::VectorXd m_potentialMask;
    BoolMatrix m_patterns;           // distinct rows of normalised.included
    std::vector<int> m_patternOfRow; // index into m_patterns per customer
    Eigen::VectorXd m_baseTotal;
    QVector<Quadrant> m_baseQuadrants;
    std::vector<int> m_baseRanks;
    std::vector<int> m_baseOrder; // rows by base total, best first (ties by row)
};

} // namespace valuedesk
