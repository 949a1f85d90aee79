#include "ahp/ahpmodelsession.h"
#include "ahp/ahptemplates.h"
#include "ahp/ahpworkspace.h"
#include "ahpmodelrepository.h"
#include "apptestutil.h"
#include "document.h"
#include "evaluation/evaluationfilterbar.h"
#include "evaluation/evaluationfilterproxymodel.h"
#include "evaluation/evaluationoptionsbar.h"
#include "evaluation/evaluationresultmodel.h"
#include "evaluation/evaluationworkspace.h"
#include "evaluation/explanationpanel.h"
#include "evaluation/gradehistorypanel.h"
#include "evaluation/quadrantsummarymodel.h"
#include "evaluation/sensitivitypanel.h"
#include "gradeoverriderepository.h"
#include "quadrantchartview.h"
#include "settings.h"
#include "snapshotrepository.h"
#include "translator.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace valuedesk;

#define VD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &vdResult = (expression);                                                       \
        QVERIFY2(vdResult.ok(), vdResult.ok() ? "" : qPrintable(vdResult.error().toString()));     \
    } while (false)

class TstEvaluationWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void evaluateFillsTablesAndSummary();
    void filtersNarrowTheTableAndSummary();
    void changingTheSplitReclassifiesWithoutEvaluating();
    void noModelIsExplained();
    void snapshotsAreStoredAndReopened();
    void chartFollowsFiltersAndSelects();
    void overrideShowsEverywhereAndIsKept();
    void sensitivityApplyAsksForTheModelChange();
    void failedEvaluationKeepsTheStoredOne();
    void screenshot();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<EvaluationWorkspace> m_workspace;
};

void TstEvaluationWorkspace::init()
{
    const QString path = m_dir.filePath(QStringLiteral("e%1.vdb").arg(++m_files));
    test::writeDemoFile(path, 80);
    auto opened = Document::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    m_document = std::move(*opened);
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    VD_VERIFY_OK(model);
    VD_VERIFY_OK(AhpModelRepository(m_document->database().connection()).save(*model));
    m_workspace = std::make_unique<EvaluationWorkspace>();
    m_workspace->resize(1200, 800);
    m_workspace->setDocument(m_document.get());
}

void TstEvaluationWorkspace::cleanup()
{
    m_workspace.reset();
    m_document.reset();
}

void TstEvaluationWorkspace::evaluateFillsTablesAndSummary()
{
    QCOMPARE(m_workspace->optionsBar()->modelCombo()->count(), 1);
    QVERIFY(m_workspace->optionsBar()->evaluateButton()->isEnabled());
    QVERIFY(!m_workspace->snapshot());
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    const auto snapshot = m_workspace->snapshot();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->customers.size(), 80);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 80);
    const QuadrantSummaryModel *summary = m_workspace->summaryModel();
    QCOMPARE(summary->summary(QuadrantSummaryModel::totalRow).customers, 80);
    int sum = 0;
    for (int q = 0; q < 4; ++q) {
        QCOMPARE(summary->summary(q).customers, snapshot->info.quadrantCounts[q]);
        sum += summary->summary(q).customers;
    }
    QCOMPARE(sum, 80);
    // Sorted by total score, best first.
    const QAbstractItemModel *table = m_workspace->customerTable()->model();
    QVERIFY(table->index(0, EvaluationResultModel::Total)
                .data(EvaluationResultModel::ValueRole)
                .toDouble() >= table->index(79, EvaluationResultModel::Total)
                                   .data(EvaluationResultModel::ValueRole)
                                   .toDouble());
    // Choosing a row selects the customer.
    const qint64 id = table->index(3, 0).data(EvaluationResultModel::CustomerIdRole).toLongLong();
    m_workspace->customerTable()->setCurrentIndex(table->index(3, 0));
    QCOMPARE(m_workspace->selectedCustomer(), id);
    QVERIFY(!m_workspace->selectCustomer(-5));
}

void TstEvaluationWorkspace::filtersNarrowTheTableAndSummary()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    EvaluationFilterBar *filters = m_workspace->filterBar();
    QComboBox *managers = filters->managerCombo();
    QVERIFY(managers->count() > 2); // "All managers" and the demo's managers
    managers->setCurrentIndex(1);
    const QString manager = managers->currentData().toString();
    const auto snapshot = m_workspace->snapshot();
    const auto expected =
        std::count_if(snapshot->customers.cbegin(), snapshot->customers.cend(),
                      [&](const EvaluatedCustomer &c) { return c.manager == manager; });
    QVERIFY(expected > 0 && expected < 80);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), int(expected));
    QCOMPARE(m_workspace->summaryModel()->summary(QuadrantSummaryModel::totalRow).customers,
             int(expected));

    // A chart selection restricts further; Clear selection lifts it.
    const qint64 first = snapshot->customers.at(0).id;
    const qint64 second = snapshot->customers.at(1).id;
    managers->setCurrentIndex(0);
    filters->setSelection({first, second});
    emit filters->filterChanged();
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 2);
    filters->clearSelectionButton()->click();
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 80);

    // The search waits for typing to pause.
    filters->searchEdit()->setText(snapshot->customers.at(5).code);
    QTRY_COMPARE(m_workspace->customerTable()->model()->rowCount(), 1);
}

