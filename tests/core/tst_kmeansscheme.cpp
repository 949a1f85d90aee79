#include "classification/kmeansscheme.h"
#include "schemefixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

// Three groups of 10 customers in a 2-indicator normalised space: low (-2, -2), middle (0, 0)
// and high (2, 2) with small jitter; totals = the sum of the two indicators. Listed middle,
// high, low so that the cluster order has to come from the scores.
struct Fixture
{
    ClassificationInput input;
    EvaluationResult evaluation;
    Fixture()
    {
        const double centres[] = {0, 2, -2};
        const int n = 30;
        input = makeInput(QVector<Spec>(n));
        evaluation.metrics = {MetricId{MetricKind::Revenue, {}}, MetricId{MetricKind::Loyalty, {}}};
        evaluation.normalised.values.resize(n, 2);
        evaluation.normalised.present.setConstant(n, 2, true);
        evaluation.normalised.included.setConstant(n, 2, true);
        evaluation.scores.total.resize(n);
        for (int i = 0; i < n; ++i) {
            evaluation.normalised.values(i, 0) = centres[i / 10] + 0.1 * std::sin(i);
            evaluation.normalised.values(i, 1) = centres[i / 10] + 0.1 * std::cos(i);
            evaluation.scores.total(i) = evaluation.normalised.values.row(i).sum();
        }
        input.evaluation = &evaluation;
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;
};

} // namespace

