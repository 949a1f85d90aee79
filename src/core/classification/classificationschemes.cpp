#include "classificationschemes.h"

#include "abcscheme.h"
#include "amountfrequencyscheme.h"
#include "costcontributionscheme.h"
#include "kmeansscheme.h"
#include "loyaltyvaluescheme.h"
#include "pyramidscheme.h"
#include "rfmscheme.h"
#include "tierscheme.h"

#include <QJsonArray>

#include <cmath>
#include <functional>

namespace valuedesk {

namespace {

Error badOption(const QString &scheme, const QString &key, const QString &why)
{
    return Error(
        ClassificationSchemes::tr("Option \"%1\" of the %2 scheme: %3").arg(key, scheme, why));
}

// A JSON array of finite numbers (null or missing: empty).
Result<QVector<double>> numbers(const QJsonValue &value, const QString &scheme, const QString &key)
{
    QVector<double> out;
    if (value.isNull() || value.isUndefined())
        return out;
    if (!value.isArray())
        return badOption(scheme, key, ClassificationSchemes::tr("a list of numbers is expected"));
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return badOption(scheme, key,
                             ClassificationSchemes::tr("a list of numbers is expected"));
        out.append(v.toDouble());
    }
    return out;
}

Result<QStringList> strings(const QJsonValue &value, const QString &scheme, const QString &key)
{
    QStringList out;
    if (value.isNull() || value.isUndefined())
        return out;
    if (!value.isArray())
        return badOption(scheme, key, ClassificationSchemes::tr("a list of names is expected"));
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

Status knownKeys(const QJsonObject &json, const QStringList &keys, const QString &scheme)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!keys.contains(it.key()) && it.key() != QLatin1String("applied"))
            return badOption(scheme, it.key(), ClassificationSchemes::tr("unknown option"));
    return Status::success();
}

Result<AbcOptions> abcFromJson(const QJsonObject &json)
{
    const QString scheme = QStringLiteral("abc");
    if (Status known = knownKeys(json,
                                 {QStringLiteral("measure"), QStringLiteral("method"),
                                  QStringLiteral("cutoffs"), QStringLiteral("count_shares"),
                                  QStringLiteral("class_names")},
                                 scheme);
        !known)
        return known.error();
    AbcOptions o;
    if (json.contains(QStringLiteral("measure"))) {
        const auto measure =
            AbcScheme::parseMeasure(json.value(QStringLiteral("measure")).toString());
        if (!measure)
            return badOption(scheme, QStringLiteral("measure"),
                             ClassificationSchemes::tr("revenue, gross_profit or score"));
        o.measure = *measure;
    }
    if (json.contains(QStringLiteral("method"))) {
        const QString method = json.value(QStringLiteral("method")).toString();
        if (method == AbcScheme::methodId(AbcMethod::CumulativeShare))
            o.method = AbcMethod::CumulativeShare;
        else if (method == AbcScheme::methodId(AbcMethod::CountShare))
            o.method = AbcMethod::CountShare;
        else
            return badOption(scheme, QStringLiteral("method"),
                             ClassificationSchemes::tr("cumulative or count"));
    }
    if (json.contains(QStringLiteral("cutoffs"))) {
        auto cutoffs =
            numbers(json.value(QStringLiteral("cutoffs")), scheme, QStringLiteral("cutoffs"));
        if (!cutoffs)
            return cutoffs.error();
        o.cutoffs = *cutoffs;
    }
    if (json.contains(QStringLiteral("count_shares"))) {
        auto shares = numbers(json.value(QStringLiteral("count_shares")), scheme,
                              QStringLiteral("count_shares"));
        if (!shares)
            return shares.error();
        o.countShares = *shares;
    }
    auto names =
        strings(json.value(QStringLiteral("class_names")), scheme, QStringLiteral("class_names"));
    if (!names)
        return names.error();
    o.classNames = *names;
    return o;
}

