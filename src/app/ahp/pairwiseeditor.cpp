#include "pairwiseeditor.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahpundocommands.h"
#include "ahp/pairwisematrixmodel.h"
#include "ahp/pairwisequestionmodel.h"
#include "ahpresultspanel.h"
#include "evaluatorgroupbar.h"
#include "judgementsliderdelegate.h"
#include "palette.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

enum Page { MatrixPage, QuestionPage, DirectPage, EmptyPage };

} // namespace

PairwiseEditor::PairwiseEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_matrixButton(new QToolButton(this)),
      m_questionButton(new QToolButton(this)), m_modeGroup(new QButtonGroup(this)),
      m_evaluatorLabel(new QLabel(this)), m_evaluators(new QComboBox(this)),
      m_addEvaluator(new QPushButton(this)), m_renameEvaluator(new QPushButton(this)),
      m_removeEvaluator(new QPushButton(this)), m_groupBar(new EvaluatorGroupBar(this)),
      m_stack(new QStackedWidget(this)), m_matrixView(new QTableView(this)),
      m_questionView(new QTableView(this)), m_directPage(new QWidget(this)),
      m_directNote(new QLabel(this)), m_direct(new QTableWidget(0, 3, this)),
      m_emptyPage(new QLabel(this)), m_message(new QLabel(this)),
      m_results(new AhpResultsPanel(this)), m_matrixModel(new PairwiseMatrixModel(this)),
      m_questionModel(new PairwiseQuestionModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QToolButton *b : {m_matrixButton, m_questionButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_matrixButton->setObjectName(QStringLiteral("matrixModeButton"));
    m_questionButton->setObjectName(QStringLiteral("questionnaireModeButton"));
    m_matrixButton->setChecked(true);
    m_modeGroup->addButton(m_matrixButton);
    m_modeGroup->addButton(m_questionButton);
    m_evaluators->setObjectName(QStringLiteral("evaluatorCombo"));
    m_evaluators->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_matrixButton);
    header->addWidget(m_questionButton);
    header->addSpacing(12);
    header->addWidget(m_evaluatorLabel);
    header->addWidget(m_evaluators);
    header->addWidget(m_addEvaluator);
    header->addWidget(m_renameEvaluator);
    header->addWidget(m_removeEvaluator);

    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(60);
    m_matrixView->setWordWrap(true);

    m_questionView->setObjectName(QStringLiteral("questionView"));
    m_questionView->setModel(m_questionModel);
    m_questionView->setItemDelegateForColumn(PairwiseQuestionModel::Judgement,
                                             new JudgementSliderDelegate(m_questionView));
    m_questionView->setSelectionMode(QAbstractItemView::NoSelection);
    m_questionView->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView *qh = m_questionView->horizontalHeader();
    qh->setSectionResizeMode(PairwiseQuestionModel::CriterionA, QHeaderView::ResizeToContents);
    qh->setSectionResizeMode(PairwiseQuestionModel::Judgement, QHeaderView::Stretch);
    qh->setSectionResizeMode(PairwiseQuestionModel::CriterionB, QHeaderView::ResizeToContents);
    qh->setSectionResizeMode(PairwiseQuestionModel::Meaning, QHeaderView::ResizeToContents);

    m_direct->setObjectName(QStringLiteral("directWeightsTable"));
    m_direct->verticalHeader()->hide();
    m_direct->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_directNote->setWordWrap(true);
    auto *directLayout = new QVBoxLayout(m_directPage);
    directLayout->setContentsMargins(0, 0, 0, 0);
    directLayout->addWidget(m_directNote);
    directLayout->addWidget(m_direct);

    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_emptyPage->setWordWrap(true);
    m_stack->addWidget(m_matrixView);
    m_stack->addWidget(m_questionView);
    m_stack->addWidget(m_directPage);
    m_stack->addWidget(m_emptyPage);
    m_message->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(header);
    topLayout->addWidget(m_groupBar);
    topLayout->addWidget(m_stack, 1);
    topLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_matrixButton, &QToolButton::clicked, this, [this]() { setMode(Mode::Matrix); });
    connect(m_questionButton, &QToolButton::clicked, this,
            [this]() { setMode(Mode::Questionnaire); });
    connect(m_evaluators, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        m_evaluatorName =
            m_evaluators->currentData().toInt() >= 0 ? m_evaluators->currentText() : QString();
        rebind();
    });
    connect(m_addEvaluator, &QPushButton::clicked, this, &PairwiseEditor::addEvaluator);
    connect(m_renameEvaluator, &QPushButton::clicked, this, &PairwiseEditor::renameEvaluator);
    connect(m_removeEvaluator, &QPushButton::clicked, this, &PairwiseEditor::removeEvaluator);
    connect(m_matrixModel, &PairwiseMatrixModel::analysisChanged, this,
            &PairwiseEditor::updateResults);
    connect(m_matrixModel, &PairwiseMatrixModel::editRejected, this, [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
    });
    connect(m_questionModel, &QAbstractItemModel::modelReset, this, &PairwiseEditor::openSliders);
    connect(m_direct, &QTableWidget::cellChanged, this, &PairwiseEditor::directWeightEdited);
    connect(m_results, &AhpResultsPanel::applySuggestion, this, &PairwiseEditor::applySuggestion);
    connect(m_results, &AhpResultsPanel::autoRepairRequested, this, &PairwiseEditor::autoRepair);
    retranslate();
    rebind();
}

