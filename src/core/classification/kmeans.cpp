#include "kmeans.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace valuedesk {

namespace {

// n × k squared distances of every point to every centroid (‖x‖² − 2 x·c + ‖c‖², clamped at 0).
Eigen::MatrixXd squaredDistances(const Eigen::MatrixXd &points, const Eigen::VectorXd &pointNorms,
                                 const Eigen::MatrixXd &centroids)
{
    Eigen::MatrixXd d = -2.0 * (points * centroids.transpose());
    d.colwise() += pointNorms;
    d.rowwise() += centroids.rowwise().squaredNorm().transpose();
    return d.cwiseMax(0.0);
}

Eigen::MatrixXd seedPlusPlus(const Eigen::MatrixXd &points, int k, std::mt19937 &gen)
{
    const Eigen::Index n = points.rows();
    Eigen::MatrixXd centroids(k, points.cols());
    const auto pick = [&gen](Eigen::Index count) {
        const double u = KMeans::uniform(gen);
        return std::min(count - 1, static_cast<Eigen::Index>(u * static_cast<double>(count)));
    };
    centroids.row(0) = points.row(pick(n));
    Eigen::VectorXd nearest = (points.rowwise() - centroids.row(0)).rowwise().squaredNorm();
    for (int c = 1; c < k; ++c) {
        const double total = nearest.sum();
        Eigen::Index chosen = 0;
        if (total > 0) {
            const double target = KMeans::uniform(gen) * total;
            double cumulative = 0;
            chosen = n - 1;
            for (Eigen::Index i = 0; i < n; ++i) {
                cumulative += nearest(i);
                if (cumulative > target && nearest(i) > 0) {
                    chosen = i;
                    break;
                }
            }
        } else {
            chosen = pick(n); // every point sits on a centre already
        }
        centroids.row(c) = points.row(chosen);
        nearest = nearest.cwiseMin((points.rowwise() - centroids.row(c)).rowwise().squaredNorm());
    }
    return centroids;
}

KMeansResult lloyd(const Eigen::MatrixXd &points, const Eigen::VectorXd &pointNorms,
                   Eigen::MatrixXd centroids, int maxIterations, double shiftLimit)
{
    const Eigen::Index n = points.rows();
    const Eigen::Index k = centroids.rows();
    KMeansResult r;
    r.labels = Eigen::VectorXi::Constant(n, -1);
    Eigen::VectorXd best(n);
    bool settled = false;
    for (int iteration = 1; iteration <= std::max(1, maxIterations); ++iteration) {
        r.iterations = iteration;
        const Eigen::MatrixXd d = squaredDistances(points, pointNorms, centroids);
        bool changed = false;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index label = 0;
            best(i) = d.row(i).minCoeff(&label); // the first minimum: ties go to the lowest
            if (r.labels(i) != label) {
                r.labels(i) = static_cast<int>(label);
                changed = true;
            }
        }
        if (!changed || settled)
            break;
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, points.cols());
        Eigen::VectorXi counts = Eigen::VectorXi::Zero(k);
        for (Eigen::Index i = 0; i < n; ++i) {
            sums.row(r.labels(i)) += points.row(i);
            ++counts(r.labels(i));
        }
        const Eigen::MatrixXd previous = centroids;
        for (Eigen::Index c = 0; c < k; ++c) {
            if (counts(c) > 0) {
                centroids.row(c) = sums.row(c) / static_cast<double>(counts(c));
                continue;
            }
            // Empty cluster: take the point farthest from its centroid.
            Eigen::Index far = 0;
            best.maxCoeff(&far);
            centroids.row(c) = points.row(far);
            best(far) = 0;
            r.labels(far) = static_cast<int>(c);
        }
        // Centres that hardly move: one more assignment to the final centres, then stop.
        settled = (centroids - previous).squaredNorm() <= shiftLimit;
    }
    r.centroids = centroids;
    r.inertia = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        r.inertia += (points.row(i) - centroids.row(r.labels(i))).squaredNorm();
    return r;
}

// Silhouette of `labels` over the points of `sample` given their pairwise distances.
double silhouetteOf(const Eigen::MatrixXd &distances, const QVector<int> &sample,
                    const Eigen::VectorXi &labels)
{
    const Eigen::Index s = distances.rows();
    const int k = labels.size() > 0 ? labels.maxCoeff() + 1 : 0;
    Eigen::MatrixXd member = Eigen::MatrixXd::Zero(s, k);
    Eigen::VectorXd sizes = Eigen::VectorXd::Zero(k);
    for (Eigen::Index i = 0; i < s; ++i) {
        const int label = labels(sample.at(static_cast<int>(i)));
        member(i, label) = 1;
        sizes(label) += 1;
    }
    if ((sizes.array() > 0).count() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const Eigen::MatrixXd sums = distances * member; // s × k: Σ distances to each cluster
    double total = 0;
    for (Eigen::Index i = 0; i < s; ++i) {
        const int own = labels(sample.at(static_cast<int>(i)));
        if (sizes(own) <= 1)
            continue; // alone: 0
        const double a = sums(i, own) / (sizes(own) - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && sizes(c) > 0)
                b = std::min(b, sums(i, c) / sizes(c));
        }
        const double m = std::max(a, b);
        if (m > 0)
            total += (b - a) / m;
    }
    return total / static_cast<double>(s);
}