Result<RfmOptions> rfmFromJson(const QJsonObject &json)
{
    const QString scheme = QStringLiteral("rfm");
    if (Status known = knownKeys(json,
                                 {QStringLiteral("monetary"), QStringLiteral("compare"),
                                  QStringLiteral("thresholds"), QStringLiteral("segment_names")},
                                 scheme);
        !known)
        return known.error();
    RfmOptions o;
    if (json.contains(QStringLiteral("monetary"))) {
        const auto m = RfmScheme::parseMonetary(json.value(QStringLiteral("monetary")).toString());
        if (!m)
            return badOption(scheme, QStringLiteral("monetary"),
                             ClassificationSchemes::tr("revenue or margin"));
        o.monetary = *m;
    }
    if (json.contains(QStringLiteral("compare"))) {
        const auto c = RfmScheme::parseCompare(json.value(QStringLiteral("compare")).toString());
        if (!c)
            return badOption(scheme, QStringLiteral("compare"),
                             ClassificationSchemes::tr("raw or scores"));
        o.compare = *c;
    }
    const QJsonObject thresholds = json.value(QStringLiteral("thresholds")).toObject();
    const std::pair<const char *, QVector<double> *> parts[] = {
        {"r", &o.recencyThresholds}, {"f", &o.frequencyThresholds}, {"m", &o.monetaryThresholds}};
    for (const auto &[key, target] : parts) {
        const QString name = QString::fromLatin1(key);
        auto values = numbers(thresholds.value(name), scheme, QStringLiteral("thresholds.") + name);
        if (!values)
            return values.error();
        if (!values->isEmpty() && values->size() != 4)
            return badOption(scheme, QStringLiteral("thresholds.") + name,
                             ClassificationSchemes::tr("four increasing numbers, or null"));
        *target = *values;
    }
    auto names = strings(json.value(QStringLiteral("segment_names")), scheme,
                         QStringLiteral("segment_names"));
    if (!names)
        return names.error();
    o.segmentNames = *names;
    return o;
}

bool isScore(const QJsonObject &json, const QString &key)
{
    return !json.contains(key) || json.value(key).isNull() ||
           json.value(key).toString() == QLatin1String("score");
}

} // namespace

QStringList ClassificationSchemes::ids()
{
    return {QStringLiteral("abc"),     QStringLiteral("rfm"),
            QStringLiteral("cost"),    QStringLiteral("loyalty-value"),
            QStringLiteral("pyramid"), QStringLiteral("amount-frequency"),
            QStringLiteral("tiers"),   QStringLiteral("kmeans")};
}

QString ClassificationSchemes::displayName(const QString &id)
{
    if (id == QLatin1String("abc"))
        return tr("ABC / Pareto (80/20)");
    if (id == QLatin1String("rfm"))
        return tr("RFM and the 8 segments");
    if (id == QLatin1String("cost"))
        return tr("Cost-contribution ratio");
    if (id == QLatin1String("loyalty-value"))
        return tr("Loyalty × value grid");
    if (id == QLatin1String("pyramid"))
        return tr("Customer pyramid");
    if (id == QLatin1String("amount-frequency"))
        return tr("Amount × frequency");
    if (id == QLatin1String("tiers"))
        return tr("Threshold tiers");
    if (id == QLatin1String("kmeans"))
        return tr("K-means clusters");
    return id;
}

Result<QJsonObject> ClassificationSchemes::defaultOptions(const QString &id)
{
    if (id == QLatin1String("abc")) {
        QJsonObject json = AbcScheme::optionsToJson(AbcOptions());
        json.insert(QStringLiteral("count_shares"), QJsonArray{20, 70, 10});
        return json;
    }
    if (id == QLatin1String("rfm"))
        return RfmScheme::optionsToJson(RfmOptions());
    if (id == QLatin1String("cost"))
        return CostContributionScheme::toJson(CostContributionScheme::Options());
    if (id == QLatin1String("loyalty-value"))
        return LoyaltyValueScheme::toJson(LoyaltyValueScheme::Options());
    if (id == QLatin1String("pyramid"))
        return PyramidScheme::toJson(PyramidScheme::Options());
    if (id == QLatin1String("amount-frequency"))
        return AmountFrequencyScheme::toJson(AmountFrequencyScheme::Options());
    if (id == QLatin1String("tiers"))
        return TierScheme::toJson(TierScheme::Options());
    if (id == QLatin1String("kmeans"))
        return KMeansScheme::toJson(KMeansScheme::Options());
    return Error(tr("There is no classification scheme \"%1\".").arg(id));
}

