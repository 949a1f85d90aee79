#include "ahp/groupjudgement.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;
using Cell = PairwiseMatrix::Cell;

namespace {

PairwiseMatrix upper(int n, const QVector<Cell> &cells)
{
    auto m = PairwiseMatrix::fromUpperTriangle(n, cells, JudgementMode::SaatyScale);
    if (!m)
        qFatal("%s", qPrintable(m.error().message()));
    return *m;
}

// Two consistent evaluators: Wang w = (4, 2, 1)/7, Li w = (8, 1, 2)/11.
QVector<Evaluator> wangAndLi(double wangVote = 1, double liVote = 1)
{
    return {{QStringLiteral("Wang"), upper(3, {2.0, 4.0, 2.0}), wangVote},
            {QStringLiteral("Li"), upper(3, {8.0, 4.0, 0.5}), liVote}};
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) < tolerance;
}

} // namespace

class TstGroupJudgement : public QObject
{
    Q_OBJECT
private slots:
    void aijByHand();
    void aipByHand();
    void votingWeights();
    void distanceToGroup();
    void threeVersusOneThird();
    void consensusByHand();
    void consensusLevels();
    void incompleteEvaluator();
    void rejects();
};

void TstGroupJudgement::aijByHand()
{
    // Element-wise geometric means: a12 = √(2·8) = 4, a13 = √(4·4) = 4, a23 = √(2·½) = 1, a
    // consistent matrix with w = (4, 1, 1)/6.
    auto g = GroupJudgement::aggregate(wangAndLi());
    QVERIFY(g.ok());
    QVERIFY(g->groupMatrix.has_value());
    QVERIFY(near(g->weights(0), 2.0 / 3));
    QVERIFY(near(g->weights(1), 1.0 / 6));
    QVERIFY(near(g->weights(2), 1.0 / 6));
    QVERIFY(g->groupMatrix->cr < 1e-12);
    QCOMPARE(g->evaluators.size(), 2);
    QCOMPARE(g->evaluators[0].name, QStringLiteral("Wang"));
    QVERIFY(near(g->evaluators[0].ahp.weights(0), 4.0 / 7));
    QVERIFY(near(g->evaluators[1].ahp.weights(1), 1.0 / 11));
    QVERIFY(g->evaluators[1].ahp.cr < 1e-12);
}

void TstGroupJudgement::aipByHand()
{
    // Geometric means of priorities √(4/7·8/11), √(2/7·1/11), √(1/7·2/11), renormalised; for
    // consistent individual matrices AIP and AIJ agree: (4, 1, 1)/6 again.
    auto g = GroupJudgement::aggregate(wangAndLi(), GroupAggregation::Priorities);
    QVERIFY(g.ok());
    QVERIFY(!g->groupMatrix.has_value());
    QCOMPARE(g->aggregation, GroupAggregation::Priorities);
    const double a = std::sqrt(4.0 / 7 * 8.0 / 11), b = std::sqrt(2.0 / 7 / 11),
                 c = std::sqrt(1.0 / 7 * 2.0 / 11);
    QVERIFY(near(g->weights(0), a / (a + b + c)));
    QVERIFY(near(g->weights(0), 2.0 / 3));
    QVERIFY(near(g->weights(2), c / (a + b + c)));
}

void TstGroupJudgement::votingWeights()
{
    // Wang counts 3, Li 1: a12 = 2^(3/4)·8^(1/4) = 2^1.5, a13 = 4, a23 = 2^(3/4)·½^(1/4) = √2;
    // consistent, so w ∝ (1, 2^−1.5, 1/4) = (0.62362, 0.22048, 0.15590).
    const double s = 1 + std::pow(2.0, -1.5) + 0.25;
    for (auto aggregation : {GroupAggregation::Judgements, GroupAggregation::Priorities}) {
        auto g = GroupJudgement::aggregate(wangAndLi(3, 1), aggregation);
        QVERIFY(g.ok());
        QVERIFY(near(g->weights(0), 1 / s));
        QVERIFY(near(g->weights(1), std::pow(2.0, -1.5) / s));
        QVERIFY(near(g->weights(2), 0.25 / s));
        QVERIFY(near(g->weights(0), 0.62362, 1e-5));
    }
    // Only ratios matter.
    auto scaled = GroupJudgement::aggregate(wangAndLi(0.75, 0.25));
    QVERIFY(near(scaled->weights(0), 1 / s));
}

void TstGroupJudgement::distanceToGroup()
{
    // ½Σ|w − g|: Wang ½(|4/7−2/3| + |2/7−1/6| + |1/7−1/6|) = 5/42; Li ½(2/33 + 5/66 + 1/66) = 5/66.
    auto g = GroupJudgement::aggregate(wangAndLi());
    QVERIFY(near(g->evaluators[0].distanceToGroup, 5.0 / 42));
    QVERIFY(near(g->evaluators[1].distanceToGroup, 5.0 / 66));
}

