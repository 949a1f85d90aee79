#include "lubricantfixture.h"
#include "metrics/scoreexplanation.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

HierarchyNodeResult node(const char *name, int parent, double local, double global, bool leaf)
{
    HierarchyNodeResult n;
    n.name = QString::fromLatin1(name);
    n.parent = parent;
    n.leaf = leaf;
    n.localWeight = local;
    n.globalWeight = global;
    return n;
}

// goal → A (a1 0.3, a2 0.3), B (b1 0.3, b2 0.1); three customers, hand-made values.
EvaluationResult smallResult()
{
    EvaluationResult r;
    HierarchyResult &h = r.hierarchy;
    h.nodes = {node("goal", -1, 1, 1, false), node("A", 0, 0.6, 0.6, false),
               node("a1", 1, 0.5, 0.3, true), node("a2", 1, 0.5, 0.3, true),
               node("B", 0, 0.4, 0.4, false), node("b1", 4, 0.75, 0.3, true),
               node("b2", 4, 0.25, 0.1, true)};
    h.leaves = {2, 3, 5, 6};
    for (const char *id : {"revenue", "gross_profit", "satisfaction", "complaints"})
        r.metrics.append(*MetricCatalog::parse(QString::fromLatin1(id)));
    r.rules = {IndicatorRule{MetricDirection::Higher, MissingRule::Zero},
               IndicatorRule{MetricDirection::Higher, MissingRule::Mean},
               IndicatorRule{MetricDirection::Higher, MissingRule::Exclude},
               IndicatorRule{MetricDirection::Lower, MissingRule::Zero}};
    r.leafWeights = {0.3, 0.3, 0.3, 0.1};
    r.raw.metrics = r.metrics;
    r.raw.values.resize(3, 4);
    r.raw.values << 10, 5, 4, 1, //
        20, NAN, NAN, 2,         //
        20, 7, 3, 0;
    r.raw.present = r.raw.values.array().isFinite();
    r.normalised.values.resize(3, 4);
    r.normalised.values << 1, 2, 3, 4, //
        -1, 0, 0, 0.5,                 //
        -1, 0.5, 1, 0;
    r.normalised.present = r.raw.present;
    r.normalised.included.setConstant(3, 4, true);
    r.normalised.included(1, 2) = false; // satisfaction excluded for customer 2
    r.scores = *ValueScorer::score(h, r.normalised);
    return r;
}

void verifyAdditive(const CustomerExplanation &e)
{
    double total = 0;
    double current = 0;
    double potential = 0;
    for (const IndicatorExplanation &x : e.indicators) {
        total += x.contribution;
        current += x.contributionCurrent;
        potential += x.contributionPotential;
        QVERIFY(std::abs(x.contribution - x.effectiveWeight * x.normalised) < 1e-15);
    }
    QVERIFY2(std::abs(total - e.total) < 1e-12,
             qPrintable(QStringLiteral("row %1: %2 vs %3").arg(e.row).arg(total).arg(e.total)));
    QVERIFY(std::abs(current - e.current) < 1e-12);
    QVERIFY(std::abs(potential - e.potential) < 1e-12);
}

} // namespace

class TstScoreExplanation final : public QObject
{
    Q_OBJECT

private slots:
    void handMade();
    void ranksShareTies();
    void reasonSentence();
    void lubricantAddsUp_data();
    void lubricantAddsUp();
    void errors();
};

void TstScoreExplanation::handMade()
{
    const EvaluationResult r = smallResult();
    Result<CustomerExplanation> e = ScoreExplanation::explain(r, 1);
    QVERIFY(e.ok());
    QCOMPARE(e->indicators.size(), 4);
    QCOMPARE(e->customerCount, 3);
    const IndicatorExplanation &a1 = e->indicators.at(0);
    QCOMPARE(a1.name, QStringLiteral("a1"));
    QCOMPARE(a1.criterion, QStringLiteral("A"));
    QCOMPARE(a1.metricId, QStringLiteral("revenue"));
    QCOMPARE(a1.metricName, MetricCatalog::displayName(a1.metric));
    QCOMPARE(*a1.raw, 20.0);
    QVERIFY(a1.present && !a1.ruleApplied && a1.underCurrent && !a1.underPotential);
    QCOMPARE(a1.contributionPotential, 0.0);

    // a2: missing, filled by the column mean of the present values (5 and 7).
    const IndicatorExplanation &a2 = e->indicators.at(1);
    QVERIFY(!a2.raw.has_value());
    QVERIFY(a2.ruleApplied && a2.included && a2.isFilled());
    QCOMPARE(a2.rule, MissingRule::Mean);
    QCOMPARE(a2.filledRaw, 6.0);
    QCOMPARE(ScoreExplanation::ruleText(a2.rule, true), QStringLiteral("missing → column mean"));

    // b1 excluded: B's 0.4 all goes to b2; A keeps 0.3 + 0.3.
    const IndicatorExplanation &b1 = e->indicators.at(2);
    QVERIFY(b1.isExcluded());
    QCOMPARE(b1.effectiveWeight, 0.0);
    QCOMPARE(b1.contribution, 0.0);
    const IndicatorExplanation &b2 = e->indicators.at(3);
    QVERIFY(std::abs(b2.effectiveWeight - 0.4) < 1e-15);
    QCOMPARE(b2.globalWeight, 0.1);
    QVERIFY(std::abs(b2.contributionPotential - 0.2) < 1e-15);
    QCOMPARE(b2.direction, MetricDirection::Lower);
    QCOMPARE(e->presentCount, 2);
    QCOMPARE(e->completeness, 0.5); // a2 and b1 have no data
    verifyAdditive(*e);
    QVERIFY(std::abs(e->current - (-0.3)) < 1e-15);
    QVERIFY(std::abs(e->potential - 0.2) < 1e-15);
    for (int row = 0; row < 3; ++row)
        verifyAdditive(*ScoreExplanation::explain(r, row));
}

