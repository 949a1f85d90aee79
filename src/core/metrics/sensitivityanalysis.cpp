#include "sensitivityanalysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace valuedesk {

namespace {

// Global weights recomputed from the local ones, top-down (nodes are in pre-order).
void recomputeGlobals(HierarchyResult &h)
{
    for (int n = 0; n < h.nodes.size(); ++n) {
        HierarchyNodeResult &node = h.nodes[n];
        node.globalWeight =
            node.parent < 0 ? 1.0 : h.nodes.at(node.parent).globalWeight * node.localWeight;
    }
}

int topLevelAncestor(const HierarchyResult &h, int node)
{
    int n = node;
    while (n > 0 && h.nodes.at(n).parent > 0)
        n = h.nodes.at(n).parent;
    return n;
}

// Rows by descending value, ties by row.
std::vector<int> order(const Eigen::VectorXd &values)
{
    std::vector<int> rows(static_cast<std::size_t>(values.size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&values](int a, int b) {
        const double va = values(a);
        const double vb = values(b);
        return va > vb || (va == vb && a < b);
    });
    return rows;
}

std::vector<int> ranksFromOrder(const Eigen::VectorXd &values, const std::vector<int> &rows)
{
    std::vector<int> ranks(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const int r = rows[k];
        ranks[static_cast<std::size_t>(r)] = k > 0 && values(rows[k - 1]) == values(r)
                                                 ? ranks[static_cast<std::size_t>(rows[k - 1])]
                                                 : static_cast<int>(k) + 1;
    }
    return ranks;
}

} // namespace

SensitivityAnalysis::SensitivityAnalysis(const EvaluationResult &base, const ScoreOptions &scoring)
    : m_base(base), m_scoring(scoring)
{
    const HierarchyResult &h = base.hierarchy;
    const ValueScores &s = base.scores;
    const int leafCount = static_cast<int>(h.leaves.size());
    const Eigen::Index rows = base.normalised.values.rows();
    m_valid = leafCount > 0 && base.normalised.values.cols() == leafCount &&
              base.normalised.included.rows() == rows &&
              base.normalised.included.cols() == leafCount && s.currentNode > 0 &&
              s.potentialNode > 0 && s.currentNode < h.nodes.size() &&
              s.potentialNode < h.nodes.size();
    for (int n = 0; m_valid && n < h.nodes.size(); ++n)
        m_valid = h.nodes.at(n).parent < n;
    if (!m_valid)
        return;

    m_currentMask.setZero(leafCount);
    m_potentialMask.setZero(leafCount);
    for (int j = 0; j < leafCount; ++j) {
        const int top = topLevelAncestor(h, h.leaves.at(j));
        m_currentMask(j) = top == s.currentNode ? 1.0 : 0.0;
        m_potentialMask(j) = top == s.potentialNode ? 1.0 : 0.0;
    }

    // Distinct missing-data patterns: customers sharing one share their effective weights.
    const BoolMatrix &included = base.normalised.included;
    std::unordered_multimap<quint64, int> byHash;
    std::vector<Eigen::Index> patternRows; // a representative row per pattern
    m_patternOfRow.resize(static_cast<std::size_t>(rows));
    for (Eigen::Index r = 0; r < rows; ++r) {
        quint64 hash = 1469598103934665603ULL;
        for (int j = 0; j < leafCount; ++j)
            hash = (hash ^ (included(r, j) ? 0x9eU : 0x3bU)) * 1099511628211ULL;
        int pattern = -1;
        const auto range = byHash.equal_range(hash);
        for (auto it = range.first; it != range.second && pattern < 0; ++it)
            if ((included.row(r) == included.row(patternRows[static_cast<std::size_t>(it->second)]))
                    .all())
                pattern = it->second;
        if (pattern < 0) {
            pattern = static_cast<int>(patternRows.size());
            patternRows.push_back(r);
            byHash.emplace(hash, pattern);
        }
        m_patternOfRow[static_cast<std::size_t>(r)] = pattern;
    }
    m_patterns.resize(static_cast<Eigen::Index>(patternRows.size()), leafCount);
    for (std::size_t p = 0; p < patternRows.size(); ++p)
        m_patterns.row(static_cast<Eigen::Index>(p)) = included.row(patternRows[p]);

    HierarchyResult recomputed = h;
    recomputeGlobals(recomputed);
    const Scored scored = score(recomputed);
    double currentThreshold = 0;
    double potentialThreshold = 0;
    thresholds(scored, currentThreshold, potentialThreshold);
    m_baseQuadrants.reserve(static_cast<int>(rows));
    for (Eigen::Index r = 0; r < rows; ++r)
        m_baseQuadrants.append(ValueScorer::classify(scored.current(r), scored.potential(r),
                                                     currentThreshold, potentialThreshold));
    m_baseTotal = scored.total;
    m_baseOrder = order(m_baseTotal);
    m_baseRanks = ranksFromOrder(m_baseTotal, m_baseOrder);
}

