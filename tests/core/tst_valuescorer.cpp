#include "ahp/ahptemplates.h"
#include "ahp/hierarchy.h"
#include "metrics/valuescorer.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

HierarchyNodeResult node(const char *name, int parent, double global, bool leaf)
{
    HierarchyNodeResult n;
    n.name = QString::fromLatin1(name);
    n.parent = parent;
    n.depth = parent < 0 ? 0 : 1;
    n.leaf = leaf;
    n.globalWeight = global;
    return n;
}

// goal → A (a1 0.3, a2 0.3), B (b1 0.3, b2 0.1)
HierarchyResult smallHierarchy()
{
    HierarchyResult h;
    h.nodes = {node("goal", -1, 1, false), node("A", 0, 0.6, false), node("a1", 1, 0.3, true),
               node("a2", 1, 0.3, true),   node("B", 0, 0.4, false), node("b1", 4, 0.3, true),
               node("b2", 4, 0.1, true)};
    h.leaves = {2, 3, 5, 6};
    return h;
}

NormalisedMatrix matrix(const Eigen::MatrixXd &values)
{
    NormalisedMatrix m;
    m.values = values;
    m.present.setConstant(values.rows(), values.cols(), true);
    m.included.setConstant(values.rows(), values.cols(), true);
    return m;
}

void checkNear(double actual, double expected, const char *what, int row)
{
    QVERIFY2(std::abs(actual - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 row %2: %3, expected %4")
                            .arg(QLatin1String(what))
                            .arg(row)
                            .arg(actual, 0, 'g', 12)
                            .arg(expected, 0, 'g', 12)));
}

} // namespace

class TstValueScorer : public QObject
{
    Q_OBJECT
private slots:
    void weightedSums()
    {
        Eigen::MatrixXd v(2, 4);
        v << 1, 2, 3, 4, //
            -1, 0, 1, 0.5;
        Result<ValueScores> s = ValueScorer::score(smallHierarchy(), matrix(v));
        QVERIFY(s.ok());
        QCOMPARE(s->currentNode, 1);
        QCOMPARE(s->potentialNode, 4);
        checkNear(s->current(0), 0.3 * 1 + 0.3 * 2, "current", 0);
        checkNear(s->potential(0), 0.3 * 3 + 0.1 * 4, "potential", 0);
        checkNear(s->total(0), 0.9 + 1.3, "total", 0);
        checkNear(s->nodeScores(0, 2), 0.3, "leaf a1", 0);
        checkNear(s->current(1), -0.3, "current", 1);
        checkNear(s->potential(1), 0.35, "potential", 1);
        QCOMPARE(s->completeness(0), 1.0);

        // Swapped axes.
        ScoreOptions swapped;
        swapped.currentCriterion = 1;
        swapped.potentialCriterion = 0;
        Result<ValueScores> t = ValueScorer::score(smallHierarchy(), matrix(v), swapped);
        QVERIFY(t.ok());
        checkNear(t->current(0), 1.3, "swapped current", 0);
    }

    void exclusionRenormalises()
    {
        Eigen::MatrixXd v(3, 4);
        v << 1, 2, 3, 4, //
            1, 2, 3, 4,  //
            1, 2, 3, 4;
        NormalisedMatrix m = matrix(v);
        // Row 0: a2 excluded → A's 0.6 all on a1. Row 1: b1 and b2 excluded → the goal's weight
        // all on A (0.5 each). Row 2: a missing value filled by a rule (present but included).
        m.included(0, 1) = false;
        m.present(0, 1) = false;
        m.included(1, 2) = m.included(1, 3) = false;
        m.present(1, 2) = m.present(1, 3) = false;
        m.present(2, 0) = false;
        Result<ValueScores> s = ValueScorer::score(smallHierarchy(), m);
        QVERIFY(s.ok());
        checkNear(s->current(0), 0.6 * 1, "current", 0);
        checkNear(s->potential(0), 0.3 * 3 + 0.1 * 4, "potential", 0);
        checkNear(s->total(0), 0.6 + 1.3, "total", 0);
        checkNear(s->current(1), 0.5 * 1 + 0.5 * 2, "current", 1);
        checkNear(s->potential(1), 0, "potential", 1);
        checkNear(s->total(1), 1.5, "total", 1);
        checkNear(s->current(2), 0.9, "current", 2);
        QCOMPARE(s->completeness(0), 0.75);
        QCOMPARE(s->completeness(1), 0.5);
        QCOMPARE(s->completeness(2), 0.75);

        // Nothing included: all zero.
        m.included.row(0).setConstant(false);
        m.present.row(0).setConstant(false);
        s = ValueScorer::score(smallHierarchy(), m);
        QVERIFY(s.ok());
        checkNear(s->total(0), 0, "total", 0);
        QCOMPARE(s->completeness(0), 0.0);
    }

