#include "ahpmodeljson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace valuedesk {

namespace {

using Cell = PairwiseMatrix::Cell;

// A JSON value as the user wrote it, for "… is not a number: "abc"".
QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return AhpModelJson::tr("(missing)");
    QJsonArray wrapper{value};
    QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2); // strip the wrapping [ ]
}

Error at(const QStringList &path, const QString &message)
{
    return Error(AhpModelJson::tr("%1: %2").arg(path.join(QStringLiteral(" › ")), message));
}

QString cellLabel(const QStringList &criteria, int i, int j)
{
    return AhpModelJson::tr("row “%1”, column “%2”").arg(criteria.value(i), criteria.value(j));
}

// `owner` is empty for the node's own matrix and an evaluator's name otherwise; errors are
// returned without the node path, which the caller adds.
Result<PairwiseMatrix> parseMatrix(const QJsonValue &json, JudgementMode mode,
                                   const QStringList &criteria, const QString &owner)
{
    const QString what = owner.isEmpty() ? AhpModelJson::tr("the matrix")
                                         : AhpModelJson::tr("the matrix of “%1”").arg(owner);
    const int n = static_cast<int>(criteria.size());
    if (!json.isArray())
        return Error(
            AhpModelJson::tr("%1 must be a list of rows, not %2").arg(what, jsonText(json)));
    const QJsonArray rows = json.toArray();
    if (rows.size() != n)
        return Error(AhpModelJson::tr("%1 has %2 rows, but there are %3 sub-items")
                         .arg(what, QString::number(rows.size()), QString::number(n)));
    QVector<QVector<Cell>> cells(n, QVector<Cell>(n));
    for (int i = 0; i < n; ++i) {
        const QJsonValue row = rows.at(i);
        if (!row.isArray() || row.toArray().size() != n)
            return Error(AhpModelJson::tr("row %1 of %2 must be a list of %3 values, not %4")
                             .arg(QString::number(i + 1), what, QString::number(n), jsonText(row)));
        const QJsonArray values = row.toArray();
        for (int j = 0; j < n; ++j) {
            const QJsonValue v = values.at(j);
            if (v.isDouble())
                cells[i][j] = v.toDouble();
            else if (!v.isNull())
                return Error(AhpModelJson::tr("%1 of %2 is not a number: %3")
                                 .arg(cellLabel(criteria, i, j), what, jsonText(v)));
        }
    }
    Result<PairwiseMatrix> matrix = PairwiseMatrix::fromRows(cells, mode, criteria);
    if (!matrix)
        return Error(owner.isEmpty()
                         ? matrix.error().message()
                         : AhpModelJson::tr("%1: %2").arg(owner, matrix.error().message()),
                     matrix.error().detail());
    return matrix;
}

Result<QVector<double>> parseWeights(const QJsonValue &json, int n)
{
    if (!json.isArray())
        return Error(
            AhpModelJson::tr("the weights must be a list of numbers, not %1").arg(jsonText(json)));
    const QJsonArray array = json.toArray();
    if (array.size() != n)
        return Error(AhpModelJson::tr("there are %1 weights for %2 sub-items")
                         .arg(QString::number(array.size()), QString::number(n)));
    QVector<double> weights;
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isDouble())
            return Error(AhpModelJson::tr("weight %1 is not a number: %2")
                             .arg(QString::number(i + 1), jsonText(v)));
        const double w = v.toDouble();
        if (!std::isfinite(w) || w < 0)
            return Error(AhpModelJson::tr("weight %1 (%2) must be zero or positive")
                             .arg(QString::number(i + 1), QString::number(w)));
        weights.append(w);
        sum += w;
    }
    if (!(sum > 0))
        return Error(AhpModelJson::tr("the weights are all zero"));
    return weights;
}