void PairwiseEditor::setSession(AhpModelSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_path.clear();
    if (session) {
        connect(session, &AhpModelSession::modelChanged, this, [this]() {
            fillEvaluators();
            updatePage();
            fillDirectWeights();
            m_groupBar->refresh();
        });
    }
    rebind();
}

void PairwiseEditor::setNode(const NodePath &path)
{
    m_path = path;
    m_message->hide();
    rebind();
}

void PairwiseEditor::setMode(Mode mode)
{
    m_mode = mode;
    m_matrixButton->setChecked(mode == Mode::Matrix);
    m_questionButton->setChecked(mode == Mode::Questionnaire);
    updatePage();
}

int PairwiseEditor::evaluator() const
{
    return m_evaluators->count() > 0 ? m_evaluators->currentData().toInt() : 0;
}

void PairwiseEditor::setEvaluator(int evaluator)
{
    const int index = m_evaluators->findData(evaluator);
    if (index >= 0)
        m_evaluators->setCurrentIndex(index);
}

void PairwiseEditor::rebind()
{
    fillEvaluators();
    const int e = evaluator();
    m_matrixModel->setSource(m_session, m_path, e);
    m_questionModel->setSource(m_session, m_path, e);
    fillDirectWeights();
    m_groupBar->setSource(m_session, m_path);
    updatePage();
}

void PairwiseEditor::fillEvaluators()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    const QVector<Evaluator> evaluators = node ? node->evaluators() : QVector<Evaluator>();
    QVector<QPair<QString, int>> items;
    if (evaluators.size() > 1)
        items.append({tr("Group result"), NodeAnalysis::group});
    for (int k = 0; k < evaluators.size(); ++k) {
        const QString name = evaluators.at(k).name;
        items.append({name.isEmpty() ? tr("Judgements") : name, k});
    }
    bool same = items.size() == m_evaluators->count();
    for (int k = 0; same && k < items.size(); ++k)
        same = m_evaluators->itemText(k) == items.at(k).first &&
               m_evaluators->itemData(k).toInt() == items.at(k).second;
    const int before = evaluator();
    if (!same) {
        m_filling = true;
        m_evaluators->clear();
        for (const auto &item : items)
            m_evaluators->addItem(item.first, item.second);
        int index = m_evaluators->findText(m_evaluatorName);
        if (index < 0)
            index = m_evaluators->findData(0);
        m_evaluators->setCurrentIndex(std::max(index, 0));
        m_filling = false;
        if (evaluator() != before && m_matrixModel->session() == m_session &&
            m_matrixModel->path() == m_path) {
            m_matrixModel->setSource(m_session, m_path, evaluator());
            m_questionModel->setSource(m_session, m_path, evaluator());
        }
    }
    const bool named = !evaluators.isEmpty() && !evaluators.first().name.isEmpty();
    m_evaluators->setEnabled(evaluators.size() > 1);
    m_addEvaluator->setEnabled(m_session != nullptr && node && !node->isLeaf());
    m_renameEvaluator->setEnabled(named && evaluator() >= 0);
    m_removeEvaluator->setEnabled(evaluators.size() > 1 && evaluator() >= 0);
}

void PairwiseEditor::updatePage()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    if (!node || node->isLeaf()) {
        m_title->setText(node ? tr("“%1” is an indicator").arg(node->name()) : QString());
        m_emptyPage->setText(m_session ? tr("Select a criterion with sub-items to compare them.")
                                       : tr("Open or create a value model."));
        m_stack->setCurrentIndex(EmptyPage);
        m_results->clear();
        m_results->hide();
        for (QWidget *w : headerControls())
            w->hide();
        return;
    }
    m_results->show();
    for (QWidget *w : headerControls())
        w->show();
    m_title->setText(tr("Under “%1”").arg(node->name()));
    // AIP aggregates priorities, not judgements: the group has no matrix to show.
    const bool aipGroup = evaluator() == NodeAnalysis::group && node->evaluators().size() > 1 &&
                          node->aggregation() == GroupAggregation::Priorities;
    m_emptyPage->setText(tr("AIP: the group has no judgement matrix. Its weights below combine "
                            "each evaluator's priorities; choose an evaluator to see or edit "
                            "their judgements."));
    if (node->directWeights())
        m_stack->setCurrentIndex(DirectPage);
    else if (aipGroup)
        m_stack->setCurrentIndex(EmptyPage);
    else
        m_stack->setCurrentIndex(m_mode == Mode::Matrix ? MatrixPage : QuestionPage);
    m_matrixButton->setEnabled(!node->directWeights() && !aipGroup);
    m_questionButton->setEnabled(!node->directWeights() && !aipGroup);
}

