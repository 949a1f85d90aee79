#include "ahpnodeedits.h"

namespace valuedesk::ahpedit {

namespace {

QStringList childNames(const HierarchyNode &node)
{
    QStringList names;
    for (const HierarchyNode &child : node.children())
        names.append(child.name());
    return names;
}

NodeWeighting remappedWeighting(const NodeWeighting &weighting, const QVector<int> &source)
{
    NodeWeighting result = weighting;
    if (source.isEmpty()) {
        result.evaluators.clear();
        result.weights.clear();
        return result;
    }
    for (Evaluator &e : result.evaluators)
        e.matrix = remapped(e.matrix, source);
    if (!weighting.weights.isEmpty()) {
        double sum = 0;
        int count = 0;
        for (int old : source) {
            if (old >= 0 && old < weighting.weights.size()) {
                sum += weighting.weights.at(old);
                ++count;
            }
        }
        const double mean = count > 0 ? sum / count : 1.0;
        result.weights.clear();
        for (int old : source)
            result.weights.append(
                old >= 0 && old < weighting.weights.size() ? weighting.weights.at(old) : mean);
    }
    return result;
}

} // namespace

const HierarchyNode *nodeAt(const HierarchyNode &root, const NodePath &path)
{
    const HierarchyNode *node = &root;
    for (int index : path) {
        if (index < 0 || index >= static_cast<int>(node->children().size()))
            return nullptr;
        node = &node->children()[static_cast<std::size_t>(index)];
    }
    return node;
}

HierarchyNode *nodeAt(HierarchyNode &root, const NodePath &path)
{
    return const_cast<HierarchyNode *>(nodeAt(static_cast<const HierarchyNode &>(root), path));
}

int subtreeSize(const HierarchyNode &node)
{
    int size = 1;
    for (const HierarchyNode &child : node.children())
        size += subtreeSize(child);
    return size;
}

int preorderIndex(const HierarchyNode &root, const NodePath &path)
{
    const HierarchyNode *node = &root;
    int index = 0;
    for (int step : path) {
        if (step < 0 || step >= static_cast<int>(node->children().size()))
            return -1;
        index += 1;
        for (int k = 0; k < step; ++k)
            index += subtreeSize(node->children()[static_cast<std::size_t>(k)]);
        node = &node->children()[static_cast<std::size_t>(step)];
    }
    return index;
}

NodeWeighting weightingOf(const HierarchyNode &node)
{
    return {node.evaluators(), node.aggregation(), node.weights(), node.directWeights()};
}

void applyWeighting(HierarchyNode &node, const NodeWeighting &weighting)
{
    // setEvaluators clears the direct flag and setDirectWeights sets it, so the order decides it.
    if (weighting.directWeights) {
        node.setEvaluators(weighting.evaluators, weighting.aggregation);
        node.setDirectWeights(weighting.weights);
    } else {
        node.setDirectWeights(weighting.weights);
        node.setEvaluators(weighting.evaluators, weighting.aggregation);
    }
}

void syncCriteria(HierarchyNode &node)
{
    const QStringList names = childNames(node);
    const int n = static_cast<int>(node.children().size());
    QVector<Evaluator> evaluators = node.evaluators();
    bool changed = false;
    for (Evaluator &e : evaluators) {
        if (e.matrix.size() != n || e.matrix.criteria() == names)
            continue;
        QVector<int> same(n);
        for (int i = 0; i < n; ++i)
            same[i] = i;
        e.matrix = remapped(e.matrix, same, names);
        changed = true;
    }
    if (changed) {
        NodeWeighting w = weightingOf(node);
        w.evaluators = evaluators;
        applyWeighting(node, w);
    }
}

PairwiseMatrix remapped(const PairwiseMatrix &matrix, const QVector<int> &source,
                        const QStringList &criteria)
{
    const int n = static_cast<int>(source.size());
    QVector<QVector<PairwiseMatrix::Cell>> rows(n, QVector<PairwiseMatrix::Cell>(n));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const int a = source.at(i);
            const int b = source.at(j);
            if (i == j || a < 0 || b < 0) // the diagonal, or a new item: equal
                rows[i][j] = 1.0;
            else if (a < matrix.size() && b < matrix.size())
                rows[i][j] = matrix.judgement(a, b);
        }
    }
    auto built = PairwiseMatrix::fromRows(rows, matrix.mode(), criteria);
    if (built)
        return std::move(built).value();
    auto fallback = PairwiseMatrix::identity(n, criteria);
    return fallback ? std::move(fallback).value() : PairwiseMatrix();
}

