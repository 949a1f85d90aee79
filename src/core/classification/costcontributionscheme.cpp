#include "costcontributionscheme.h"

#include "money.h"
#include "schemeutil.h"

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("cost");

QString costRuleId(CostContributionScheme::CostRule rule, const MetricId &metric)
{
    switch (rule) {
    case CostContributionScheme::CostRule::PerCustomer:
        return QStringLiteral("per-customer");
    case CostContributionScheme::CostRule::RevenueShare:
        return QStringLiteral("revenue-share");
    case CostContributionScheme::CostRule::PerOrder:
        return QStringLiteral("per-order");
    case CostContributionScheme::CostRule::Metric:
        break;
    }
    return MetricCatalog::id(metric);
}

} // namespace

QJsonObject CostContributionScheme::toJson(const Options &options)
{
    return QJsonObject{{QStringLiteral("profit"), MetricCatalog::id(options.profit)},
                       {QStringLiteral("cost"), costRuleId(options.costRule, options.costMetric)},
                       {QStringLiteral("cost_rate"), options.costRate},
                       {QStringLiteral("average_margin"),
                        options.averageMargin ? QJsonValue(*options.averageMargin) : QJsonValue()},
                       {QStringLiteral("gold_multiple"), options.goldMultiple},
                       {QStringLiteral("silver_multiple"), options.silverMultiple},
                       {QStringLiteral("ordinary_multiple"), options.ordinaryMultiple}};
}

Result<CostContributionScheme::Options> CostContributionScheme::fromJson(const QJsonObject &json)
{
    Options o;
    if (auto ok = SchemeUtil::checkKeys(
            kScheme, json,
            {QStringLiteral("profit"), QStringLiteral("cost"), QStringLiteral("cost_rate"),
             QStringLiteral("average_margin"), QStringLiteral("gold_multiple"),
             QStringLiteral("silver_multiple"), QStringLiteral("ordinary_multiple")});
        !ok)
        return ok.error();
    if (json.contains(QLatin1String("profit"))) {
        auto metric = SchemeUtil::metricFromJson(kScheme, json.value(QLatin1String("profit")),
                                                 QStringLiteral("profit"));
        if (!metric)
            return metric.error();
        o.profit = *metric;
    }
    if (json.contains(QLatin1String("cost"))) {
        const QJsonValue v = json.value(QLatin1String("cost"));
        const QString text = v.toString();
        if (text == QLatin1String("per-customer")) {
            o.costRule = CostRule::PerCustomer;
        } else if (text == QLatin1String("revenue-share")) {
            o.costRule = CostRule::RevenueShare;
        } else if (text == QLatin1String("per-order")) {
            o.costRule = CostRule::PerOrder;
        } else {
            auto metric = SchemeUtil::metricFromJson(kScheme, v, QStringLiteral("cost"));
            if (!metric)
                return metric.error();
            o.costRule = CostRule::Metric;
            o.costMetric = *metric;
        }
    }
    if (json.contains(QLatin1String("average_margin")) &&
        !json.value(QLatin1String("average_margin")).isNull()) {
        auto m = SchemeUtil::numberFromJson(kScheme, json.value(QLatin1String("average_margin")),
                                            QStringLiteral("average_margin"));
        if (!m)
            return m.error();
        if (!(*m > 0))
            return SchemeUtil::optionError(kScheme, QStringLiteral("average_margin"),
                                           tr("expected a positive margin (0.2 = 20 %)."));
        o.averageMargin = *m;
    }
    const std::pair<QString, double *> numbers[] = {
        {QStringLiteral("cost_rate"), &o.costRate},
        {QStringLiteral("gold_multiple"), &o.goldMultiple},
        {QStringLiteral("silver_multiple"), &o.silverMultiple},
        {QStringLiteral("ordinary_multiple"), &o.ordinaryMultiple}};
    for (const auto &[key, target] : numbers) {
        if (!json.contains(key))
            continue;
        auto v = SchemeUtil::numberFromJson(kScheme, json.value(key), key);
        if (!v)
            return v.error();
        *target = *v;
    }
    return o;
}