class TstKMeansScheme : public QObject
{
    Q_OBJECT
private slots:
    void suggestedClustersOrderedByScore()
    {
        Fixture f;
        const auto r = KMeansScheme::classify(f.input, KMeansScheme::Options());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->classes.size(), 3);
        QCOMPARE(r->classes.at(0).id, QStringLiteral("cluster-1"));
        QCOMPARE(r->classes.at(0).name, QStringLiteral("Cluster 1"));
        for (int i = 0; i < 30; ++i) // high → cluster-1, middle → cluster-2, low → cluster-3
            QCOMPARE(r->classOf.at(i), i < 10 ? 1 : i < 20 ? 0 : 2);
        const QJsonObject applied = r->options.value(QLatin1String("applied")).toObject();
        QCOMPARE(applied.value(QLatin1String("k")).toInt(), 3);
        QVERIFY(applied.value(QLatin1String("silhouette")).toDouble() > 0.9);
        QCOMPARE(applied.value(QLatin1String("silhouette_by_k")).toObject().size(), 7);
        const QJsonArray profiles = applied.value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles.at(0).toObject().value(QLatin1String("size")).toInt(), 10);
        QCOMPARE(r->fieldIds, ids({"revenue", "loyalty", "distance"}));
        const Eigen::MatrixXd means = KMeansScheme::profiles(*r);
        QCOMPARE(means.rows(), 3);
        QCOMPARE(means.cols(), 2);
        QVERIFY(std::abs(means(0, 0) - 2) < 0.1);
        QVERIFY(std::abs(means(2, 1) + 2) < 0.1);
        QCOMPARE(profiles.at(0)
                     .toObject()
                     .value(QLatin1String("means"))
                     .toObject()
                     .value(QLatin1String("revenue"))
                     .toDouble(),
                 means(0, 0));
        // Repeatable.
        const auto again = KMeansScheme::classify(f.input, KMeansScheme::Options());
        QCOMPARE(again->classOf, r->classOf);
        QCOMPARE(again->options, r->options);
    }

    void chosenKNamesAndExcludedCells()
    {
        Fixture f;
        // An excluded cell takes its column's mean over the included cells (0 for z-scores).
        f.evaluation.normalised.included(5, 0) = false;
        f.evaluation.normalised.values(5, 0) = 100; // must not be used
        KMeansScheme::Options o;
        o.k = 2;
        o.names = {QStringLiteral("Stars")};
        const auto r = KMeansScheme::classify(f.input, o);
        QVERIFY(r.ok());
        QCOMPARE(r->classes.size(), 2);
        QCOMPARE(r->classes.at(0).name, QStringLiteral("Stars"));
        QCOMPARE(r->classes.at(1).name, QStringLiteral("Cluster 2"));
        double mean = 0;
        for (int i = 0; i < 30; ++i)
            if (i != 5)
                mean += f.evaluation.normalised.values(i, 0);
        QVERIFY(std::abs(r->fields(5, 0) - mean / 29) < 1e-12);
        QVERIFY(!r->options.value(QLatin1String("applied"))
                     .toObject()
                     .contains(QLatin1String("silhouette_by_k")));
    }

    void metricsAreStandardised()
    {
        QVector<Spec> specs;
        for (int i = 0; i < 12; ++i) {
            Spec s;
            s.revenue = i < 6 ? 100 + i : 10000 + i;
            s.orders = i < 6 ? 1 : 50;
            specs.append(s);
        }
        KMeansScheme::Options o;
        o.metrics = {MetricId{MetricKind::Revenue, {}}, MetricId{MetricKind::Orders, {}}};
        const auto r = KMeansScheme::classify(makeInput(specs), o);
        QVERIFY(r.ok());
        QCOMPARE(r->classes.size(), 2);
        for (int i = 0; i < 12; ++i) // the big spenders have the larger feature sum: cluster-1
            QCOMPARE(classIds(*r).at(i), QString::fromLatin1(i < 6 ? "cluster-2" : "cluster-1"));
        QVERIFY(std::abs(r->fields.col(0).mean()) < 1e-12);
    }

    void smallAndInvalidInputs()
    {
        ClassificationInput empty = makeInput({});
        KMeansScheme::Options o;
        o.metrics = {MetricId{MetricKind::Revenue, {}}};
        const auto r0 = KMeansScheme::classify(empty, o);
        QVERIFY(r0.ok());
        QVERIFY(r0->classOf.isEmpty());
        QVERIFY(r0->classes.isEmpty());
        Spec s;
        s.revenue = 5;
        const auto r1 = KMeansScheme::classify(makeInput({s}), o);
        QVERIFY(r1.ok());
        QCOMPARE(classIds(*r1), ids({"cluster-1"}));
        const auto same = KMeansScheme::classify(makeInput({s, s, s, s}), o);
        QVERIFY(same.ok());
        QVERIFY(!same->classOf.contains(-1));
        o.k = 5;
        const auto tooMany = KMeansScheme::classify(makeInput({s, s}), o);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().message().contains(QStringLiteral("\"k\"")));
        QVERIFY(!KMeansScheme::classify(makeInput({s}), KMeansScheme::Options()).ok());
    }

    void json()
    {
        KMeansScheme::Options o;
        o.k = 4;
        o.seed = 4000000000u;
        o.metrics = {MetricId{MetricKind::Attribute, QStringLiteral("size")}};
        o.names = {QStringLiteral("A"), QStringLiteral("B")};
        const QJsonObject json = KMeansScheme::toJson(o);
        const auto back = KMeansScheme::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->seed, 4000000000u);
        QCOMPARE(KMeansScheme::toJson(*back), json);
        auto bad = KMeansScheme::fromJson(QJsonObject{{QStringLiteral("k"), 2.5}});
        QVERIFY(bad.error().message().contains(QStringLiteral("\"k\"")));
        bad = KMeansScheme::fromJson(
            QJsonObject{{QStringLiteral("metrics"), QJsonArray{QStringLiteral("revenue"), 3}}});
        QVERIFY(bad.error().message().contains(QStringLiteral("metrics[1]")));
        bad = KMeansScheme::fromJson(QJsonObject{{QStringLiteral("k_min"), 1}});
        QVERIFY(bad.error().message().contains(QStringLiteral("k_min")));
    }
};

QTEST_GUILESS_MAIN(TstKMeansScheme)
#include "tst_kmeansscheme.moc"
