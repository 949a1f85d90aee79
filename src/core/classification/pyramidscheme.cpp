#include "pyramidscheme.h"

#include "schemeutil.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("pyramid");

} // namespace

QJsonObject PyramidScheme::toJson(const Options &options)
{
    return QJsonObject{{QStringLiteral("value"), options.value ? MetricCatalog::id(*options.value)
                                                               : QStringLiteral("score")},
                       {QStringLiteral("shares"),
                        QJsonArray{options.shares[0], options.shares[1], options.shares[2]}},
                       {QStringLiteral("no_revenue_is_potential"), options.noRevenueIsPotential}};
}

Result<PyramidScheme::Options> PyramidScheme::fromJson(const QJsonObject &json)
{
    Options o;
    if (auto ok = SchemeUtil::checkKeys(kScheme, json,
                                        {QStringLiteral("value"), QStringLiteral("shares"),
                                         QStringLiteral("no_revenue_is_potential")});
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
    if (json.contains(QLatin1String("shares"))) {
        const QJsonValue v = json.value(QLatin1String("shares"));
        if (!v.isArray() || v.toArray().size() != 3)
            return SchemeUtil::optionError(
                kScheme, QStringLiteral("shares"),
                tr("expected three shares (top, important, ordinary), e.g. [0.01, 0.04, 0.15]."));
        for (int i = 0; i < 3; ++i) {
            const QString key = QStringLiteral("shares[%1]").arg(i);
            auto share = SchemeUtil::numberFromJson(kScheme, v.toArray().at(i), key);
            if (!share)
                return share.error();
            if (*share < 0 || *share > 1)
                return SchemeUtil::optionError(kScheme, key, tr("expected a share from 0 to 1."));
            o.shares[static_cast<size_t>(i)] = *share;
        }
    }
    if (json.contains(QLatin1String("no_revenue_is_potential"))) {
        auto b =
            SchemeUtil::boolFromJson(kScheme, json.value(QLatin1String("no_revenue_is_potential")),
                                     QStringLiteral("no_revenue_is_potential"));
        if (!b)
            return b.error();
        o.noRevenueIsPotential = *b;
    }
    return o;
}

Result<ClassificationResult> PyramidScheme::classify(const ClassificationInput &input,
                                                     const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    if (!options.value && !input.evaluation)
        return SchemeUtil::optionError(
            kScheme, QStringLiteral("value"),
            tr("the value score needs an evaluation; evaluate with a model or choose a metric."));
    double sum = 0;
    for (double s : options.shares) {
        if (!(s >= 0))
            return SchemeUtil::optionError(kScheme, QStringLiteral("shares"),
                                           tr("a share is negative."));
        sum += s;
    }
    if (sum > 1 + 1e-9)
        return SchemeUtil::optionError(kScheme, QStringLiteral("shares"),
                                       tr("the shares add up to more than 1."));

    enum { Top, Important, Ordinary, Small, Potential };
    const QVector<ClassDefinition> classes{
        {QStringLiteral("top"), tr("Top")},             // 顶级
        {QStringLiteral("important"), tr("Important")}, // 重要
        {QStringLiteral("ordinary"), tr("Ordinary")},   // 普通
        {QStringLiteral("small"), tr("Small")},         // 小众
        {QStringLiteral("potential"), tr("Potential")}, // 潜在
    };
    const int n = static_cast<int>(input.customers.size());
    ClassificationResult r = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    r.measureId = QStringLiteral("revenue");
    r.measure = SchemeUtil::revenueColumn(input);
    QVector<double> value;
    if (options.value) {
        value = SchemeUtil::metricColumn(input, *options.value);
    } else {
        value.resize(n);
        for (int c = 0; c < n; ++c)
            value[c] = input.evaluation->scores.total(c);
    }
    r.fieldIds = {QStringLiteral("value"), QStringLiteral("rank"), QStringLiteral("share_above")};
    r.fields.setConstant(n, 3, std::nan(""));
    std::vector<int> ranked;
    ranked.reserve(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c) {
        r.fields(c, 0) = value.at(c);
        const bool noRevenue = !(r.measure.at(c) > 0);
        if (input.customers.at(c).status == CustomerStatus::Prospect ||
            (options.noRevenueIsPotential && noRevenue))
            r.classOf[c] = Potential;
        else if (!std::isnan(value.at(c)))
            ranked.push_back(c);
    }
    // Highest value first; the index keeps the order total (and the sort deterministic).
    std::sort(ranked.begin(), ranked.end(), [&value](int a, int b) {
        return value.at(a) != value.at(b) ? value.at(a) > value.at(b) : a < b;
    });
    const double count = static_cast<double>(ranked.size());
    const double limits[3] = {options.shares[0] * count,
                              (options.shares[0] + options.shares[1]) * count,
                              (options.shares[0] + options.shares[1] + options.shares[2]) * count};
    size_t above = 0;
    for (size_t i = 0; i < ranked.size(); ++i) {
        const int c = ranked[i];
        if (i > 0 && value.at(c) != value.at(ranked[i - 1]))
            above = i;
        const double a = static_cast<double>(above);
        int cls = Small;
        for (int k = 2; k >= 0; --k) {
            if (a < limits[k] - 1e-9)
                cls = k;
        }
        r.classOf[c] = cls;
        r.fields(c, 1) = a + 1;
        r.fields(c, 2) = a / count;
    }
    return r;
}

} // namespace valuedesk
