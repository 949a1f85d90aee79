#include "ahp/inconsistency.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

PairwiseMatrix upper(int n, const QVector<double> &values)
{
    QVector<PairwiseMatrix::Cell> cells(values.begin(), values.end());
    auto m = PairwiseMatrix::fromUpperTriangle(n, cells, JudgementMode::SaatyScale);
    if (!m)
        qFatal("%s", qPrintable(m.error().message()));
    return *m;
}

// w ∝ 8:4:2:1 (consistent on the Saaty scale) with a14 entered the wrong way round: 1/8, not 8.
PairwiseMatrix flippedJudgement()
{
    return upper(4, {2, 4, 1.0 / 8, 2, 4, 2});
}

} // namespace

class TstInconsistency : public QObject
{
    Q_OBJECT
private slots:
    void topSuggestionRestoresFlippedJudgement();
    void threeByThreeTieBreak();
    void tieBreakWithGeometricMean();
    void autoRepairSingleChange();
    void autoRepairPublishedMatrix();
    void autoRepairLeavesConsistentAlone();
    void incompleteIsRejected();
    void smallMatricesHaveNothingToRank();
};

void TstInconsistency::topSuggestionRestoresFlippedJudgement()
{
    // Worked by hand: every judgement but a14 agrees with w ∝ 8:4:2:1, so a14 = 8 restores
    // a consistent matrix (CR 0). Its eigenvector weights are .2176 .3017 .1508 .3299 and
    // λmax = 6.7346 (CR 1.013 with RI 0.90), independently recomputed in Python. Deviation
    // |ln ε|: a14 1.663, then a24 and a34 tie at 1.476 (the smaller row goes first).
    const PairwiseMatrix m = flippedJudgement();
    QVERIFY(Consistency::analyse(m.values()).cr > 1.0);
    auto ranked = Inconsistency::rankJudgements(m);
    QVERIFY(ranked.ok());
    QCOMPARE(ranked->size(), 3);
    const JudgementSuggestion &top = ranked->at(0);
    QCOMPARE(top.row, 0);
    QCOMPARE(top.column, 3);
    QCOMPARE(top.current, 1.0 / 8);
    QVERIFY(std::abs(top.deviation - 1.6634) < 1e-4);
    QCOMPARE(top.suggested, 8.0);
    QVERIFY(top.crAfter < 1e-12);
    QCOMPARE(ranked->at(1).row, 1);
    QCOMPARE(ranked->at(1).column, 3);
    QCOMPARE(ranked->at(1).suggested, 0.5);
    QVERIFY(std::abs(ranked->at(1).crAfter - 0.7546) < 1e-4);
    QCOMPARE(ranked->at(2).row, 2);
    QCOMPARE(ranked->at(2).column, 3);
    QCOMPARE(ranked->at(2).suggested, 0.25);
}

void TstInconsistency::threeByThreeTieBreak()
{
    // a12 = 3, a13 = 1/3, a23 = 3 is a cycle (1 > 2 > 3 > 1): equal weights, and ε = 3, 1/3, 3,
    // so all three judgements deviate by exactly ln 3. Documented order: row, then column. Each
    // suggestion is the value that closes the cycle: a12 = a13/a23 = 1/9, a13 = a12·a23 = 9,
    // a23 = a13/a12 = 1/9, each giving CR 0.
    const PairwiseMatrix m = upper(3, {3, 1.0 / 3, 3});
    auto ranked = Inconsistency::rankJudgements(m);
    QVERIFY(ranked.ok());
    QCOMPARE(ranked->size(), 3);
    const QVector<QPair<int, int>> order = {{0, 1}, {0, 2}, {1, 2}};
    const QVector<double> suggested = {1.0 / 9, 9.0, 1.0 / 9};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(ranked->at(k).row, order[k].first);
        QCOMPARE(ranked->at(k).column, order[k].second);
        QVERIFY(std::abs(ranked->at(k).deviation - std::log(3.0)) < 1e-9);
        QCOMPARE(ranked->at(k).suggested, suggested[k]);
        QVERIFY(ranked->at(k).crAfter < 1e-12);
    }
}

