#include "sensitivitypanel.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahpundocommands.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

constexpr Quadrant quadrants[4] = {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh,
                                   Quadrant::LowLow};

QTableWidget *makeTable(int rows, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(rows, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

SensitivityPanel::SensitivityPanel(QWidget *parent)
    : QWidget(parent), m_criterion(new QComboBox(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_changeText(new QLabel(this)),
      m_weights(new QLabel(this)), m_quadrantChanges(new QLabel(this)), m_top(new QLabel(this)),
      m_transitions(makeTable(4, 4, this)), m_movers(makeTable(0, 5, this)),
      m_reset(new QPushButton(this)), m_apply(new QPushButton(this)), m_timer(new QTimer(this)),
      m_criterionCaption(new QLabel(this)), m_transitionsCaption(new QLabel(this)),
      m_moversCaption(new QLabel(this))
{
    m_criterion->setObjectName(QStringLiteral("sensitivityCriterion"));
    m_slider->setObjectName(QStringLiteral("sensitivitySlider"));
    m_slider->setRange(-50, 50);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(5);
    m_slider->setTickInterval(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_changeText->setObjectName(QStringLiteral("sensitivityChange"));
    m_changeText->setMinimumWidth(
        m_changeText->fontMetrics().horizontalAdvance(QStringLiteral("+50 %  ")));
    m_weights->setObjectName(QStringLiteral("sensitivityWeights"));
    m_weights->setWordWrap(true);
    m_quadrantChanges->setObjectName(QStringLiteral("sensitivityQuadrantChanges"));
    QFont bold = m_quadrantChanges->font();
    bold.setBold(true);
    m_quadrantChanges->setFont(bold);
    m_top->setObjectName(QStringLiteral("sensitivityTop"));
    m_top->setFont(bold);
    m_transitions->setObjectName(QStringLiteral("sensitivityTransitions"));
    m_movers->setObjectName(QStringLiteral("sensitivityMovers"));
    m_movers->verticalHeader()->hide();
    m_movers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reset->setObjectName(QStringLiteral("sensitivityReset"));
    m_apply->setObjectName(QStringLiteral("sensitivityApply"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(60);

    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_changeText);
    auto *form = new QFormLayout;
    form->addRow(m_criterionCaption, m_criterion);
    form->addRow(sliderRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_weights);
    layout->addWidget(m_quadrantChanges);
    layout->addWidget(m_transitionsCaption);
    layout->addWidget(m_transitions);
    layout->addWidget(m_top);
    layout->addWidget(m_moversCaption);
    layout->addWidget(m_movers, 1);
    layout->addLayout(buttons);

    const auto schedule = [this]() {
        m_pending = true;
        m_timer->start();
    };
    connect(m_slider, &QSlider::valueChanged, this, [this, schedule](int value) {
        m_changeText->setText((value > 0 ? QStringLiteral("+") : QString()) +
                              QLocale().toString(value) + QStringLiteral(" %"));
        schedule();
    });
    connect(m_criterion, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_timer, &QTimer::timeout, this, &SensitivityPanel::recompute);
    connect(m_reset, &QPushButton::clicked, this, &SensitivityPanel::reset);
    connect(m_apply, &QPushButton::clicked, this, &SensitivityPanel::apply);
    m_changeText->setText(QStringLiteral("0 %"));
    retranslate();
    clear();
}

SensitivityPanel::~SensitivityPanel() = default;

void SensitivityPanel::setEvaluation(const EvaluationResult &result, const ScoreOptions &scoring,
                                     const AhpModel &model,
                                     const QVector<EvaluatedCustomer> &customers)
{
    m_analysis.reset();
    m_result.reset();
    m_base = std::make_shared<const EvaluationResult>(result);
    m_analysis = std::make_unique<SensitivityAnalysis>(*m_base, scoring);
    m_model = model;
    m_customers = customers;
    fillCriteria();
    recompute();
}

void SensitivityPanel::setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    m_analysis.reset();
    m_result.reset();
    m_base = std::shared_ptr<const EvaluationResult>(snapshot, &snapshot->result);
    m_analysis = std::make_unique<SensitivityAnalysis>(*m_base, snapshot->info.options.scoring);
    m_model = snapshot->model;
    m_customers = snapshot->customers; // implicitly shared, not copied
    fillCriteria();
    recompute();
}

void SensitivityPanel::setSnapshot(const EvaluationSnapshot &snapshot)
{
    setEvaluation(snapshot.result, snapshot.info.options.scoring, snapshot.model,
                  snapshot.customers);
}

void SensitivityPanel::clear()
{
    m_analysis.reset();
    m_result.reset();
    m_base.reset();
    m_model = AhpModel();
    m_customers.clear();
    fillCriteria();
    recompute();
}

void SensitivityPanel::setSession(AhpModelSession *session)
{
    m_session = session;
}

void SensitivityPanel::setTopN(int topN)
{
    m_topN = std::max(1, topN);
    recompute();
}

int SensitivityPanel::node() const
{
    return m_criterion->currentIndex() >= 0 ? m_criterion->currentData().toInt() : -1;
}

double SensitivityPanel::change() const
{
    return m_slider->value() / 100.0;
}

void SensitivityPanel::setNode(int node)
{
    const int index = m_criterion->findData(node);
    if (index >= 0)
        m_criterion->setCurrentIndex(index);
}

const SensitivityResult *SensitivityPanel::result()
{
    if (m_pending)
        recompute();
    return m_result.get();
}

void SensitivityPanel::fillCriteria()
{
    const int previous = node();
    QSignalBlocker blocker(m_criterion);
    m_criterion->clear();
    if (m_base) {
        const HierarchyResult &h = m_base->hierarchy;
        for (int n = 1; n < h.nodes.size(); ++n) {
            const HierarchyNodeResult &x = h.nodes.at(n);
            m_criterion->addItem(
                QString(qsizetype(4) * std::max(0, x.depth - 1), QLatin1Char(' ')) + x.name, n);
        }
    }
    const int index = m_criterion->findData(previous);
    m_criterion->setCurrentIndex(index >= 0 ? index : (m_criterion->count() > 0 ? 0 : -1));
}

void SensitivityPanel::reset()
{
    m_slider->setValue(0);
    recompute();
}

void SensitivityPanel::recompute()
{
    m_timer->stop();
    m_pending = false;
    m_result.reset();
    if (!m_analysis || node() < 0) {
        showEmpty(tr("Run an evaluation to try other weights."));
        return;
    }
    SensitivityParams params;
    params.node = node();
    params.change = change();
    params.topN = m_topN;
    params.moverCount = 10;
    Result<SensitivityResult> r = m_analysis->run(params);
    if (!r) {
        showEmpty(r.error().message());
        return;
    }
    m_result = std::make_unique<SensitivityResult>(std::move(r).value());
    showResult(*m_result);
}

void SensitivityPanel::showEmpty(const QString &message)
{
    m_weights->setText(message);
    m_quadrantChanges->clear();
    m_top->clear();
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            m_transitions->setItem(r, c, numberItem(QString()));
    m_movers->setRowCount(0);
    m_apply->setEnabled(false);
    m_reset->setEnabled(m_slider->value() != 0);
}

void SensitivityPanel::showResult(const SensitivityResult &r)
{
    const HierarchyResult &h = m_base->hierarchy;
    QStringList weights;
    for (int k = 0; k < r.family.size(); ++k)
        weights.append(tr("%1: %2 → %3")
                           .arg(h.nodes.at(r.family.at(k)).name, percent(r.oldWeights.at(k)),
                                percent(r.newWeights.at(k))));
    QString weightsText = weights.join(QStringLiteral(", "));
    if (r.noSiblings)
        weightsText = tr("“%1” has no siblings: its weight within its parent is always 100 %.")
                          .arg(h.nodes.at(r.node).name);
    else if (r.clamped)
        weightsText += QLatin1Char(' ') + tr("(limited to 0 … 100 %)");
    m_weights->setText(weightsText);
    m_quadrantChanges->setText(tr("%n customer(s) change quadrant", nullptr, r.quadrantChanges));
    m_top->setText(
        tr("Top-%1 keeps %2 of %1").arg(QLocale().toString(r.topN), QLocale().toString(r.topKept)));

    for (int before = 0; before < 4; ++before) {
        for (int after = 0; after < 4; ++after) {
            const int count =
                r.transitions[static_cast<std::size_t>(before)][static_cast<std::size_t>(after)];
            auto *item = numberItem(QLocale().toString(count));
            if (before != after && count > 0) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            if (before == after)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_transitions->setItem(before, after, item);
        }
    }

    m_movers->setRowCount(static_cast<int>(r.movers.size()));
    for (int k = 0; k < r.movers.size(); ++k) {
        const RankMove &m = r.movers.at(k);
        const EvaluatedCustomer customer = m_customers.value(m.row);
        m_movers->setItem(k, 0, new QTableWidgetItem(customer.code));
        m_movers->setItem(k, 1, new QTableWidgetItem(customer.name));
        m_movers->setItem(k, 2, numberItem(QLocale().toString(m.oldRank)));
        m_movers->setItem(k, 3, numberItem(QLocale().toString(m.newRank)));
        const int up = m.oldRank - m.newRank;
        m_movers->setItem(k, 4,
                          numberItem((up > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) +
                                     QLocale().toString(std::abs(up))));
    }
    m_apply->setEnabled(!r.noSiblings && r.newWeights != r.oldWeights);
    m_reset->setEnabled(m_slider->value() != 0);
}

void SensitivityPanel::apply()
{
    const SensitivityResult *r = result();
    if (!r)
        return;
    Result<AhpModel> adjusted = SensitivityAnalysis::adjustedModel(m_model, *r);
    if (!adjusted) {
        QMessageBox::warning(this, tr("Apply weights"), adjusted.error().message());
        return;
    }
    const NodePath path = r->parentPath;
    const QVector<double> weights = r->newWeights;
    if (m_session) {
        const HierarchyNode *node = m_session->node(path);
        if (node && static_cast<int>(node->children().size()) == weights.size())
            m_session->undoStack()->push(new SetDirectWeights(m_session, path, weights));
    }
    emit applyRequested(*adjusted, path, weights);
}

void SensitivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute();
    }
    QWidget::changeEvent(event);
}

void SensitivityPanel::retranslate()
{
    m_criterionCaption->setText(tr("Weight of:"));
    m_slider->setToolTip(tr("Change the weight by −50 % … +50 %; the other items under the same "
                            "parent are rescaled so the weights still add up to 100 %"));
    m_transitionsCaption->setText(tr("Quadrant before (rows) and after (columns):"));
    m_moversCaption->setText(tr("Largest rank changes by total value:"));
    m_reset->setText(tr("Reset"));
    m_apply->setText(tr("Apply to model…"));
    m_apply->setToolTip(tr("Save the model with these weights (the parent's weights become "
                           "directly typed weights)"));
    QStringList names;
    for (Quadrant q : quadrants)
        names.append(ValueScorer::quadrantDisplayName(q));
    m_transitions->setHorizontalHeaderLabels(names);
    m_transitions->setVerticalHeaderLabels(names);
    m_movers->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Rank before"), tr("Rank after"), tr("Change")});
}

} // namespace valuedesk
