#pragma once

#include <Eigen/Core>

#include <QVector>

#include <cstdint>
#include <random>

namespace valuedesk {

struct KMeansOptions
{
    std::uint32_t seed = 1; // std::mt19937's seed: the same seed gives the same clustering
    int restarts = 4;       // k-means++ seedings; the lowest inertia wins (the first on a tie)
    int maxIterations = 100;
    // Stop once the centres move less than this (Σ squared shifts ≤ tolerance × the mean
    // column variance, scikit-learn's rule), after a last assignment; 0: only when no label
    // changes.
    double tolerance = 1e-4;
};

struct KMeansResult
{
    Eigen::VectorXi labels;    // per point, 0 … k−1
    Eigen::MatrixXd centroids; // k × d
    double inertia = 0;        // Σ squared distance of each point to its centroid
    int iterations = 0;        // Lloyd iterations of the winning run
};

struct KSuggestion
{
    int k = 0;              // the k with the highest silhouette (the smallest k on a tie)
    int kMin = 0;           // scores[i] belongs to k = kMin + i
    QVector<double> scores; // mean silhouette per k (NaN where it is undefined)
    // The clustering per k when every point was scored (n ≤ sampleSize); empty when the
    // suggestion clustered a sample: run k-means on all points with the chosen k.
    QVector<KMeansResult> runs;
};

// K-means (Lloyd's algorithm with k-means++ seeding) and the silhouette score, on the rows of a
// points matrix (n × d). Deterministic: all randomness comes from one std::mt19937 seeded with
// KMeansOptions::seed, turned into doubles by uniform() (not std::uniform_*_distribution, whose
// output differs between standard libraries); ties in the assignment go to the lowest cluster.
// Pure and thread-safe.
class KMeans final
{
public:
    // 1 ≤ k ≤ n. Seeding: the first centre is a uniformly drawn point, each next one a point
    // drawn with probability ∝ its squared distance to the nearest centre so far (k-means++).
    // Iterations stop when no label changes or after maxIterations. A cluster left empty takes
    // the point farthest from its centroid.
    static KMeansResult run(const Eigen::MatrixXd &points, int k,
                            const KMeansOptions &options = {});

    // Mean silhouette (b − a) ÷ max(a, b) with Euclidean distances, a = the mean distance to the
    // other points of the own cluster, b = the smallest mean distance to another cluster's
    // points; a point alone in its cluster scores 0 (as scikit-learn). Exact when n ≤
    // sampleSize; above, over a sample of sampleSize points drawn without replacement with a
    // fixed seed (distances among the sample only, as scikit-learn's sample_size). NaN when fewer
    // than two clusters are present.
    static double silhouette(const Eigen::MatrixXd &points, const Eigen::VectorXi &labels,
                             int sampleSize = 2000, std::uint32_t seed = 1);

    // Clusters with k = kMin … min(kMax, m − 1) and picks the highest silhouette, m the points
    // scored: all n when n ≤ sampleSize (exact), else a fixed-seed sample of sampleSize points,
    // which is then also what each k clusters (so suggesting k costs the same for any n). With
    // fewer than 3 points (no k ≥ 2 to score) k is min(n, 1) and scores is empty.
    static KSuggestion suggestK(const Eigen::MatrixXd &points, int kMin = 2, int kMax = 8,
                                const KMeansOptions &options = {}, int sampleSize = 2000);

    // A double in [0, 1) from two raw 32-bit outputs (53 random bits), the same on every platform.
    static double uniform(std::mt19937 &gen);
    // `size` distinct indices of 0 … n−1 (all when size ≥ n), ascending: partial Fisher–Yates
    // with uniform().
    static QVector<int> sample(int n, int size, std::uint32_t seed);
};

} // namespace valuedesk
