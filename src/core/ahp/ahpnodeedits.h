#pragma once

#include "ahp/hierarchynode.h"

#include <QStringList>
#include <QVector>

namespace valuedesk {

// A node's position in the hierarchy: child indices from the goal down (the goal is {}).
using NodePath = QVector<int>;

// How a node weights its children: judgements of one or more evaluators, or direct weights. Both
// are kept, so switching a node to direct weights and back loses no judgements.
struct NodeWeighting
{
    QVector<Evaluator> evaluators;
    GroupAggregation aggregation = GroupAggregation::Judgements;
    QVector<double> weights;
    bool directWeights = false;
};

// Pure edits of HierarchyNode values that the AHP undo commands and the session share.
namespace ahpedit {

const HierarchyNode *nodeAt(const HierarchyNode &root, const NodePath &path);
HierarchyNode *nodeAt(HierarchyNode &root, const NodePath &path);
// Position of the node in HierarchyResult::nodes (pre-order), or -1.
int preorderIndex(const HierarchyNode &root, const NodePath &path);
int subtreeSize(const HierarchyNode &node);

NodeWeighting weightingOf(const HierarchyNode &node);
void applyWeighting(HierarchyNode &node, const NodeWeighting &weighting);
// Names the rows and columns of every evaluator's matrix after the node's children.
void syncCriteria(HierarchyNode &node);

// The weighting after a child is inserted at `row` of `childCount`: the new child is judged
// equal (1) to each sibling, and gets the mean direct weight. A former leaf gets one 1 × 1
// matrix per evaluator of the model (`evaluatorNames`, or one unnamed evaluator).
NodeWeighting withChildInserted(const NodeWeighting &weighting, int childCount, int row,
                                const QStringList &evaluatorNames);
// The removed child's row and column (and direct weight) are dropped.
NodeWeighting withChildRemoved(const NodeWeighting &weighting, int childCount, int row);
// The child at `from` moves to `to` (its final index): rows and columns are permuted.
NodeWeighting withChildMoved(const NodeWeighting &weighting, int childCount, int from, int to);
// `source[k]` is the old index of new row k, or -1 for a new criterion (judged equal).
PairwiseMatrix remapped(const PairwiseMatrix &matrix, const QVector<int> &source,
                        const QStringList &criteria = {});

// Named evaluators anywhere in the hierarchy, in order of first appearance.
QStringList evaluatorNames(const HierarchyNode &root);
// Paths of every node with children, pre-order.
QVector<NodePath> parentPaths(const HierarchyNode &root);

// True when `descendant` is `ancestor` or lies below it.
bool isAncestorOrSelf(const NodePath &ancestor, const NodePath &descendant);
// `path` as it reads after the child `row` of `parent` was removed (later siblings move up).
NodePath adjustedForRemoval(NodePath path, const NodePath &parent, int row);

} // namespace ahpedit

} // namespace valuedesk
