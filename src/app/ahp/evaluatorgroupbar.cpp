#include "evaluatorgroupbar.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahpundocommands.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QUndoStack>

namespace valuedesk {

namespace {

constexpr int weightsPerRow = 4;

} // namespace

EvaluatorGroupBar::EvaluatorGroupBar(QWidget *parent)
    : QWidget(parent), m_aggregationLabel(new QLabel(this)), m_aggregation(new QComboBox(this)),
      m_weightsLabel(new QLabel(this)), m_weightsLayout(new QGridLayout)
{
    setObjectName(QStringLiteral("evaluatorGroupBar"));
    m_aggregation->setObjectName(QStringLiteral("aggregationCombo"));
    m_aggregation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aggregation->addItem(QString(), static_cast<int>(GroupAggregation::Judgements));
    m_aggregation->addItem(QString(), static_cast<int>(GroupAggregation::Priorities));
    m_weightsLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_aggregationLabel);
    layout->addWidget(m_aggregation);
    layout->addSpacing(12);
    layout->addWidget(m_weightsLabel, 0, Qt::AlignTop);
    layout->addLayout(m_weightsLayout);
    layout->addStretch(1);

    connect(m_aggregation, &QComboBox::currentIndexChanged, this,
            &EvaluatorGroupBar::aggregationChosen);
    retranslate();
    refresh();
}

void EvaluatorGroupBar::setSource(AhpModelSession *session, const NodePath &path)
{
    m_session = session;
    m_path = path;
    refresh();
}

void EvaluatorGroupBar::refresh()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    const bool show =
        node && !node->isLeaf() && !node->directWeights() && node->evaluators().size() > 1;
    setVisible(show);
    if (!show)
        return;
    QStringList names;
    for (const Evaluator &e : node->evaluators())
        names.append(e.name);
    if (names != m_names)
        rebuildWeights(names);
    m_filling = true;
    m_aggregation->setCurrentIndex(m_aggregation->findData(static_cast<int>(node->aggregation())));
    for (int k = 0; k < m_weights.size(); ++k)
        m_weights.at(k)->setValue(node->evaluators().at(k).votingWeight);
    m_filling = false;
}

void EvaluatorGroupBar::rebuildWeights(const QStringList &names)
{
    // Only when the evaluators change, never from a spin box's own signal (same names then).
    qDeleteAll(m_weights);
    m_weights.clear();
    m_names = names;
    for (int k = 0; k < names.size(); ++k) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("votingWeight%1").arg(k));
        box->setRange(0.01, 1000);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setKeyboardTracking(false); // a typed number is one change, not one per key
        box->setPrefix(names.at(k) + QStringLiteral(": "));
        box->setToolTip(tr("Voting weight of %1 at this criterion; only the ratios between the "
                           "evaluators matter")
                            .arg(names.at(k)));
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, k](double value) { weightChanged(k, value); });
        m_weightsLayout->addWidget(box, k / weightsPerRow, k % weightsPerRow);
        m_weights.append(box);
    }
}

void EvaluatorGroupBar::aggregationChosen(int index)
{
    if (m_filling || !m_session || index < 0)
        return;
    const auto aggregation = static_cast<GroupAggregation>(m_aggregation->itemData(index).toInt());
    if (aggregation != m_session->aggregation(m_path))
        m_session->undoStack()->push(new SetAggregation(m_session, m_path, aggregation));
}

void EvaluatorGroupBar::weightChanged(int evaluator, double weight)
{
    if (m_filling || !m_session || weight <= 0)
        return;
    const EvaluatorKey key{m_path, evaluator};
    if (weight != m_session->votingWeight(key))
        m_session->undoStack()->push(new SetVotingWeight(m_session, key, weight));
}

void EvaluatorGroupBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluatorGroupBar::retranslate()
{
    m_aggregationLabel->setText(tr("Combine evaluators:"));
    m_aggregation->setItemText(0, tr("AIJ — aggregate judgements"));
    m_aggregation->setItemData(
        0,
        tr("Weighted geometric mean of each judgement, then the group matrix is analysed as "
           "usual, with its own CR (the default)"),
        Qt::ToolTipRole);
    m_aggregation->setItemText(1, tr("AIP — aggregate priorities"));
    m_aggregation->setItemData(1,
                               tr("Weighted geometric mean of each evaluator's weights; there "
                                  "is no group matrix and no group CR"),
                               Qt::ToolTipRole);
    m_aggregation->setToolTip(tr("How the evaluators' judgements become the group result"));
    m_weightsLabel->setText(tr("Voting weights:"));
    for (int k = 0; k < m_weights.size(); ++k)
        m_weights.at(k)->setToolTip(tr("Voting weight of %1 at this criterion; only the ratios "
                                       "between the evaluators matter")
                                        .arg(m_names.value(k)));
}

} // namespace valuedesk
