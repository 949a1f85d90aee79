#pragma once

#include "classification/classification.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace valuedesk {

class ClassShareChart;
class ClassSummaryModel;
class ClassificationResultModel;
class CrossTabModel;
class BackgroundTask;
class Document;
class ParetoChart;
class RfmHeatmapModel;
class SchemeOptionsForm;

// The "Classes" tab: grade the customers of a stored evaluation with one of the classification
// schemes (ABC/Pareto, RFM, cost contribution, loyalty × value, pyramid, amount × frequency,
// tiers, k-means) and editable options. Classify runs on a worker thread over the evaluation's
// window and stores the result with that evaluation (so retention plans and migration tracking
// read it). Views: per-class summary and share chart, the Pareto chart for ABC, the R × F heat map
// for RFM, the customer table, and a cross-tab against the value quadrants or another scheme.
class ClassificationWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit ClassificationWorkspace(QWidget *parent = nullptr);
    ~ClassificationWorkspace() override;

    void setDocument(Document *document);
    void refreshSnapshots();

    // Without dialogs (the buttons call these). Classifies on a worker thread with a progress
    // dialog and returns at once; `done` says how it ended, on the GUI thread (a cancelled run
    // ends with an Error of code Cancelled; a failed one changes nothing).
    void classify(const std::function<void(const Status &)> &done = {});
    bool isBusy() const { return !m_task.isNull(); }
    const ClassificationResult *result() const { return m_result.get(); }
    const std::shared_ptr<const EvaluationSnapshot> &snapshot() const { return m_snapshot; }

    QComboBox *snapshotCombo() const { return m_snapshots; }
    QComboBox *schemeCombo() const { return m_scheme; }
    QComboBox *compareCombo() const { return m_compare; }
    SchemeOptionsForm *optionsForm() const { return m_options; }
    QPushButton *classifyButton() const { return m_classify; }
    QLabel *summaryLabel() const { return m_summaryText; }
    QTableView *customerTable() const { return m_table; }
    ClassSummaryModel *summaryModel() const { return m_summary; }
    CrossTabModel *crossTabModel() const { return m_crossTab; }
    RfmHeatmapModel *heatmapModel() const { return m_heatmap; }
    ParetoChart *paretoChart() const { return m_pareto; }
    QTabWidget *viewTabs() const { return m_views; }

signals:
    void customerOpenRequested(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    Status startClassify(const std::function<void(const Status &)> &finish);
    void retranslate();
    void schemeChosen();
    void showResult();
    void updateCompare();
    void showStored();

    Document *m_document = nullptr;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<const EvaluationSnapshot> m_snapshot;
    std::shared_ptr<const ClassificationResult> m_result;

    QLabel *m_snapshotLabel;
    QComboBox *m_snapshots;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QPushButton *m_defaults;
    QPushButton *m_classify;
    SchemeOptionsForm *m_options;
    QLabel *m_summaryText;
    QTableView *m_summaryTable;
    QTabWidget *m_views;
    QStackedWidget *m_charts;
    QChartView *m_paretoView;
    ParetoChart *m_pareto;
    QWidget *m_rfmPage;
    QTableView *m_heatmapView;
    QChartView *m_shareView;
    ClassShareChart *m_share;
    QChartView *m_rfmShareView;
    ClassShareChart *m_rfmShare;
    QTableView *m_table;
    QLabel *m_compareLabel;
    QComboBox *m_compare;
    QTableView *m_crossTabView;
    ClassSummaryModel *m_summary;
    ClassificationResultModel *m_results;
    RfmHeatmapModel *m_heatmap;
    CrossTabModel *m_crossTab;
};

} // namespace valuedesk
