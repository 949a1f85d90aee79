#include "schemeutil.h"

#include "metrics/metriccalculator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace valuedesk {

Status SchemeUtil::checkInput(const ClassificationInput &input)
{
    if (input.inputs.size() != input.customers.size())
        return Error(tr("The classification input is inconsistent."),
                     QStringLiteral("%1 customers, %2 metric inputs")
                         .arg(input.customers.size())
                         .arg(input.inputs.size()));
    if (input.evaluation && input.evaluation->scores.total.size() != input.customers.size())
        return Error(tr("The evaluation does not match the customers being classified."),
                     QStringLiteral("%1 customers, %2 evaluated")
                         .arg(input.customers.size())
                         .arg(input.evaluation->scores.total.size()));
    return Status::success();
}

QVector<double> SchemeUtil::metricColumn(const ClassificationInput &input, const MetricId &metric)
{
    QVector<double> column(input.inputs.size(), std::numeric_limits<double>::quiet_NaN());
    for (int i = 0; i < input.inputs.size(); ++i) {
        if (const auto v = MetricCalculator::value(metric, input.inputs.at(i), input.window))
            column[i] = *v;
    }
    return column;
}

QVector<double> SchemeUtil::revenueColumn(const ClassificationInput &input)
{
    return metricColumn(input, MetricId{MetricKind::Revenue, {}});
}

double SchemeUtil::threshold(const QVector<double> &values, const AxisSplit &split,
                             const QVector<bool> &use)
{
    if (split.method == AxisSplit::Method::Threshold)
        return split.threshold;
    std::vector<double> taken;
    taken.reserve(static_cast<size_t>(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isnan(values.at(i)) && (use.isEmpty() || use.at(i)))
            taken.push_back(values.at(i));
    }
    if (taken.empty())
        return std::numeric_limits<double>::quiet_NaN();
    if (split.method == AxisSplit::Method::Mean) {
        double sum = 0;
        for (double v : taken)
            sum += v;
        return sum / static_cast<double>(taken.size());
    }
    const size_t n = taken.size();
    const size_t mid = n / 2;
    std::nth_element(taken.begin(), taken.begin() + static_cast<std::ptrdiff_t>(mid), taken.end());
    const double upper = taken[mid];
    if (n % 2 == 1)
        return upper;
    const double lower =
        *std::max_element(taken.begin(), taken.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

QJsonValue SchemeUtil::splitToJson(const AxisSplit &split)
{
    switch (split.method) {
    case AxisSplit::Method::Mean:
        return QStringLiteral("mean");
    case AxisSplit::Method::Median:
        return QStringLiteral("median");
    case AxisSplit::Method::Threshold:
        break;
    }
    return split.threshold;
}

Result<AxisSplit> SchemeUtil::splitFromJson(const QString &scheme, const QJsonValue &value,
                                            const QString &key)
{
    AxisSplit split;
    if (value.isString() && value.toString() == QLatin1String("mean"))
        return split;
    if (value.isString() && value.toString() == QLatin1String("median")) {
        split.method = AxisSplit::Method::Median;
        return split;
    }
    if (value.isDouble() && std::isfinite(value.toDouble())) {
        split.method = AxisSplit::Method::Threshold;
        split.threshold = value.toDouble();
        return split;
    }
    return optionError(scheme, key, tr("expected \"mean\", \"median\" or a number."));
}

Error SchemeUtil::optionError(const QString &scheme, const QString &key, const QString &reason)
{
    return Error(tr("Option \"%1\" of the %2 scheme: %3").arg(key, scheme, reason));
}

Status SchemeUtil::checkKeys(const QString &scheme, const QJsonObject &object,
                             const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("applied") && !known.contains(it.key()))
            return optionError(scheme, it.key(), tr("unknown option."));
    }
    return Status::success();
}

Result<MetricId> SchemeUtil::metricFromJson(const QString &scheme, const QJsonValue &value,
                                            const QString &key)
{
    if (!value.isString())
        return optionError(scheme, key, tr("expected a metric id."));
    auto metric = MetricCatalog::parse(value.toString());
    if (!metric)
        return optionError(scheme, key, metric.error().message());
    return *metric;
}

Result<double> SchemeUtil::numberFromJson(const QString &scheme, const QJsonValue &value,
                                          const QString &key)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return optionError(scheme, key, tr("expected a number."));
    return value.toDouble();
}

Result<int> SchemeUtil::intFromJson(const QString &scheme, const QJsonValue &value,
                                    const QString &key, int minimum, int maximum)
{
    const double v = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || v != std::floor(v) || v < minimum || v > maximum)
        return optionError(scheme, key,
                           tr("expected a whole number from %1 to %2.").arg(minimum).arg(maximum));
    return static_cast<int>(v);
}

Result<bool> SchemeUtil::boolFromJson(const QString &scheme, const QJsonValue &value,
                                      const QString &key)
{
    if (!value.isBool())
        return optionError(scheme, key, tr("expected true or false."));
    return value.toBool();
}

ClassificationResult SchemeUtil::emptyResult(const QString &scheme, const QJsonObject &options,
                                             QVector<ClassDefinition> classes, int customers)
{
    ClassificationResult r;
    r.scheme = scheme;
    r.options = options;
    r.classes = std::move(classes);
    r.classOf = QVector<int>(customers, -1);
    return r;
}

} // namespace valuedesk