Result<QVector<Evaluator>> parseEvaluators(const QJsonObject &json, JudgementMode mode,
                                           const QStringList &criteria)
{
    const QJsonValue value = json.value(QStringLiteral("evaluators"));
    if (!value.isObject() || value.toObject().isEmpty())
        return Error(AhpModelJson::tr("“evaluators” must map each evaluator's name to a matrix, "
                                      "not %1")
                         .arg(jsonText(value)));
    const QJsonObject matrices = value.toObject();

    // JSON objects have no order, so the evaluators' order travels in "evaluator_order".
    QStringList names = matrices.keys();
    if (json.contains(QStringLiteral("evaluator_order"))) {
        const QJsonValue order = json.value(QStringLiteral("evaluator_order"));
        QStringList listed;
        for (const QJsonValue &v : order.toArray())
            listed.append(v.toString());
        QStringList sortedListed = listed;
        sortedListed.sort();
        if (!order.isArray() || sortedListed != names)
            return Error(
                AhpModelJson::tr("“evaluator_order” must list each evaluator exactly once, "
                                 "not %1")
                    .arg(jsonText(order)));
        names = listed;
    }

    QVector<Evaluator> evaluators;
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().isEmpty())
            return Error(AhpModelJson::tr("an evaluator has an empty name"));
        Result<PairwiseMatrix> m = parseMatrix(matrices.value(name), mode, criteria, name);
        if (!m)
            return m.error();
        evaluators.append(Evaluator{name, *m, 1.0});
    }

    if (json.contains(QStringLiteral("evaluator_weights"))) {
        const QJsonValue votes = json.value(QStringLiteral("evaluator_weights"));
        if (!votes.isObject())
            return Error(AhpModelJson::tr("“evaluator_weights” must map evaluators' names to "
                                          "voting weights, not %1")
                             .arg(jsonText(votes)));
        const QJsonObject weights = votes.toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            if (!matrices.contains(it.key()))
                return Error(AhpModelJson::tr("“evaluator_weights” names “%1”, who is not among "
                                              "the evaluators")
                                 .arg(it.key()));
            const double w = it.value().toDouble(-1);
            if (!it.value().isDouble() || !std::isfinite(w) || w <= 0)
                return Error(AhpModelJson::tr("the voting weight of “%1” must be a positive "
                                              "number, not %2")
                                 .arg(it.key(), jsonText(it.value())));
            for (Evaluator &e : evaluators)
                if (e.name == it.key())
                    e.votingWeight = w;
        }
    }
    return evaluators;
}