    void splits()
    {
        // current = 0.3 (x1 + x2) → 0.3, 0.6, 0.9, 3.0; potential = 0.3 y → 0.3, 0.6, 0.9, 0.3
        Eigen::MatrixXd v(4, 4);
        v << 1, 0, 1, 0, //
            1, 1, 2, 0,  //
            2, 1, 3, 0,  //
            5, 5, 1, 0;
        Result<ValueScores> mean = ValueScorer::score(smallHierarchy(), matrix(v));
        QVERIFY(mean.ok());
        checkNear(mean->currentThreshold, 4.8 / 4, "mean threshold", 0);
        checkNear(mean->potentialThreshold, 2.1 / 4, "mean threshold", 1);
        QCOMPARE(mean->quadrants, (QVector<Quadrant>{Quadrant::LowLow, Quadrant::LowHigh,
                                                     Quadrant::LowHigh, Quadrant::HighLow}));

        ScoreOptions median;
        median.split = SplitMethod::Median;
        Result<ValueScores> med = ValueScorer::score(smallHierarchy(), matrix(v), median);
        QVERIFY(med.ok());
        checkNear(med->currentThreshold, 0.75, "median", 0);
        checkNear(med->potentialThreshold, 0.45, "median", 1);
        QCOMPARE(med->quadrants, (QVector<Quadrant>{Quadrant::LowLow, Quadrant::LowHigh,
                                                    Quadrant::HighHigh, Quadrant::HighLow}));

        // A score equal to the threshold is low. 0.3 · 2 is exactly the double 0.6.
        ScoreOptions fixed;
        fixed.split = SplitMethod::Thresholds;
        fixed.currentThreshold = 0.3 * 2;
        fixed.potentialThreshold = 0.3 * 2;
        Result<ValueScores> th = ValueScorer::score(smallHierarchy(), matrix(v), fixed);
        QVERIFY(th.ok());
        QCOMPARE(th->currentThreshold, 0.3 * 2);
        QCOMPARE(th->quadrants.at(1), Quadrant::LowLow);
        QCOMPARE(th->quadrants.at(2), Quadrant::HighHigh);

        // Re-splitting existing scores (a dragged split line) equals scoring with that split.
        ValueScores resplit = *med;
        ValueScorer::split(resplit, fixed);
        QCOMPARE(resplit.quadrants, th->quadrants);
        QCOMPARE(resplit.potentialThreshold, th->potentialThreshold);
        ValueScorer::split(resplit, median);
        QCOMPARE(resplit.quadrants, med->quadrants);
        QCOMPARE(resplit.currentThreshold, med->currentThreshold);

        QCOMPARE(ValueScorer::median(Eigen::VectorXd::Constant(1, 7)), 7.0);
        QCOMPARE(ValueScorer::median(Eigen::VectorXd()), 0.0);
        QCOMPARE(ValueScorer::classify(1, 1, 1, 0), Quadrant::LowHigh);
    }