NodeWeighting withChildInserted(const NodeWeighting &weighting, int childCount, int row,
                                const QStringList &evaluatorNames)
{
    QVector<int> source;
    for (int k = 0; k < childCount; ++k)
        source.append(k);
    source.insert(row, -1);
    if (childCount == 0 || weighting.evaluators.isEmpty()) {
        NodeWeighting result = weighting;
        result.evaluators.clear();
        const QStringList names =
            evaluatorNames.isEmpty() ? QStringList{QString()} : evaluatorNames;
        for (const QString &name : names) {
            auto matrix = PairwiseMatrix::identity(childCount + 1);
            if (matrix)
                result.evaluators.append(Evaluator{name, *matrix, 1.0});
        }
        if (childCount == 0) {
            result.weights.clear();
            result.directWeights = false;
        }
        if (!result.weights.isEmpty() || result.directWeights) {
            NodeWeighting w = remappedWeighting(weighting, source);
            result.weights = w.weights;
        }
        return result;
    }
    return remappedWeighting(weighting, source);
}

NodeWeighting withChildRemoved(const NodeWeighting &weighting, int childCount, int row)
{
    QVector<int> source;
    for (int k = 0; k < childCount; ++k) {
        if (k != row)
            source.append(k);
    }
    NodeWeighting result = remappedWeighting(weighting, source);
    if (source.isEmpty())
        result.directWeights = false;
    return result;
}

NodeWeighting withChildMoved(const NodeWeighting &weighting, int childCount, int from, int to)
{
    QVector<int> source;
    for (int k = 0; k < childCount; ++k) {
        if (k != from)
            source.append(k);
    }
    source.insert(to, from);
    return remappedWeighting(weighting, source);
}

QStringList evaluatorNames(const HierarchyNode &root)
{
    QStringList names;
    for (const Evaluator &e : root.evaluators()) {
        if (!e.name.isEmpty() && !names.contains(e.name))
            names.append(e.name);
    }
    for (const HierarchyNode &child : root.children()) {
        for (const QString &name : evaluatorNames(child)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

namespace {

void collectParents(const HierarchyNode &node, NodePath &path, QVector<NodePath> &out)
{
    if (node.isLeaf())
        return;
    out.append(path);
    for (int k = 0; k < static_cast<int>(node.children().size()); ++k) {
        path.append(k);
        collectParents(node.children()[static_cast<std::size_t>(k)], path, out);
        path.removeLast();
    }
}

} // namespace

QVector<NodePath> parentPaths(const HierarchyNode &root)
{
    QVector<NodePath> out;
    NodePath path;
    collectParents(root, path, out);
    return out;
}

bool isAncestorOrSelf(const NodePath &ancestor, const NodePath &descendant)
{
    if (ancestor.size() > descendant.size())
        return false;
    for (int k = 0; k < ancestor.size(); ++k) {
        if (ancestor.at(k) != descendant.at(k))
            return false;
    }
    return true;
}

NodePath adjustedForRemoval(NodePath path, const NodePath &parent, int row)
{
    const int depth = static_cast<int>(parent.size());
    if (path.size() > depth && isAncestorOrSelf(parent, path) && path.at(depth) > row)
        --path[depth];
    return path;
}

} // namespace valuedesk::ahpedit
