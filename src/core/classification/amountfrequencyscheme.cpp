#include "amountfrequencyscheme.h"

#include <cmath>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("amount-frequency");

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QJsonObject AmountFrequencyScheme::toJson(const Options &options)
{
    return QJsonObject{
        {QStringLiteral("amount"), MetricCatalog::id(options.amount)},
        {QStringLiteral("frequency"), MetricCatalog::id(options.frequency)},
        {QStringLiteral("amount_split"), SchemeUtil::splitToJson(options.amountSplit)},
        {QStringLiteral("frequency_split"), SchemeUtil::splitToJson(options.frequencySplit)},
        {QStringLiteral("exclude_prospects"), options.excludeProspects}};
}

Result<AmountFrequencyScheme::Options> AmountFrequencyScheme::fromJson(const QJsonObject &json)
{
    Options o;
    if (auto ok = SchemeUtil::checkKeys(
            kScheme, json,
            {QStringLiteral("amount"), QStringLiteral("frequency"), QStringLiteral("amount_split"),
             QStringLiteral("frequency_split"), QStringLiteral("exclude_prospects")});
        !ok)
        return ok.error();
    for (const QString &key : {QStringLiteral("amount"), QStringLiteral("frequency")}) {
        if (!json.contains(key))
            continue;
        auto metric = SchemeUtil::metricFromJson(kScheme, json.value(key), key);
        if (!metric)
            return metric.error();
        (key == QLatin1String("amount") ? o.amount : o.frequency) = *metric;
    }
    for (const QString &key : {QStringLiteral("amount_split"), QStringLiteral("frequency_split")}) {
        if (!json.contains(key))
            continue;
        auto split = SchemeUtil::splitFromJson(kScheme, json.value(key), key);
        if (!split)
            return split.error();
        (key == QLatin1String("amount_split") ? o.amountSplit : o.frequencySplit) = *split;
    }
    if (json.contains(QLatin1String("exclude_prospects"))) {
        auto b = SchemeUtil::boolFromJson(kScheme, json.value(QLatin1String("exclude_prospects")),
                                          QStringLiteral("exclude_prospects"));
        if (!b)
            return b.error();
        o.excludeProspects = *b;
    }
    return o;
}

Result<ClassificationResult> AmountFrequencyScheme::classify(const ClassificationInput &input,
                                                             const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    enum { HighValue, Potential, OneOff, Lapsing };
    const QVector<ClassDefinition> classes{
        {QStringLiteral("high-value"), tr("High value")}, // 高价值
        {QStringLiteral("potential"), tr("Potential")},   // 潜力
        {QStringLiteral("one-off"), tr("One-off")},       // 一次性
        {QStringLiteral("lapsing"), tr("Lapsing")},       // 流失
    };
    const int n = static_cast<int>(input.customers.size());
    ClassificationResult r = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    const QVector<double> amount = SchemeUtil::metricColumn(input, options.amount);
    const QVector<double> frequency = SchemeUtil::metricColumn(input, options.frequency);
    QVector<bool> use(n);
    for (int c = 0; c < n; ++c)
        use[c] =
            !std::isnan(amount.at(c)) && !std::isnan(frequency.at(c)) &&
            !(options.excludeProspects && input.customers.at(c).status == CustomerStatus::Prospect);
    const double ta = SchemeUtil::threshold(amount, options.amountSplit, use);
    const double tf = SchemeUtil::threshold(frequency, options.frequencySplit, use);
    r.options.insert(QStringLiteral("applied"),
                     QJsonObject{{QStringLiteral("amount_threshold"), jsonNumber(ta)},
                                 {QStringLiteral("frequency_threshold"), jsonNumber(tf)}});
    r.measureId = MetricCatalog::id(options.amount);
    r.measure = amount;
    r.fieldIds = {QStringLiteral("amount"), QStringLiteral("frequency")};
    r.fields.resize(n, 2);
    for (int c = 0; c < n; ++c) {
        r.fields(c, 0) = amount.at(c);
        r.fields(c, 1) = frequency.at(c);
        if (!use.at(c))
            continue;
        const bool highAmount = amount.at(c) > ta;
        const bool highFrequency = frequency.at(c) > tf;
        r.classOf[c] = highAmount ? (highFrequency ? HighValue : OneOff)
                                  : (highFrequency ? Potential : Lapsing);
    }
    return r;
}

} // namespace valuedesk
