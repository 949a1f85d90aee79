#include "evaluation.h"

namespace valuedesk {

Result<QVector<MetricId>> Evaluation::leafMetrics(const HierarchyResult &hierarchy)
{
    QVector<MetricId> metrics;
    metrics.reserve(hierarchy.leaves.size());
    for (int index : hierarchy.leaves) {
        const HierarchyNodeResult &leaf = hierarchy.nodes.at(index);
        if (leaf.metric.trimmed().isEmpty())
            return Error(tr("The indicator \"%1\" is not bound to a metric.").arg(leaf.name));
        auto metric = MetricCatalog::parse(leaf.metric);
        if (!metric)
            return Error(tr("The indicator \"%1\": %2").arg(leaf.name, metric.error().message()),
                         metric.error().detail());
        metrics.append(*metric);
    }
    return metrics;
}

Result<EvaluationResult> Evaluation::prepare(const AhpModel &model,
                                             const EvaluationOptions &options)
{
    if (!options.window.isValid())
        return Error(tr("The evaluation window is not valid."));
    auto hierarchy = Hierarchy::evaluate(model.root, model.settings);
    if (!hierarchy)
        return Error(tr("The model \"%1\" cannot be evaluated: %2")
                         .arg(model.name, hierarchy.error().message()),
                     hierarchy.error().detail());
    EvaluationResult result;
    result.hierarchy = std::move(hierarchy).value();
    const HierarchyResult &h = result.hierarchy;
    if (h.leaves.isEmpty() || h.leaves.constFirst() == 0)
        return Error(tr("The model \"%1\" has no indicators.").arg(model.name));

    auto metrics = leafMetrics(h);
    if (!metrics)
        return metrics.error();
    result.metrics = std::move(metrics).value();

    for (int j = 0; j < h.leaves.size(); ++j) {
        const HierarchyNodeResult &leaf = h.nodes.at(h.leaves.at(j));
        const MetricId &metric = result.metrics.at(j);
        auto direction = MetricCatalog::parseDirection(leaf.direction, metric.kind);
        if (!direction)
            return Error(tr("The indicator \"%1\": %2").arg(leaf.name, direction.error().message()),
                         direction.error().detail());
        IndicatorRule rule;
        rule.direction = *direction;
        rule.missing = options.missing ? *options.missing : defaultMissingRule(metric.kind);
        result.rules.append(rule);
        result.leafWeights.append(leaf.globalWeight);
    }
    return result;
}

Result<EvaluationResult> Evaluation::run(const AhpModel &model,
                                         const QVector<MetricInputs> &customers,
                                         const EvaluationOptions &options)
{
    auto prepared = prepare(model, options);
    if (!prepared)
        return prepared.error();
    EvaluationResult result = std::move(prepared).value();
    const HierarchyResult &h = result.hierarchy;
    result.raw = MetricCalculator::compute(result.metrics, customers, options.window);
    result.normalised = Normaliser::normalise(result.raw, result.rules, options.normaliser);
    auto scores = ValueScorer::score(h, result.normalised, options.scoring);
    if (!scores)
        return scores.error();
    result.scores = std::move(scores).value();
    return result;
}

MissingRule Evaluation::defaultMissingRule(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Revenue:
    case MetricKind::GrossProfit:
    case MetricKind::Orders:
    case MetricKind::FrequencyPerMonth:
    case MetricKind::Referrals:
    case MetricKind::Complaints:
    case MetricKind::Visits:
    case MetricKind::Trainings:
        return MissingRule::Zero;
    case MetricKind::ProfitMargin:
    case MetricKind::AvgOrderValue:
    case MetricKind::RecencyDays:
    case MetricKind::TenureDays:
    case MetricKind::RepurchaseRate:
    case MetricKind::RevenueGrowth:
    case MetricKind::BalanceLatest:
    case MetricKind::BalanceAvg:
    case MetricKind::Satisfaction:
    case MetricKind::Loyalty:
    case MetricKind::Trust:
    case MetricKind::Clv:
    case MetricKind::PAlive:
    case MetricKind::Attribute:
    case MetricKind::Rating:
        break;
    }
    return MissingRule::Exclude;
}

QString Evaluation::missingRuleId(MissingRule rule)
{
    switch (rule) {
    case MissingRule::Zero:
        return QStringLiteral("zero");
    case MissingRule::Mean:
        return QStringLiteral("mean");
    case MissingRule::Exclude:
        break;
    }
    return QStringLiteral("exclude");
}

std::optional<MissingRule> Evaluation::parseMissingRule(const QString &id)
{
    for (MissingRule rule : {MissingRule::Zero, MissingRule::Mean, MissingRule::Exclude})
        if (id.trimmed().compare(missingRuleId(rule), Qt::CaseInsensitive) == 0)
            return rule;
    return std::nullopt;
}

QString Evaluation::normalisationId(Normalisation method)
{
    switch (method) {
    case Normalisation::ZScore:
        return QStringLiteral("zscore");
    case Normalisation::MinMax:
        return QStringLiteral("minmax");
    case Normalisation::PercentileRank:
        break;
    }
    return QStringLiteral("rank");
}

std::optional<Normalisation> Evaluation::parseNormalisation(const QString &id)
{
    for (Normalisation method :
         {Normalisation::ZScore, Normalisation::MinMax, Normalisation::PercentileRank})
        if (id.trimmed().compare(normalisationId(method), Qt::CaseInsensitive) == 0)
            return method;
    return std::nullopt;
}

} // namespace valuedesk
