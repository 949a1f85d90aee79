#pragma once

// Test helper: whether two AHP models define the same thing, with a readable difference.

#include "ahp/ahpmodel.h"

#include <QString>

namespace valuedesk::test {

inline QString diffMatrix(const PairwiseMatrix &a, const PairwiseMatrix &b)
{
    if (a.size() != b.size() || a.mode() != b.mode() || a.criteria() != b.criteria())
        return QStringLiteral("size, mode or criteria");
    if (a.knownMask() != b.knownMask())
        return QStringLiteral("missing judgements");
    for (int i = 0; i < a.size(); ++i)
        for (int j = 0; j < a.size(); ++j)
            if (a.values()(i, j) != b.values()(i, j))
                return QStringLiteral("cell (%1, %2): %3 vs %4")
                    .arg(i)
                    .arg(j)
                    .arg(a.values()(i, j), 0, 'g', 17)
                    .arg(b.values()(i, j), 0, 'g', 17);
    return {};
}

// Empty when the two nodes define the same hierarchy (everything the JSON carries).
inline QString diffNode(const HierarchyNode &a, const HierarchyNode &b)
{
    const QString where = a.name() + QStringLiteral(": ");
    if (a.name() != b.name() || a.metric() != b.metric() || a.direction() != b.direction())
        return where + QStringLiteral("name, metric or direction (%1)").arg(b.name());
    if (a.children().size() != b.children().size() || a.directWeights() != b.directWeights())
        return where + QStringLiteral("children or weighting");
    if (!a.isLeaf()) {
        if (a.directWeights() && a.weights() != b.weights())
            return where + QStringLiteral("weights");
        if (!a.directWeights()) {
            if (a.evaluators().size() != b.evaluators().size() ||
                a.aggregation() != b.aggregation())
                return where + QStringLiteral("evaluators or aggregation");
            for (int k = 0; k < a.evaluators().size(); ++k) {
                const Evaluator &x = a.evaluators().at(k);
                const Evaluator &y = b.evaluators().at(k);
                if (x.name != y.name || x.votingWeight != y.votingWeight)
                    return where + QStringLiteral("evaluator %1 vs %2").arg(x.name, y.name);
                if (QString d = diffMatrix(x.matrix, y.matrix); !d.isEmpty())
                    return where + d;
            }
        }
    }
    for (std::size_t i = 0; i < a.children().size(); ++i)
        if (QString d = diffNode(a.children()[i], b.children()[i]); !d.isEmpty())
            return d;
    return {};
}

// The definition: name, settings, template and hierarchy (id, version and saved_at belong to
// storage and are not read back from a file).
inline QString diffModel(const AhpModel &a, const AhpModel &b)
{
    if (a.name != b.name || a.templateId != b.templateId)
        return QStringLiteral("name or template");
    if (a.settings.method != b.settings.method ||
        a.settings.randomIndex != b.settings.randomIndex ||
        a.settings.crThreshold != b.settings.crThreshold)
        return QStringLiteral("settings");
    return diffNode(a.root, b.root);
}

} // namespace valuedesk::test
