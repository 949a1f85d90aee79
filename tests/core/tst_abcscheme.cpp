#include "cdnowmasterfixture.h"
#include "classification/abcscheme.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace valuedesk;
using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The class ids of every customer, in input order, joined: u"AABC"_s.
QString classes(const ClassificationResult &r)
{
    QString text;
    for (int k : r.classOf)
        text += k < 0 ? QStringLiteral("-") : r.classes.at(k).id;
    return text;
}

double field(const ClassificationResult &r, const QString &id, int customer)
{
    return r.fields(customer, r.fieldIds.indexOf(id));
}

AbcOptions cutoffs(QVector<double> c)
{
    AbcOptions o;
    o.cutoffs = std::move(c);
    return o;
}

AbcOptions countShares(QVector<double> s)
{
    AbcOptions o;
    o.method = AbcMethod::CountShare;
    o.countShares = std::move(s);
    return o;
}

// Σ_i Σ_j |x_i − x_j| ÷ (2 n² μ): the Gini coefficient as half the relative mean absolute
// difference (its definition in the Wikipedia article u"Gini coefficient"_s).
double pairwiseGini(const QVector<double> &x)
{
    double sum = 0;
    double diff = 0;
    for (double a : x) {
        sum += a;
        for (double b : x)
            diff += std::abs(a - b);
    }
    const double n = x.size();
    return diff / (2 * n * n * (sum / n));
}

} // namespace

class TstAbcScheme : public QObject
{
    Q_OBJECT
private slots:
    // Real data: the CDNOW master (tests/data/cdnow, 23 570 customers, 69 659 transactions,
    // US$ 2 500 315.63) over all history to 1998-06-30, ABC by revenue at the default 80/95
    // cut-offs: A 7 695 / B 8 044 / C 7 831 (issue 10; re-derived by an independent
    // stdlib-Python script, tests/data/cdnow/reference/abcrfm.py, which sorts by revenue in cents
    // descending, ties by customer code, and applies "A while the cumulative share above is
    // below 80 %"). The 68 customers with zero revenue are C.
    void cdnowMaster()
    {
        const ClassificationInput input = test::readCdnowMaster();
        QCOMPARE(input.customers.size(), 23570);
        qint64 rows = 0;
        Cents revenue = 0;
        for (const MetricInputs &in : input.inputs) {
            rows += in.orders;
            revenue += in.revenue;
        }
        QCOMPARE(rows, qint64(69659));
        QCOMPARE(revenue, Cents(250031563));
        auto r = AbcScheme::classify(input, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        const QHash<QString, int> counts = test::classCounts(*r);
        QCOMPARE(counts.value(u"A"_s), 7695);
        QCOMPARE(counts.value(u"B"_s), 8044);
        QCOMPARE(counts.value(u"C"_s), 7831);
        QCOMPARE(counts.size(), 3);
        int zero = 0;
        for (int i = 0; i < input.inputs.size(); ++i) {
            if (input.inputs.at(i).revenue <= 0) {
                ++zero;
                QCOMPARE(r->classes.at(r->classOf.at(i)).id, u"C"_s);
            }
        }
        QCOMPARE(zero, 68);
    }

    // 50 % + 40 %: the second customer's predecessors make 50 % < 80 %, so it is A although it
    // takes the cumulative share to 90 %; the third's make 90 % < 95 %: B; the last's 96 %: C.
    void crossingCustomerIsA()
    {
        auto r = AbcScheme::classifyValues({6, 50, 4, 40}, {u"c"_s, u"a"_s, u"d"_s, u"b"_s}, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->scheme, QStringLiteral("abc"));
        QCOMPARE(classes(*r), QStringLiteral("BACA"));
        QCOMPARE(r->fieldIds,
                 (QStringList{u"value"_s, u"rank"_s, u"share"_s, u"cumulative_share"_s}));
        QCOMPARE(field(*r, u"rank"_s, 1), 1.0);
        QCOMPARE(field(*r, u"rank"_s, 3), 2.0);
        QCOMPARE(field(*r, u"rank"_s, 0), 3.0);
        QCOMPARE(field(*r, u"rank"_s, 2), 4.0);
        QCOMPARE(field(*r, u"share"_s, 3), 0.4);
        QCOMPARE(field(*r, u"cumulative_share"_s, 3), 0.9);
        QCOMPARE(field(*r, u"cumulative_share"_s, 0), 0.96);
        QCOMPARE(field(*r, u"cumulative_share"_s, 2), 1.0);
        QCOMPARE(field(*r, u"value"_s, 1), 50.0);
        QCOMPARE(r->measureId, QStringLiteral("revenue"));
    }

    // Predecessors at exactly 80 % (and 95 %) are not below the cut-off, even when the decimal
    // shares do not add up exactly in binary.
    void exactlyAtTheCutoff()
    {
        auto r =
            AbcScheme::classifyValues({0.5, 0.3, 0.15, 0.05}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {});
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("AABC"));
        auto whole =
            AbcScheme::classifyValues({50, 30, 15, 5}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {});
        QCOMPARE(classes(*whole), QStringLiteral("AABC"));
    }

