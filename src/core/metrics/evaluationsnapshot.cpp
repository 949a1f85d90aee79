#include "evaluationsnapshot.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace valuedesk {

namespace {

QString splitId(SplitMethod split)
{
    switch (split) {
    case SplitMethod::Mean:
        return QStringLiteral("mean");
    case SplitMethod::Median:
        return QStringLiteral("median");
    case SplitMethod::Thresholds:
        break;
    }
    return QStringLiteral("thresholds");
}

QJsonObject criterionJson(int index, const HierarchyResult &hierarchy)
{
    // The index counts among the goal's children; name it when the hierarchy has it.
    QString name;
    int seen = 0;
    for (const HierarchyNodeResult &node : hierarchy.nodes) {
        if (node.parent != 0)
            continue;
        if (seen++ == index) {
            name = node.name;
            break;
        }
    }
    return QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("name"), name}};
}

} // namespace

EvaluationSnapshot EvaluationSnapshot::fromResult(const AhpModel &model,
                                                  const EvaluationOptions &options,
                                                  QVector<EvaluatedCustomer> customers,
                                                  EvaluationResult result)
{
    EvaluationSnapshot snapshot;
    EvaluationSnapshotInfo &info = snapshot.info;
    info.modelId = model.id;
    info.modelName = model.name;
    info.modelVersion = model.version;
    info.options = options;
    info.currentThreshold = result.scores.currentThreshold;
    info.potentialThreshold = result.scores.potentialThreshold;
    info.customerCount = static_cast<int>(customers.size());
    for (Quadrant q : result.scores.quadrants)
        ++info.quadrantCounts[static_cast<int>(q)];
    snapshot.model = model;
    snapshot.customers = std::move(customers);
    snapshot.result = std::move(result);
    return snapshot;
}

EvaluationSnapshot EvaluationSnapshot::resplit(const ScoreOptions &scoring) const
{
    EvaluationSnapshot copy = *this;
    ScoreOptions &split = copy.info.options.scoring;
    split.split = scoring.split;
    split.currentThreshold = scoring.currentThreshold;
    split.potentialThreshold = scoring.potentialThreshold;
    ValueScorer::split(copy.result.scores, split);
    copy.info.id = 0;
    copy.info.label.clear();
    copy.info.currentThreshold = copy.result.scores.currentThreshold;
    copy.info.potentialThreshold = copy.result.scores.potentialThreshold;
    std::fill(std::begin(copy.info.quadrantCounts), std::end(copy.info.quadrantCounts), 0);
    for (Quadrant q : copy.result.scores.quadrants)
        ++copy.info.quadrantCounts[static_cast<int>(q)];
    return copy;
}

Result<EvaluationResult>
EvaluationSnapshot::restore(const AhpModel &model, const EvaluationOptions &options,
                            const Eigen::MatrixXd &raw, const Eigen::MatrixXd &normalised,
                            const QVector<Quadrant> &quadrants, double currentThreshold,
                            double potentialThreshold)
{
    auto prepared = Evaluation::prepare(model, options);
    if (!prepared)
        return prepared.error();
    EvaluationResult result = std::move(prepared).value();
    const Eigen::Index leaves = result.metrics.size();
    const Eigen::Index rows = raw.rows();
    if (raw.cols() != leaves || normalised.cols() != leaves || normalised.rows() != rows ||
        quadrants.size() != rows) {
        return Error(tr("The stored evaluation does not match its model's indicators."),
                     QStringLiteral("%1 leaves; raw %2 x %3, normalised %4 x %5, %6 quadrants")
                         .arg(leaves)
                         .arg(rows)
                         .arg(raw.cols())
                         .arg(normalised.rows())
                         .arg(normalised.cols())
                         .arg(quadrants.size()));
    }

    result.raw.metrics = result.metrics;
    result.raw.values = raw;
    result.raw.present = !raw.array().isNaN();
    result.normalised.present = result.raw.present;
    result.normalised.included = !normalised.array().isNaN();
    result.normalised.values = normalised;
    for (Eigen::Index j = 0; j < leaves; ++j)
        for (Eigen::Index i = 0; i < rows; ++i)
            if (!result.normalised.included(i, j))
                result.normalised.values(i, j) = 0;

    ScoreOptions scoring = options.scoring;
    scoring.split = SplitMethod::Thresholds;
    scoring.currentThreshold = currentThreshold;
    scoring.potentialThreshold = potentialThreshold;
    auto scores = ValueScorer::score(result.hierarchy, result.normalised, scoring);
    if (!scores)
        return scores.error();
    result.scores = std::move(scores).value();
    result.scores.quadrants = quadrants;
    return result;
}

