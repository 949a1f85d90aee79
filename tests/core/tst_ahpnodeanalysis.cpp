// What the pairwise editor computes for one parent node (analyseNode) and the pure hierarchy
// edits the AHP undo commands share (ahpedit), on small hand-checked matrices.

#include "ahp/ahpnodeanalysis.h"
#include "ahp/ahpnodeedits.h"
#include "ahp/hierarchynode.h"

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

// A goal with three criteria A, B, C.
HierarchyNode goal()
{
    HierarchyNode node(QStringLiteral("Goal"));
    node.addChild(HierarchyNode(QStringLiteral("A")));
    node.addChild(HierarchyNode(QStringLiteral("B")));
    node.addChild(HierarchyNode(QStringLiteral("C")));
    return node;
}

} // namespace

class TstAhpNodeAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void singleEvaluator();
    void inferredCell();
    void groupMatrixIsTheGeometricMean();
    void mismatchedJudgements();
    void pathsAndRemoval();
    void childInsertedAndRemoved();
};

void TstAhpNodeAnalysis::singleEvaluator()
{
    // Consistent: w = (4, 2, 1)/7, CR = 0.
    HierarchyNode node = goal();
    node.setJudgements(upper(3, {2.0, 4.0, 2.0}));
    const NodeAnalysis a = analyseNode(node, 0, AhpSettings());
    QVERIFY2(a.valid, qPrintable(a.error));
    QVERIFY(!a.isGroup);
    QVERIFY(a.ahp.has_value());
    QVERIFY(a.ahp->cr < 1e-9);
    QCOMPARE(a.weights.size(), 3);
    QVERIFY(std::abs(a.weights(0) - 4.0 / 7) < 1e-9);
    QVERIFY(std::abs(a.weights(2) - 1.0 / 7) < 1e-9);
    QVERIFY(a.suggestions.isEmpty());
}

void TstAhpNodeAnalysis::inferredCell()
{
    // A:C is missing; the consistent completion is 2 × 2 = 4.
    HierarchyNode node = goal();
    node.setJudgements(upper(3, {2.0, std::nullopt, 2.0}));
    const NodeAnalysis a = analyseNode(node, 0, AhpSettings());
    QVERIFY2(a.valid, qPrintable(a.error));
    QCOMPARE(a.inferred.size(), 1);
    QVERIFY(a.inferredValue(0, 2).has_value());
    QVERIFY(std::abs(*a.inferredValue(0, 2) - 4.0) < 1e-6);
    QVERIFY(std::abs(*a.inferredValue(2, 0) - 0.25) < 1e-6);
    QVERIFY(!a.inferredValue(0, 1).has_value());
}

void TstAhpNodeAnalysis::groupMatrixIsTheGeometricMean()
{
    HierarchyNode node = goal();
    node.setEvaluators({{QStringLiteral("Wang"), upper(3, {2.0, 4.0, 2.0}), 1.0},
                        {QStringLiteral("Li"), upper(3, {8.0, 4.0, 0.5}), 1.0}});
    const NodeAnalysis a = analyseNode(node, NodeAnalysis::group, AhpSettings());
    QVERIFY2(a.valid, qPrintable(a.error));
    QVERIFY(a.isGroup);
    QVERIFY(a.groupResult.has_value());
    QVERIFY(std::abs(a.matrix.values()(0, 1) - 4.0) < 1e-9); // √(2 · 8)
    QVERIFY(std::abs(a.matrix.values()(0, 2) - 4.0) < 1e-9); // √(4 · 4)
    QVERIFY(std::abs(a.matrix.values()(1, 2) - 1.0) < 1e-9); // √(2 · ½)
    QVERIFY((a.weights - a.groupResult->weights).cwiseAbs().maxCoeff() < 1e-12);

    // Under AIP there is no group matrix to judge consistency by.
    node.setEvaluators(node.evaluators(), GroupAggregation::Priorities);
    const NodeAnalysis aip = analyseNode(node, NodeAnalysis::group, AhpSettings());
    QVERIFY2(aip.valid, qPrintable(aip.error));
    QVERIFY(!aip.ahp.has_value());
    QVERIFY(aip.inferred.isEmpty());
}

void TstAhpNodeAnalysis::mismatchedJudgements()
{
    HierarchyNode node = goal();
    node.setJudgements(upper(2, {3.0}));
    const NodeAnalysis a = analyseNode(node, 0, AhpSettings());
    QVERIFY(!a.valid);
    QVERIFY(!a.error.isEmpty());

    HierarchyNode leaf(QStringLiteral("Leaf"));
    QVERIFY(!analyseNode(leaf, 0, AhpSettings()).valid);
}

void TstAhpNodeAnalysis::pathsAndRemoval()
{
    HierarchyNode root = goal();
    root.children()[1].addChild(HierarchyNode(QStringLiteral("B1")));
    root.children()[1].addChild(HierarchyNode(QStringLiteral("B2")));
    QCOMPARE(ahpedit::nodeAt(root, {1, 1})->name(), QStringLiteral("B2"));
    QVERIFY(ahpedit::nodeAt(root, {3}) == nullptr);
    QCOMPARE(ahpedit::preorderIndex(root, {}), 0);
    QCOMPARE(ahpedit::preorderIndex(root, {2}), 5); // Goal, A, B, B1, B2, C
    QCOMPARE(ahpedit::subtreeSize(root), 6);
    QCOMPARE(ahpedit::parentPaths(root), (QVector<NodePath>{{}, {1}}));
    QVERIFY(ahpedit::isAncestorOrSelf({1}, {1, 0}));
    QVERIFY(!ahpedit::isAncestorOrSelf({1, 0}, {1}));
    QCOMPARE(ahpedit::adjustedForRemoval({2}, {}, 0), NodePath({1}));
    QCOMPARE(ahpedit::adjustedForRemoval({1, 1}, {1}, 0), NodePath({1, 0}));
}

void TstAhpNodeAnalysis::childInsertedAndRemoved()
{
    HierarchyNode node = goal();
    node.setJudgements(upper(3, {2.0, 4.0, 2.0}));
    const NodeWeighting inserted =
        ahpedit::withChildInserted(ahpedit::weightingOf(node), 3, 1, QStringList());
    QCOMPARE(inserted.evaluators.size(), 1);
    const PairwiseMatrix &m = inserted.evaluators.first().matrix;
    QCOMPARE(m.size(), 4);
    QCOMPARE(m.values()(0, 1), 1.0); // the new child is judged equal to each sibling
    QCOMPARE(m.values()(1, 3), 1.0);
    QCOMPARE(m.values()(0, 2), 2.0); // A:B moved to row 0, column 2
    QCOMPARE(m.values()(0, 3), 4.0);

    const NodeWeighting removed = ahpedit::withChildRemoved(inserted, 4, 1);
    const PairwiseMatrix &back = removed.evaluators.first().matrix;
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.values()(0, 1), 2.0);
    QCOMPARE(back.values()(0, 2), 4.0);
    QCOMPARE(back.values()(1, 2), 2.0);
}

QTEST_GUILESS_MAIN(TstAhpNodeAnalysis)
#include "tst_ahpnodeanalysis.moc"
