#include "kmeansscheme.h"

#include "kmeans.h"
#include "metrics/normaliser.h"
#include "schemeutil.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace valuedesk {

namespace {

const QString kScheme = QStringLiteral("kmeans");

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QStringList uniqueIds(const QVector<MetricId> &metrics)
{
    QStringList ids;
    for (const MetricId &m : metrics) {
        const QString id = MetricCatalog::id(m);
        QString unique = id;
        for (int n = 2; ids.contains(unique); ++n)
            unique = id + QStringLiteral("#%1").arg(n);
        ids.append(unique);
    }
    return ids;
}

} // namespace

QJsonObject KMeansScheme::toJson(const Options &options)
{
    QJsonArray metrics;
    for (const MetricId &m : options.metrics)
        metrics.append(MetricCatalog::id(m));
    return QJsonObject{{QStringLiteral("k"), options.k},
                       {QStringLiteral("k_min"), options.kMin},
                       {QStringLiteral("k_max"), options.kMax},
                       {QStringLiteral("seed"), static_cast<double>(options.seed)},
                       {QStringLiteral("restarts"), options.restarts},
                       {QStringLiteral("max_iterations"), options.maxIterations},
                       {QStringLiteral("silhouette_sample"), options.silhouetteSample},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("names"), QJsonArray::fromStringList(options.names)}};
}

Result<KMeansScheme::Options> KMeansScheme::fromJson(const QJsonObject &json)
{
    Options o;
    if (auto ok = SchemeUtil::checkKeys(
            kScheme, json,
            {QStringLiteral("k"), QStringLiteral("k_min"), QStringLiteral("k_max"),
             QStringLiteral("seed"), QStringLiteral("restarts"), QStringLiteral("max_iterations"),
             QStringLiteral("silhouette_sample"), QStringLiteral("metrics"),
             QStringLiteral("names")});
        !ok)
        return ok.error();
    struct IntKey
    {
        QString key;
        int *target;
        int minimum;
        int maximum;
    };
    const IntKey ints[] = {{QStringLiteral("k"), &o.k, 0, 1000},
                           {QStringLiteral("k_min"), &o.kMin, 2, 1000},
                           {QStringLiteral("k_max"), &o.kMax, 2, 1000},
                           {QStringLiteral("restarts"), &o.restarts, 1, 1000},
                           {QStringLiteral("max_iterations"), &o.maxIterations, 1, 100000},
                           {QStringLiteral("silhouette_sample"), &o.silhouetteSample, 2, 50000}};
    for (const IntKey &i : ints) {
        if (!json.contains(i.key))
            continue;
        auto v = SchemeUtil::intFromJson(kScheme, json.value(i.key), i.key, i.minimum, i.maximum);
        if (!v)
            return v.error();
        *i.target = *v;
    }
    if (json.contains(QLatin1String("seed"))) {
        const QJsonValue v = json.value(QLatin1String("seed"));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d > 4294967295.0)
            return SchemeUtil::optionError(kScheme, QStringLiteral("seed"),
                                           tr("expected a whole number from 0 to 4294967295."));
        o.seed = static_cast<std::uint32_t>(d);
    }
    if (json.contains(QLatin1String("metrics"))) {
        const QJsonValue v = json.value(QLatin1String("metrics"));
        if (!v.isArray())
            return SchemeUtil::optionError(kScheme, QStringLiteral("metrics"),
                                           tr("expected an array of metric ids."));
        for (int i = 0; i < v.toArray().size(); ++i) {
            auto m = SchemeUtil::metricFromJson(kScheme, v.toArray().at(i),
                                                QStringLiteral("metrics[%1]").arg(i));
            if (!m)
                return m.error();
            o.metrics.append(*m);
        }
    }
    if (json.contains(QLatin1String("names"))) {
        const QJsonValue v = json.value(QLatin1String("names"));
        if (!v.isArray())
            return SchemeUtil::optionError(kScheme, QStringLiteral("names"),
                                           tr("expected an array of names."));
        for (int i = 0; i < v.toArray().size(); ++i) {
            if (!v.toArray().at(i).isString())
                return SchemeUtil::optionError(kScheme, QStringLiteral("names[%1]").arg(i),
                                               tr("expected a string."));
            o.names.append(v.toArray().at(i).toString());
        }
    }
    return o;
}