void TstGroupJudgement::threeVersusOneThird()
{
    // The case the issue insists on: A is 3× B for one evaluator and 1/3 for the other. Both
    // aggregations give 50/50 — which looks like agreement — but the consensus is only 60 %,
    // "low" on Goepel's scale, and each evaluator is 25 points away from the group.
    const QVector<Evaluator> e = {{QStringLiteral("Wang"), upper(2, {3.0}), 1},
                                  {QStringLiteral("Li"), upper(2, {1.0 / 3}), 1}};
    for (auto aggregation : {GroupAggregation::Judgements, GroupAggregation::Priorities}) {
        auto g = GroupJudgement::aggregate(e, aggregation);
        QVERIFY(g.ok());
        QVERIFY(near(g->weights(0), 0.5));
        QVERIFY(near(g->weights(1), 0.5));
        QVERIFY(near(g->consensus, 0.60180, 1e-5));
        QCOMPARE(g->consensusLevel, ConsensusLevel::Low);
        QVERIFY(near(g->evaluators[0].distanceToGroup, 0.25));
    }
    // Identical judgements are full consensus.
    const QVector<Evaluator> same = {{QStringLiteral("Wang"), upper(2, {3.0}), 1},
                                     {QStringLiteral("Li"), upper(2, {3.0}), 1}};
    auto g = GroupJudgement::aggregate(same);
    QVERIFY(near(g->consensus, 1.0));
    QCOMPARE(g->consensusLevel, ConsensusLevel::VeryHigh);
}

void TstGroupJudgement::consensusByHand()
{
    // 3 vs 1/3 by hand: Hα = −(¾ln¾ + ¼ln¼) = 0.562335, Hγ = ln 2, Hβ = 0.130812,
    // 1/Dβ = 0.877383; Dα,min for n = 2, M = 9 is the diversity of (0.9, 0.1), 1.384145, so
    // Dα,min/n = 0.692073 and S* = (0.877383 − 0.692073)/(1 − 0.692073) = 0.60180.
    Eigen::VectorXd a(2), b(2);
    a << 0.75, 0.25;
    b << 0.25, 0.75;
    QVERIFY(near(GroupJudgement::consensus({a, b}), 0.60180, 1e-5));
    // Wang and Li above, cross-checked with the same formula in Python: 0.918996.
    Eigen::VectorXd w(3), l(3);
    w << 4.0 / 7, 2.0 / 7, 1.0 / 7;
    l << 8.0 / 11, 1.0 / 11, 2.0 / 11;
    QVERIFY(near(GroupJudgement::consensus({w, l}), 0.918996, 1e-6));
    QVERIFY(near(GroupJudgement::consensus({w}), 1.0));
}

void TstGroupJudgement::consensusLevels()
{
    QCOMPARE(GroupJudgement::consensusLevel(0.49), ConsensusLevel::VeryLow);
    QCOMPARE(GroupJudgement::consensusLevel(0.5), ConsensusLevel::Low);
    QCOMPARE(GroupJudgement::consensusLevel(0.64), ConsensusLevel::Moderate);
    QCOMPARE(GroupJudgement::consensusLevel(0.75), ConsensusLevel::High);
    QCOMPARE(GroupJudgement::consensusLevel(0.875), ConsensusLevel::VeryHigh);
    QCOMPARE(GroupJudgement::consensusLevelName(ConsensusLevel::Low), QStringLiteral("low"));
}

void TstGroupJudgement::incompleteEvaluator()
{
    // Li skipped a13: his own weights come from the λmax-optimal completion (a13 = 8·½ = 4,
    // consistent), and the group a13 is Wang's alone.
    QVector<Evaluator> e = wangAndLi();
    e[1].matrix = upper(3, {8.0, std::nullopt, 0.5});
    auto g = GroupJudgement::aggregate(e);
    QVERIFY(g.ok());
    QCOMPARE(g->evaluators[1].inferred.size(), 1);
    QVERIFY(near(g->evaluators[1].inferred[0].value, 4.0, 1e-6));
    QVERIFY(g->inferred.isEmpty());
    QVERIFY(near(g->weights(0), 2.0 / 3, 1e-9));
}

void TstGroupJudgement::rejects()
{
    QVERIFY(!GroupJudgement::aggregate({}).ok());
    QVector<Evaluator> e = wangAndLi();
    e[1].votingWeight = 0;
    QVERIFY(!GroupJudgement::aggregate(e).ok());
    e = wangAndLi();
    e[1].matrix = upper(2, {3.0});
    auto g = GroupJudgement::aggregate(e);
    QVERIFY(!g.ok());
    QVERIFY(g.error().message().contains(QStringLiteral("Li")));
}

QTEST_GUILESS_MAIN(TstGroupJudgement)
#include "tst_groupjudgement.moc"
