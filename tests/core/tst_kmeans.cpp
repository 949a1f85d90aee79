#include "classification/kmeans.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

// `perCluster` points around each centre, jittered deterministically by at most ±0.5.
Eigen::MatrixXd blobs(const QVector<QPointF> &centres, int perCluster)
{
    Eigen::MatrixXd x(centres.size() * perCluster, 2);
    for (int c = 0; c < centres.size(); ++c)
        for (int i = 0; i < perCluster; ++i) {
            const int row = c * perCluster + i;
            x(row, 0) = centres.at(c).x() + 0.5 * std::sin(row * 1.7);
            x(row, 1) = centres.at(c).y() + 0.5 * std::cos(row * 2.3);
        }
    return x;
}

// True when labels equal the generating clusters up to a renaming.
bool recovers(const Eigen::VectorXi &labels, int clusters, int perCluster)
{
    QVector<int> mapped(clusters, -1);
    QVector<bool> used(clusters, false);
    for (int c = 0; c < clusters; ++c) {
        const int label = labels(c * perCluster);
        if (label < 0 || label >= clusters || used.at(label))
            return false;
        used[label] = true;
        for (int i = 0; i < perCluster; ++i)
            if (labels(c * perCluster + i) != label)
                return false;
    }
    return true;
}

} // namespace

class TstKMeans : public QObject
{
    Q_OBJECT
private slots:
    void uniformUsesRawBits()
    {
        std::mt19937 a(5489u);
        std::mt19937 b(5489u);
        const double u = KMeans::uniform(a);
        const std::uint32_t first = static_cast<std::uint32_t>(b()) >> 5;
        const std::uint32_t second = static_cast<std::uint32_t>(b()) >> 6;
        QCOMPARE(u, (first * 67108864.0 + second) / 9007199254740992.0);
        // std::mt19937(5489)'s first output is fixed by the standard (3499211612).
        QCOMPARE(first, 3499211612u >> 5);
        for (int i = 0; i < 1000; ++i) {
            const double v = KMeans::uniform(a);
            QVERIFY(v >= 0 && v < 1);
        }
    }

    void sampleIsFixedAndDistinct()
    {
        const QVector<int> s = KMeans::sample(10000, 500, 7);
        QCOMPARE(s.size(), 500);
        QCOMPARE(s, KMeans::sample(10000, 500, 7));
        QVERIFY(s != KMeans::sample(10000, 500, 8));
        for (int i = 1; i < s.size(); ++i)
            QVERIFY(s.at(i) > s.at(i - 1));
        QCOMPARE(KMeans::sample(3, 10, 1), (QVector<int>{0, 1, 2}));
    }

    void recoversSeparatedClustersAndRepeats()
    {
        const Eigen::MatrixXd x = blobs({{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 25);
        const KMeansResult r = KMeans::run(x, 4);
        QVERIFY(recovers(r.labels, 4, 25));
        const KMeansResult again = KMeans::run(x, 4);
        QCOMPARE(again.labels, r.labels);
        QCOMPARE(again.inertia, r.inertia);
        QCOMPARE(again.centroids, r.centroids);
        // Inertia: Σ squared jitter, each point ≤ 0.5 from its centre in each coordinate.
        QVERIFY(r.inertia < 100 * 0.5);
        for (std::uint32_t seed = 2; seed < 6; ++seed) {
            KMeansOptions o;
            o.seed = seed;
            QVERIFY(recovers(KMeans::run(x, 4, o).labels, 4, 25));
        }
    }

    void silhouetteByHand()
    {
        Eigen::MatrixXd x(4, 1);
        x << 0, 1, 10, 11;
        Eigen::VectorXi labels(4);
        labels << 0, 0, 1, 1;
        const double expected = (2 * 9.5 / 10.5 + 2 * 8.5 / 9.5) / 4;
        QVERIFY(std::abs(KMeans::silhouette(x, labels) - expected) < 1e-12);
        // A point alone in its cluster scores 0: {0}, {10, 11}: (0 + 2 × (9.5…)) / 3.
        Eigen::MatrixXd y(3, 1);
        y << 0, 10, 11;
        Eigen::VectorXi l2(3);
        l2 << 0, 1, 1;
        const double s10 = (10 - 1) / 10.0, s11 = (11 - 1) / 11.0;
        QVERIFY(std::abs(KMeans::silhouette(y, l2) - (s10 + s11) / 3) < 1e-12);
        Eigen::VectorXi one = Eigen::VectorXi::Zero(3);
        QVERIFY(std::isnan(KMeans::silhouette(y, one)));
    }

    void suggestsTheTrueK_data()
    {
        QTest::addColumn<int>("clusters");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("5") << 5;
    }
    void suggestsTheTrueK()
    {
        QFETCH(int, clusters);
        const QVector<QPointF> all{{0, 0}, {20, 0}, {0, 20}, {20, 20}, {10, 40}};
        const Eigen::MatrixXd x = blobs(all.mid(0, clusters), 30);
        const KSuggestion s = KMeans::suggestK(x, 2, 8);
        QCOMPARE(s.k, clusters);
        QCOMPARE(s.kMin, 2);
        QCOMPARE(s.scores.size(), 7);
        QVERIFY(recovers(s.runs.at(clusters - 2).labels, clusters, 30));
        // The same on a sample smaller than the data.
        QCOMPARE(KMeans::suggestK(x, 2, 8, {}, 40).k, clusters);
    }

    void smallInputs()
    {
        Eigen::MatrixXd one(1, 2);
        one << 1, 2;
        const KMeansResult r = KMeans::run(one, 1);
        QCOMPARE(r.labels(0), 0);
        QCOMPARE(r.inertia, 0.0);
        QCOMPARE(KMeans::suggestK(one).k, 1);
        QVERIFY(KMeans::suggestK(one).scores.isEmpty());
        // Identical points: every cluster still gets a point, nothing is undefined.
        const Eigen::MatrixXd same = Eigen::MatrixXd::Constant(6, 2, 3.0);
        const KMeansResult r3 = KMeans::run(same, 3);
        QCOMPARE(r3.inertia, 0.0);
        QVERIFY(r3.labels.minCoeff() >= 0 && r3.labels.maxCoeff() < 3);
        QCOMPARE(KMeans::suggestK(same, 2, 4).k, 2);
    }
};

QTEST_GUILESS_MAIN(TstKMeans)
#include "tst_kmeans.moc"
