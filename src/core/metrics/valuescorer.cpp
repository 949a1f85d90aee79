#include "valuescorer.h"

#include <algorithm>
#include <vector>

namespace valuedesk {

namespace {

// Adds w·x to the leaf's node and every ancestor.
void addUp(Eigen::MatrixXd &scores, Eigen::Index row, const HierarchyResult &h, int node, double v)
{
    for (int n = node; n >= 0; n = h.nodes.at(n).parent)
        scores(row, n) += v;
}

} // namespace

// The per-customer leaf weights of ValueScorer::score(), with its scratch space allocated once.
class ValueScorer::LeafWeights final
{
public:
    explicit LeafWeights(const HierarchyResult &h)
        : m_h(h), m_nodeCount(static_cast<std::size_t>(h.nodes.size())),
          m_leafCount(static_cast<int>(h.leaves.size())), m_mass(m_nodeCount, 0.0),
          m_includedMass(m_nodeCount), m_includedChildMass(m_nodeCount), m_effective(m_nodeCount)
    {
        // Each node's weight: the sum of its leaves' global weights.
        for (int j = 0; j < m_leafCount; ++j) {
            const int leaf = h.leaves.at(j);
            for (int n = leaf; n >= 0; n = h.nodes.at(n).parent)
                m_mass[static_cast<std::size_t>(n)] += h.nodes.at(leaf).globalWeight;
        }
    }