    void errors()
    {
        QVERIFY(!ValueScorer::score(smallHierarchy(), matrix(Eigen::MatrixXd::Zero(2, 3))).ok());
        ScoreOptions bad;
        bad.potentialCriterion = 2;
        QVERIFY(
            !ValueScorer::score(smallHierarchy(), matrix(Eigen::MatrixXd::Zero(2, 4)), bad).ok());
        QVERIFY(!ValueScorer::score(HierarchyResult{}, matrix(Eigen::MatrixXd::Zero(2, 0))).ok());
        // No customers: fine, thresholds 0.
        Result<ValueScores> none =
            ValueScorer::score(smallHierarchy(), matrix(Eigen::MatrixXd::Zero(0, 4)));
        QVERIFY(none.ok());
        QVERIFY(none->quadrants.isEmpty());
    }

    void quadrantIds()
    {
        for (Quadrant q :
             {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh, Quadrant::LowLow}) {
            QCOMPARE(ValueScorer::parseQuadrant(ValueScorer::quadrantId(q)), q);
            QVERIFY(!ValueScorer::quadrantDisplayName(q).isEmpty());
        }
        QCOMPARE(ValueScorer::quadrantStrategyName(Quadrant::HighHigh),
                 QStringLiteral("Keep and develop"));
        QCOMPARE(ValueScorer::quadrantStrategyName(Quadrant::HighLow), QStringLiteral("Maintain"));
        QCOMPARE(ValueScorer::quadrantStrategyName(Quadrant::LowHigh), QStringLiteral("Cultivate"));
        QCOMPARE(ValueScorer::quadrantStrategyName(Quadrant::LowLow),
                 QStringLiteral("Control investment"));
        QCOMPARE(ValueScorer::quadrantId(Quadrant::HighLow), QStringLiteral("high-low"));
        QVERIFY(!ValueScorer::parseQuadrant(QStringLiteral("high")));
    }

