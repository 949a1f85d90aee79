#include "../core/lubricantfixture.h"
#include "ahptestutil.h"
#include "evaluation/sensitivitypanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace valuedesk;

class TstSensitivityPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickerAndIdleState();
    void sliderUpdates();
    void applyEmitsWeights();
    void applyToSession();

private:
    void load(SensitivityPanel &panel);
    EvaluationResult m_result;
};

void TstSensitivityPanel::initTestCase()
{
    const Result<EvaluationResult> r = test::evaluateLubricant();
    QVERIFY(r.ok());
    m_result = *r;
}

void TstSensitivityPanel::load(SensitivityPanel &panel)
{
    panel.setEvaluation(m_result, ScoreOptions(), test::lubricantModel(),
                        test::lubricantCustomers());
}

void TstSensitivityPanel::pickerAndIdleState()
{
    SensitivityPanel panel;
    QVERIFY(!panel.applyButton()->isEnabled());
    load(panel);
    panel.show();
    QCOMPARE(panel.criterionCombo()->count(), int(m_result.hierarchy.nodes.size()) - 1);
    QCOMPARE(panel.criterionCombo()->itemText(0), QStringLiteral("Current value"));
    QCOMPARE(panel.criterionCombo()->itemText(1), QStringLiteral("    Total profit"));
    QCOMPARE(panel.node(), 1);
    QVERIFY(panel.quadrantChangesLabel()->text().startsWith(QStringLiteral("0 customer")));
    QCOMPARE(panel.topLabel()->text(), QStringLiteral("Top-8 keeps 8 of 8"));
    QCOMPARE(panel.moversTable()->rowCount(), 0);
    QVERIFY(!panel.applyButton()->isEnabled());
    QCOMPARE(panel.transitionTable()->item(0, 0)->text().toInt() +
                 panel.transitionTable()->item(1, 1)->text().toInt() +
                 panel.transitionTable()->item(2, 2)->text().toInt() +
                 panel.transitionTable()->item(3, 3)->text().toInt(),
             8);
}

// Moving the slider recomputes after the coalescing timer; the labels and tables show what the
// core analysis computes for the same change.
void TstSensitivityPanel::sliderUpdates()
{
    SensitivityPanel panel;
    load(panel);
    panel.show();
    const SensitivityAnalysis analysis(m_result, ScoreOptions());
    // Find a node and change that moves someone across a quadrant border.
    int node = -1;
    int percent = 0;
    for (int n = 1; n < m_result.hierarchy.nodes.size() && node < 0; ++n)
        for (int p : {50, -50, 30, -30})
            if (node < 0 &&
                analysis.run(SensitivityParams{n, p / 100.0, 20, 10})->quadrantChanges > 0) {
                node = n;
                percent = p;
            }
    QVERIFY(node > 0);
    const SensitivityResult expected =
        *analysis.run(SensitivityParams{node, percent / 100.0, 20, 10});

    const QString before = panel.weightsLabel()->text();
    panel.setNode(node);
    panel.slider()->setValue(percent);
    QCOMPARE(panel.changeLabel()->text(),
             (percent > 0 ? QStringLiteral("+%1 %") : QStringLiteral("%1 %")).arg(percent));
    QTRY_VERIFY(panel.quadrantChangesLabel()->text().startsWith(
        QStringLiteral("%1 customer").arg(expected.quadrantChanges)));
    QVERIFY(panel.weightsLabel()->text() != before);
    QVERIFY(panel.weightsLabel()->text().contains(QStringLiteral("→")));
    QCOMPARE(panel.topLabel()->text(), QStringLiteral("Top-8 keeps %1 of 8").arg(expected.topKept));
    for (int b = 0; b < 4; ++b)
        for (int a = 0; a < 4; ++a)
            QCOMPARE(panel.transitionTable()->item(b, a)->text().toInt(),
                     expected.transitions[std::size_t(b)][std::size_t(a)]);
    QCOMPARE(panel.moversTable()->rowCount(), int(expected.movers.size()));
    if (!expected.movers.isEmpty()) {
        const RankMove &m = expected.movers.first();
        QCOMPARE(panel.moversTable()->item(0, 0)->text(),
                 test::lubricantCustomers().at(m.row).code);
        QCOMPARE(panel.moversTable()->item(0, 2)->text().toInt(), m.oldRank);
        QCOMPARE(panel.moversTable()->item(0, 3)->text().toInt(), m.newRank);
    }
    QVERIFY(panel.applyButton()->isEnabled());

    QTest::mouseClick(panel.resetButton(), Qt::LeftButton);
    QCOMPARE(panel.slider()->value(), 0);
    QVERIFY(panel.quadrantChangesLabel()->text().startsWith(QStringLiteral("0 customer")));
    QVERIFY(!panel.applyButton()->isEnabled());
}

// Current value 2/3 → 0.8 (+20 %), potential 1/3 → 0.2.
void TstSensitivityPanel::applyEmitsWeights()
{
    SensitivityPanel panel;
    load(panel);
    QSignalSpy spy(&panel, &SensitivityPanel::applyRequested);
    panel.setNode(1);
    panel.slider()->setValue(20);
    QTRY_VERIFY(panel.applyButton()->isEnabled());
    QTest::mouseClick(panel.applyButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto model = spy.at(0).at(0).value<AhpModel>();
    const auto path = spy.at(0).at(1).value<NodePath>();
    const auto weights = spy.at(0).at(2).value<QVector<double>>();
    QCOMPARE(path, NodePath());
    QCOMPARE(weights.size(), 2);
    QVERIFY(std::abs(weights.at(0) - 0.8) < 1e-12);
    QVERIFY(std::abs(weights.at(1) - 0.2) < 1e-12);
    QVERIFY(model.root.directWeights());
    QCOMPARE(model.root.weights(), weights);
    const Result<HierarchyResult> h = Hierarchy::evaluate(model.root, model.settings);
    QVERIFY(h.ok());
    QVERIFY(std::abs(h->nodes.at(1).localWeight - 0.8) < 1e-12);
}

// With the model's session attached, Apply is one undoable step there too.
void TstSensitivityPanel::applyToSession()
{
    QTemporaryDir dir;
    std::unique_ptr<Document> document = test::createDocument(dir);
    QVERIFY(document);
    std::unique_ptr<AhpModelSession> session = test::lubricantSession(*document);
    QVERIFY(session);
    SensitivityPanel panel;
    panel.setEvaluation(m_result, ScoreOptions(), session->model(), test::lubricantCustomers());
    panel.setSession(session.get());
    const int trust = panel.criterionCombo()->findText(QStringLiteral("    Trust"));
    QVERIFY(trust >= 0);
    panel.criterionCombo()->setCurrentIndex(trust);
    panel.slider()->setValue(-40);
    QSignalSpy spy(&panel, &SensitivityPanel::applyRequested);
    panel.apply();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(session->undoStack()->count(), 1);
    const NodePath potential{1};
    QVERIFY(session->node(potential)->directWeights());
    QCOMPARE(session->node(potential)->weights(), spy.at(0).at(2).value<QVector<double>>());
    QCOMPARE(spy.at(0).at(1).value<NodePath>(), potential);
    session->undoStack()->undo();
    QVERIFY(!session->node(potential)->directWeights());
}

QTEST_MAIN(TstSensitivityPanel)
#include "tst_sensitivitypanel.moc"
