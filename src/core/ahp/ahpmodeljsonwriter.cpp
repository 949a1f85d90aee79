#include "ahpmodeljson.h"

#include <QJsonArray>

namespace valuedesk {

// The writing half of AhpModelJson: the definition (toJson) and the definition with computed
// weights and consistency (toJsonWithResults). Reading is in ahpmodeljson.cpp.

namespace {

QJsonValue matrixToJson(const PairwiseMatrix &m)
{
    QJsonArray rows;
    for (int i = 0; i < m.size(); ++i) {
        QJsonArray row;
        for (int j = 0; j < m.size(); ++j) {
            if (m.isKnown(i, j))
                row.append(m.values()(i, j)); // shortest round-trip form: 1/3 → 0.3333333333333333
            else
                row.append(QJsonValue::Null);
        }
        rows.append(row);
    }
    return rows;
}

void writeWeighting(const HierarchyNode &node, QJsonObject &json)
{
    if (node.directWeights()) {
        QJsonArray weights;
        for (double w : node.weights())
            weights.append(w);
        json.insert(QStringLiteral("weights"), weights);
        return;
    }
    const QVector<Evaluator> &evaluators = node.evaluators();
    if (evaluators.isEmpty())
        return;
    bool exact = false;
    for (const Evaluator &e : evaluators)
        exact = exact || e.matrix.mode() == JudgementMode::ExactRatio;
    const bool single = evaluators.size() == 1 && evaluators.first().name.isEmpty();
    if (single) {
        json.insert(QStringLiteral("matrix"), matrixToJson(evaluators.first().matrix));
    } else {
        QJsonObject matrices;
        QJsonArray order;
        QJsonObject votes;
        bool anyVote = false;
        for (const Evaluator &e : evaluators) {
            matrices.insert(e.name, matrixToJson(e.matrix));
            order.append(e.name);
            votes.insert(e.name, e.votingWeight);
            anyVote = anyVote || e.votingWeight != 1.0;
        }
        json.insert(QStringLiteral("evaluators"), matrices);
        if (evaluators.size() > 1)
            json.insert(QStringLiteral("evaluator_order"), order);
        if (anyVote)
            json.insert(QStringLiteral("evaluator_weights"), votes);
    }
    if (!single || node.aggregation() != GroupAggregation::Judgements)
        json.insert(QStringLiteral("aggregate"), node.aggregation() == GroupAggregation::Priorities
                                                     ? QStringLiteral("aip")
                                                     : QStringLiteral("aij"));
    if (exact)
        json.insert(QStringLiteral("exact_ratios"), true);
}

QJsonObject nodeToJson(const HierarchyNode &node)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), node.name());
    if (!node.metric().isEmpty())
        json.insert(QStringLiteral("metric"), node.metric());
    if (!node.direction().isEmpty())
        json.insert(QStringLiteral("direction"), node.direction());
    if (node.isLeaf())
        return json;
    QJsonArray children;
    for (const HierarchyNode &child : node.children())
        children.append(nodeToJson(child));
    json.insert(QStringLiteral("children"), children);
    writeWeighting(node, json);
    return json;
}

QJsonArray vectorToJson(const Eigen::VectorXd &v)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        array.append(v(i));
    return array;
}

QJsonArray inferredToJson(const QVector<InferredCell> &cells)
{
    QJsonArray array;
    for (const InferredCell &cell : cells)
        array.append(QJsonObject{{QStringLiteral("row"), cell.row},
                                 {QStringLiteral("column"), cell.column},
                                 {QStringLiteral("value"), cell.value}});
    return array;
}

void writeConsistency(const std::optional<AhpResult> &ahp, QJsonObject &json)
{
    const auto put = [&](const QString &key, double value) {
        json.insert(key, ahp ? QJsonValue(value) : QJsonValue(QJsonValue::Null));
    };
    put(QStringLiteral("lambda_max"), ahp ? ahp->lambdaMax : 0);
    put(QStringLiteral("ci"), ahp ? ahp->ci : 0);
    put(QStringLiteral("ri"), ahp ? ahp->ri : 0);
    put(QStringLiteral("cr"), ahp ? ahp->cr : 0);
    json.insert(QStringLiteral("consistent"),
                ahp ? QJsonValue(ahp->consistent) : QJsonValue(QJsonValue::Null));
}

void writeGroup(const GroupResult &group, QJsonObject &json)
{
    QJsonObject evaluators;
    for (const EvaluatorResult &e : group.evaluators)
        evaluators.insert(e.name,
                          QJsonObject{{QStringLiteral("weights"), vectorToJson(e.ahp.weights)},
                                      {QStringLiteral("cr"), e.ahp.cr},
                                      {QStringLiteral("distance"), e.distanceToGroup},
                                      {QStringLiteral("inferred"), inferredToJson(e.inferred)}});
    json.insert(QStringLiteral("evaluator_results"), evaluators);
    json.insert(QStringLiteral("consensus"), group.consensus);
}

// Adds the computed keys to `json` (nodeToJson(node)); `index` walks result.nodes in pre-order,
// the order Hierarchy::evaluate lists them.
QJsonObject withResults(QJsonObject json, const HierarchyNode &node, const HierarchyResult &result,
                        int &index)
{
    const HierarchyNodeResult &r = result.nodes.at(index++);
    json.insert(QStringLiteral("local_weight"), r.localWeight);
    json.insert(QStringLiteral("global_weight"), r.globalWeight);
    if (node.isLeaf())
        return json;
    writeConsistency(r.ahp, json);
    json.insert(QStringLiteral("inferred"),
                inferredToJson(r.group ? r.group->inferred : r.inferred));
    if (r.group)
        writeGroup(*r.group, json);
    QJsonArray children = json.value(QStringLiteral("children")).toArray();
    for (int i = 0; i < children.size(); ++i)
        children[i] = withResults(children.at(i).toObject(),
                                  node.children()[static_cast<std::size_t>(i)], result, index);
    json.insert(QStringLiteral("children"), children);
    return json;
}

} // namespace

QJsonObject AhpModelJson::toJson(const AhpModel &model)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), model.name);
    json.insert(QStringLiteral("method"), methodId(model.settings.method));
    json.insert(QStringLiteral("ri"), riId(model.settings.randomIndex));
    json.insert(QStringLiteral("cr_threshold"), model.settings.crThreshold);
    if (!model.templateId.isEmpty())
        json.insert(QStringLiteral("template"), model.templateId);
    json.insert(QStringLiteral("root"), nodeToJson(model.root));
    return json;
}

Result<QJsonObject> AhpModelJson::toJsonWithResults(const AhpModel &model)
{
    Result<HierarchyResult> result = Hierarchy::evaluate(model.root, model.settings);
    if (!result)
        return result.error();
    QJsonObject json = toJson(model);
    int index = 0;
    json.insert(QStringLiteral("root"), withResults(json.value(QStringLiteral("root")).toObject(),
                                                    model.root, *result, index));
    json.insert(QStringLiteral("hierarchical_cr"), result->hierarchicalCr);
    json.insert(QStringLiteral("consistent"), result->consistent);
    json.insert(QStringLiteral("version"), model.version);
    json.insert(QStringLiteral("saved_at"),
                model.savedAt.isValid() ? QJsonValue(model.savedAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace valuedesk