void TstScoreExplanation::ranksShareTies()
{
    Eigen::VectorXd v(5);
    v << 0.5, 1.0, 0.5, -2, 1.0;
    QCOMPARE(ScoreExplanation::rankOf(v, 1), 1);
    QCOMPARE(ScoreExplanation::rankOf(v, 4), 1);
    QCOMPARE(ScoreExplanation::rankOf(v, 0), 3);
    QCOMPARE(ScoreExplanation::rankOf(v, 2), 3);
    QCOMPARE(ScoreExplanation::rankOf(v, 3), 5);
    // totals 2.2, -0.1, 0.15; current 0.9, -0.3, -0.15 (smallResult)
    const Result<CustomerExplanation> e = ScoreExplanation::explain(smallResult(), 2);
    QCOMPARE(e->totalRank, 2);
    QCOMPARE(e->currentRank, 2);
}

void TstScoreExplanation::reasonSentence()
{
    CustomerExplanation e;
    e.current = 0.42;
    e.currentThreshold = 0;
    e.potential = -0.1;
    e.potentialThreshold = 0.03;
    e.quadrant = Quadrant::HighLow;
    e.split = SplitMethod::Mean;
    QCOMPARE(ScoreExplanation::reason(e),
             QStringLiteral("Current value 0.42 is above the threshold 0.00 (mean of all "
                            "customers) and potential value -0.10 is at or below the threshold "
                            "0.03, so the customer is high value – low potential (Maintain)."));
    e.current = 0;
    e.potential = 0.5;
    e.quadrant = Quadrant::LowHigh;
    e.split = SplitMethod::Thresholds;
    QVERIFY(ScoreExplanation::reason(e).startsWith(
        QStringLiteral("Current value 0.00 is at or below the threshold 0.00 (fixed threshold) "
                       "and potential value 0.50 is above")));

    // The explanation carries the evaluation's thresholds and quadrant.
    const EvaluationResult r = smallResult();
    const Result<CustomerExplanation> x = ScoreExplanation::explain(r, 0, SplitMethod::Median);
    QCOMPARE(x->quadrant, r.scores.quadrants.at(0));
    QCOMPARE(x->currentThreshold, r.scores.currentThreshold);
    QCOMPARE(x->currentAxis, QStringLiteral("A"));
    QCOMPARE(x->potentialAxis, QStringLiteral("B"));
    QVERIFY(x->reason.contains(QStringLiteral("median of all customers")));
}

void TstScoreExplanation::lubricantAddsUp_data()
{
    QTest::addColumn<int>("missing"); // -1: each metric's default
    QTest::newRow("defaults (excluded cells)") << -1;
    QTest::newRow("mean") << int(MissingRule::Mean);
    QTest::newRow("zero") << int(MissingRule::Zero);
}

// Every customer of the lubricant example, including one whose averages and ratios are excluded:
// the contributions add up to the scores.
void TstScoreExplanation::lubricantAddsUp()
{
    QFETCH(int, missing);
    EvaluationOptions options;
    if (missing >= 0)
        options.missing = static_cast<MissingRule>(missing);
    const Result<EvaluationResult> r = test::evaluateLubricant(options);
    QVERIFY(r.ok());
    const int rows = static_cast<int>(r->scores.total.size());
    QCOMPARE(rows, 8);
    for (int row = 0; row < rows; ++row) {
        const Result<CustomerExplanation> e = ScoreExplanation::explain(*r, row);
        QVERIFY(e.ok());
        verifyAdditive(*e);
        QCOMPARE(e->completeness, r->scores.completeness(row));
        QCOMPARE(e->indicators.at(0).criterion, QStringLiteral("Current value"));
        QCOMPARE(e->indicators.at(11).criterion, QStringLiteral("Potential value"));
    }
    const Result<CustomerExplanation> empty = ScoreExplanation::explain(*r, 7);
    // Counts and sums are data even without transactions (0); the rest has none.
    QVERIFY(empty->presentCount < 12);
    QCOMPARE(empty->completeness, empty->presentCount / 12.0);
    bool excluded = false;
    for (const IndicatorExplanation &x : empty->indicators) {
        QCOMPARE(x.ruleApplied, !x.present);
        excluded = excluded || x.isExcluded();
    }
    QCOMPARE(excluded, missing < 0);
    if (missing < 0) {
        // The remaining weights still add up to 1 for this customer.
        double sum = 0;
        for (const IndicatorExplanation &x : empty->indicators)
            sum += x.effectiveWeight;
        QVERIFY(std::abs(sum - 1) < 1e-12);
    }
}

void TstScoreExplanation::errors()
{
    const EvaluationResult r = smallResult();
    QVERIFY(!ScoreExplanation::explain(r, -1).ok());
    QVERIFY(!ScoreExplanation::explain(r, 3).ok());
    QVERIFY(!ScoreExplanation::explain(EvaluationResult(), 0).ok());
}

QTEST_GUILESS_MAIN(TstScoreExplanation)
#include "tst_scoreexplanation.moc"
