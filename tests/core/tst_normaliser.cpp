#include "metrics/normaliser.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace valuedesk;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double x : values)
        v(i++) = x;
    return v;
}

bool near(const Eigen::VectorXd &a, const Eigen::VectorXd &b, double tol = 1e-9)
{
    return a.size() == b.size() && (a - b).cwiseAbs().maxCoeff() < tol;
}

#define COMPARE_VEC(a, b)                                                                          \
    do {                                                                                           \
        const Eigen::VectorXd va_ = (a);                                                           \
        const Eigen::VectorXd vb_ = (b);                                                           \
        QVERIFY2(va_.size() == vb_.size() && (va_.size() == 0 || near(va_, vb_)),                  \
                 qPrintable(describe(va_) + QStringLiteral(" vs ") + describe(vb_)));              \
    } while (false)

QString describe(const Eigen::VectorXd &v)
{
    QStringList parts;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        parts.append(QString::number(v(i), 'g', 12));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

const double missing = std::numeric_limits<double>::quiet_NaN();

// One column; NaN = missing.
MetricMatrix column(std::initializer_list<double> values)
{
    MetricMatrix m;
    m.metrics = {MetricId{}};
    m.values = vec(values);
    m.present = m.values.array() == m.values.array(); // false for NaN
    return m;
}

// The first column of a normalised matrix.
Eigen::VectorXd col0(const NormalisedMatrix &m)
{
    return m.values.col(0);
}

} // namespace

class TstNormaliser : public QObject
{
    Q_OBJECT
private slots:
    void zScores()
    {
        // mean 2.5, s = sqrt(5/3) = 1.2909944487 (n − 1)
        COMPARE_VEC(
            Normaliser::zScores(vec({1, 2, 3, 4})),
            vec({-1.161895003862225, -0.3872983346207417, 0.3872983346207417, 1.161895003862225}));
        COMPARE_VEC(Normaliser::zScores(vec({5, 5, 5})), vec({0, 0, 0}));
        COMPARE_VEC(Normaliser::zScores(vec({0.1, 0.1, 0.1})), vec({0, 0, 0}));
        COMPARE_VEC(Normaliser::zScores(vec({7})), vec({0}));
        QCOMPARE(Normaliser::zScores(Eigen::VectorXd()).size(), 0);
    }

    void minMax()
    {
        COMPARE_VEC(Normaliser::minMax(vec({2, 4, 6, 10})), vec({0, 25, 50, 100}));
        COMPARE_VEC(Normaliser::minMax(vec({-3, -3})), vec({50, 50}));
        COMPARE_VEC(Normaliser::minMax(vec({7})), vec({50}));
        QCOMPARE(Normaliser::minMax(Eigen::VectorXd()).size(), 0);
    }

    void percentileRanks()
    {
        // ranks 1, 2.5, 2.5, 4, 5 → 100 (r − 1) / 4
        COMPARE_VEC(Normaliser::percentileRanks(vec({10, 20, 20, 30, 40})),
                    vec({0, 37.5, 37.5, 75, 100}));
        COMPARE_VEC(Normaliser::percentileRanks(vec({40, 10, 30})), vec({100, 0, 50}));
        COMPARE_VEC(Normaliser::percentileRanks(vec({3, 3, 3})), vec({50, 50, 50}));
        COMPARE_VEC(Normaliser::percentileRanks(vec({7})), vec({50}));
        QCOMPARE(Normaliser::percentileRanks(Eigen::VectorXd()).size(), 0);
    }

    void percentileLikeNumpy()
    {
        // numpy.percentile (linear): h = (n − 1) p / 100, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]);
        // sorted: −200, 1, 2, …, 9, 500 (n = 11).
        const Eigen::VectorXd x = vec({5, 500, 1, 9, -200, 2, 8, 3, 7, 4, 6});
        QCOMPARE(Normaliser::percentile(x, 1), -179.9); // h = 0.1: −200 + 0.1 · 201
        QCOMPARE(Normaliser::percentile(x, 99), 450.9); // h = 9.9: 9 + 0.9 · 491
        QCOMPARE(Normaliser::percentile(x, 50), 5.0);
        QCOMPARE(Normaliser::percentile(x, 25), 2.5);
        QCOMPARE(Normaliser::percentile(x, 0), -200.0);
        QCOMPARE(Normaliser::percentile(x, 100), 500.0);
        QCOMPARE(Normaliser::percentile(vec({4}), 99), 4.0);

        COMPARE_VEC(Normaliser::winsorised(x), vec({5, 450.9, 1, 9, -179.9, 2, 8, 3, 7, 4, 6}));
    }