QVector<QWidget *> PairwiseEditor::headerControls() const
{
    return {m_matrixButton, m_questionButton,  m_evaluatorLabel, m_evaluators,
            m_addEvaluator, m_renameEvaluator, m_removeEvaluator};
}

void PairwiseEditor::updateResults()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    if (!node || node->isLeaf()) {
        m_results->clear();
        return;
    }
    QStringList names;
    for (const HierarchyNode &child : node->children())
        names.append(child.name());
    NodeAnalysis analysis = m_matrixModel->analysis();
    if (node->directWeights()) {
        analysis = NodeAnalysis();
        const int n = static_cast<int>(names.size());
        double sum = 0;
        for (double w : node->weights())
            sum += w;
        if (node->weights().size() == n && sum > 0) {
            analysis.valid = true;
            analysis.weights = Eigen::VectorXd(n);
            for (int k = 0; k < n; ++k)
                analysis.weights(k) = node->weights().at(k) / sum;
        }
    }
    m_results->setAnalysis(analysis, names, m_session->model().settings,
                           !m_matrixModel->isReadOnly());
}

void PairwiseEditor::fillDirectWeights()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    m_filling = true;
    const int n = node ? static_cast<int>(node->children().size()) : 0;
    m_direct->setRowCount(node && node->directWeights() ? n : 0);
    if (node && node->directWeights()) {
        double sum = 0;
        for (double w : node->weights())
            sum += w;
        for (int k = 0; k < n; ++k) {
            auto *name = new QTableWidgetItem(node->children()[static_cast<std::size_t>(k)].name());
            name->setFlags(Qt::ItemIsEnabled);
            const double w = node->weights().value(k);
            auto *typed = new QTableWidgetItem(QString::number(w, 'g', 6));
            auto *share = new QTableWidgetItem(sum > 0 ? QString::number(w / sum * 100, 'f', 2) +
                                                             QStringLiteral(" %")
                                                       : QString());
            share->setFlags(Qt::ItemIsEnabled);
            m_direct->setItem(k, 0, name);
            m_direct->setItem(k, 1, typed);
            m_direct->setItem(k, 2, share);
        }
    }
    m_filling = false;
}

void PairwiseEditor::directWeightEdited(int row, int column)
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    if (m_filling || column != 1 || !node)
        return;
    bool ok = false;
    const double value = m_direct->item(row, column)->text().trimmed().toDouble(&ok);
    if (!ok || value < 0) {
        m_message->setText(tr("A weight must be zero or a positive number."));
        m_message->show();
        QMetaObject::invokeMethod(this, &PairwiseEditor::fillDirectWeights, Qt::QueuedConnection);
        return;
    }
    m_message->hide();
    QVector<double> weights = node->weights();
    weights.resize(static_cast<int>(node->children().size()));
    weights[row] = value;
    m_session->undoStack()->push(new SetDirectWeights(m_session, m_path, weights));
}

void PairwiseEditor::applySuggestion(const JudgementSuggestion &suggestion)
{
    if (!m_session || evaluator() < 0)
        return;
    const JudgementKey key{m_path, evaluator(), suggestion.row, suggestion.column};
    m_session->undoStack()->push(new SetJudgement(m_session, key, suggestion.suggested));
}

void PairwiseEditor::openSliders()
{
    for (int row = 0; row < m_questionModel->rowCount(); ++row)
        m_questionView->openPersistentEditor(
            m_questionModel->index(row, PairwiseQuestionModel::Judgement));
}

void PairwiseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PairwiseEditor::retranslate()
{
    m_matrixButton->setText(tr("Matrix"));
    m_matrixButton->setToolTip(tr("Edit the upper triangle; the lower fills with reciprocals"));
    m_questionButton->setText(tr("Questionnaire"));
    m_questionButton->setToolTip(tr("One pair per row with a slider, as in an AHP survey"));
    m_evaluatorLabel->setText(tr("Evaluator:"));
    m_addEvaluator->setText(tr("Add…"));
    m_renameEvaluator->setText(tr("Rename…"));
    m_removeEvaluator->setText(tr("Remove"));
    m_directNote->setText(tr("These weights are typed directly, not derived from judgements. "
                             "They are normalised to sum to 100 %."));
    m_direct->setHorizontalHeaderLabels({tr("Criterion"), tr("Typed weight"), tr("Share")});
    fillEvaluators();
    updatePage();
}

} // namespace valuedesk