Status parseWeighting(const QJsonObject &json, const QStringList &path, const QStringList &children,
                      HierarchyNode &node)
{
    const bool hasMatrix = json.contains(QStringLiteral("matrix"));
    const bool hasWeights = json.contains(QStringLiteral("weights"));
    const bool hasEvaluators = json.contains(QStringLiteral("evaluators"));
    const int n = static_cast<int>(children.size());
    if (n == 0) {
        for (const QString &key :
             {QStringLiteral("matrix"), QStringLiteral("weights"), QStringLiteral("evaluators"),
              QStringLiteral("evaluator_weights")})
            if (json.contains(key))
                return at(path,
                          AhpModelJson::tr("it has no sub-items, so it cannot have “%1”").arg(key));
        return Status::success();
    }
    if (hasMatrix && hasWeights)
        return at(path, AhpModelJson::tr("give either “matrix” or “weights”, not both"));
    if (hasEvaluators && hasWeights)
        return at(path, AhpModelJson::tr("give either “evaluators” or “weights”, not both"));
    if (json.contains(QStringLiteral("evaluator_weights")) && !hasEvaluators)
        return at(path, AhpModelJson::tr("“evaluator_weights” needs “evaluators”"));

    GroupAggregation aggregation = GroupAggregation::Judgements;
    if (json.contains(QStringLiteral("aggregate"))) {
        const QJsonValue v = json.value(QStringLiteral("aggregate"));
        if (v == QJsonValue(QStringLiteral("aip")))
            aggregation = GroupAggregation::Priorities;
        else if (v != QJsonValue(QStringLiteral("aij")))
            return at(
                path,
                AhpModelJson::tr("“aggregate” must be “aij” or “aip”, not %1").arg(jsonText(v)));
    }
    JudgementMode mode = JudgementMode::SaatyScale;
    if (json.contains(QStringLiteral("exact_ratios"))) {
        const QJsonValue v = json.value(QStringLiteral("exact_ratios"));
        if (!v.isBool())
            return at(
                path,
                AhpModelJson::tr("“exact_ratios” must be true or false, not %1").arg(jsonText(v)));
        if (v.toBool())
            mode = JudgementMode::ExactRatio;
    }

    if (hasWeights) {
        Result<QVector<double>> w = parseWeights(json.value(QStringLiteral("weights")), n);
        if (!w)
            return at(path, w.error().message());
        node.setDirectWeights(*w);
        return Status::success();
    }
    if (hasEvaluators) {
        // A "matrix" beside "evaluators" is the group's matrix for the reader; the evaluators'
        // judgements define the node. It must still be a well-formed matrix, of any positive
        // ratios (geometric means of judgements are off Saaty's scale).
        if (hasMatrix) {
            if (Result<PairwiseMatrix> m = parseMatrix(json.value(QStringLiteral("matrix")),
                                                       JudgementMode::ExactRatio, children, {});
                !m)
                return at(path, m.error().message());
        }
        Result<QVector<Evaluator>> evaluators = parseEvaluators(json, mode, children);
        if (!evaluators)
            return at(path, evaluators.error().message());
        node.setEvaluators(*evaluators, aggregation);
        return Status::success();
    }
    if (hasMatrix) {
        Result<PairwiseMatrix> m =
            parseMatrix(json.value(QStringLiteral("matrix")), mode, children, {});
        if (!m)
            return at(path, m.error().message());
        node.setEvaluators({Evaluator{QString(), *m, 1.0}}, aggregation);
        return Status::success();
    }
    if (n == 1) { // a single sub-item takes all the weight; nothing to judge
        Result<PairwiseMatrix> one = PairwiseMatrix::identity(1, children);
        node.setEvaluators({Evaluator{QString(), *one, 1.0}}, aggregation);
        return Status::success();
    }
    return at(path, AhpModelJson::tr("it has %1 sub-items but neither a judgement matrix "
                                     "(“matrix” or “evaluators”) nor direct weights (“weights”)")
                        .arg(n));
}

Status parseNode(const QJsonObject &json, const QStringList &path, HierarchyNode &node)
{
    node.setName(path.last());
    if (json.contains(QStringLiteral("metric"))) {
        const QJsonValue v = json.value(QStringLiteral("metric"));
        if (!v.isString())
            return at(path, AhpModelJson::tr("“metric” must be text, not %1").arg(jsonText(v)));
        node.setMetric(v.toString());
    }
    if (json.contains(QStringLiteral("direction"))) {
        const QJsonValue v = json.value(QStringLiteral("direction"));
        if (v != QJsonValue(QStringLiteral("higher")) && v != QJsonValue(QStringLiteral("lower")))
            return at(path, AhpModelJson::tr("“direction” must be “higher” or “lower”, not %1")
                                .arg(jsonText(v)));
        node.setDirection(v.toString());
    }

    const QJsonValue childrenValue = json.value(QStringLiteral("children"));
    if (!childrenValue.isUndefined() && !childrenValue.isArray())
        return at(
            path,
            AhpModelJson::tr("“children” must be a list, not %1").arg(jsonText(childrenValue)));
    const QJsonArray children = childrenValue.toArray();
    QStringList names;
    for (int i = 0; i < children.size(); ++i) {
        const QJsonValue child = children.at(i);
        if (!child.isObject())
            return at(path, AhpModelJson::tr("sub-item %1 must be an object, not %2")
                                .arg(QString::number(i + 1), jsonText(child)));
        const QJsonValue name = child.toObject().value(QStringLiteral("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return at(path + QStringList{AhpModelJson::tr("sub-item %1").arg(i + 1)},
                      AhpModelJson::tr("the name is missing or empty"));
        if (names.contains(name.toString()))
            return at(path, AhpModelJson::tr("two sub-items are named “%1”; names under one "
                                             "parent must differ")
                                .arg(name.toString()));
        names.append(name.toString());
    }

    if (Status s = parseWeighting(json, path, names, node); !s)
        return s;

    for (int i = 0; i < children.size(); ++i) {
        HierarchyNode child;
        if (Status s = parseNode(children.at(i).toObject(), path + QStringList{names.at(i)}, child);
            !s)
            return s;
        node.addChild(std::move(child));
    }
    return Status::success();
}

} // namespace

