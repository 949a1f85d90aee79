#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace valuedesk {

// Where one axis of a two-way scheme (loyalty × value, amount × frequency) is split. A value
// strictly above the threshold is high; a value equal to it counts as low (as the quadrants).
struct AxisSplit
{
    enum class Method { Mean, Median, Threshold };
    Method method = Method::Mean;
    double threshold = 0; // Method::Threshold only

    bool operator==(const AxisSplit &o) const
    {
        return method == o.method && (method != Method::Threshold || threshold == o.threshold);
    }
};

// Helpers shared by the classification schemes (cost, loyalty-value, pyramid, amount-frequency,
// tiers, kmeans). Pure.
class SchemeUtil final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::SchemeUtil)

public:
    // customers and inputs must have the same size; an evaluation, when given, one row each.
    static Status checkInput(const ClassificationInput &input);

    // One metric for every customer (MetricCalculator::value), NaN where missing.
    static QVector<double> metricColumn(const ClassificationInput &input, const MetricId &metric);
    static QVector<double> revenueColumn(const ClassificationInput &input);

    // The threshold of `split` over the non-NaN values of `values` where `use` is true (all when
    // empty). Mean, median (the mean of the two middle values for an even count); NaN when no
    // value takes part (Method::Threshold always gives its threshold).
    static double threshold(const QVector<double> &values, const AxisSplit &split,
                            const QVector<bool> &use = {});

    // JSON: "mean", "median" or a number (the threshold).
    static QJsonValue splitToJson(const AxisSplit &split);
    static Result<AxisSplit> splitFromJson(const QString &scheme, const QJsonValue &value,
                                           const QString &key);

    // The error "<scheme> option "<key>": <reason>" (translated).
    static Error optionError(const QString &scheme, const QString &key, const QString &reason);
    // Fails on a key of `object` not in `known` (the key "applied", computed figures a result
    // stores beside its options, is always accepted and ignored).
    static Status checkKeys(const QString &scheme, const QJsonObject &object,
                            const QStringList &known);
    // A metric id string ("revenue", "attribute:cost" …) at `key`.
    static Result<MetricId> metricFromJson(const QString &scheme, const QJsonValue &value,
                                           const QString &key);
    // A number at `key` (finite).
    static Result<double> numberFromJson(const QString &scheme, const QJsonValue &value,
                                         const QString &key);
    // A whole number at `key` within [minimum, maximum].
    static Result<int> intFromJson(const QString &scheme, const QJsonValue &value,
                                   const QString &key, int minimum, int maximum);
    static Result<bool> boolFromJson(const QString &scheme, const QJsonValue &value,
                                     const QString &key);

    // A result with scheme, options, classes and classOf filled with -1 for every customer.
    static ClassificationResult emptyResult(const QString &scheme, const QJsonObject &options,
                                            QVector<ClassDefinition> classes, int customers);
};

} // namespace valuedesk