void TstEvaluationWorkspace::changingTheSplitReclassifiesWithoutEvaluating()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    const auto before = m_workspace->snapshot();
    QComboBox *split = m_workspace->optionsBar()->splitCombo();
    split->setCurrentIndex(split->findData(int(SplitMethod::Median)));
    const auto after = m_workspace->snapshot();
    QVERIFY(after != before);
    QCOMPARE(after->result.scores.total, before->result.scores.total); // same scores
    QCOMPARE(after->info.options.scoring.split, SplitMethod::Median);
    // Median split: at most half the customers above each threshold.
    int highCurrent = 0;
    for (Quadrant q : after->result.scores.quadrants)
        highCurrent += (q == Quadrant::HighHigh || q == Quadrant::HighLow) ? 1 : 0;
    QVERIFY(highCurrent <= 40);
    QCOMPARE(m_workspace->summaryModel()->summary(int(Quadrant::HighHigh)).customers,
             after->info.quadrantCounts[int(Quadrant::HighHigh)]);

    // Thresholds put everyone low on both axes when set above every score.
    m_workspace->optionsBar()->setThresholds(1e6, 1e6);
    emit m_workspace->optionsBar()->splitChanged();
    QCOMPARE(m_workspace->snapshot()->info.quadrantCounts[int(Quadrant::LowLow)], 80);
}

void TstEvaluationWorkspace::noModelIsExplained()
{
    auto models = AhpModelRepository(m_document->database().connection()).list();
    VD_VERIFY_OK(models);
    VD_VERIFY_OK(AhpModelRepository(m_document->database().connection()).remove(models->at(0).id));
    m_workspace->optionsBar()->refreshModels();
    QVERIFY(!m_workspace->optionsBar()->evaluateButton()->isEnabled());
    const Status result =
        test::finished([&](const test::Done &report) { m_workspace->evaluate(report); });
    QVERIFY(!result);
    QVERIFY(result.error().message().contains(QStringLiteral("no value model")));
}

void TstEvaluationWorkspace::snapshotsAreStoredAndReopened()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    QVERIFY(m_workspace->isStored());
    const qint64 first = m_workspace->snapshot()->info.id;
    QCOMPARE(m_workspace->snapshotCombo()->count(), 1);
    QVERIFY(!m_workspace->saveSnapshotButton()->isEnabled());

    // Moving the split makes a new, unsaved evaluation; Save stores it as a second snapshot.
    m_workspace->optionsBar()->setThresholds(0, 0);
    emit m_workspace->optionsBar()->splitChanged();
    QVERIFY(!m_workspace->isStored());
    QVERIFY(m_workspace->saveSnapshotButton()->isEnabled());
    QCOMPARE(m_workspace->snapshotCombo()->count(), 2); // "Not saved" + the stored one
    VD_VERIFY_OK(m_workspace->saveSnapshot());
    QVERIFY(m_workspace->isStored());
    const qint64 second = m_workspace->snapshot()->info.id;
    QVERIFY(second != first);
    QCOMPARE(m_workspace->snapshotCombo()->count(), 2);
    auto stored = SnapshotRepository(m_document->database().connection()).list();
    VD_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).options.scoring.split, SplitMethod::Thresholds);

    // Opening the first one shows its quadrants and options again.
    VD_VERIFY_OK(test::finished(
        [&](const test::Done &report) { m_workspace->openSnapshot(first, report); }));
    QCOMPARE(m_workspace->snapshot()->info.id, first);
    QCOMPARE(m_workspace->snapshot()->info.options.scoring.split, SplitMethod::Mean);
    QCOMPARE(m_workspace->optionsBar()->splitCombo()->currentData().toInt(),
             int(SplitMethod::Mean));
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 80);

    // A new workspace on the same file opens the newest snapshot.
    EvaluationWorkspace again;
    again.setDocument(m_document.get());
    QTRY_VERIFY(again.snapshot());
    QCOMPARE(again.snapshot()->info.id, second);

    VD_VERIFY_OK(m_workspace->deleteSnapshot(first));
    QVERIFY(!m_workspace->snapshot());
    QCOMPARE(m_workspace->snapshotCombo()->count(), 1);
    QVERIFY(!test::finished(
        [&](const test::Done &report) { m_workspace->openSnapshot(first, report); }));
}

