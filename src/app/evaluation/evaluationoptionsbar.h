#pragma once

#include "evaluationservice.h"
#include "result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace valuedesk {

class Document;

// The line above the quadrant view that says what "Evaluate" does: which saved AHP model (its
// latest version), the window (as-of date, by default the last transaction, and length), the
// normalisation, outlier winsorising, the missing-value rule, which top-level criteria are the
// current and potential value axes (default: the first two), and where the axes are split.
class EvaluationOptionsBar final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationOptionsBar(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // Re-reads the file's models, keeping the chosen one if it still exists; called whenever
    // the document announces modelsChanged.
    void refreshModels();
    // The chosen model (loaded from the file) and options; an error when there is none.
    Result<EvaluationRequest> request() const;
    // Shows the options an evaluation was run with (e.g. an opened snapshot).
    void showOptions(qint64 modelId, const EvaluationOptions &options);
    // The split changed to user thresholds (the split lines were dragged).
    void setThresholds(double current, double potential);

    QComboBox *modelCombo() const { return m_model; }
    QComboBox *splitCombo() const { return m_split; }
    QPushButton *evaluateButton() const { return m_evaluate; }

signals:
    void evaluateRequested();
    // Only the split changed: quadrants can be re-drawn without evaluating again.
    void splitChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillAxes();
    void updateEnabled();

    Document *m_document = nullptr;
    QLabel *m_modelLabel;
    QComboBox *m_model;
    QCheckBox *m_lastTransaction;
    QDateEdit *m_asOf;
    QLabel *m_windowLabel;
    QSpinBox *m_months;
    QComboBox *m_normalise;
    QCheckBox *m_winsorise;
    QComboBox *m_missing;
    QLabel *m_axesLabel;
    QComboBox *m_currentAxis;
    QComboBox *m_potentialAxis;
    QComboBox *m_split;
    QDoubleSpinBox *m_currentThreshold;
    QDoubleSpinBox *m_potentialThreshold;
    QPushButton *m_evaluate;
};

} // namespace valuedesk
