#include "hierarchy.h"

#include <cmath>

namespace valuedesk {

namespace {

struct Walker
{
    const AhpSettings &settings;
    HierarchyResult result;
    double ciSum = 0;
    double riSum = 0;

    Status visit(const HierarchyNode &node, int parent, int depth, double local, double global);
    Result<Eigen::VectorXd> localWeights(const HierarchyNode &node, HierarchyNodeResult &r);
};

Result<Eigen::VectorXd> Walker::localWeights(const HierarchyNode &node, HierarchyNodeResult &r)
{
    const int n = static_cast<int>(node.children().size());
    if (node.directWeights()) {
        if (node.weights().size() != n)
            return Error(Hierarchy::tr("“%1” has %2 sub-items but %3 weights.")
                             .arg(node.name())
                             .arg(n)
                             .arg(node.weights().size()));
        Eigen::VectorXd w(n);
        for (int i = 0; i < n; ++i) {
            const double v = node.weights().at(i);
            if (!std::isfinite(v) || v < 0)
                return Error(
                    Hierarchy::tr("The weight of “%1” under “%2” must be zero or positive.")
                        .arg(node.children()[static_cast<std::size_t>(i)].name(), node.name()));
            w(i) = v;
        }
        if (!(w.sum() > 0))
            return Error(Hierarchy::tr("The weights under “%1” are all zero.").arg(node.name()));
        return Eigen::VectorXd(w / w.sum());
    }
    if (node.evaluators().isEmpty())
        return Error(Hierarchy::tr("“%1” has sub-items but neither judgements nor weights.")
                         .arg(node.name()));
    for (const Evaluator &e : node.evaluators()) {
        if (e.matrix.size() != n)
            return Error(Hierarchy::tr("The judgement matrix of “%1” is %2 × %2, but it has %3 "
                                       "sub-items.")
                             .arg(node.name())
                             .arg(e.matrix.size())
                             .arg(n));
    }
    if (node.evaluators().size() == 1) {
        Result<CompletionResult> completed =
            MatrixCompletion::complete(node.evaluators().first().matrix);
        if (!completed)
            return Error(Hierarchy::tr("“%1”: %2").arg(node.name(), completed.error().message()));
        r.ahp = Consistency::analyse(completed->completed.values(), settings);
        r.inferred = completed->inferred;
        return r.ahp->weights;
    }
    Result<GroupResult> group =
        GroupJudgement::aggregate(node.evaluators(), node.aggregation(), settings);
    if (!group)
        return Error(Hierarchy::tr("“%1”: %2").arg(node.name(), group.error().message()));
    r.ahp = group->groupMatrix;
    r.group = std::move(group).value();
    return r.group->weights;
}

Status Walker::visit(const HierarchyNode &node, int parent, int depth, double local, double global)
{
    HierarchyNodeResult r;
    r.name = node.name();
    r.metric = node.metric();
    r.direction = node.direction();
    r.parent = parent;
    r.depth = depth;
    r.leaf = node.isLeaf();
    r.directWeights = node.directWeights();
    r.localWeight = local;
    r.globalWeight = global;
    const int index = static_cast<int>(result.nodes.size());
    if (r.leaf) {
        result.nodes.append(r);
        result.leaves.append(index);
        return Status::success();
    }
    Result<Eigen::VectorXd> w = localWeights(node, r);
    if (!w)
        return w.error();
    if (r.ahp) {
        ciSum += global * r.ahp->ci;
        riSum += global * r.ahp->ri;
        if (!r.ahp->consistent)
            result.consistent = false;
    }
    result.nodes.append(r);
    for (std::size_t i = 0; i < node.children().size(); ++i) {
        const double childLocal = (*w)(static_cast<Eigen::Index>(i));
        if (Status s = visit(node.children()[i], index, depth + 1, childLocal, global * childLocal);
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

Result<HierarchyResult> Hierarchy::evaluate(const HierarchyNode &root, const AhpSettings &settings)
{
    Walker walker{settings, {}, 0, 0};
    if (Status s = walker.visit(root, -1, 0, 1.0, 1.0); !s)
        return s.error();
    HierarchyResult result = std::move(walker.result);
    result.hierarchicalCr = walker.riSum > 0 ? walker.ciSum / walker.riSum : 0.0;
    if (result.hierarchicalCr >= settings.crThreshold)
        result.consistent = false;
    return result;
}

} // namespace valuedesk
