#pragma once

#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

#include <memory>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace valuedesk {

class BackgroundTask;
class ClvCustomerModel;
class ClvFilterProxyModel;
class ClvFitPanel;
class ClvHeatmapModel;
class ClvHistogramChart;
class ClvHoldoutChart;
class ClvOptionsBar;
class Document;
struct ClvOutcome;

// The "Customer lifetime value" tab: fit BG/NBD + Gamma-Gamma to the file's purchases on a worker
// thread (progress and Cancel) and show the fit (parameters, log-likelihood, assumptions), the
// calibration/holdout check, the CLV histogram, the P(alive) heat map over recency and frequency
// and the per-customer table with a churn-risk flag and filter. Errors are shown in the tab in
// plain words.
class ClvWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit ClvWorkspace(QWidget *parent = nullptr);
    ~ClvWorkspace() override;

    void setDocument(Document *document); // nullptr closes

    // Starts the fit with the options shown on a worker thread (the Fit button calls this; tests
    // drive it directly); `done` gets how it ended, on the GUI thread. On failure the error is
    // also shown in the tab and the previous result is cleared; a cancelled fit keeps it.
    void fit(const std::function<void(const Status &)> &done = {});
    bool isBusy() const { return !m_task.isNull(); }
    std::shared_ptr<const ClvOutcome> outcome() const { return m_outcome; }

    ClvOptionsBar *optionsBar() const { return m_options; }
    ClvFitPanel *fitPanel() const { return m_fitPanel; }
    QLabel *messageLabel() const { return m_message; }
    QTabWidget *chartTabs() const { return m_charts; }
    ClvHistogramChart *histogramChart() const { return m_histogram; }
    ClvHoldoutChart *holdoutChart() const { return m_holdout; }
    QTableView *heatmapView() const { return m_heatmapView; }
    QTableView *customerTable() const { return m_table; }
    QCheckBox *churnOnlyCheck() const { return m_churnOnly; }
    ClvCustomerModel *customerModel() const { return m_customers; }
    ClvFilterProxyModel *filterModel() const { return m_proxy; }
    ClvHeatmapModel *heatmapModel() const { return m_heatmap; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showOutcome(std::shared_ptr<const ClvOutcome> outcome, qint64 elapsedMs);
    void showError(const QString &message);
    void updateCount();

    Document *m_document = nullptr;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<const ClvOutcome> m_outcome;
    ClvOptionsBar *m_options;
    QLabel *m_message;
    ClvFitPanel *m_fitPanel;
    QTabWidget *m_charts;
    ClvHistogramChart *m_histogram;
    ClvHoldoutChart *m_holdout;
    ClvHeatmapModel *m_heatmap;
    QTableView *m_heatmapView;
    QLabel *m_heatmapNote;
    ClvCustomerModel *m_customers;
    ClvFilterProxyModel *m_proxy;
    QCheckBox *m_churnOnly;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace valuedesk
