#pragma once

#include "ahp/ahpnodeedits.h"
#include "evaluationchartdata.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"
#include "snapshotbar.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace valuedesk {

class BackgroundTask;
class Document;
class EvaluationFilterBar;
class EvaluationFilterProxyModel;
class EvaluationOptionsBar;
class EvaluationResultModel;
class ExplanationPanel;
class GradeHistoryPanel;
class QuadrantChartView;
class QuadrantSummaryModel;
class SensitivityPanel;

// The "Evaluation" tab: run the value model over every customer (on a worker thread, stored as a
// dated snapshot), open any earlier snapshot, and look at the result: the value/potential
// quadrant chart with its per-quadrant summary and customer table, filters, and for the chosen
// customer the explanation of every score, the weight sensitivity and the grade history with
// manual overrides.
class EvaluationWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationWorkspace(QWidget *parent = nullptr);
    ~EvaluationWorkspace() override;

    void setDocument(Document *document); // nullptr closes

    // How an evaluation or an opening ended (on the GUI thread); a cancelled one ends with an
    // Error of code Cancelled.
    using Done = std::function<void(const Status &)>;
    // Without dialogs (the buttons call these; tests drive them directly). Both run on a worker
    // thread with a progress dialog and return at once; `done` says how they ended (when they
    // fail, nothing changed). One at a time: while one runs, another ends at once with an error.
    void evaluate(Done done = {});
    void openSnapshot(qint64 id, Done done = {});
    bool isBusy() const { return !m_task.isNull(); }
    // Stores the evaluation shown when it is not stored yet (e.g. after moving a split line).
    Status saveSnapshot();
    Status deleteSnapshot(qint64 id);
    // The evaluation shown (null when none); `isStored()` says whether it is a saved snapshot.
    std::shared_ptr<const EvaluationSnapshot> snapshot() const { return m_snapshot; }
    bool isStored() const { return m_snapshot && m_snapshot->info.id > 0; }
    // Shows the explanation and history of a customer of the evaluation; false if not in it.
    bool selectCustomer(qint64 customerId);
    qint64 selectedCustomer() const { return m_selectedCustomer; }

    EvaluationOptionsBar *optionsBar() const { return m_options; }
    EvaluationFilterBar *filterBar() const { return m_filters; }
    QComboBox *snapshotCombo() const { return m_snapshotBar->combo(); }
    QTableView *customerTable() const { return m_table; }
    QTableView *summaryTable() const { return m_summaryTable; }
    EvaluationResultModel *resultModel() const { return m_results; }
    EvaluationFilterProxyModel *filterModel() const { return m_proxy; }
    QuadrantSummaryModel *summaryModel() const { return m_summary; }
    QuadrantChartView *chartView() const { return m_chart; }
    QComboBox *colourCombo() const { return m_colouring; }
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    SensitivityPanel *sensitivityPanel() const { return m_sensitivity; }
    GradeHistoryPanel *historyPanel() const { return m_history; }
    QTabWidget *detailTabs() const { return m_details; }
    QPushButton *saveSnapshotButton() const { return m_snapshotBar->saveButton(); }
    QPushButton *openCustomerButton() const { return m_openCustomer; }

signals:
    // The user asked to open a customer's record (double click in the table, "Open customer").
    void customerOpenRequested(qint64 customerId);
    // "Apply to model" of the sensitivity panel: set the parent's children to direct weights in
    // the model (id, version as evaluated) as an undoable edit of the Value model tab.
    void applyWeightsRequested(qint64 modelId, int modelVersion, const valuedesk::NodePath &parent,
                               const QVector<double> &weights);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot);
    void fillSnapshotList(qint64 select);
    void applyFilter();
    void updateChart();
    void highlight(qint64 customerId);
    void loadOverrides();
    void resplit();
    void showCustomer(int row);
    void updateHeader();
    void showError(const QString &title, const Error &error);

    Document *m_document = nullptr;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<const EvaluationSnapshot> m_snapshot;
    qint64 m_selectedCustomer = 0;

    SnapshotBar *m_snapshotBar;
    EvaluationOptionsBar *m_options;
    EvaluationFilterBar *m_filters;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QWidget *m_chartHost;
    QLabel *m_colouringLabel;
    QComboBox *m_colouring;
    QuadrantChartView *m_chart;
    QTableView *m_summaryTable;
    QTableView *m_table;
    QTabWidget *m_details;
    QPushButton *m_openCustomer;
    ExplanationPanel *m_explanation;
    SensitivityPanel *m_sensitivity;
    GradeHistoryPanel *m_history;
    EvaluationResultModel *m_results;
    EvaluationFilterProxyModel *m_proxy;
    QuadrantSummaryModel *m_summary;
};

} // namespace valuedesk
