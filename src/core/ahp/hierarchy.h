#pragma once

#include "consistency.h"
#include "groupjudgement.h"
#include "hierarchynode.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace valuedesk {

struct HierarchyNodeResult
{
    QString name;
    QString metric;
    QString direction;
    int parent = -1; // index into HierarchyResult::nodes, -1 for the goal
    int depth = 0;
    bool leaf = true;
    bool directWeights = false;       // this node's children were weighted by typed weights
    double localWeight = 1;           // within its parent
    double globalWeight = 1;          // product of local weights from the goal down
    std::optional<AhpResult> ahp;     // non-leaf with judgements: weights, λmax, CI, CR
    std::optional<GroupResult> group; // non-leaf with several evaluators
    QVector<InferredCell> inferred;   // completed judgements (single evaluator)
};

struct HierarchyResult
{
    QVector<HierarchyNodeResult> nodes; // pre-order, the goal first
    QVector<int> leaves;                // indices of the leaves, left to right
    double hierarchicalCr = 0;
    bool consistent = true; // hierarchicalCr and every node's CR under the threshold
};

// Evaluates a hierarchy: local weights per parent, global weights, hierarchical consistency.
class Hierarchy final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpHierarchy)

public:
    // Hierarchical (overall) consistency ratio, Saaty (1980) ch. 4 and the 层次总排序一致性检验
    // of Chinese textbooks, generalised to any depth by weighting each judgement node p with its
    // global weight g_p:  CR_H = Σ_p g_p·CI_p / Σ_p g_p·RI_p over nodes judged by a matrix.
    // Nodes with direct weights or aggregated priorities (AIP) have no CI and are left out;
    // nodes with ≤ 2 children add 0 to both sums. CR_H = 0 when nothing is left.
    static Result<HierarchyResult> evaluate(const HierarchyNode &root,
                                            const AhpSettings &settings = {});
};

} // namespace valuedesk
