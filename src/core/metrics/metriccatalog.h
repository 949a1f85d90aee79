#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace valuedesk {

// The metrics an AHP leaf can bind to (its `metric` string), computed per customer over an
// EvaluationWindow by MetricCalculator. The exact definitions are definition() and README
// ("Metrics").
enum class MetricKind {
    Revenue,
    GrossProfit,
    ProfitMargin,
    Orders,
    AvgOrderValue,
    FrequencyPerMonth,
    RecencyDays,
    TenureDays,
    RepurchaseRate,
    RevenueGrowth,
    BalanceLatest,
    BalanceAvg,
    Referrals,
    Complaints,
    Visits,
    Trainings,
    Satisfaction,
    Loyalty,
    Trust,
    Clv,       // probabilistic CLV (BG/NBD + Gamma-Gamma), see README "Metrics"
    PAlive,    // BG/NBD P(alive) of the same fit
    Attribute, // attribute:<name>
    Rating,    // rating:<name>
};

enum class MetricDirection { Higher, Lower };

// A parsed metric id: the kind plus, for attribute:<name> and rating:<name>, the name.
struct MetricId
{
    MetricKind kind = MetricKind::Revenue;
    QString argument;

    bool operator==(const MetricId &o) const { return kind == o.kind && argument == o.argument; }
    bool operator!=(const MetricId &o) const { return !(*this == o); }
};

class MetricCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::MetricCatalog)

public:
    // "revenue", …, "attribute:<name>", "rating:<name>" (name non-empty, surrounding blanks of the
    // whole id ignored). The error message is translated.
    static Result<MetricId> parse(const QString &id);
    static bool isValid(const QString &id) { return parse(id).ok(); }
    static QString id(const MetricId &metric);
    // The fixed ids in catalogue order (without attribute:/rating:).
    static QStringList fixedIds();

    // Translated, e.g. "Revenue", "Attribute: region_score".
    static QString displayName(const MetricId &metric);
    // One line, translated: the exact definition (see README "Metrics").
    static QString definition(const MetricId &metric);
    // Lower is better for recency_days and complaints; higher for everything else.
    static MetricDirection defaultDirection(MetricKind kind);

    // "higher" / "lower" (case-insensitive); an empty string gives the metric's default.
    static Result<MetricDirection> parseDirection(const QString &text, MetricKind kind);
    static QString directionId(MetricDirection direction);
};

} // namespace valuedesk