double CostContributionScheme::averageMargin(const ClassificationInput &input)
{
    Cents profit = 0;
    Cents revenue = 0;
    for (const MetricInputs &in : input.inputs) {
        profit += in.costedRevenue - in.cost;
        revenue += in.costedRevenue;
    }
    if (revenue <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(profit) / static_cast<double>(revenue);
}

Result<ClassificationResult> CostContributionScheme::classify(const ClassificationInput &input,
                                                              const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    if (!(options.goldMultiple >= options.silverMultiple &&
          options.silverMultiple >= options.ordinaryMultiple))
        return SchemeUtil::optionError(
            kScheme, QStringLiteral("silver_multiple"),
            tr("the multiples must not increase from gold to silver to ordinary."));
    enum { Gold, Silver, Ordinary, Eliminate };
    const QVector<ClassDefinition> classes{
        {QStringLiteral("gold"), tr("Gold")},              // 黄金客户
        {QStringLiteral("silver"), tr("Silver")},          // 白银客户
        {QStringLiteral("ordinary"), tr("Ordinary")},      // 普通客户
        {QStringLiteral("eliminate"), tr("To eliminate")}, // 淘汰客户
    };
    const int n = static_cast<int>(input.customers.size());
    ClassificationResult r = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    const QVector<double> profit = SchemeUtil::metricColumn(input, options.profit);
    QVector<double> cost;
    switch (options.costRule) {
    case CostRule::Metric:
        cost = SchemeUtil::metricColumn(input, options.costMetric);
        break;
    case CostRule::PerCustomer:
        cost = QVector<double>(n, options.costRate);
        break;
    case CostRule::RevenueShare:
        cost = SchemeUtil::revenueColumn(input);
        for (double &c : cost)
            c *= options.costRate;
        break;
    case CostRule::PerOrder:
        cost = SchemeUtil::metricColumn(input, MetricId{MetricKind::Orders, {}});
        for (double &c : cost)
            c *= options.costRate;
        break;
    }
    const double margin = options.averageMargin ? *options.averageMargin : averageMargin(input);
    r.options.insert(QStringLiteral("applied"),
                     QJsonObject{{QStringLiteral("average_margin"),
                                  std::isnan(margin) ? QJsonValue() : QJsonValue(margin)}});
    r.measureId = MetricCatalog::id(options.profit);
    r.measure = profit;
    r.fieldIds = {QStringLiteral("profit"), QStringLiteral("cost"), QStringLiteral("ratio"),
                  QStringLiteral("ratio_to_average")};
    r.fields.setConstant(n, 4, std::numeric_limits<double>::quiet_NaN());
    for (int c = 0; c < n; ++c) {
        r.fields(c, 0) = profit.at(c);
        r.fields(c, 1) = cost.at(c);
        if (input.customers.at(c).status == CustomerStatus::Prospect || std::isnan(profit.at(c)) ||
            !(cost.at(c) > 0))
            continue;
        if (!(margin > 0))
            return Error(tr("The firm's average sales profit margin is not positive, so cost "
                            "contribution cannot be compared with it; enter an average margin."),
                         QStringLiteral("average margin %1").arg(margin));
        const double ratio = profit.at(c) / cost.at(c);
        const double relative = ratio / margin;
        r.fields(c, 2) = ratio;
        r.fields(c, 3) = relative;
        // 1e-9 absorbs rounding (0.3 / 0.1 = 2.9999999999999996 meets a multiple of 3).
        const double r9 = relative + 1e-9;
        r.classOf[c] = r9 >= options.goldMultiple       ? Gold
                       : r9 >= options.silverMultiple   ? Silver
                       : r9 >= options.ordinaryMultiple ? Ordinary
                                                        : Eliminate;
    }
    return r;
}

} // namespace valuedesk