void TstEvaluationWorkspace::chartFollowsFiltersAndSelects()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    QuadrantChartView *chart = m_workspace->chartView();
    QCOMPARE(chart->data().points.size(), 80);
    QCOMPARE(chart->currentThreshold(), m_workspace->snapshot()->info.currentThreshold);
    QVERIFY(chart->data().groupNames.isEmpty());    // coloured by quadrant
    m_workspace->colourCombo()->setCurrentIndex(1); // account manager
    QVERIFY(!chart->data().groupNames.isEmpty());
    QVERIFY(chart->data().groupNames.size() <= EvaluationChartData::maxColourGroups);

    m_workspace->filterBar()->managerCombo()->setCurrentIndex(1);
    const int shown = m_workspace->customerTable()->model()->rowCount();
    QCOMPARE(chart->data().points.size(), shown);

    // A click on a point shows that customer's explanation and history.
    const qint64 id = chart->data().points.at(0).customerId;
    emit chart->customerActivated(id);
    QCOMPARE(m_workspace->selectedCustomer(), id);
    const auto &customers = m_workspace->snapshot()->customers;
    const auto it = std::find_if(customers.cbegin(), customers.cend(),
                                 [id](const EvaluatedCustomer &c) { return c.id == id; });
    QVERIFY(it != customers.cend());
    QVERIFY(m_workspace->explanationPanel()->headerLabel()->text().contains(it->code));
    QVERIFY(m_workspace->historyPanel()->entryCount() >= 1); // this evaluation
    QVERIFY(chart->selectedCustomers().contains(id));
    QSignalSpy open(m_workspace.get(), &EvaluationWorkspace::customerOpenRequested);
    QVERIFY(m_workspace->openCustomerButton()->isEnabled());
    m_workspace->openCustomerButton()->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), id);

    // A rubber band narrows the table to the customers inside; the chart keeps showing all.
    const QVector<qint64> band{chart->data().points.at(0).customerId,
                               chart->data().points.at(1).customerId};
    emit chart->selectionChanged(band);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 2);
    QCOMPARE(chart->data().points.size(), shown);
    QCOMPARE(m_workspace->summaryModel()->summary(QuadrantSummaryModel::totalRow).customers, 2);

    // Dragging a split line re-classifies at the dragged thresholds.
    emit chart->thresholdsEdited(-1e6, 1e6);
    QCOMPARE(m_workspace->snapshot()->info.options.scoring.split, SplitMethod::Thresholds);
    QCOMPARE(m_workspace->snapshot()->info.quadrantCounts[int(Quadrant::HighLow)], 80);
    QCOMPARE(chart->currentThreshold(), -1e6);
}

void TstEvaluationWorkspace::overrideShowsEverywhereAndIsKept()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    const auto snapshot = m_workspace->snapshot();
    const EvaluatedCustomer customer = snapshot->customers.at(7);
    const Quadrant evaluated = snapshot->result.scores.quadrants.at(7);
    const Quadrant manual = evaluated == Quadrant::HighHigh ? Quadrant::LowLow : Quadrant::HighHigh;
    QVERIFY(m_workspace->selectCustomer(customer.id));
    GradeHistoryPanel *history = m_workspace->historyPanel();
    QVERIFY(history->overrideButton()->isEnabled());
    QVERIFY(!history->withdrawButton()->isEnabled());
    const int before = m_workspace->summaryModel()->summary(int(manual)).customers;

    QVERIFY(!history->overrideQuadrant(manual, QStringLiteral("   "))); // a reason is required
    VD_VERIFY_OK(history->overrideQuadrant(manual, QStringLiteral("Framework contract signed")));
    QCOMPARE(m_workspace->resultModel()->effectiveQuadrant(7), manual);
    QCOMPARE(m_workspace->summaryModel()->summary(int(manual)).customers, before + 1);
    QVERIFY(history->withdrawButton()->isEnabled());
    QCOMPARE(history->entryCount(), 2); // the evaluation and the override
    const auto point =
        std::find_if(m_workspace->chartView()->data().points.cbegin(),
                     m_workspace->chartView()->data().points.cend(),
                     [&](const QuadrantPoint &p) { return p.customerId == customer.id; });
    QVERIFY(point != m_workspace->chartView()->data().points.cend());
    QVERIFY(point->overridden);
    QVERIFY(m_workspace->explanationPanel()->manualLabel()->text().contains(
        QStringLiteral("Framework contract signed")));

    // Kept in the file: a new evaluation still shows it, with its reason.
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    const int row = m_workspace->resultModel()->rowOfCustomer(customer.id);
    QCOMPARE(m_workspace->resultModel()->effectiveQuadrant(row), manual);
    QCOMPARE(m_workspace->resultModel()->overrideAt(row)->reason,
             QStringLiteral("Framework contract signed"));

    QVERIFY(m_workspace->selectCustomer(customer.id));
    VD_VERIFY_OK(history->withdrawOverride(QStringLiteral("Contract cancelled")));
    QCOMPARE(m_workspace->resultModel()->effectiveQuadrant(row),
             m_workspace->resultModel()->evaluatedQuadrant(row));
    QCOMPARE(history->entryCount(), 4); // two evaluations, the override, its withdrawal
}