SensitivityAnalysis::Scored SensitivityAnalysis::score(const HierarchyResult &h) const
{
    const Eigen::Index patternCount = m_patterns.rows();
    const auto leafCount = static_cast<Eigen::Index>(h.leaves.size());
    Eigen::MatrixXd weights(patternCount, leafCount);
    for (Eigen::Index p = 0; p < patternCount; ++p)
        weights.row(p) = ValueScorer::effectiveLeafWeights(h, m_patterns, p).transpose();

    // contributions(r, j) = the customer's weight of leaf j × its normalised value.
    Eigen::MatrixXd contributions;
    if (patternCount == 1)
        contributions = m_base.normalised.values.array().rowwise() * weights.row(0).array();
    else
        contributions =
            weights(m_patternOfRow, Eigen::all).array() * m_base.normalised.values.array();
    Scored s;
    s.total = contributions.rowwise().sum();
    s.current = contributions * m_currentMask;
    s.potential = contributions * m_potentialMask;
    return s;
}

void SensitivityAnalysis::thresholds(const Scored &s, double &current, double &potential) const
{
    switch (m_scoring.split) {
    case SplitMethod::Mean:
        current = s.current.size() > 0 ? s.current.mean() : 0.0;
        potential = s.potential.size() > 0 ? s.potential.mean() : 0.0;
        return;
    case SplitMethod::Median:
        current = ValueScorer::median(s.current);
        potential = ValueScorer::median(s.potential);
        return;
    case SplitMethod::Thresholds:
        break;
    }
    current = m_scoring.currentThreshold;
    potential = m_scoring.potentialThreshold;
}

