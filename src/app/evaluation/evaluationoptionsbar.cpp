#include "evaluationoptionsbar.h"

#include "document.h"
#include "documentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

// Item data of the missing-value combo: -1 = each metric's own default.
constexpr int perMetricDefault = -1;

void setItemTexts(QComboBox *combo, const QStringList &texts)
{
    for (int i = 0; i < texts.size() && i < combo->count(); ++i)
        combo->setItemText(i, texts.at(i));
}

} // namespace

EvaluationOptionsBar::EvaluationOptionsBar(QWidget *parent)
    : QWidget(parent), m_modelLabel(new QLabel(this)), m_model(new QComboBox(this)),
      m_lastTransaction(new QCheckBox(this)), m_asOf(new QDateEdit(this)),
      m_windowLabel(new QLabel(this)), m_months(new QSpinBox(this)),
      m_normalise(new QComboBox(this)), m_winsorise(new QCheckBox(this)),
      m_missing(new QComboBox(this)), m_axesLabel(new QLabel(this)),
      m_currentAxis(new QComboBox(this)), m_potentialAxis(new QComboBox(this)),
      m_split(new QComboBox(this)), m_currentThreshold(new QDoubleSpinBox(this)),
      m_potentialThreshold(new QDoubleSpinBox(this)), m_evaluate(new QPushButton(this))
{
    m_model->setObjectName(QStringLiteral("evaluationModelCombo"));
    m_model->setMinimumContentsLength(18);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lastTransaction->setChecked(true);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(QDate::currentDate());
    m_months->setRange(1, 120);
    m_months->setValue(12);
    for (int i = 0; i < 3; ++i)
        m_normalise->addItem(QString(), i);
    m_missing->addItem(QString(), perMetricDefault);
    for (MissingRule rule : {MissingRule::Zero, MissingRule::Mean, MissingRule::Exclude})
        m_missing->addItem(QString(), static_cast<int>(rule));
    for (SplitMethod method : {SplitMethod::Mean, SplitMethod::Median, SplitMethod::Thresholds})
        m_split->addItem(QString(), static_cast<int>(method));
    m_split->setObjectName(QStringLiteral("splitCombo"));
    for (QDoubleSpinBox *box : {m_currentThreshold, m_potentialThreshold}) {
        box->setRange(-1e9, 1e9);
        box->setDecimals(3);
        box->setSingleStep(0.05);
    }
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setDefault(true);

    auto *first = new QHBoxLayout;
    first->addWidget(m_modelLabel);
    first->addWidget(m_model);
    first->addSpacing(8);
    first->addWidget(m_lastTransaction);
    first->addWidget(m_asOf);
    first->addWidget(m_windowLabel);
    first->addWidget(m_months);
    first->addSpacing(8);
    first->addWidget(m_normalise);
    first->addWidget(m_winsorise);
    first->addWidget(m_missing);
    first->addStretch(1);
    first->addWidget(m_evaluate);
    auto *second = new QHBoxLayout;
    second->addWidget(m_axesLabel);
    second->addWidget(m_currentAxis);
    second->addWidget(m_potentialAxis);
    second->addSpacing(8);
    second->addWidget(m_split);
    second->addWidget(m_currentThreshold);
    second->addWidget(m_potentialThreshold);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_evaluate, &QPushButton::clicked, this, &EvaluationOptionsBar::evaluateRequested);
    connect(m_model, &QComboBox::currentIndexChanged, this, &EvaluationOptionsBar::fillAxes);
    connect(m_lastTransaction, &QCheckBox::toggled, this, &EvaluationOptionsBar::updateEnabled);
    connect(m_split, &QComboBox::currentIndexChanged, this, [this]() {
        updateEnabled();
        emit splitChanged();
    });
    for (QDoubleSpinBox *box : {m_currentThreshold, m_potentialThreshold})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this]() {
            if (static_cast<SplitMethod>(m_split->currentData().toInt()) == SplitMethod::Thresholds)
                emit splitChanged();
        });
    retranslate();
    updateEnabled();
}

void EvaluationOptionsBar::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::modelsChanged, this, &EvaluationOptionsBar::refreshModels);
    refreshModels();
}

void EvaluationOptionsBar::refreshModels()
{
    const qint64 chosen = m_model->currentData().toLongLong();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    if (m_document) {
        auto models = m_document->store().models();
        if (models)
            for (const AhpModelSummary &s : std::as_const(*models))
                m_model->addItem(tr("%1 (version %2)").arg(s.name).arg(s.version), s.id);
    }
    const int index = m_model->findData(chosen);
    m_model->setCurrentIndex(index >= 0 ? index : (m_model->count() > 0 ? 0 : -1));
    fillAxes();
}

void EvaluationOptionsBar::fillAxes()
{
    const int current = std::max(0, m_currentAxis->currentIndex());
    const int potential = m_potentialAxis->currentIndex() < 0 ? 1 : m_potentialAxis->currentIndex();
    m_currentAxis->clear();
    m_potentialAxis->clear();
    if (m_document && m_model->currentIndex() >= 0) {
        auto model = m_document->store().loadModel(m_model->currentData().toLongLong());
        if (model) {
            for (const HierarchyNode &criterion : model->root.children()) {
                m_currentAxis->addItem(criterion.name());
                m_potentialAxis->addItem(criterion.name());
            }
        }
    }
    if (current < m_currentAxis->count())
        m_currentAxis->setCurrentIndex(current);
    if (potential < m_potentialAxis->count())
        m_potentialAxis->setCurrentIndex(potential);
    updateEnabled();
}

