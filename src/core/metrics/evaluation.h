#pragma once

#include "ahp/ahpmodel.h"
#include "ahp/hierarchy.h"
#include "evaluationwindow.h"
#include "metriccalculator.h"
#include "metriccatalog.h"
#include "metricinputs.h"
#include "normaliser.h"
#include "result.h"
#include "valuescorer.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace valuedesk {

struct EvaluationOptions
{
    EvaluationWindow window;
    NormaliserOptions normaliser; // z-score by default, no winsorising
    // One missing-value rule for every indicator; nullopt: each metric's default
    // (Evaluation::defaultMissingRule).
    std::optional<MissingRule> missing;
    ScoreOptions scoring; // axes (default the first two top-level criteria) and the split
};

// Everything an evaluation computed, for the CLI, the quadrant view, explanations and
// snapshots. Column j of `raw` and `normalised` belongs to hierarchy.nodes[hierarchy.leaves[j]].
struct EvaluationResult
{
    HierarchyResult hierarchy;
    QVector<MetricId> metrics;    // per leaf
    QVector<IndicatorRule> rules; // per leaf: direction and missing rule used
    QVector<double> leafWeights;  // per leaf: its global weight
    MetricMatrix raw;             // customers × leaves
    NormalisedMatrix normalised;  // customers × leaves
    ValueScores scores;           // per customer: node scores, axes, completeness, quadrant
};

// The evaluation pipeline over customers' MetricInputs (no SQL): AHP global weights
// (Hierarchy::evaluate), a metric per leaf, raw values (MetricCalculator), normalisation
// (Normaliser) and scores, completeness and quadrants (ValueScorer). Pure and thread-safe.
class Evaluation final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::Evaluation)

public:
    // Errors (translated): the model does not evaluate; a leaf without a metric or with an
    // unknown one (named); a bad direction; the axes are not two different top-level criteria.
    static Result<EvaluationResult> run(const AhpModel &model,
                                        const QVector<MetricInputs> &customers,
                                        const EvaluationOptions &options);

    // The part of run() that needs no customers: hierarchy (global weights), the metric, rule and
    // weight per leaf; raw, normalised and scores stay empty. Same errors as run(). Snapshots
    // rebuild a stored result from it (EvaluationSnapshot::restore).
    static Result<EvaluationResult> prepare(const AhpModel &model,
                                            const EvaluationOptions &options);

    // The metric per leaf of an evaluated hierarchy, validated through the catalogue.
    static Result<QVector<MetricId>> leafMetrics(const HierarchyResult &hierarchy);

    // Counts and sums (revenue, gross_profit, orders, frequency_per_month, referrals,
    // complaints, visits, trainings) are never really missing: zero. Averages, ratios, dates,
    // balances, surveys, attributes and ratings: exclude (the customer's weights re-normalised).
    static MissingRule defaultMissingRule(MetricKind kind);

    static QString missingRuleId(MissingRule rule); // "zero", "mean", "exclude"
    static std::optional<MissingRule> parseMissingRule(const QString &id);
    static QString normalisationId(Normalisation method); // "zscore", "minmax", "rank"
    static std::optional<Normalisation> parseNormalisation(const QString &id);
};

} // namespace valuedesk