    void tiesOrderedByCode()
    {
        auto r = AbcScheme::classifyValues({5, 3, 3, 1}, {u"x"_s, u"b"_s, u"a"_s, u"c"_s}, {});
        QVERIFY(r.ok());
        QCOMPARE(field(*r, u"rank"_s, 0), 1.0);
        QCOMPARE(field(*r, u"rank"_s, 2), 2.0); // u"a"_s before u"b"_s
        QCOMPARE(field(*r, u"rank"_s, 1), 3.0);
        QCOMPARE(field(*r, u"rank"_s, 3), 4.0);
        // 5/12 = 41.7 % and 8/12 = 66.7 % above u"b"_s: both A; u"c"_s has 11/12 above: B.
        QCOMPARE(classes(*r), QStringLiteral("AAAB"));
    }

    // Five equal values: predecessors hold 0, 20, 40, 60, 80 %; the last by code is B.
    void allEqualValues()
    {
        auto r = AbcScheme::classifyValues({7, 7, 7, 7, 7},
                                           {u"e"_s, u"c"_s, u"a"_s, u"d"_s, u"b"_s}, {});
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("BAAAA"));
        QCOMPARE(field(*r, u"rank"_s, 0), 5.0);
        QCOMPARE(AbcScheme::gini({7, 7, 7, 7, 7}), 0.0);
    }

    void oneCustomer()
    {
        auto r = AbcScheme::classifyValues({7}, {u"a"_s}, {});
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("A"));
        QCOMPARE(field(*r, u"share"_s, 0), 1.0);
        QCOMPARE(field(*r, u"cumulative_share"_s, 0), 1.0);
        QCOMPARE(AbcScheme::gini({7}), 0.0);
    }

    // Measures ≤ 0 or missing rank last and are always the last class; with no positive total
    // every share is 0.
    void zeroNegativeAndMissing()
    {
        auto r = AbcScheme::classifyValues({0, -5, kNaN}, {u"b"_s, u"a"_s, u"c"_s}, {});
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("CCC"));
        QCOMPARE(field(*r, u"rank"_s, 0), 1.0);
        QCOMPARE(field(*r, u"rank"_s, 1), 2.0);
        QCOMPARE(field(*r, u"rank"_s, 2), 3.0);
        QCOMPARE(field(*r, u"share"_s, 1), 0.0);
        QVERIFY(std::isnan(AbcScheme::gini({0, -5, kNaN})));

        // Mixed: the negative customer adds nothing; shares are of the positive total 10.
        auto mixed = AbcScheme::classifyValues({-4, 8, 2, 0}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {});
        QCOMPARE(classes(*mixed), QStringLiteral("CABC"));
        QCOMPARE(field(*mixed, u"share"_s, 1), 0.8);
        QCOMPARE(field(*mixed, u"cumulative_share"_s, 0), 1.0);
        QCOMPARE(field(*mixed, u"rank"_s, 3), 3.0);
        QCOMPARE(field(*mixed, u"rank"_s, 0), 4.0);
    }

    void empty()
    {
        auto r = AbcScheme::classifyValues({}, {}, {});
        QVERIFY(r.ok());
        QVERIFY(r->classOf.isEmpty());
        QCOMPARE(r->classes.size(), 3);
        QVERIFY(std::isnan(AbcScheme::gini({})));
    }

    // 10 customers, 20 / 70 / 10: ranks 1–2 A, 3–9 B, 10 C.
    void countShares()
    {
        QVector<double> values;
        QStringList codes;
        for (int i = 0; i < 10; ++i) {
            values << 10 - i;
            codes << QStringLiteral("c%1").arg(i);
        }
        auto r = AbcScheme::classifyValues(values, codes, ::countShares({20, 70, 10}));
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("AABBBBBBBC"));
        QCOMPARE(r->options.value(u"method"_s).toString(), QStringLiteral("count"));

        // Customers with nothing stay in the last class whatever their rank.
        auto zeros = AbcScheme::classifyValues({0, 0, 5, 0, 3, 0, 0, 1, 0, 0}, codes,
                                               ::countShares({20, 70, 10}));
        QCOMPARE(classes(*zeros), QStringLiteral("CCACACCBCC"));

        // 3 customers: round(0.6) = 1 A, round(2.7) = 3: two B, no C.
        auto three = AbcScheme::classifyValues({3, 2, 1}, {u"a"_s, u"b"_s, u"c"_s},
                                               ::countShares({20, 70, 10}));
        QCOMPARE(classes(*three), QStringLiteral("ABB"));
    }

    // Three cut-offs make four classes: predecessors 0, 40, 70, 85, 95 % → A A B C D.
    void abcd()
    {
        auto r = AbcScheme::classifyValues(
            {40, 30, 15, 10, 5}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}, cutoffs({50, 80, 95}));
        QVERIFY(r.ok());
        QCOMPARE(r->classes.size(), 4);
        QCOMPARE(r->classes.at(3).id, QStringLiteral("D"));
        QCOMPARE(classes(*r), QStringLiteral("AABCD"));

        auto byCount = AbcScheme::classifyValues(
            {8, 7, 6, 5, 4, 3, 2, 1},
            {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s},
            ::countShares({25, 25, 25, 25}));
        QCOMPARE(classes(*byCount), QStringLiteral("AABBCCDD"));
    }

    void editedCutoffsAndNames()
    {
        AbcOptions o = cutoffs({50, 90});
        o.classNames = QStringList{u"Gold"_s, u"Silver"_s, u"Bronze"_s};
        auto r = AbcScheme::classifyValues({6, 50, 4, 40}, {u"c"_s, u"a"_s, u"d"_s, u"b"_s}, o);
        QVERIFY(r.ok());
        QCOMPARE(classes(*r), QStringLiteral("CACB")); // b has 50 % above: not below 50 → B
        QCOMPARE(r->classes.at(1).name, QStringLiteral("Silver"));
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QVector<double>>("limits");
        QTest::addColumn<bool>("byCount");
        QTest::newRow("one cut-off") << QVector<double>{80} << false;
        QTest::newRow("decreasing") << QVector<double>{95, 80} << false;
        QTest::newRow("above 100") << QVector<double>{80, 101} << false;
        QTest::newRow("zero") << QVector<double>{0, 80} << false;
        QTest::newRow("four cut-offs") << QVector<double>{50, 60, 70, 80} << false;
        QTest::newRow("two shares") << QVector<double>{20, 80} << true;
        QTest::newRow("sum 110") << QVector<double>{20, 70, 20} << true;
        QTest::newRow("negative") << QVector<double>{-10, 100, 10} << true;
    }
    void rejectsBadOptions()
    {
        QFETCH(QVector<double>, limits);
        QFETCH(bool, byCount);
        const AbcOptions o = byCount ? ::countShares(limits) : cutoffs(limits);
        auto r = AbcScheme::classifyValues({1, 2, 3}, {u"a"_s, u"b"_s, u"c"_s}, o);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message().isEmpty());
    }

    // Gini, G = 2 Σ i x₍ᵢ₎ ÷ (n Σ x) − (n + 1) ÷ n on ascending values (Wikipedia, "Gini
    // coefficient", section u"Calculation"_s; Damgaard & Weiner 2000, Encyclopedia of Social
    // Measurement). The discrete uniform 1 … n has G = (n − 1) ÷ (3n): 4/15 for 1 … 5; one
    // holder of everything (n − 1) ÷ n = 0.8 for n = 5.
    void gini()
    {
        QVERIFY(qFuzzyCompare(AbcScheme::gini({3, 1, 5, 2, 4}), 4.0 / 15.0));
        QVERIFY(qFuzzyCompare(AbcScheme::gini({0, 0, 1, 0, 0}), 0.8));
        QVERIFY(qFuzzyCompare(AbcScheme::gini({0, -3, 1, 0, kNaN}), 0.8)); // clamped to 0
        // Agrees with the pairwise definition on arbitrary data.
        std::mt19937 rng(7);
        std::lognormal_distribution<double> dist(5, 1.5);
        QVector<double> values;
        for (int i = 0; i < 200; ++i)
            values << dist(rng);
        QVERIFY(std::abs(AbcScheme::gini(values) - pairwiseGini(values)) < 1e-12);
    }

    void measureFromInputs()
    {
        ClassificationInput input;
        input.window = EvaluationWindow{QDate(2024, 12, 31), 12};
        for (int i = 0; i < 3; ++i) {
            EvaluatedCustomer c;
            c.code = QStringLiteral("C%1").arg(i);
            input.customers << c;
            MetricInputs in;
            in.revenue = (i + 1) * 10000; // cents
            in.costedRevenue = in.revenue;
            in.cost = i == 2 ? in.revenue + 100 : in.revenue / 2; // C2 loses money
            input.inputs << in;
        }
        auto byRevenue = AbcScheme::classify(input, {});
        QVERIFY(byRevenue.ok());
        QCOMPARE(field(*byRevenue, u"value"_s, 2), 300.0);
        QCOMPARE(classes(*byRevenue), QStringLiteral("BAA")); // 300 (0 %), 200 (50 %), 100 (83 %)
        AbcOptions profit;
        profit.measure = AbcMeasure::GrossProfit;
        auto byProfit = AbcScheme::classify(input, profit);
        QVERIFY(byProfit.ok());
        QCOMPARE(byProfit->measureId, QStringLiteral("gross_profit"));
        QCOMPARE(field(*byProfit, u"value"_s, 2), -1.0);
        QCOMPARE(classes(*byProfit), QStringLiteral("AAC")); // 100 (0 %), 50 (67 %), −1
        AbcOptions score;
        score.measure = AbcMeasure::Score;
        QVERIFY(!AbcScheme::classify(input, score).ok()); // no evaluation given
    }
};

QTEST_GUILESS_MAIN(TstAbcScheme)
#include "tst_abcscheme.moc"