Result<Eigen::MatrixXd> KMeansScheme::features(const ClassificationInput &input,
                                               const Options &options, QStringList *ids)
{
    const Eigen::Index n = input.customers.size();
    if (options.metrics.isEmpty()) {
        if (!input.evaluation)
            return SchemeUtil::optionError(
                kScheme, QStringLiteral("metrics"),
                tr("clustering needs an evaluation (a model) or a list of metrics."));
        const NormalisedMatrix &m = input.evaluation->normalised;
        if (m.values.rows() != n)
            return Error(tr("The evaluation does not match the customers being classified."));
        Eigen::MatrixXd x = m.values;
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            double sum = 0;
            Eigen::Index count = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                if (m.included(i, j)) {
                    sum += x(i, j);
                    ++count;
                }
            }
            const double mean = count > 0 ? sum / static_cast<double>(count) : 0.0;
            for (Eigen::Index i = 0; i < n; ++i) {
                if (!m.included(i, j))
                    x(i, j) = mean;
            }
        }
        if (ids)
            *ids = uniqueIds(input.evaluation->metrics);
        return x;
    }
    Eigen::MatrixXd x(n, options.metrics.size());
    for (int j = 0; j < options.metrics.size(); ++j) {
        const QVector<double> column = SchemeUtil::metricColumn(input, options.metrics.at(j));
        double sum = 0;
        int count = 0;
        for (double v : column) {
            if (!std::isnan(v)) {
                sum += v;
                ++count;
            }
        }
        const double mean = count > 0 ? sum / count : 0.0;
        Eigen::VectorXd filled(n);
        for (Eigen::Index i = 0; i < n; ++i)
            filled(i) =
                std::isnan(column.at(static_cast<int>(i))) ? mean : column.at(static_cast<int>(i));
        x.col(j) = n > 0 ? Normaliser::zScores(filled) : filled;
    }
    if (ids)
        *ids = uniqueIds(options.metrics);
    return x;
}