Result<AhpModel> AhpModelJson::fromJson(const QJsonObject &json)
{
    AhpModel model;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return Error(tr("The model has no name."));
    model.name = name.toString();

    if (json.contains(QStringLiteral("method"))) {
        const QJsonValue v = json.value(QStringLiteral("method"));
        Result<PriorityMethod> method = parseMethod(v.isString() ? v.toString() : jsonText(v));
        if (!method)
            return method.error();
        model.settings.method = *method;
    }
    if (json.contains(QStringLiteral("ri"))) {
        const QJsonValue v = json.value(QStringLiteral("ri"));
        Result<RandomIndexTable> ri = parseRi(v.isString() ? v.toString() : jsonText(v));
        if (!ri)
            return ri.error();
        model.settings.randomIndex = *ri;
    }
    if (json.contains(QStringLiteral("cr_threshold"))) {
        const QJsonValue v = json.value(QStringLiteral("cr_threshold"));
        const double t = v.toDouble(-1);
        if (!v.isDouble() || !(t > 0 && t < 1))
            return Error(tr("The consistency threshold “cr_threshold” must be a number between 0 "
                            "and 1 (exclusive), not %1.")
                             .arg(jsonText(v)));
        model.settings.crThreshold = t;
    }
    if (json.contains(QStringLiteral("template"))) {
        const QJsonValue v = json.value(QStringLiteral("template"));
        if (!v.isString())
            return Error(tr("“template” must be a template id, not %1.").arg(jsonText(v)));
        model.templateId = v.toString();
    }

    const QJsonValue root = json.value(QStringLiteral("root"));
    if (!root.isObject())
        return Error(tr("The model has no “root” object with its hierarchy."));
    const QJsonValue rootName = root.toObject().value(QStringLiteral("name"));
    if (!rootName.isString() || rootName.toString().trimmed().isEmpty())
        return at({tr("root")}, tr("the name is missing or empty"));
    if (Status s = parseNode(root.toObject(), {rootName.toString()}, model.root); !s)
        return s.error();
    return model;
}

QString AhpModelJson::methodId(PriorityMethod method)
{
    return PriorityVector::methodId(method);
}

QString AhpModelJson::riId(RandomIndexTable table)
{
    switch (table) {
    case RandomIndexTable::Saaty1980:
        return QStringLiteral("saaty");
    case RandomIndexTable::AlonsoLamata2006:
        return QStringLiteral("alonso");
    case RandomIndexTable::DoneganDodd1991:
        return QStringLiteral("donegan");
    }
    return {};
}

Result<PriorityMethod> AhpModelJson::parseMethod(const QString &id)
{
    for (PriorityMethod m : {PriorityMethod::Eigenvector, PriorityMethod::GeometricMean,
                             PriorityMethod::ArithmeticMean})
        if (id == methodId(m))
            return m;
    return Error(tr("Unknown weighting method “%1”; use eigen, geomean or arith.").arg(id));
}

Result<RandomIndexTable> AhpModelJson::parseRi(const QString &id)
{
    for (RandomIndexTable t : {RandomIndexTable::Saaty1980, RandomIndexTable::AlonsoLamata2006,
                               RandomIndexTable::DoneganDodd1991})
        if (id == riId(t))
            return t;
    if (id == Consistency::tableId(RandomIndexTable::DoneganDodd1991)) // the engine's short id
        return RandomIndexTable::DoneganDodd1991;
    return Error(tr("Unknown random index table “%1”; use saaty, alonso or donegan.").arg(id));
}

} // namespace valuedesk
