#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace valuedesk {

// K-means clustering (聚类, scheme id "kmeans") of the customers' indicator vectors.
//
// Features: by default the evaluation's normalised indicators (one column per leaf; a cell the
// missing-value rule excluded takes the column mean of the included cells, which is 0 for
// z-scores); or, when `metrics` is given, those metrics standardised to z-scores (a missing
// value takes the column mean first, so it becomes 0). Clustering: KMeans::run (k-means++
// seeding from std::mt19937(seed), `restarts` runs, the lowest inertia kept), so the same
// options on the same data always give the same clusters. k = 0 (default) suggests k by the
// silhouette over k_min … k_max (default 2 … 8, exact up to silhouette_sample = 2 000 customers,
// above that each k is clustered and scored on a fixed-seed sample of that many customers and
// only the chosen k is run on everyone); with fewer than 3 customers k = 1. Lloyd iterations
// stop when no label changes or the centres move less than scikit-learn's tolerance (1e-4).
// Cluster ids cluster-1 … cluster-k are ordered by descending mean total score (with an
// evaluation) or descending mean feature sum (metrics), ties by size then first member, so ids
// are stable; names default to "Cluster 1" … or the user's `names`.
// measure = revenue; fields: one column per feature (the values clustered), then "distance"
// (Euclidean, to the own centre). options["applied"] = {"k", "inertia", "iterations",
// "silhouette" (NaN → null), "silhouette_by_k" {"2": s, …} when suggested, "profiles": per
// cluster {"class", "size", "mean_total" (null without an evaluation), "means" {feature: mean}}}.
class KMeansScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::KMeansScheme)

public:
    struct Options
    {
        int k = 0; // 0: suggested by the silhouette
        int kMin = 2;
        int kMax = 8;
        std::uint32_t seed = 1;
        int restarts = 4;
        int maxIterations = 100;
        int silhouetteSample = 2000;
        QVector<MetricId> metrics; // empty: the evaluation's normalised indicators
        QStringList names;         // per cluster (cluster-1 first); blank: "Cluster N"
    };

    // {"k": 0, "k_min": 2, "k_max": 8, "seed": 1, "restarts": 4, "max_iterations": 100,
    //  "silhouette_sample": 2000, "metrics": [], "names": []}
    static QJsonObject toJson(const Options &options);
    static Result<Options> fromJson(const QJsonObject &json);
    // Errors: no evaluation and no metrics; k larger than the number of customers; k_min > k_max.
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);

    // Cluster profiles: classes × features, the mean of each feature column of result.fields
    // (all but "distance") over each class's customers (NaN for an empty class).
    static Eigen::MatrixXd profiles(const ClassificationResult &result);
    // The feature matrix classify() clusters, with its column ids (metric ids; a repeated id gets
    // "#2", "#3" …).
    static Result<Eigen::MatrixXd> features(const ClassificationInput &input,
                                            const Options &options, QStringList *ids = nullptr);
};

} // namespace valuedesk
