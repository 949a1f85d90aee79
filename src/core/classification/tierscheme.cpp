#include "tierscheme.h"

#include "schemeutil.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("tiers");

QString tierId(const TierScheme::Tier &tier, int index)
{
    return tier.id.isEmpty() ? QStringLiteral("tier-%1").arg(index + 1) : tier.id;
}

QString tierName(const TierScheme::Tier &tier, const QString &id)
{
    return tier.name.isEmpty() ? TierScheme::defaultName(id) : tier.name;
}

} // namespace

TierScheme::Options::Options()
    : tiers{{QStringLiteral("quality"), {}, 100000},
            {QStringLiteral("key"), {}, 200000},
            {QStringLiteral("vip"), {}, 300000}}
{}

QString TierScheme::defaultName(const QString &id)
{
    if (id == QLatin1String("quality"))
        return tr("Quality"); // 优质
    if (id == QLatin1String("key"))
        return tr("Key"); // 重点
    if (id == QLatin1String("vip"))
        return tr("VIP"); // VIP
    if (id == QLatin1String("base"))
        return tr("Base"); // 基础
    return id;
}

QJsonObject TierScheme::toJson(const Options &options)
{
    QJsonArray tiers;
    for (const Tier &t : options.tiers)
        tiers.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("from"), t.lowerBound}});
    QJsonValue base = QJsonValue::Null;
    if (options.base)
        base = QJsonObject{{QStringLiteral("id"), options.base->id},
                           {QStringLiteral("name"), options.base->name}};
    return QJsonObject{{QStringLiteral("metric"), MetricCatalog::id(options.metric)},
                       {QStringLiteral("tiers"), tiers},
                       {QStringLiteral("base"), base}};
}

Result<TierScheme::Options> TierScheme::fromJson(const QJsonObject &json)
{
    Options options;
    if (auto ok = SchemeUtil::checkKeys(
            kScheme, json,
            {QStringLiteral("metric"), QStringLiteral("tiers"), QStringLiteral("base")});
        !ok)
        return ok.error();
    if (json.contains(QLatin1String("metric"))) {
        auto metric = SchemeUtil::metricFromJson(kScheme, json.value(QLatin1String("metric")),
                                                 QStringLiteral("metric"));
        if (!metric)
            return metric.error();
        options.metric = *metric;
    }
    const auto readText = [](const QJsonObject &o, const QString &key,
                             QString &out) -> std::optional<QString> {
        if (!o.contains(key))
            return std::nullopt;
        if (!o.value(key).isString())
            return key;
        out = o.value(key).toString().trimmed();
        return std::nullopt;
    };
    if (json.contains(QLatin1String("tiers"))) {
        const QJsonValue value = json.value(QLatin1String("tiers"));
        if (!value.isArray())
            return SchemeUtil::optionError(kScheme, QStringLiteral("tiers"),
                                           tr("expected an array of tiers."));
        options.tiers.clear();
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString prefix = QStringLiteral("tiers[%1]").arg(i);
            if (!array.at(i).isObject())
                return SchemeUtil::optionError(kScheme, prefix, tr("expected an object."));
            const QJsonObject o = array.at(i).toObject();
            Tier tier;
            for (const QString &key : {QStringLiteral("id"), QStringLiteral("name")}) {
                QString &out = key == QLatin1String("id") ? tier.id : tier.name;
                if (auto bad = readText(o, key, out))
                    return SchemeUtil::optionError(kScheme, prefix + QLatin1Char('.') + *bad,
                                                   tr("expected a string."));
            }
            auto from = SchemeUtil::numberFromJson(kScheme, o.value(QLatin1String("from")),
                                                   prefix + QStringLiteral(".from"));
            if (!from)
                return from.error();
            tier.lowerBound = *from;
            options.tiers.append(tier);
        }
    }
    if (json.contains(QLatin1String("base"))) {
        const QJsonValue value = json.value(QLatin1String("base"));
        if (value.isNull()) {
            options.base.reset();
        } else if (value.isObject()) {
            Tier base;
            base.id = QStringLiteral("base");
            for (const QString &key : {QStringLiteral("id"), QStringLiteral("name")}) {
                QString &out = key == QLatin1String("id") ? base.id : base.name;
                if (auto bad = readText(value.toObject(), key, out))
                    return SchemeUtil::optionError(kScheme, QStringLiteral("base.") + *bad,
                                                   tr("expected a string."));
            }
            if (base.id.isEmpty())
                base.id = QStringLiteral("base");
            options.base = base;
        } else {
            return SchemeUtil::optionError(kScheme, QStringLiteral("base"),
                                           tr("expected null or an object."));
        }
    }
    return options;
}

Result<ClassificationResult> TierScheme::classify(const ClassificationInput &input,
                                                  const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    if (options.tiers.isEmpty())
        return SchemeUtil::optionError(kScheme, QStringLiteral("tiers"), tr("no tier given."));
    QStringList ids;
    for (int i = 0; i < options.tiers.size(); ++i) {
        const QString key = QStringLiteral("tiers[%1]").arg(i);
        if (i > 0 && !(options.tiers.at(i).lowerBound > options.tiers.at(i - 1).lowerBound))
            return SchemeUtil::optionError(kScheme, key + QStringLiteral(".from"),
                                           tr("lower bounds must be strictly ascending."));
        const QString id = tierId(options.tiers.at(i), i);
        if (ids.contains(id))
            return SchemeUtil::optionError(kScheme, key + QStringLiteral(".id"),
                                           tr("the id \"%1\" is used twice.").arg(id));
        ids.append(id);
    }
    if (options.base && ids.contains(options.base->id))
        return SchemeUtil::optionError(kScheme, QStringLiteral("base.id"),
                                       tr("the id \"%1\" is used twice.").arg(options.base->id));

    // Highest tier first, base last.
    QVector<ClassDefinition> classes;
    const int tierCount = static_cast<int>(options.tiers.size());
    for (int i = tierCount - 1; i >= 0; --i)
        classes.append({ids.at(i), tierName(options.tiers.at(i), ids.at(i))});
    if (options.base)
        classes.append({options.base->id, tierName(*options.base, options.base->id)});

    const int n = static_cast<int>(input.customers.size());
    ClassificationResult r = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    r.measureId = MetricCatalog::id(options.metric);
    r.measure = SchemeUtil::metricColumn(input, options.metric);
    r.fieldIds = {QStringLiteral("value")};
    r.fields.resize(n, 1);
    for (int c = 0; c < n; ++c) {
        const double v = r.measure.at(c);
        r.fields(c, 0) = v;
        if (std::isnan(v))
            continue;
        int tier = -1;
        for (int i = 0; i < tierCount && v >= options.tiers.at(i).lowerBound; ++i)
            tier = i;
        if (tier >= 0)
            r.classOf[c] = tierCount - 1 - tier;
        else if (options.base)
            r.classOf[c] = tierCount;
    }
    return r;
}

} // namespace valuedesk