void TstEvaluationWorkspace::sensitivityApplyAsksForTheModelChange()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    SensitivityPanel *panel = m_workspace->sensitivityPanel();
    QSignalSpy apply(m_workspace.get(), &EvaluationWorkspace::applyWeightsRequested);
    panel->setNode(1);
    panel->slider()->setValue(20);
    QTRY_VERIFY(panel->applyButton()->isEnabled());
    panel->applyButton()->click();
    QCOMPARE(apply.size(), 1);
    QCOMPARE(apply.at(0).at(0).toLongLong(), m_workspace->snapshot()->info.modelId);
    QCOMPARE(apply.at(0).at(1).toInt(), m_workspace->snapshot()->info.modelVersion);
    const auto weights = apply.at(0).at(3).value<QVector<double>>();
    double sum = 0;
    for (double w : weights)
        sum += w;
    QVERIFY(qAbs(sum - 1) < 1e-9);

    // The Value model tab applies it as one undo step, only to the version evaluated.
    const auto parent = apply.at(0).at(2).value<NodePath>();
    const qint64 modelId = apply.at(0).at(0).toLongLong();
    const int version = apply.at(0).at(1).toInt();
    AhpWorkspace ahp;
    ahp.setDocument(m_document.get());
    QVERIFY(!ahp.applyDirectWeights(modelId, version + 1, parent, weights));
    VD_VERIFY_OK(ahp.applyDirectWeights(modelId, version, parent, weights));
    QVERIFY(ahp.session()->isModified());
    const HierarchyNode *node = ahp.session()->node(parent);
    QVERIFY(node);
    QVERIFY(node->directWeights());
    QCOMPARE(node->weights(), weights);
    ahp.undoStack()->undo();
    QVERIFY(!ahp.session()->isModified());
}

void TstEvaluationWorkspace::failedEvaluationKeepsTheStoredOne()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    const qint64 stored = m_workspace->snapshot()->info.id;
    // A second model whose first indicator is bound to no metric cannot be evaluated.
    auto broken = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    VD_VERIFY_OK(broken);
    broken->name = QStringLiteral("Broken");
    HierarchyNode *leaf = &broken->root;
    while (!leaf->isLeaf())
        leaf = &leaf->children().front();
    leaf->setMetric(QString());
    auto saved = AhpModelRepository(m_document->database().connection()).save(*broken);
    VD_VERIFY_OK(saved);
    m_workspace->optionsBar()->refreshModels();
    QComboBox *models = m_workspace->optionsBar()->modelCombo();
    models->setCurrentIndex(models->findData(saved->id));
    const Status failed =
        test::finished([&](const test::Done &report) { m_workspace->evaluate(report); });
    QVERIFY(!failed);
    QVERIFY2(failed.error().message().contains(QStringLiteral("not bound to a metric")),
             qPrintable(failed.error().message()));
    QVERIFY(m_workspace->snapshot());
    QCOMPARE(m_workspace->snapshot()->info.id, stored);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 80);
}

// Not a check: with VALUEDESK_SCREENSHOT_DIR set, saves the tab's look for a human to review.
void TstEvaluationWorkspace::screenshot()
{
    const QString dir = qEnvironmentVariable("VALUEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VALUEDESK_SCREENSHOT_DIR to save screenshots");
    Translator translator;
    if (qEnvironmentVariable("VALUEDESK_SCREENSHOT_LANG") == QLatin1String("zh"))
        QVERIFY(translator.apply(Settings::Language::Chinese));
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->evaluate(report); }));
    m_workspace->resize(1500, 1000);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    m_workspace->colourCombo()->setCurrentIndex(1);
    QVERIFY(m_workspace->selectCustomer(m_workspace->snapshot()->customers.at(3).id));
    QTest::qWait(200);
    QVERIFY(m_workspace->grab().save(dir + QStringLiteral("/evaluation.png")));
    for (int tab = 1; tab < 3; ++tab) {
        m_workspace->detailTabs()->setCurrentIndex(tab);
        if (tab == 1)
            m_workspace->sensitivityPanel()->slider()->setValue(25);
        QTest::qWait(200);
        QVERIFY(m_workspace->detailTabs()->grab().save(
            dir + QStringLiteral("/evaluation-tab%1.png").arg(tab)));
    }
}

QTEST_MAIN(TstEvaluationWorkspace)
#include "tst_evaluationworkspace.moc"
