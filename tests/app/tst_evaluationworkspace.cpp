#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "apptestutil.h"
#include "document.h"
#include "evaluation/evaluationfilterbar.h"
#include "evaluation/evaluationfilterproxymodel.h"
#include "evaluation/evaluationoptionsbar.h"
#include "evaluation/evaluationresultmodel.h"
#include "evaluation/evaluationworkspace.h"
#include "evaluation/quadrantsummarymodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
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
    VD_VERIFY_OK(m_workspace->evaluate());
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
    VD_VERIFY_OK(m_workspace->evaluate());
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
    VD_VERIFY_OK(m_workspace->evaluate());
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
    const Status result = m_workspace->evaluate();
    QVERIFY(!result);
    QVERIFY(result.error().message().contains(QStringLiteral("no value model")));
}

QTEST_MAIN(TstEvaluationWorkspace)
#include "tst_evaluationworkspace.moc"