    // 基于客户价值评价的客户细分, the lubricant company (润滑油公司) example: z-score the 12
    // indicators (n − 1), weight by the published global weights, sum per axis, split each axis
    // at its mean. The expected numbers were computed independently (python, plain formulas).
    void lubricantProcedure()
    {
        Result<AhpModel> model =
            AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
        QVERIFY(model.ok());
        Result<HierarchyResult> evaluated = Hierarchy::evaluate(model->root, model->settings);
        QVERIFY(evaluated.ok());
        HierarchyResult h = *evaluated;
        const QStringList metrics = {
            QStringLiteral("gross_profit"),   QStringLiteral("profit_margin"),
            QStringLiteral("revenue_growth"), QStringLiteral("avg_order_value"),
            QStringLiteral("orders"),         QStringLiteral("frequency_per_month"),
            QStringLiteral("revenue"),        QStringLiteral("repurchase_rate"),
            QStringLiteral("tenure_days"),    QStringLiteral("trust"),
            QStringLiteral("satisfaction"),   QStringLiteral("complaints")};
        const double published[12] = {0.3251, 0.0982, 0.0657, 0.0444, 0.0218, 0.0396,
                                      0.0719, 0.2000, 0.0500, 0.0440, 0.0116, 0.0277};
        QCOMPARE(h.leaves.size(), 12);
        QVector<IndicatorRule> rules;
        MetricMatrix raw;
        for (int j = 0; j < 12; ++j) {
            HierarchyNodeResult &leaf = h.nodes[h.leaves.at(j)];
            QCOMPARE(leaf.metric, metrics.at(j));
            // Our judgements reproduce the published weights closely; the test then uses the
            // published ones exactly.
            QVERIFY2(std::abs(leaf.globalWeight - published[j]) < 0.003, qPrintable(leaf.metric));
            leaf.globalWeight = published[j];
            Result<MetricId> id = MetricCatalog::parse(leaf.metric);
            QVERIFY(id.ok());
            raw.metrics.append(*id);
            Result<MetricDirection> dir = MetricCatalog::parseDirection(leaf.direction, id->kind);
            QVERIFY(dir.ok());
            rules.append(IndicatorRule{*dir, MissingRule::Mean});
        }
        QCOMPARE(rules.at(11).direction, MetricDirection::Lower); // complaints

        raw.values.resize(7, 12);
        raw.values << 120000, 0.25, 0.10, 5000, 96, 8.0, 480000, 0.90, 3650, 4.5, 4.6, 1, //
            90000, 0.22, 0.02, 4500, 80, 6.5, 360000, 0.40, 1200, 3.2, 3.5, 4,            //
            30000, 0.12, 0.35, 1500, 40, 3.5, 60000, 0.85, 4000, 4.8, 4.4, 0,             //
            20000, 0.10, -0.05, 1000, 20, 1.5, 20000, 0.20, 400, 2.5, 2.8, 6,             //
            60000, 0.18, 0.15, 3000, 60, 5.0, 180000, 0.70, 2500, 4.0, 4.1, 2,            //
            10000, 0.08, 0.40, 800, 12, 1.0, 9600, 0.95, 900, 4.6, 4.7, 1,                //
            150000, 0.30, -0.10, 6000, 100, 8.5, 600000, 0.30, 700, 3.0, 3.1, 5;
        raw.present.setConstant(7, 12, true);

        const NormalisedMatrix z = Normaliser::normalise(raw, rules, NormaliserOptions{});
        // Customer 1's and customer 4's z-scores (complaints flipped: fewer is better).
        const double z1[12] = {0.9637480584, 0.8652902194, -0.1268939425, 0.9015683981,
                               1.0611170182, 1.0490075427, 0.9919578507,  0.9240890541,
                               1.1834856722, 0.7777777778, 0.9449111825,  0.7490253407};
        const double z4[12] = {-0.9102064996, -0.9518192414, -0.9106506465, -1.0108494161,
                               -1.0771945487, -1.1205307842, -0.9433937485, -1.3399291285,
                               -1.0234240854, -1.4444444444, -1.4362649974, -1.4356319030};
        for (int j = 0; j < 12; ++j) {
            QVERIFY(std::abs(z.values(0, j) - z1[j]) < 1e-9);
            QVERIFY(std::abs(z.values(3, j) - z4[j]) < 1e-9);
        }
        // z-scores have mean 0 and sample standard deviation 1 per column.
        for (int j = 0; j < 12; ++j) {
            QVERIFY(std::abs(z.values.col(j).mean()) < 1e-12);
            QVERIFY(std::abs(z.values.col(j).squaredNorm() / 6 - 1) < 1e-12);
        }

        Result<ValueScores> s = ValueScorer::score(h, z);
        QVERIFY(s.ok());
        QCOMPARE(h.nodes.at(s->currentNode).name, QStringLiteral("Current value"));
        QCOMPARE(h.nodes.at(s->potentialNode).name, QStringLiteral("Potential value"));
        const double expected[7][3] = {{0.5659735173, 0.3099232883, 0.8758968057},
                                       {0.2435015141, -0.2134358546, 0.0300656596},
                                       {-0.3463294382, 0.3131641279, -0.0331653102},
                                       {-0.6297741148, -0.4391402632, -1.0689143780},
                                       {-0.0606080584, 0.0972853699, 0.0366773114},
                                       {-0.5789171687, 0.2553205709, -0.3235965978},
                                       {0.8061537486, -0.3231172392, 0.4830365094}};
        for (int i = 0; i < 7; ++i) {
            checkNear(s->current(i), expected[i][0], "current", i);
            checkNear(s->potential(i), expected[i][1], "potential", i);
            checkNear(s->total(i), expected[i][2], "total", i);
            QCOMPARE(s->completeness(i), 1.0);
        }
        // z-scores sum to 0, so both axis means (the thresholds) are 0.
        QVERIFY(std::abs(s->currentThreshold) < 1e-12);
        QVERIFY(std::abs(s->potentialThreshold) < 1e-12);
        const QStringList quadrants = {QStringLiteral("high-high"), QStringLiteral("high-low"),
                                       QStringLiteral("low-high"),  QStringLiteral("low-low"),
                                       QStringLiteral("low-high"),  QStringLiteral("low-high"),
                                       QStringLiteral("high-low")};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(ValueScorer::quadrantId(s->quadrants.at(i)), quadrants.at(i));
    }
};

QTEST_GUILESS_MAIN(TstValueScorer)
#include "tst_valuescorer.moc"
