#pragma once

#include "ahp/ahpnodeedits.h"
#include "metrics/evaluationsnapshot.h"
#include "metrics/sensitivityanalysis.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QTimer;

namespace valuedesk {

class AhpModelSession;

// What-if on one AHP weight before committing it to the model: pick a criterion (any node below
// the goal), move its weight by −50 % … +50 % (its siblings re-normalised) and see the new family
// weights, how many customers change quadrant (with the 4 × 4 transitions), how much of the
// top-20 by total value stays and the largest rank movers. Recomputed synchronously (it is fast)
// after a short coalescing timer. "Apply to model…" emits applyRequested with the model whose
// parent node has direct weights equal to the adjusted family; when a session of the same model
// is attached (setSession), the change is also pushed to its undo stack (SetDirectWeights).
class SensitivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(QWidget *parent = nullptr);
    ~SensitivityPanel() override;

    // `model` is the model as evaluated; customers[i] is row i of `result`.
    void setEvaluation(const EvaluationResult &result, const ScoreOptions &scoring,
                       const AhpModel &model, const QVector<EvaluatedCustomer> &customers);
    void setSnapshot(const EvaluationSnapshot &snapshot);
    // The same without copying the result: the panel keeps the snapshot alive while it shows it.
    void setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot);
    void clear();
    // Optional: the open model, to apply the change as an undoable step.
    void setSession(AhpModelSession *session);

    void setTopN(int topN);
    int topN() const { return m_topN; }
    // The node picked and the change (e.g. 0.2 for +20 %).
    int node() const;
    double change() const;
    void setNode(int node);
    // The last result (recomputing now if a change is pending), or null.
    const SensitivityResult *result();

    QComboBox *criterionCombo() const { return m_criterion; }
    QSlider *slider() const { return m_slider; }
    QLabel *changeLabel() const { return m_changeText; }
    QLabel *weightsLabel() const { return m_weights; }
    QLabel *quadrantChangesLabel() const { return m_quadrantChanges; }
    QLabel *topLabel() const { return m_top; }
    QTableWidget *transitionTable() const { return m_transitions; }
    QTableWidget *moversTable() const { return m_movers; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *applyButton() const { return m_apply; }

signals:
    // The adjusted model (to be saved as a new version), the parent's path and its new weights.
    void applyRequested(const valuedesk::AhpModel &model, const valuedesk::NodePath &parentPath,
                        const QVector<double> &weights);

public slots:
    void reset();
    void apply();
    void recompute();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCriteria();
    void showResult(const SensitivityResult &r);
    void showEmpty(const QString &message);

    // The evaluation analysed: a copy (setEvaluation) or the shown snapshot itself, shared.
    std::shared_ptr<const EvaluationResult> m_base;
    std::unique_ptr<SensitivityAnalysis> m_analysis;
    std::unique_ptr<SensitivityResult> m_result;
    AhpModel m_model;
    QVector<EvaluatedCustomer> m_customers;
    QPointer<AhpModelSession> m_session;
    int m_topN = 20;
    bool m_pending = false;

    QComboBox *m_criterion;
    QSlider *m_slider;
    QLabel *m_changeText;
    QLabel *m_weights;
    QLabel *m_quadrantChanges;
    QLabel *m_top;
    QTableWidget *m_transitions;
    QTableWidget *m_movers;
    QPushButton *m_reset;
    QPushButton *m_apply;
    QTimer *m_timer;
    QLabel *m_criterionCaption;
    QLabel *m_transitionsCaption;
    QLabel *m_moversCaption;
};

} // namespace valuedesk