Result<SensitivityResult> SensitivityAnalysis::run(const SensitivityParams &params) const
{
    if (!m_valid)
        return Error(tr("The evaluation cannot be re-scored."),
                     QStringLiteral("inconsistent EvaluationResult"));
    const HierarchyResult &base = m_base.hierarchy;
    if (params.node <= 0 || params.node >= base.nodes.size())
        return Error(tr("Choose a criterion or indicator below the goal."),
                     QStringLiteral("node %1 of %2").arg(params.node).arg(base.nodes.size()));
    if (!std::isfinite(params.change))
        return Error(tr("The weight change is not a number."));

    SensitivityResult out;
    out.node = params.node;
    out.parent = base.nodes.at(params.node).parent;
    int index = -1;
    for (int n = out.parent + 1; n < base.nodes.size(); ++n) {
        if (base.nodes.at(n).parent == out.parent) {
            if (n == params.node)
                index = static_cast<int>(out.family.size());
            out.family.append(n);
            out.oldWeights.append(base.nodes.at(n).localWeight);
        }
    }
    for (int n = out.parent; n > 0; n = base.nodes.at(n).parent) {
        int position = 0;
        for (int m = base.nodes.at(n).parent + 1; m < n; ++m)
            position += base.nodes.at(m).parent == base.nodes.at(n).parent ? 1 : 0;
        out.parentPath.prepend(position);
    }
    out.noSiblings = out.family.size() < 2;
    out.newWeights = adjustedWeights(out.oldWeights, index, params.change, &out.clamped);

    HierarchyResult h = base;
    for (int k = 0; k < out.family.size(); ++k)
        h.nodes[out.family.at(k)].localWeight = out.newWeights.at(k);
    recomputeGlobals(h);
    for (int leaf : std::as_const(h.leaves))
        out.leafWeights.append(h.nodes.at(leaf).globalWeight);

    Scored scored = score(h);
    thresholds(scored, out.currentThreshold, out.potentialThreshold);
    const auto rows = static_cast<int>(scored.total.size());
    out.quadrants.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const Quadrant q = ValueScorer::classify(scored.current(r), scored.potential(r),
                                                 out.currentThreshold, out.potentialThreshold);
        out.quadrants.append(q);
        const Quadrant before = m_baseQuadrants.at(r);
        ++out.transitions[static_cast<std::size_t>(before)][static_cast<std::size_t>(q)];
        out.quadrantChanges += before != q ? 1 : 0;
    }

    const std::vector<int> newOrder = order(scored.total);
    const std::vector<int> newRanks = ranksFromOrder(scored.total, newOrder);
    out.topN = std::clamp(params.topN, 0, rows);
    std::vector<char> inOldTop(static_cast<std::size_t>(rows), 0);
    for (int k = 0; k < out.topN; ++k)
        inOldTop[static_cast<std::size_t>(m_baseOrder[static_cast<std::size_t>(k)])] = 1;
    for (int k = 0; k < out.topN; ++k)
        out.topKept += inOldTop[static_cast<std::size_t>(newOrder[static_cast<std::size_t>(k)])];

    // The largest movers: |old − new| descending, then the better new rank, then the row.
    std::vector<int> moved;
    moved.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
        if (newRanks[static_cast<std::size_t>(r)] != m_baseRanks[static_cast<std::size_t>(r)])
            moved.push_back(r);
    const auto distance = [&](int r) {
        return std::abs(newRanks[static_cast<std::size_t>(r)] -
                        m_baseRanks[static_cast<std::size_t>(r)]);
    };
    const auto before = [&](int a, int b) {
        const int da = distance(a);
        const int db = distance(b);
        if (da != db)
            return da > db;
        const int ra = newRanks[static_cast<std::size_t>(a)];
        const int rb = newRanks[static_cast<std::size_t>(b)];
        return ra != rb ? ra < rb : a < b;
    };
    const auto keep =
        std::min(moved.size(), static_cast<std::size_t>(std::max(0, params.moverCount)));
    std::partial_sort(moved.begin(), moved.begin() + static_cast<std::ptrdiff_t>(keep), moved.end(),
                      before);
    for (std::size_t k = 0; k < keep; ++k) {
        const int r = moved[k];
        out.movers.append(RankMove{r, m_baseRanks[static_cast<std::size_t>(r)],
                                   newRanks[static_cast<std::size_t>(r)]});
    }

    out.total = std::move(scored.total);
    out.current = std::move(scored.current);
    out.potential = std::move(scored.potential);
    return out;
}

QVector<double> SensitivityAnalysis::adjustedWeights(const QVector<double> &weights, int index,
                                                     double change, bool *clamped)
{
    if (clamped)
        *clamped = false;
    const int n = static_cast<int>(weights.size());
    if (n < 2 || index < 0 || index >= n || change == 0 || !std::isfinite(change))
        return weights;
    const double w = weights.at(index);
    const double target = w * (1.0 + change);
    const double adjusted = std::clamp(target, 0.0, 1.0);
    if (clamped)
        *clamped = adjusted != target;
    double restBefore = 0;
    for (int k = 0; k < n; ++k)
        restBefore += k == index ? 0.0 : weights.at(k);
    const double restAfter = 1.0 - adjusted;
    QVector<double> out(n);
    for (int k = 0; k < n; ++k) {
        if (k == index)
            out[k] = adjusted;
        else
            out[k] = restBefore > 0 ? weights.at(k) * restAfter / restBefore
                                    : restAfter / static_cast<double>(n - 1);
    }
    return out;
}

Result<AhpModel> SensitivityAnalysis::adjustedModel(const AhpModel &model,
                                                    const SensitivityResult &result)
{
    AhpModel adjusted = model;
    HierarchyNode *node = &adjusted.root;
    for (int child : result.parentPath) {
        if (child < 0 || child >= static_cast<int>(node->children().size()))
            return Error(tr("The model does not match the analysed hierarchy."),
                         QStringLiteral("bad path"));
        node = &node->children()[static_cast<std::size_t>(child)];
    }
    if (static_cast<int>(node->children().size()) != result.newWeights.size() ||
        result.newWeights.isEmpty())
        return Error(tr("The model does not match the analysed hierarchy."),
                     QStringLiteral("%1 children, %2 weights")
                         .arg(node->children().size())
                         .arg(result.newWeights.size()));
    node->setDirectWeights(result.newWeights);
    return adjusted;
}

std::vector<int> SensitivityAnalysis::ranks(const Eigen::VectorXd &values)
{
    return ranksFromOrder(values, order(values));
}

} // namespace valuedesk
