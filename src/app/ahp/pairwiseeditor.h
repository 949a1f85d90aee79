#pragma once

#include "ahp/ahpnodeedits.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace valuedesk {

class AhpModelSession;
class AhpResultsPanel;
class EvaluatorGroupBar;
class PairwiseMatrixModel;
class PairwiseQuestionModel;
struct JudgementSuggestion;

// Judgements of the selected parent node: a matrix grid or a questionnaire with one slider per
// pair, an evaluator selector (the group result or each evaluator) with the group's aggregation
// and voting weights, typed weights for nodes
// weighted directly, and the live results below.
class PairwiseEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Matrix, Questionnaire };

    explicit PairwiseEditor(QWidget *parent = nullptr);

    void setSession(AhpModelSession *session); // nullptr clears
    void setNode(const NodePath &path);
    const NodePath &node() const { return m_path; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // NodeAnalysis::group, or the evaluator's index in the node.
    int evaluator() const;
    void setEvaluator(int evaluator);

    QTableView *matrixView() const { return m_matrixView; }
    QTableView *questionView() const { return m_questionView; }
    QTableWidget *directWeightsTable() const { return m_direct; }
    QComboBox *evaluatorCombo() const { return m_evaluators; }
    AhpResultsPanel *resultsPanel() const { return m_results; }
    EvaluatorGroupBar *groupBar() const { return m_groupBar; }
    PairwiseMatrixModel *matrixModel() const { return m_matrixModel; }
    PairwiseQuestionModel *questionModel() const { return m_questionModel; }

    // Shows the auto-repair proposal; Apply pushes it as one undo step.
    void autoRepair();
    void addEvaluator();
    void renameEvaluator();
    void removeEvaluator();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebind();
    void fillEvaluators();
    void updatePage();
    void updateResults();
    void fillDirectWeights();
    void directWeightEdited(int row, int column);
    void applySuggestion(const JudgementSuggestion &suggestion);
    void openSliders();
    QVector<QWidget *> headerControls() const; // hidden while an indicator is selected

    AhpModelSession *m_session = nullptr;
    NodePath m_path;
    Mode m_mode = Mode::Matrix;
    QString m_evaluatorName; // kept across nodes
    bool m_filling = false;

    QLabel *m_title;
    QToolButton *m_matrixButton;
    QToolButton *m_questionButton;
    QButtonGroup *m_modeGroup;
    QLabel *m_evaluatorLabel;
    QComboBox *m_evaluators;
    QPushButton *m_addEvaluator;
    QPushButton *m_renameEvaluator;
    QPushButton *m_removeEvaluator;
    EvaluatorGroupBar *m_groupBar;
    QStackedWidget *m_stack;
    QTableView *m_matrixView;
    QTableView *m_questionView;
    QWidget *m_directPage;
    QLabel *m_directNote;
    QTableWidget *m_direct;
    QLabel *m_emptyPage;
    QLabel *m_message;
    AhpResultsPanel *m_results;
    PairwiseMatrixModel *m_matrixModel;
    PairwiseQuestionModel *m_questionModel;
};

} // namespace valuedesk