Result<ClassificationResult> KMeansScheme::classify(const ClassificationInput &input,
                                                    const Options &options)
{
    if (auto ok = SchemeUtil::checkInput(input); !ok)
        return ok.error();
    if (options.kMin > options.kMax)
        return SchemeUtil::optionError(kScheme, QStringLiteral("k_min"),
                                       tr("k_min is larger than k_max."));
    QStringList featureIds;
    auto x = features(input, options, &featureIds);
    if (!x)
        return x.error();
    const int n = static_cast<int>(input.customers.size());
    if (options.k > n)
        return SchemeUtil::optionError(
            kScheme, QStringLiteral("k"),
            tr("%1 clusters cannot be formed from %2 customers.").arg(options.k).arg(n));

    KMeansOptions km;
    km.seed = options.seed;
    km.restarts = options.restarts;
    km.maxIterations = options.maxIterations;
    QJsonObject applied;
    KMeansResult run;
    int k = options.k;
    double silhouette = std::numeric_limits<double>::quiet_NaN();
    if (n > 0 && k == 0) {
        const KSuggestion s =
            KMeans::suggestK(*x, options.kMin, options.kMax, km, options.silhouetteSample);
        k = s.k;
        QJsonObject byK;
        for (int i = 0; i < s.scores.size(); ++i)
            byK.insert(QString::number(s.kMin + i), jsonNumber(s.scores.at(i)));
        applied.insert(QStringLiteral("silhouette_by_k"), byK);
        if (!s.scores.isEmpty())
            silhouette = s.scores.at(k - s.kMin);
        run = s.runs.isEmpty() ? KMeans::run(*x, k, km) : s.runs.at(k - s.kMin);
    } else if (n > 0) {
        run = KMeans::run(*x, k, km);
        if (k >= 2)
            silhouette = KMeans::silhouette(*x, run.labels, options.silhouetteSample, options.seed);
    }

    // Order clusters by descending mean total score (or feature sum), then size, then first member.
    QVector<double> key(k, 0.0);
    QVector<int> size(k, 0);
    QVector<int> first(k, n);
    for (int i = 0; i < n; ++i) {
        const int c = run.labels(i);
        key[c] += input.evaluation && options.metrics.isEmpty() ? input.evaluation->scores.total(i)
                                                                : x->row(i).sum();
        ++size[c];
        first[c] = std::min(first[c], i);
    }
    for (int c = 0; c < k; ++c)
        key[c] = size[c] > 0 ? key[c] / size[c] : -std::numeric_limits<double>::infinity();
    QVector<int> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (key[a] != key[b])
            return key[a] > key[b];
        if (size[a] != size[b])
            return size[a] > size[b];
        return first[a] < first[b];
    });
    QVector<int> rankOf(k);
    for (int r = 0; r < k; ++r)
        rankOf[order[r]] = r;

    QVector<ClassDefinition> classes;
    for (int r = 0; r < k; ++r) {
        const QString name = r < options.names.size() ? options.names.at(r).trimmed() : QString();
        classes.append({QStringLiteral("cluster-%1").arg(r + 1),
                        name.isEmpty() ? tr("Cluster %1").arg(r + 1) : name}); // 聚类 N
    }
    ClassificationResult result = SchemeUtil::emptyResult(kScheme, toJson(options), classes, n);
    result.measureId = QStringLiteral("revenue");
    result.measure = SchemeUtil::revenueColumn(input);
    result.fieldIds = featureIds;
    result.fieldIds.append(QStringLiteral("distance"));
    const Eigen::Index d = x->cols();
    result.fields.resize(n, d + 1);
    result.fields.leftCols(d) = *x;
    for (int i = 0; i < n; ++i) {
        const int c = run.labels(i);
        result.classOf[i] = rankOf[c];
        result.fields(i, d) = (x->row(i) - run.centroids.row(c)).norm();
    }

    const Eigen::MatrixXd means = profiles(result);
    QJsonArray profileArray;
    for (int r = 0; r < k; ++r) {
        QJsonObject featureMeans;
        for (Eigen::Index j = 0; j < d; ++j)
            featureMeans.insert(featureIds.at(static_cast<int>(j)), jsonNumber(means(r, j)));
        QJsonValue meanTotal;
        if (input.evaluation) {
            double sum = 0;
            for (int i = 0; i < n; ++i) {
                if (result.classOf.at(i) == r)
                    sum += input.evaluation->scores.total(i);
            }
            meanTotal = jsonNumber(sum / size[order[r]]);
        }
        profileArray.append(QJsonObject{{QStringLiteral("class"), classes.at(r).id},
                                        {QStringLiteral("size"), size[order[r]]},
                                        {QStringLiteral("mean_total"), meanTotal},
                                        {QStringLiteral("means"), featureMeans}});
    }
    applied.insert(QStringLiteral("k"), k);
    applied.insert(QStringLiteral("inertia"), jsonNumber(run.inertia));
    applied.insert(QStringLiteral("iterations"), run.iterations);
    applied.insert(QStringLiteral("silhouette"), jsonNumber(silhouette));
    applied.insert(QStringLiteral("profiles"), profileArray);
    result.options.insert(QStringLiteral("applied"), applied);
    return result;
}

Eigen::MatrixXd KMeansScheme::profiles(const ClassificationResult &result)
{
    const int k = static_cast<int>(result.classes.size());
    const Eigen::Index d = result.fieldIds.endsWith(QStringLiteral("distance"))
                               ? result.fields.cols() - 1
                               : result.fields.cols();
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, d);
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(k);
    for (int i = 0; i < result.classOf.size(); ++i) {
        const int c = result.classOf.at(i);
        if (c < 0)
            continue;
        sums.row(c) += result.fields.row(i).leftCols(d);
        counts(c) += 1;
    }
    for (int c = 0; c < k; ++c)
        sums.row(c) =
            counts(c) > 0
                ? Eigen::RowVectorXd(sums.row(c) / counts(c))
                : Eigen::RowVectorXd::Constant(d, std::numeric_limits<double>::quiet_NaN());
    return sums;
}

} // namespace valuedesk
