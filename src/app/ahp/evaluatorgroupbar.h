#pragma once

#include "ahp/ahpnodeedits.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace valuedesk {

class AhpModelSession;

// The pairwise editor's controls for a node judged by several evaluators: how they are combined
// (AIJ, the default, or AIP) and each evaluator's voting weight at this node. Hidden otherwise.
// Every change is an undo command (SetAggregation, SetVotingWeight).
class EvaluatorGroupBar final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluatorGroupBar(QWidget *parent = nullptr);

    void setSource(AhpModelSession *session, const NodePath &path);
    void refresh(); // after the model changed

    QComboBox *aggregationCombo() const { return m_aggregation; }
    QDoubleSpinBox *votingWeightBox(int evaluator) const { return m_weights.value(evaluator); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildWeights(const QStringList &names);
    void aggregationChosen(int index);
    void weightChanged(int evaluator, double weight);

    AhpModelSession *m_session = nullptr;
    NodePath m_path;
    QStringList m_names; // the evaluators the spin boxes are for
    bool m_filling = false;

    QLabel *m_aggregationLabel;
    QComboBox *m_aggregation;
    QLabel *m_weightsLabel;
    QGridLayout *m_weightsLayout;
    QVector<QDoubleSpinBox *> m_weights;
};

} // namespace valuedesk
