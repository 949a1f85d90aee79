#pragma once

#include "groupjudgement.h"
#include "pairwisematrix.h"

#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace valuedesk {

// One node of an AHP hierarchy (目标层 → 准则层 → 子准则 → 指标层, any depth), a plain copyable
// value. A node with children weights them either by judgements (one matrix, or several
// evaluators' matrices) or by direct weights typed by the user, e.g. to reproduce a published
// model; the latter is flagged so the UI can mark it. Leaves carry the metric and direction
// strings for the evaluation layer, uninterpreted here.
class HierarchyNode final
{
public:
    HierarchyNode() = default;
    explicit HierarchyNode(QString name) : m_name(std::move(name)) {}

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const QString &metric() const { return m_metric; }
    void setMetric(const QString &metric) { m_metric = metric; }
    const QString &direction() const { return m_direction; }
    void setDirection(const QString &direction) { m_direction = direction; }

    const std::vector<HierarchyNode> &children() const { return m_children; }
    std::vector<HierarchyNode> &children() { return m_children; }
    // Returns the new child; the reference is valid until the next addChild on this node.
    HierarchyNode &addChild(HierarchyNode child)
    {
        m_children.push_back(std::move(child));
        return m_children.back();
    }
    bool isLeaf() const { return m_children.empty(); }

    // One evaluator's matrix over the children, in child order.
    void setJudgements(const PairwiseMatrix &matrix)
    {
        m_evaluators = {Evaluator{QString(), matrix, 1.0}};
        m_directWeights = false;
    }
    void setEvaluators(const QVector<Evaluator> &evaluators,
                       GroupAggregation aggregation = GroupAggregation::Judgements)
    {
        m_evaluators = evaluators;
        m_aggregation = aggregation;
        m_directWeights = false;
    }
    // Non-negative, normalised to sum 1 when evaluated (so 60/40 works as well as 0.6/0.4).
    void setDirectWeights(const QVector<double> &weights)
    {
        m_weights = weights;
        m_directWeights = true;
    }

    bool directWeights() const { return m_directWeights; }
    const QVector<double> &weights() const { return m_weights; }
    const QVector<Evaluator> &evaluators() const { return m_evaluators; }
    GroupAggregation aggregation() const { return m_aggregation; }

private:
    QString m_name;
    QString m_metric;
    QString m_direction;
    std::vector<HierarchyNode> m_children;
    QVector<Evaluator> m_evaluators;
    GroupAggregation m_aggregation = GroupAggregation::Judgements;
    QVector<double> m_weights;
    bool m_directWeights = false;
};

} // namespace valuedesk