QJsonObject EvaluationSnapshot::optionsToJson(const EvaluationOptions &options,
                                              const HierarchyResult &hierarchy)
{
    const ScoreOptions &s = options.scoring;
    const QJsonValue thresholds =
        s.split == SplitMethod::Thresholds
            ? QJsonValue(QJsonObject{{QStringLiteral("current"), s.currentThreshold},
                                     {QStringLiteral("potential"), s.potentialThreshold}})
            : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("normalise"), Evaluation::normalisationId(options.normaliser.method)},
        {QStringLiteral("winsorise"), options.normaliser.winsorise},
        {QStringLiteral("missing"), options.missing
                                        ? QJsonValue(Evaluation::missingRuleId(*options.missing))
                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("current_criterion"), criterionJson(s.currentCriterion, hierarchy)},
        {QStringLiteral("potential_criterion"), criterionJson(s.potentialCriterion, hierarchy)},
        {QStringLiteral("split"), splitId(s.split)},
        {QStringLiteral("split_thresholds"), thresholds}};
}

Result<EvaluationOptions> EvaluationSnapshot::optionsFromJson(const QJsonObject &json,
                                                              const EvaluationWindow &window)
{
    const auto bad = [](const char *key) {
        return Error(tr("The stored evaluation options are damaged."),
                     QStringLiteral("bad \"%1\"").arg(QLatin1String(key)));
    };
    EvaluationOptions options;
    options.window = window;
    const auto method =
        Evaluation::parseNormalisation(json.value(QStringLiteral("normalise")).toString());
    if (!method)
        return bad("normalise");
    options.normaliser.method = *method;
    const QJsonValue winsorise = json.value(QStringLiteral("winsorise"));
    if (!winsorise.isBool())
        return bad("winsorise");
    options.normaliser.winsorise = winsorise.toBool();
    const QJsonValue missing = json.value(QStringLiteral("missing"));
    if (!missing.isNull()) {
        const auto rule = Evaluation::parseMissingRule(missing.toString());
        if (!rule)
            return bad("missing");
        options.missing = *rule;
    }
    const auto criterion = [&](const char *key, int &index) {
        const QJsonValue value =
            json.value(QLatin1String(key)).toObject().value(QStringLiteral("index"));
        if (!value.isDouble() || value.toDouble() < 0)
            return false;
        index = value.toInt();
        return true;
    };
    if (!criterion("current_criterion", options.scoring.currentCriterion))
        return bad("current_criterion");
    if (!criterion("potential_criterion", options.scoring.potentialCriterion))
        return bad("potential_criterion");
    const QString split = json.value(QStringLiteral("split")).toString();
    if (split == splitId(SplitMethod::Mean)) {
        options.scoring.split = SplitMethod::Mean;
    } else if (split == splitId(SplitMethod::Median)) {
        options.scoring.split = SplitMethod::Median;
    } else if (split == splitId(SplitMethod::Thresholds)) {
        const QJsonObject t = json.value(QStringLiteral("split_thresholds")).toObject();
        const QJsonValue current = t.value(QStringLiteral("current"));
        const QJsonValue potential = t.value(QStringLiteral("potential"));
        if (!current.isDouble() || !potential.isDouble())
            return bad("split_thresholds");
        options.scoring.split = SplitMethod::Thresholds;
        options.scoring.currentThreshold = current.toDouble();
        options.scoring.potentialThreshold = potential.toDouble();
    } else {
        return bad("split");
    }
    return options;
}

QString EvaluationSnapshot::splitText(const ScoreOptions &scoring)
{
    if (scoring.split != SplitMethod::Thresholds)
        return splitId(scoring.split);
    return QString::number(scoring.currentThreshold, 'g', 15) + QLatin1Char(',') +
           QString::number(scoring.potentialThreshold, 'g', 15);
}

} // namespace valuedesk
