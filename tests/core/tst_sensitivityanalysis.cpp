#include "lubricantfixture.h"
#include "metrics/sensitivityanalysis.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

HierarchyNodeResult node(const char *name, int parent, double local, bool leaf)
{
    HierarchyNodeResult n;
    n.name = QString::fromLatin1(name);
    n.parent = parent;
    n.leaf = leaf;
    n.localWeight = local;
    n.globalWeight = parent < 0 ? 1.0 : local;
    return n;
}

// goal → A 0.6, B 0.4, both indicators; customers' normalised (a, b):
// c0 (1, −1), c1 (−1, 1), c2 (0.5, 0.2).
EvaluationResult twoCriteria(const ScoreOptions &options = {})
{
    EvaluationResult r;
    r.hierarchy.nodes = {node("goal", -1, 1, false), node("A", 0, 0.6, true),
                         node("B", 0, 0.4, true)};
    r.hierarchy.leaves = {1, 2};
    r.normalised.values.resize(3, 2);
    r.normalised.values << 1, -1, //
        -1, 1,                    //
        0.5, 0.2;
    r.normalised.present.setConstant(3, 2, true);
    r.normalised.included.setConstant(3, 2, true);
    r.scores = *ValueScorer::score(r.hierarchy, r.normalised, options);
    return r;
}