Eigen::MatrixXd sampleDistances(const Eigen::MatrixXd &points, const QVector<int> &sample)
{
    Eigen::MatrixXd x(sample.size(), points.cols());
    for (int i = 0; i < sample.size(); ++i)
        x.row(i) = points.row(sample.at(i));
    const Eigen::VectorXd norms = x.rowwise().squaredNorm();
    Eigen::MatrixXd d = -2.0 * (x * x.transpose());
    d.colwise() += norms;
    d.rowwise() += norms.transpose();
    d = d.cwiseMax(0.0).cwiseSqrt();
    d.diagonal().setZero();
    return d;
}

} // namespace

double KMeans::uniform(std::mt19937 &gen)
{
    const std::uint32_t a = static_cast<std::uint32_t>(gen()) >> 5; // 27 bits
    const std::uint32_t b = static_cast<std::uint32_t>(gen()) >> 6; // 26 bits
    return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) / 9007199254740992.0;
}

QVector<int> KMeans::sample(int n, int size, std::uint32_t seed)
{
    QVector<int> indices(std::max(0, n));
    std::iota(indices.begin(), indices.end(), 0);
    if (size >= n)
        return indices;
    std::mt19937 gen(seed);
    for (int i = 0; i < size; ++i) {
        const int j = i + std::min(n - i - 1, static_cast<int>(uniform(gen) * (n - i)));
        std::swap(indices[i], indices[j]);
    }
    indices.resize(size);
    std::sort(indices.begin(), indices.end());
    return indices;
}

KMeansResult KMeans::run(const Eigen::MatrixXd &points, int k, const KMeansOptions &options)
{
    const Eigen::VectorXd norms = points.rowwise().squaredNorm();
    // scikit-learn's rule: tolerance × the mean of the columns' variances.
    double shiftLimit = 0;
    if (points.rows() > 0 && points.cols() > 0) {
        const Eigen::RowVectorXd mean = points.colwise().mean();
        shiftLimit = options.tolerance * (points.rowwise() - mean).squaredNorm() /
                     static_cast<double>(points.rows() * points.cols());
    }
    std::mt19937 gen(options.seed);
    KMeansResult best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (int restart = 0; restart < std::max(1, options.restarts); ++restart) {
        KMeansResult r =
            lloyd(points, norms, seedPlusPlus(points, k, gen), options.maxIterations, shiftLimit);
        if (r.inertia < best.inertia)
            best = std::move(r);
    }
    return best;
}

double KMeans::silhouette(const Eigen::MatrixXd &points, const Eigen::VectorXi &labels,
                          int sampleSize, std::uint32_t seed)
{
    const QVector<int> chosen = sample(static_cast<int>(points.rows()), sampleSize, seed);
    return silhouetteOf(sampleDistances(points, chosen), chosen, labels);
}

KSuggestion KMeans::suggestK(const Eigen::MatrixXd &points, int kMin, int kMax,
                             const KMeansOptions &options, int sampleSize)
{
    const int n = static_cast<int>(points.rows());
    KSuggestion s;
    s.kMin = std::max(2, kMin);
    const int last = std::min(kMax, std::min(n, std::max(sampleSize, 2)) - 1);
    if (s.kMin > last) {
        s.k = std::min(n, 1);
        return s;
    }
    const QVector<int> chosen = sample(n, sampleSize, options.seed);
    const bool sampled = chosen.size() < n;
    Eigen::MatrixXd sub;
    if (sampled) {
        sub.resize(chosen.size(), points.cols());
        for (int i = 0; i < chosen.size(); ++i)
            sub.row(i) = points.row(chosen.at(i));
    }
    const Eigen::MatrixXd &scored = sampled ? sub : points;
    QVector<int> all(static_cast<int>(scored.rows()));
    std::iota(all.begin(), all.end(), 0);
    const Eigen::MatrixXd distances = sampleDistances(scored, all);
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int k = s.kMin; k <= last; ++k) {
        KMeansResult run = KMeans::run(scored, k, options);
        const double score = silhouetteOf(distances, all, run.labels);
        s.scores.append(score);
        if (!sampled)
            s.runs.append(std::move(run));
        if (score > bestScore) {
            bestScore = score;
            s.k = k;
        }
    }
    if (s.k == 0)
        s.k = s.kMin; // every score undefined (identical points)
    return s;
}

} // namespace valuedesk
