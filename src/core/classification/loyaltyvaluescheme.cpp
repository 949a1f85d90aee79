#include "loyaltyvaluescheme.h"

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("loyalty-value");

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QJsonObject LoyaltyValueScheme::toJson(const Options &options)
{
    return QJsonObject{
        {QStringLiteral("value"),
         options.value ? MetricCatalog::id(*options.value) : QStringLiteral("score")},
        {QStringLiteral("loyalty"), MetricCatalog::id(options.loyalty)},
        {QStringLiteral("value_split"), SchemeUtil::splitToJson(options.valueSplit)},
        {QStringLiteral("loyalty_split"), SchemeUtil::splitToJson(options.loyaltySplit)},
        {QStringLiteral("lost_is_inactive"), options.lostIsInactive}};
}

Result<LoyaltyValueScheme::Options> LoyaltyValueScheme::fromJson(const QJsonObject &json)
{
    Options o;
    if (auto ok = SchemeUtil::checkKeys(
            kScheme, json,
            {QStringLiteral("value"), QStringLiteral("loyalty"), QStringLiteral("value_split"),
             QStringLiteral("loyalty_split"), QStringLiteral("lost_is_inactive")});
        !ok)
        return ok.error();
    if (json.contains(QLatin1String("value"))) {
        const QJsonValue v = json.value(QLatin1String("value"));
        if (v.toString() == QLatin1String("score")) {
            o.value.reset();
        } else {
            auto metric = SchemeUtil::metricFromJson(kScheme, v, QStringLiteral("value"));
            if (!metric)
                return metric.error();
            o.value = *metric;
        }
    }
    if (json.contains(QLatin1String("loyalty"))) {
        auto metric = SchemeUtil::metricFromJson(kScheme, json.value(QLatin1String("loyalty")),
                                                 QStringLiteral("loyalty"));
        if (!metric)
            return metric.error();
        o.loyalty = *metric;
    }
    for (const QString &key : {QStringLiteral("value_split"), QStringLiteral("loyalty_split")}) {
        if (!json.contains(key))
            continue;
        auto split = SchemeUtil::splitFromJson(kScheme, json.value(key), key);
        if (!split)
            return split.error();
        (key == QLatin1String("value_split") ? o.valueSplit : o.loyaltySplit) = *split;
    }
    if (json.contains(QLatin1String("lost_is_inactive"))) {
        auto b = SchemeUtil::boolFromJson(kScheme, json.value(QLatin1String("lost_is_inactive")),
                                          QStringLiteral("lost_is_inactive"));
        if (!b)
            return b.error();
        o.lostIsInactive = *b;
    }
    return o;
}

Result<ClassificationResult> LoyaltyValueScheme::classify(const ClassificationInput &input,
                                                          const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    if (!options.value && !input.evaluation)
        return SchemeUtil::optionError(
            kScheme, QStringLiteral("value"),
            tr("the value score needs an evaluation; evaluate with a model or choose a metric."));
    enum { A, B, C, D, E, F };
    const QVector<ClassDefinition> classes{
        {QStringLiteral("A"), tr("A: top")},                     // 顶级客户
        {QStringLiteral("B"), tr("B: high value, low loyalty")}, // 大中型客户 (忠诚度低)
        {QStringLiteral("C"), tr("C: high loyalty, low value")}, // 大中型客户 (忠诚度高)
        {QStringLiteral("D"), tr("D: small")},                   // 小型客户
        {QStringLiteral("E"), tr("E: inactive")},                // 非活跃客户
        {QStringLiteral("F"), tr("F: prospect")},                // 可能客户
    };
    const int n = static_cast<int>(input.customers.size());
    ClassificationResult r = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    QVector<double> value;
    if (options.value) {
        value = SchemeUtil::metricColumn(input, *options.value);
    } else {
        value.resize(n);
        for (int c = 0; c < n; ++c)
            value[c] = input.evaluation->scores.total(c);
    }
    const QVector<double> loyalty = SchemeUtil::metricColumn(input, options.loyalty);
    QVector<bool> active(n);
    for (int c = 0; c < n; ++c) {
        const CustomerStatus status = input.customers.at(c).status;
        if (status == CustomerStatus::Prospect) {
            r.classOf[c] = F;
        } else if (input.inputs.at(c).orders == 0 ||
                   (options.lostIsInactive && status == CustomerStatus::Lost)) {
            r.classOf[c] = E;
        } else {
            active[c] = !std::isnan(value.at(c)) && !std::isnan(loyalty.at(c));
        }
    }
    const double tv = SchemeUtil::threshold(value, options.valueSplit, active);
    const double tl = SchemeUtil::threshold(loyalty, options.loyaltySplit, active);
    r.options.insert(QStringLiteral("applied"),
                     QJsonObject{{QStringLiteral("value_threshold"), jsonNumber(tv)},
                                 {QStringLiteral("loyalty_threshold"), jsonNumber(tl)}});
    r.measureId = QStringLiteral("revenue");
    r.measure = SchemeUtil::revenueColumn(input);
    r.fieldIds = {QStringLiteral("value"), QStringLiteral("loyalty")};
    r.fields.resize(n, 2);
    for (int c = 0; c < n; ++c) {
        r.fields(c, 0) = value.at(c);
        r.fields(c, 1) = loyalty.at(c);
        if (!active.at(c))
            continue;
        const bool highValue = value.at(c) > tv;
        const bool highLoyalty = loyalty.at(c) > tl;
        r.classOf[c] = highValue ? (highLoyalty ? A : B) : (highLoyalty ? C : D);
    }
    return r;
}

} // namespace valuedesk