    // `out` receives one weight per leaf.
    void compute(const BoolMatrix &included, Eigen::Index row, double *out)
    {
        bool allIncluded = true;
        for (int j = 0; j < m_leafCount; ++j)
            allIncluded = allIncluded && included(row, j);
        if (allIncluded) {
            for (int j = 0; j < m_leafCount; ++j)
                out[j] = m_h.nodes.at(m_h.leaves.at(j)).globalWeight;
            return;
        }
        // Re-normalise this customer's weights among the included indicators.
        std::fill(m_includedMass.begin(), m_includedMass.end(), 0.0);
        std::fill(m_includedChildMass.begin(), m_includedChildMass.end(), 0.0);
        for (int j = 0; j < m_leafCount; ++j)
            if (included(row, j))
                for (int n = m_h.leaves.at(j); n >= 0; n = m_h.nodes.at(n).parent)
                    m_includedMass[static_cast<std::size_t>(n)] += 1.0;
        const int nodeCount = static_cast<int>(m_nodeCount);
        for (int n = 1; n < nodeCount; ++n)
            if (m_includedMass[static_cast<std::size_t>(n)] > 0)
                m_includedChildMass[static_cast<std::size_t>(m_h.nodes.at(n).parent)] +=
                    m_mass[static_cast<std::size_t>(n)];
        m_effective[0] = m_includedMass[0] > 0 ? m_mass[0] : 0.0;
        for (int n = 1; n < nodeCount; ++n) {
            const auto p = static_cast<std::size_t>(m_h.nodes.at(n).parent);
            const auto u = static_cast<std::size_t>(n);
            m_effective[u] = m_includedMass[u] > 0 && m_includedChildMass[p] > 0
                                 ? m_effective[p] * m_mass[u] / m_includedChildMass[p]
                                 : 0.0;
        }
        for (int j = 0; j < m_leafCount; ++j)
            out[j] =
                included(row, j) ? m_effective[static_cast<std::size_t>(m_h.leaves.at(j))] : 0.0;
    }

private:
    const HierarchyResult &m_h;
    std::size_t m_nodeCount;
    int m_leafCount;
    std::vector<double> m_mass;
    std::vector<double> m_includedMass;
    std::vector<double> m_includedChildMass;
    std::vector<double> m_effective;
};

Eigen::VectorXd ValueScorer::effectiveLeafWeights(const HierarchyResult &hierarchy,
                                                  const BoolMatrix &included, Eigen::Index row)
{
    Eigen::VectorXd out(hierarchy.leaves.size());
    if (included.cols() != hierarchy.leaves.size() || row < 0 || row >= included.rows())
        return Eigen::VectorXd::Zero(hierarchy.leaves.size());
    LeafWeights(hierarchy).compute(included, row, out.data());
    return out;
}

Result<ValueScores> ValueScorer::score(const HierarchyResult &h, const NormalisedMatrix &normalised,
                                       const ScoreOptions &options)
{
    const int nodeCount = static_cast<int>(h.nodes.size());
    const int leafCount = static_cast<int>(h.leaves.size());
    if (nodeCount == 0 || leafCount == 0)
        return Error(tr("The model has no indicators to score."));
    if (normalised.values.cols() != leafCount)
        return Error(tr("The indicator values do not match the model's indicators."),
                     QStringLiteral("%1 columns for %2 leaves")
                         .arg(normalised.values.cols())
                         .arg(leafCount));
    QVector<int> topLevel;
    for (int n = 0; n < nodeCount; ++n) {
        const int parent = h.nodes.at(n).parent;
        if (parent >= n)
            return Error(tr("The model's hierarchy is malformed."),
                         QStringLiteral("nodes not in pre-order"));
        if (parent == 0)
            topLevel.append(n);
    }
    const auto validCriterion = [&](int i) {
        return i >= 0 && i < topLevel.size();
    };
    if (!validCriterion(options.currentCriterion) || !validCriterion(options.potentialCriterion))
        return Error(tr("The model has no top-level criterion for the current or potential value "
                        "axis."),
                     QStringLiteral("%1 top-level criteria").arg(topLevel.size()));

    LeafWeights weights(h);
    const Eigen::Index rows = normalised.values.rows();
    ValueScores s;
    s.nodeScores.setZero(rows, nodeCount);
    s.completeness.setZero(rows);
    std::vector<double> effective(static_cast<std::size_t>(leafCount));
    for (Eigen::Index r = 0; r < rows; ++r) {
        int present = 0;
        for (int j = 0; j < leafCount; ++j)
            present += normalised.present(r, j) ? 1 : 0;
        s.completeness(r) = static_cast<double>(present) / leafCount;
        weights.compute(normalised.included, r, effective.data());
        for (int j = 0; j < leafCount; ++j)
            if (normalised.included(r, j))
                addUp(s.nodeScores, r, h, h.leaves.at(j),
                      effective[static_cast<std::size_t>(j)] * normalised.values(r, j));
    }

    s.currentNode = topLevel.at(options.currentCriterion);
    s.potentialNode = topLevel.at(options.potentialCriterion);
    s.total = s.nodeScores.col(0);
    s.current = s.nodeScores.col(s.currentNode);
    s.potential = s.nodeScores.col(s.potentialNode);
    split(s, options);
    return s;
}

void ValueScorer::split(ValueScores &s, const ScoreOptions &options)
{
    const Eigen::Index rows = s.current.size();
    switch (options.split) {
    case SplitMethod::Mean:
        s.currentThreshold = rows > 0 ? s.current.mean() : 0.0;
        s.potentialThreshold = rows > 0 ? s.potential.mean() : 0.0;
        break;
    case SplitMethod::Median:
        s.currentThreshold = median(s.current);
        s.potentialThreshold = median(s.potential);
        break;
    case SplitMethod::Thresholds:
        s.currentThreshold = options.currentThreshold;
        s.potentialThreshold = options.potentialThreshold;
        break;
    }
    s.quadrants.clear();
    s.quadrants.reserve(static_cast<int>(rows));
    for (Eigen::Index r = 0; r < rows; ++r)
        s.quadrants.append(
            classify(s.current(r), s.potential(r), s.currentThreshold, s.potentialThreshold));
}

Quadrant ValueScorer::classify(double current, double potential, double currentThreshold,
                               double potentialThreshold)
{
    const bool highCurrent = current > currentThreshold;
    const bool highPotential = potential > potentialThreshold;
    if (highCurrent)
        return highPotential ? Quadrant::HighHigh : Quadrant::HighLow;
    return highPotential ? Quadrant::LowHigh : Quadrant::LowLow;
}

double ValueScorer::median(const Eigen::VectorXd &x)
{
    if (x.size() == 0)
        return 0;
    std::vector<double> v(x.data(), x.data() + x.size());
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
}

QString ValueScorer::quadrantId(Quadrant q)
{
    switch (q) {
    case Quadrant::HighHigh:
        return QStringLiteral("high-high");
    case Quadrant::HighLow:
        return QStringLiteral("high-low");
    case Quadrant::LowHigh:
        return QStringLiteral("low-high");
    case Quadrant::LowLow:
        return QStringLiteral("low-low");
    }
    return {};
}

std::optional<Quadrant> ValueScorer::parseQuadrant(const QString &id)
{
    for (Quadrant q : {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh, Quadrant::LowLow})
        if (id.trimmed() == quadrantId(q))
            return q;
    return std::nullopt;
}

QString ValueScorer::quadrantDisplayName(Quadrant q)
{
    switch (q) {
    case Quadrant::HighHigh:
        return tr("High value, high potential");
    case Quadrant::HighLow:
        return tr("High value, low potential");
    case Quadrant::LowHigh:
        return tr("Low value, high potential");
    case Quadrant::LowLow:
        return tr("Low value, low potential");
    }
    return {};
}

QString ValueScorer::quadrantStrategyName(Quadrant q)
{
    // zh_CN (added to the .ts with the integration): 重点保持与发展, 维持, 重点培养, 控制投入.
    switch (q) {
    case Quadrant::HighHigh:
        return tr("Keep and develop");
    case Quadrant::HighLow:
        return tr("Maintain");
    case Quadrant::LowHigh:
        return tr("Cultivate");
    case Quadrant::LowLow:
        return tr("Control investment");
    }
    return {};
}

} // namespace valuedesk