void EvaluationOptionsBar::updateEnabled()
{
    m_asOf->setEnabled(!m_lastTransaction->isChecked());
    const bool thresholds =
        static_cast<SplitMethod>(m_split->currentData().toInt()) == SplitMethod::Thresholds;
    m_currentThreshold->setVisible(thresholds);
    m_potentialThreshold->setVisible(thresholds);
    m_evaluate->setEnabled(m_document && m_model->currentIndex() >= 0);
}

Result<EvaluationRequest> EvaluationOptionsBar::request() const
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    if (m_model->currentIndex() < 0)
        return Error(tr("The file has no value model yet: create one on the Value model (AHP) "
                        "tab first."));
    auto model = m_document->store().loadModel(m_model->currentData().toLongLong());
    if (!model)
        return model.error();
    EvaluationRequest r;
    r.model = std::move(*model);
    EvaluationOptions &o = r.options;
    o.window = EvaluationWindow{m_lastTransaction->isChecked() ? QDate() : m_asOf->date(),
                                m_months->value()};
    o.normaliser.method = static_cast<Normalisation>(m_normalise->currentData().toInt());
    o.normaliser.winsorise = m_winsorise->isChecked();
    const int missing = m_missing->currentData().toInt();
    if (missing != perMetricDefault)
        o.missing = static_cast<MissingRule>(missing);
    o.scoring.currentCriterion = std::max(0, m_currentAxis->currentIndex());
    o.scoring.potentialCriterion = std::max(0, m_potentialAxis->currentIndex());
    o.scoring.split = static_cast<SplitMethod>(m_split->currentData().toInt());
    o.scoring.currentThreshold = m_currentThreshold->value();
    o.scoring.potentialThreshold = m_potentialThreshold->value();
    return r;
}

void EvaluationOptionsBar::showOptions(qint64 modelId, const EvaluationOptions &options)
{
    const QSignalBlocker blockModel(m_model);
    const QSignalBlocker blockSplit(m_split);
    const QSignalBlocker blockCurrent(m_currentThreshold);
    const QSignalBlocker blockPotential(m_potentialThreshold);
    const int index = m_model->findData(modelId);
    if (index >= 0 && index != m_model->currentIndex()) {
        m_model->setCurrentIndex(index);
        fillAxes();
    }
    m_lastTransaction->setChecked(false);
    m_asOf->setDate(options.window.asOf);
    m_months->setValue(options.window.months);
    m_normalise->setCurrentIndex(
        m_normalise->findData(static_cast<int>(options.normaliser.method)));
    m_winsorise->setChecked(options.normaliser.winsorise);
    m_missing->setCurrentIndex(m_missing->findData(
        options.missing ? static_cast<int>(*options.missing) : perMetricDefault));
    if (options.scoring.currentCriterion < m_currentAxis->count())
        m_currentAxis->setCurrentIndex(options.scoring.currentCriterion);
    if (options.scoring.potentialCriterion < m_potentialAxis->count())
        m_potentialAxis->setCurrentIndex(options.scoring.potentialCriterion);
    m_split->setCurrentIndex(m_split->findData(static_cast<int>(options.scoring.split)));
    m_currentThreshold->setValue(options.scoring.currentThreshold);
    m_potentialThreshold->setValue(options.scoring.potentialThreshold);
    updateEnabled();
}

void EvaluationOptionsBar::setThresholds(double current, double potential)
{
    {
        const QSignalBlocker blockSplit(m_split);
        const QSignalBlocker blockCurrent(m_currentThreshold);
        const QSignalBlocker blockPotential(m_potentialThreshold);
        m_split->setCurrentIndex(m_split->findData(static_cast<int>(SplitMethod::Thresholds)));
        m_currentThreshold->setValue(current);
        m_potentialThreshold->setValue(potential);
    }
    updateEnabled();
}

void EvaluationOptionsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluationOptionsBar::retranslate()
{
    m_modelLabel->setText(tr("Model:"));
    m_lastTransaction->setText(tr("As of the last transaction"));
    m_asOf->setToolTip(tr("Last day of the evaluation window"));
    m_windowLabel->setText(tr("Window:"));
    m_months->setSuffix(tr(" months"));
    setItemTexts(m_normalise, {tr("z-score"), tr("Min–max 0–100"), tr("Percentile rank")});
    m_normalise->setToolTip(tr("How each indicator is put on a common scale before weighting"));
    m_winsorise->setText(tr("Trim outliers"));
    m_winsorise->setToolTip(tr("Clamp each indicator to its 1st and 99th percentiles first"));
    setItemTexts(m_missing,
                 {tr("Missing data: per indicator"), tr("Missing data: zero"),
                  tr("Missing data: column mean"), tr("Missing data: leave out and re-weight")});
    m_axesLabel->setText(tr("Axes (current, potential):"));
    m_currentAxis->setToolTip(tr("Top-level criterion scored as current value (vertical axis)"));
    m_potentialAxis->setToolTip(
        tr("Top-level criterion scored as potential value (horizontal axis)"));
    setItemTexts(m_split,
                 {tr("Split at the mean"), tr("Split at the median"), tr("Split at thresholds")});
    m_currentThreshold->setPrefix(tr("current "));
    m_potentialThreshold->setPrefix(tr("potential "));
    m_evaluate->setText(tr("Evaluate"));
    m_evaluate->setToolTip(
        tr("Score every customer with the model and store the result as a dated snapshot"));
}

} // namespace valuedesk