void TstInconsistency::tieBreakWithGeometricMean()
{
    AhpSettings settings;
    settings.method = PriorityMethod::GeometricMean;
    auto ranked = Inconsistency::rankJudgements(upper(3, {3, 1.0 / 3, 3}), settings, 2);
    QVERIFY(ranked.ok());
    QCOMPARE(ranked->size(), 2);
    QCOMPARE(ranked->at(0).column, 1);
    QCOMPARE(ranked->at(1).column, 2);
}

void TstInconsistency::autoRepairSingleChange()
{
    const PairwiseMatrix m = flippedJudgement();
    auto p = Inconsistency::autoRepair(m);
    QVERIFY(p.ok());
    QCOMPARE(p->changes.size(), 1);
    QCOMPARE(p->changes[0].row, 0);
    QCOMPARE(p->changes[0].column, 3);
    QCOMPARE(p->changes[0].current, 1.0 / 8);
    QCOMPARE(p->changes[0].suggested, 8.0);
    QVERIFY(p->reachesThreshold);
    QVERIFY(p->crBefore > 1.0);
    QVERIFY(p->crAfter < 1e-12);
    QCOMPARE(p->repaired.values()(0, 3), 8.0);
    // A proposal only: the input is untouched.
    QCOMPARE(m.values()(0, 3), 1.0 / 8);
}

void TstInconsistency::autoRepairPublishedMatrix()
{
    // Saaty (1990) house criteria, CR 0.169: one change suffices (the first round is exhaustive).
    const double t = 1.0 / 3, q = 0.25, f = 0.2, s6 = 1.0 / 6, s7 = 1.0 / 7, h = 0.5;
    const PairwiseMatrix m = upper(8, {5, 3, 7, 6, 6, t, q,  t,     5, 3, 3,  f, s7, 6,
                                       3, 4, 6, f, t, q, s7, 0.125, h, f, s6, f, s6, h});
    auto p = Inconsistency::autoRepair(m);
    QVERIFY(p.ok());
    QVERIFY(p->reachesThreshold);
    QCOMPARE(p->changes.size(), 1);
    QVERIFY(p->crAfter < 0.1);
    QVERIFY(std::abs(p->crBefore - 0.169) < 0.0005);
    QCOMPARE(Consistency::analyse(p->repaired.values()).cr, p->crAfter);
    QVERIFY(!m.values().isApprox(p->repaired.values()));
}

void TstInconsistency::autoRepairLeavesConsistentAlone()
{
    auto p = Inconsistency::autoRepair(upper(3, {5, 4, 1.0 / 3}));
    QVERIFY(p.ok());
    QVERIFY(p->changes.isEmpty());
    QVERIFY(p->reachesThreshold);
    // An impossible threshold stops after maxChanges rounds or when nothing improves.
    AhpSettings zero;
    zero.crThreshold = 0.0;
    auto q = Inconsistency::autoRepair(upper(3, {5, 4, 1.0 / 3}), zero, 2);
    QVERIFY(q.ok());
    QVERIFY(q->changes.size() <= 2);
}

void TstInconsistency::incompleteIsRejected()
{
    auto m =
        PairwiseMatrix::fromUpperTriangle(3, {3.0, std::nullopt, 2.0}, JudgementMode::SaatyScale);
    QVERIFY(m.ok());
    QVERIFY(!Inconsistency::rankJudgements(*m).ok());
    QVERIFY(!Inconsistency::autoRepair(*m).ok());
}

void TstInconsistency::smallMatricesHaveNothingToRank()
{
    auto ranked = Inconsistency::rankJudgements(upper(2, {7}));
    QVERIFY(ranked.ok());
    QVERIFY(ranked->isEmpty());
}

QTEST_GUILESS_MAIN(TstInconsistency)
#include "tst_inconsistency.moc"