Result<QJsonObject> ClassificationSchemes::validate(const QString &id, const QJsonObject &options)
{
    const auto check = [&options](auto scheme) -> Result<QJsonObject> {
        using Scheme = decltype(scheme);
        auto o = Scheme::fromJson(options);
        if (!o)
            return o.error();
        return Scheme::toJson(*o);
    };
    if (id == QLatin1String("abc")) {
        auto o = abcFromJson(options);
        if (!o)
            return o.error();
        return AbcScheme::optionsToJson(*o);
    }
    if (id == QLatin1String("rfm")) {
        auto o = rfmFromJson(options);
        if (!o)
            return o.error();
        return RfmScheme::optionsToJson(*o);
    }
    if (id == QLatin1String("cost"))
        return check(CostContributionScheme());
    if (id == QLatin1String("loyalty-value"))
        return check(LoyaltyValueScheme());
    if (id == QLatin1String("pyramid"))
        return check(PyramidScheme());
    if (id == QLatin1String("amount-frequency"))
        return check(AmountFrequencyScheme());
    if (id == QLatin1String("tiers"))
        return check(TierScheme());
    if (id == QLatin1String("kmeans"))
        return check(KMeansScheme());
    return Error(tr("There is no classification scheme \"%1\".").arg(id));
}

Result<bool> ClassificationSchemes::needsEvaluation(const QString &id, const QJsonObject &options)
{
    if (id == QLatin1String("abc")) {
        auto o = abcFromJson(options);
        if (!o)
            return o.error();
        return o->measure == AbcMeasure::Score;
    }
    if (id == QLatin1String("loyalty-value") || id == QLatin1String("pyramid"))
        return isScore(options, QStringLiteral("value"));
    if (id == QLatin1String("kmeans")) {
        auto o = KMeansScheme::fromJson(options);
        if (!o)
            return o.error();
        return o->metrics.isEmpty();
    }
    if (!ids().contains(id))
        return Error(tr("There is no classification scheme \"%1\".").arg(id));
    return false;
}

bool ClassificationSchemes::usesClvMetrics(const QJsonObject &options)
{
    // Metric ids appear as whole string values anywhere in the options (metric, value, loyalty,
    // metrics[] …).
    const std::function<bool(const QJsonValue &)> names = [&names](const QJsonValue &v) {
        if (v.isString())
            return v.toString() == QLatin1String("clv") || v.toString() == QLatin1String("p_alive");
        if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                if (names(x))
                    return true;
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key() != QLatin1String("applied") && names(it.value()))
                    return true;
        }
        return false;
    };
    return names(options);
}

Result<ClassificationResult> ClassificationSchemes::classify(const QString &id,
                                                             const ClassificationInput &input,
                                                             const QJsonObject &options)
{
    const auto run = [&input](auto scheme,
                              const QJsonObject &json) -> Result<ClassificationResult> {
        using Scheme = decltype(scheme);
        auto o = Scheme::fromJson(json);
        if (!o)
            return o.error();
        return Scheme::classify(input, *o);
    };
    if (id == QLatin1String("abc")) {
        auto o = abcFromJson(options);
        if (!o)
            return o.error();
        return AbcScheme::classify(input, *o);
    }
    if (id == QLatin1String("rfm")) {
        auto o = rfmFromJson(options);
        if (!o)
            return o.error();
        return RfmScheme::classify(input, *o);
    }
    if (id == QLatin1String("cost"))
        return run(CostContributionScheme(), options);
    if (id == QLatin1String("loyalty-value"))
        return run(LoyaltyValueScheme(), options);
    if (id == QLatin1String("pyramid"))
        return run(PyramidScheme(), options);
    if (id == QLatin1String("amount-frequency"))
        return run(AmountFrequencyScheme(), options);
    if (id == QLatin1String("tiers"))
        return run(TierScheme(), options);
    if (id == QLatin1String("kmeans"))
        return run(KMeansScheme(), options);
    return Error(tr("There is no classification scheme \"%1\".").arg(id));
}

} // namespace valuedesk