void near(double actual, double expected)
{
    QVERIFY2(
        std::abs(actual - expected) < 1e-12,
        qPrintable(QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

class TstSensitivityAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void adjustedWeights();
    void handComputed();
    void quadrantChange();
    void zeroChangesNothing();
    void clamping();
    void familyOfOne();
    void lubricantMatchesReevaluation_data();
    void lubricantMatchesReevaluation();
    void errors();
};

void TstSensitivityAnalysis::adjustedWeights()
{
    bool clamped = true;
    QVector<double> w = SensitivityAnalysis::adjustedWeights({0.5, 0.3, 0.2}, 1, 0.5, &clamped);
    QVERIFY(!clamped);
    near(w.at(1), 0.45);
    near(w.at(0), 0.5 * 0.55 / 0.7);
    near(w.at(2), 0.2 * 0.55 / 0.7);
    near(w.at(0) + w.at(1) + w.at(2), 1);
    // Siblings without weight share the rest equally.
    w = SensitivityAnalysis::adjustedWeights({1, 0, 0}, 0, -0.4, &clamped);
    QCOMPARE(w, (QVector<double>{0.6, 0.2, 0.2}));
    // A weight of 0 stays 0 (the change is relative).
    w = SensitivityAnalysis::adjustedWeights({0, 1}, 0, 0.5, &clamped);
    QCOMPARE(w, (QVector<double>{0, 1}));
}

// A from 0.6 to 0.9 (+50 %), B from 0.4 to 0.1.
void TstSensitivityAnalysis::handComputed()
{
    const EvaluationResult base = twoCriteria();
    const SensitivityAnalysis analysis(base, ScoreOptions());
    SensitivityParams params;
    params.node = 1;
    params.change = 0.5;
    params.topN = 1;
    const Result<SensitivityResult> r = analysis.run(params);
    QVERIFY(r.ok());
    QCOMPARE(r->parent, 0);
    QCOMPARE(r->parentPath, QVector<int>());
    QCOMPARE(r->family, (QVector<int>{1, 2}));
    QCOMPARE(r->oldWeights, (QVector<double>{0.6, 0.4}));
    near(r->newWeights.at(0), 0.9);
    near(r->newWeights.at(1), 0.1);
    near(r->leafWeights.at(0), 0.9);
    // totals 0.8, −0.8, 0.47; current 0.9, −0.9, 0.45 (mean 0.15); potential −0.1, 0.1, 0.02
    near(r->total(0), 0.8);
    near(r->total(1), -0.8);
    near(r->total(2), 0.47);
    near(r->current(2), 0.45);
    near(r->potential(0), -0.1);
    near(r->currentThreshold, 0.15);
    near(r->potentialThreshold, 0.02 / 3);
    // Quadrants stay: c0 high–low, c1 low–high, c2 high–high.
    QCOMPARE(analysis.baseQuadrants(), base.scores.quadrants);
    QCOMPARE(r->quadrantChanges, 0);
    QCOMPARE(r->transitions[0][0], 1);
    QCOMPARE(r->transitions[1][1], 1);
    QCOMPARE(r->transitions[2][2], 1);
    // Ranks by total: before c2 (0.38), c0 (0.2), c1; after c0, c2, c1.
    QCOMPARE(analysis.baseRanks(), (std::vector<int>{2, 3, 1}));
    QCOMPARE(r->topN, 1);
    QCOMPARE(r->topKept, 0);
    QCOMPARE(r->movers.size(), 2);
    QCOMPARE(r->movers.at(0).row, 0); // equal distance: the better new rank first
    QCOMPARE(r->movers.at(0).oldRank, 2);
    QCOMPARE(r->movers.at(0).newRank, 1);
    QCOMPARE(r->movers.at(1).row, 2);
    params.topN = 20; // more than there are customers
    QCOMPARE(analysis.run(params)->topN, 3);
    QCOMPARE(analysis.run(params)->topKept, 3);
}

// Fixed thresholds are kept: c2 moves from low–high (0.3, 0.08) to high–low (0.45, 0.02).
void TstSensitivityAnalysis::quadrantChange()
{
    ScoreOptions options;
    options.split = SplitMethod::Thresholds;
    options.currentThreshold = 0.35;
    options.potentialThreshold = 0.05;
    const EvaluationResult base = twoCriteria(options);
    const SensitivityAnalysis analysis(base, options);
    SensitivityParams params;
    params.node = 1;
    params.change = 0.5;
    const Result<SensitivityResult> r = analysis.run(params);
    QVERIFY(r.ok());
    QCOMPARE(r->currentThreshold, 0.35);
    QCOMPARE(r->potentialThreshold, 0.05);
    QCOMPARE(r->quadrantChanges, 1);
    QCOMPARE(r->quadrants.at(2), Quadrant::HighLow);
    QCOMPARE(r->transitions[int(Quadrant::LowHigh)][int(Quadrant::HighLow)], 1);
    // Changing B by −75 % is the same move (B 0.1, A 0.9).
    params.node = 2;
    params.change = -0.75;
    const Result<SensitivityResult> s = analysis.run(params);
    near(s->newWeights.at(0), 0.9);
    QCOMPARE(s->quadrantChanges, 1);
}

void TstSensitivityAnalysis::zeroChangesNothing()
{
    const Result<EvaluationResult> base = test::evaluateLubricant();
    QVERIFY(base.ok());
    const SensitivityAnalysis analysis(*base, ScoreOptions());
    QCOMPARE(analysis.baseQuadrants(), base->scores.quadrants);
    for (int n = 1; n < base->hierarchy.nodes.size(); ++n) {
        SensitivityParams params;
        params.node = n;
        const Result<SensitivityResult> r = analysis.run(params);
        QVERIFY(r.ok());
        QCOMPARE(r->newWeights, r->oldWeights);
        QCOMPARE(r->quadrantChanges, 0);
        QCOMPARE(r->topKept, r->topN);
        QVERIFY(r->movers.isEmpty());
        QVERIFY((r->total - base->scores.total).cwiseAbs().maxCoeff() < 1e-12);
    }
}

void TstSensitivityAnalysis::clamping()
{
    const EvaluationResult base = twoCriteria();
    const SensitivityAnalysis analysis(base, ScoreOptions());
    SensitivityParams params;
    params.node = 1;
    params.change = 1.0; // 0.6 → 1.2, clamped to 1
    Result<SensitivityResult> r = analysis.run(params);
    QVERIFY(r->clamped);
    QCOMPARE(r->newWeights, (QVector<double>{1, 0}));
    near(r->total(2), 0.5);
    near(r->potential(1), 0);
    params.change = -1.5; // 0.6 → −0.3, clamped to 0
    r = analysis.run(params);
    QVERIFY(r->clamped);
    QCOMPARE(r->newWeights, (QVector<double>{0, 1}));
    near(r->total(0), -1);
    params.change = -0.5;
    QVERIFY(!analysis.run(params)->clamped);
}

// goal → A → a1 (alone), B → b1: a1 has no siblings, nothing can change.
void TstSensitivityAnalysis::familyOfOne()
{
    EvaluationResult base;
    base.hierarchy.nodes = {node("goal", -1, 1, false), node("A", 0, 0.5, false),
                            node("a1", 1, 1, true), node("B", 0, 0.5, false),
                            node("b1", 3, 1, true)};
    base.hierarchy.nodes[2].globalWeight = 0.5;
    base.hierarchy.nodes[4].globalWeight = 0.5;
    base.hierarchy.leaves = {2, 4};
    base.normalised.values.resize(2, 2);
    base.normalised.values << 1, 0, 0, 1;
    base.normalised.present.setConstant(2, 2, true);
    base.normalised.included.setConstant(2, 2, true);
    base.scores = *ValueScorer::score(base.hierarchy, base.normalised);
    const SensitivityAnalysis analysis(base, ScoreOptions());
    SensitivityParams params;
    params.node = 2;
    params.change = 0.3;
    const Result<SensitivityResult> r = analysis.run(params);
    QVERIFY(r.ok());
    QVERIFY(r->noSiblings);
    QCOMPARE(r->parentPath, QVector<int>{0});
    QCOMPARE(r->newWeights, QVector<double>{1});
    QCOMPARE(r->quadrantChanges, 0);
    QVERIFY(r->movers.isEmpty());
    // B (second child of the goal) is a family of two.
    params.node = 3;
    QCOMPARE(analysis.run(params)->family, (QVector<int>{1, 3}));
    QCOMPARE(analysis.run(params)->parentPath, QVector<int>());
}

void TstSensitivityAnalysis::lubricantMatchesReevaluation_data()
{
    QTest::addColumn<QString>("nodeName");
    QTest::addColumn<double>("change");
    QTest::addColumn<int>("split");
    QTest::newRow("current +20 %")
        << QStringLiteral("Current value") << 0.2 << int(SplitMethod::Mean);
    QTest::newRow("trust −35 %") << QStringLiteral("Trust") << -0.35 << int(SplitMethod::Median);
    QTest::newRow("profit margin +50 %")
        << QStringLiteral("Profit margin") << 0.5 << int(SplitMethod::Mean);
    QTest::newRow("tenure −50 %, fixed")
        << QStringLiteral("Customer tenure") << -0.5 << int(SplitMethod::Thresholds);
}

// The analysis equals evaluating the adjusted model from scratch (customer 8 has excluded cells).
void TstSensitivityAnalysis::lubricantMatchesReevaluation()
{
    QFETCH(QString, nodeName);
    QFETCH(double, change);
    QFETCH(int, split);
    EvaluationOptions options;
    options.scoring.split = static_cast<SplitMethod>(split);
    options.scoring.currentThreshold = 0.05;
    options.scoring.potentialThreshold = -0.02;
    const Result<EvaluationResult> base = test::evaluateLubricant(options);
    QVERIFY(base.ok());
    QVERIFY(!base->normalised.included.all());
    int index = -1;
    for (int n = 0; n < base->hierarchy.nodes.size(); ++n)
        if (base->hierarchy.nodes.at(n).name == nodeName)
            index = n;
    QVERIFY(index > 0);
    const SensitivityAnalysis analysis(*base, options.scoring);
    SensitivityParams params;
    params.node = index;
    params.change = change;
    const Result<SensitivityResult> r = analysis.run(params);
    QVERIFY(r.ok());
    double sum = 0;
    for (double w : r->newWeights)
        sum += w;
    near(sum, 1);

    const Result<AhpModel> adjusted =
        SensitivityAnalysis::adjustedModel(test::lubricantModel(), *r);
    QVERIFY(adjusted.ok());
    EvaluationOptions again = options;
    again.window = test::lubricantWindow();
    const Result<EvaluationResult> re = Evaluation::run(*adjusted, test::lubricantInputs(), again);
    QVERIFY(re.ok());
    for (int k = 0; k < r->family.size(); ++k)
        near(re->hierarchy.nodes.at(r->family.at(k)).localWeight, r->newWeights.at(k));
    QVERIFY(re->hierarchy.nodes.at(r->parent).directWeights);
    QVERIFY((re->scores.total - r->total).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((re->scores.current - r->current).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((re->scores.potential - r->potential).cwiseAbs().maxCoeff() < 1e-12);
    near(re->scores.currentThreshold, r->currentThreshold);
    QCOMPARE(re->scores.quadrants, r->quadrants);
    int changes = 0;
    for (int i = 0; i < r->quadrants.size(); ++i)
        changes += r->quadrants.at(i) != base->scores.quadrants.at(i) ? 1 : 0;
    QCOMPARE(r->quadrantChanges, changes);
    int total = 0;
    for (const auto &row : r->transitions)
        for (int count : row)
            total += count;
    QCOMPARE(total, 8);
    const std::vector<int> newRanks = SensitivityAnalysis::ranks(re->scores.total);
    for (const RankMove &m : r->movers) {
        QCOMPARE(m.newRank, newRanks[std::size_t(m.row)]);
        QVERIFY(m.oldRank != m.newRank);
    }
}

void TstSensitivityAnalysis::errors()
{
    const EvaluationResult base = twoCriteria();
    const SensitivityAnalysis analysis(base, ScoreOptions());
    SensitivityParams params;
    params.node = 0; // the goal
    QVERIFY(!analysis.run(params).ok());
    params.node = 3;
    QVERIFY(!analysis.run(params).ok());
    params.node = 1;
    params.change = std::nan("");
    QVERIFY(!analysis.run(params).ok());
    const EvaluationResult empty;
    const SensitivityAnalysis none(empty, ScoreOptions());
    params.change = 0;
    QVERIFY(!none.run(params).ok());
    SensitivityResult bad;
    bad.parentPath = {7};
    QVERIFY(!SensitivityAnalysis::adjustedModel(test::lubricantModel(), bad).ok());
}

QTEST_GUILESS_MAIN(TstSensitivityAnalysis)
#include "tst_sensitivityanalysis.moc"