    void winsorisedColumn()
    {
        NormaliserOptions options;
        options.method = Normalisation::MinMax;
        options.winsorise = true;
        const NormalisedMatrix m = Normaliser::normalise(
            column({5, 500, 1, 9, -200, 2, 8, 3, 7, 4, 6}), {IndicatorRule{}}, options);
        const double range = 450.9 + 179.9;
        QCOMPARE(m.values(0, 0), 100 * (5 + 179.9) / range);
        QCOMPARE(m.values(1, 0), 100.0);
        QCOMPARE(m.values(4, 0), 0.0);
    }

    void directionFlips()
    {
        const MetricMatrix raw = column({1, 2, 3, 4});
        const IndicatorRule lower{MetricDirection::Lower, MissingRule::Mean};
        NormaliserOptions options;
        COMPARE_VEC(col0(Normaliser::normalise(raw, {lower}, options)),
                    -Normaliser::zScores(vec({1, 2, 3, 4})));
        options.method = Normalisation::MinMax;
        COMPARE_VEC(col0(Normaliser::normalise(raw, {lower}, options)),
                    vec({100, 200.0 / 3, 100.0 / 3, 0}));
        options.method = Normalisation::PercentileRank;
        COMPARE_VEC(col0(Normaliser::normalise(raw, {lower}, options)),
                    vec({100, 200.0 / 3, 100.0 / 3, 0}));
        // A constant column stays neutral either way.
        options.method = Normalisation::MinMax;
        COMPARE_VEC(col0(Normaliser::normalise(column({2, 2}), {lower}, options)), vec({50, 50}));
    }

    void missingRules()
    {
        const MetricMatrix raw = column({1, missing, 3, 5});
        NormaliserOptions options;

        // Zero: 1, 0, 3, 5 (mean 2.25, s = sqrt(14.75 / 3)).
        NormalisedMatrix zero = Normaliser::normalise(
            raw, {IndicatorRule{MetricDirection::Higher, MissingRule::Zero}}, options);
        const double s = std::sqrt(14.75 / 3);
        COMPARE_VEC(col0(zero),
                    vec({(1 - 2.25) / s, (0 - 2.25) / s, (3 - 2.25) / s, (5 - 2.25) / s}));
        QVERIFY(!zero.present(1, 0));
        QVERIFY(zero.present(0, 0));
        QVERIFY(zero.included.all());

        // Mean of the present values (3): 1, 3, 3, 5 → s = sqrt(8/3).
        NormalisedMatrix mean = Normaliser::normalise(
            raw, {IndicatorRule{MetricDirection::Higher, MissingRule::Mean}}, options);
        const double t = std::sqrt(8.0 / 3);
        COMPARE_VEC(col0(mean), vec({-2 / t, 0, 0, 2 / t}));
        QVERIFY(mean.included.all());

        // Exclude: statistics over 1, 3, 5 only; the cell is flagged and zeroed.
        NormalisedMatrix excl = Normaliser::normalise(
            raw, {IndicatorRule{MetricDirection::Higher, MissingRule::Exclude}}, options);
        COMPARE_VEC(col0(excl), vec({-1, 0, 0, 1}));
        QVERIFY(!excl.included(1, 0));
        QVERIFY(excl.included(0, 0) && excl.included(2, 0) && excl.included(3, 0));

        // Nothing present: mean fill falls back to 0; exclude leaves an empty column.
        const MetricMatrix none = column({missing, missing});
        COMPARE_VEC(
            col0(Normaliser::normalise(
                none, {IndicatorRule{MetricDirection::Higher, MissingRule::Mean}}, options)),
            vec({0, 0}));
        NormalisedMatrix noneExcl = Normaliser::normalise(
            none, {IndicatorRule{MetricDirection::Higher, MissingRule::Exclude}}, options);
        QVERIFY(!noneExcl.included.any());

        // Min–max with an excluded cell: 1, 3, 5 → 0, 50, 100.
        options.method = Normalisation::MinMax;
        COMPARE_VEC(
            col0(Normaliser::normalise(
                raw, {IndicatorRule{MetricDirection::Higher, MissingRule::Exclude}}, options)),
            vec({0, 0, 50, 100}));
    }

    void severalColumns()
    {
        MetricMatrix raw;
        raw.metrics = {MetricId{}, MetricId{}};
        raw.values.resize(3, 2);
        raw.values << 1, 10, 2, 10, 3, 10;
        raw.present.setConstant(3, 2, true);
        const NormalisedMatrix m =
            Normaliser::normalise(raw, {IndicatorRule{}, IndicatorRule{}}, NormaliserOptions{});
        COMPARE_VEC(m.values.col(0), vec({-1, 0, 1}));
        COMPARE_VEC(m.values.col(1), vec({0, 0, 0})); // constant: no division by zero
        const NormalisedMatrix one =
            Normaliser::normalise(column({42}), {IndicatorRule{}}, NormaliserOptions{});
        QCOMPARE(one.values(0, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstNormaliser)
#include "tst_normaliser.moc"
