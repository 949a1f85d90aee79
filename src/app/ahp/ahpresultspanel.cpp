#include "ahpresultspanel.h"

#include "ahp/saatyscale.h"
#include "ahpweightschart.h"
#include "palette.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

const QColor passColour(0x1b, 0x7f, 0x3b);
const QColor failColour(0xc6, 0x28, 0x28);

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < columns; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AhpResultsPanel::AhpResultsPanel(QWidget *parent)
    : QWidget(parent), m_chartView(new QChartView(this)), m_weights(makeTable(2, this)),
      m_error(new QLabel(this)), m_consistencyBox(new QGroupBox(this)),
      m_lambdaCaption(new QLabel(this)), m_lambda(new QLabel(this)), m_ciCaption(new QLabel(this)),
      m_ci(new QLabel(this)), m_riCaption(new QLabel(this)), m_ri(new QLabel(this)),
      m_crCaption(new QLabel(this)), m_cr(new QLabel(this)), m_inferred(new QLabel(this)),
      m_suggestionsBox(new QGroupBox(this)), m_suggestionsLayout(new QVBoxLayout),
      m_autoRepair(new QPushButton(this)), m_groupBox(new QGroupBox(this)),
      m_consensus(new QLabel(this)), m_aggregationNote(new QLabel(this)),
      m_evaluators(makeTable(3, this))
{
    m_chartView->setObjectName(QStringLiteral("weightsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    QChart *const placeholder = m_chartView->chart(); // setChart() releases, never deletes it
    m_chartView->setChart(AhpWeightsChart::create({}, {}));
    delete placeholder;
    m_chartView->setMinimumSize(260, 180);
    m_weights->setObjectName(QStringLiteral("weightsTable"));
    m_cr->setObjectName(QStringLiteral("crLabel"));
    m_cr->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_inferred->setWordWrap(true);
    m_autoRepair->setObjectName(QStringLiteral("autoRepairButton"));
    m_consensus->setWordWrap(true);
    m_evaluators->setObjectName(QStringLiteral("evaluatorsTable"));
    m_aggregationNote->setObjectName(QStringLiteral("aggregationNote"));
    m_aggregationNote->setWordWrap(true);
    QFont bold = m_cr->font();
    bold.setBold(true);
    m_cr->setFont(bold);

    auto *stats = new QFormLayout(m_consistencyBox);
    stats->addRow(m_lambdaCaption, m_lambda);
    stats->addRow(m_ciCaption, m_ci);
    stats->addRow(m_riCaption, m_ri);
    stats->addRow(m_crCaption, m_cr);
    stats->addRow(m_inferred);

    m_suggestionsBox->setLayout(m_suggestionsLayout);
    for (int k = 0; k < 3; ++k) {
        SuggestionRow row{new QLabel(m_suggestionsBox), new QPushButton(m_suggestionsBox)};
        row.label->setWordWrap(true);
        row.apply->setObjectName(QStringLiteral("applySuggestion%1").arg(k));
        auto *line = new QHBoxLayout;
        line->addWidget(row.label, 1);
        line->addWidget(row.apply);
        m_suggestionsLayout->addLayout(line);
        connect(row.apply, &QPushButton::clicked, this, [this, k]() {
            if (k < m_analysis.suggestions.size())
                emit applySuggestion(m_analysis.suggestions.at(k));
        });
        m_suggestionRows.append(row);
    }
    m_suggestionsLayout->addWidget(m_autoRepair);

    auto *groupLayout = new QVBoxLayout(m_groupBox);
    groupLayout->addWidget(m_consensus);
    groupLayout->addWidget(m_aggregationNote);
    groupLayout->addWidget(m_evaluators);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_error);
    detailsLayout->addWidget(m_consistencyBox);
    detailsLayout->addWidget(m_suggestionsBox);
    detailsLayout->addWidget(m_groupBox);
    detailsLayout->addStretch(1);

    auto *weightsColumn = new QWidget(this);
    auto *weightsLayout = new QVBoxLayout(weightsColumn);
    weightsLayout->setContentsMargins(0, 0, 0, 0);
    weightsLayout->addWidget(m_chartView, 3);
    weightsLayout->addWidget(m_weights, 2);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(weightsColumn);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    layout->addWidget(splitter);

    connect(m_autoRepair, &QPushButton::clicked, this, &AhpResultsPanel::autoRepairRequested);
    retranslate();
    clear();
}

void AhpResultsPanel::setAnalysis(const NodeAnalysis &analysis, const QStringList &names,
                                  const AhpSettings &settings, bool editable)
{
    m_analysis = analysis;
    m_names = names;
    m_settings = settings;
    m_editable = editable;
    refresh();
}

void AhpResultsPanel::clear()
{
    setAnalysis(NodeAnalysis(), {}, AhpSettings(), false);
}

QString AhpResultsPanel::pairName(int row, int column) const
{
    return tr("“%1” vs “%2”").arg(m_names.value(row), m_names.value(column));
}

void AhpResultsPanel::refresh()
{
    m_error->setText(m_analysis.error);
    m_error->setVisible(!m_analysis.error.isEmpty());
    QVector<double> weights;
    const int n = m_analysis.valid ? static_cast<int>(m_analysis.weights.size()) : 0;
    for (int k = 0; k < n; ++k)
        weights.append(m_analysis.weights(k));
    AhpWeightsChart::update(m_chartView->chart(), m_names.mid(0, n), weights);
    m_weights->setRowCount(n);
    for (int k = 0; k < n; ++k) {
        m_weights->setItem(k, 0, new QTableWidgetItem(m_names.value(k)));
        m_weights->setItem(
            k, 1, numberItem(QString::number(weights.at(k) * 100, 'f', 2) + QStringLiteral(" %")));
    }
    fillStatistics();
    fillSuggestions();
    fillGroup();
}

void AhpResultsPanel::fillStatistics()
{
    const bool has = m_analysis.valid && m_analysis.ahp.has_value();
    m_consistencyBox->setVisible(has);
    if (!has) {
        m_cr->clear();
        return;
    }
    const AhpResult &r = *m_analysis.ahp;
    m_lambda->setText(QString::number(r.lambdaMax, 'f', 4));
    m_ci->setText(QString::number(r.ci, 'f', 4));
    m_ri->setText(
        tr("%1 (%2)").arg(QString::number(r.ri, 'f', 2), Consistency::tableName(r.randomIndex)));
    const bool pass = r.cr < m_settings.crThreshold;
    m_cr->setText(pass ? tr("%1 < %2 — consistent")
                             .arg(QString::number(r.cr, 'f', 3),
                                  QString::number(m_settings.crThreshold, 'g', 3))
                       : tr("%1 ≥ %2 — inconsistent: revisit the highlighted judgements")
                             .arg(QString::number(r.cr, 'f', 3),
                                  QString::number(m_settings.crThreshold, 'g', 3)));
    QPalette palette = m_cr->palette();
    palette.setColor(QPalette::WindowText, pass ? passColour : failColour);
    m_cr->setPalette(palette);
    m_cr->setProperty("consistent", pass);

    QStringList inferred;
    for (const InferredCell &c : m_analysis.inferred)
        inferred.append(
            tr("%1: %2").arg(pairName(c.row, c.column), QString::number(c.value, 'g', 3)));
    m_inferred->setText(
        inferred.isEmpty()
            ? QString()
            : tr("Inferred (not judged): %1").arg(inferred.join(QStringLiteral("; "))));
    m_inferred->setVisible(!inferred.isEmpty());
}

void AhpResultsPanel::fillSuggestions()
{
    // A fixed set of rows, updated in place: this runs from the Apply button's own click.
    const bool show = m_editable && !m_analysis.suggestions.isEmpty();
    m_suggestionsBox->setVisible(show);
    for (int k = 0; k < m_suggestionRows.size(); ++k) {
        SuggestionRow &row = m_suggestionRows[k];
        const bool used = show && k < m_analysis.suggestions.size();
        row.label->setVisible(used);
        row.apply->setVisible(used);
        if (!used)
            continue;
        const JudgementSuggestion &s = m_analysis.suggestions.at(k);
        row.label->setText(tr("%1. %2: %3 → %4 (CR %5)")
                               .arg(k + 1)
                               .arg(pairName(s.row, s.column), SaatyScale::toFraction(s.current),
                                    SaatyScale::toFraction(s.suggested),
                                    QString::number(s.crAfter, 'f', 3)));
        row.apply->setEnabled(s.suggested != s.current);
    }
}

void AhpResultsPanel::fillGroup()
{
    const bool show = m_analysis.groupResult.has_value();
    m_groupBox->setVisible(show);
    if (!show)
        return;
    const GroupResult &g = *m_analysis.groupResult;
    m_consensus->setText(tr("Group consensus: %1 % (%2)")
                             .arg(QString::number(g.consensus * 100, 'f', 1),
                                  GroupJudgement::consensusLevelName(g.consensusLevel)));
    const bool aip = g.aggregation == GroupAggregation::Priorities;
    m_aggregationNote->setText(
        aip ? tr("AIP: no group matrix, no group CR; each evaluator's CR is shown.")
            : tr("AIJ: the judgements are aggregated; the group matrix has its own CR."));
    m_evaluators->setRowCount(static_cast<int>(g.evaluators.size()));
    for (int k = 0; k < g.evaluators.size(); ++k) {
        const EvaluatorResult &e = g.evaluators.at(k);
        m_evaluators->setItem(k, 0, new QTableWidgetItem(e.name));
        auto *cr = numberItem(QString::number(e.ahp.cr, 'f', 3));
        cr->setForeground(e.ahp.cr < m_settings.crThreshold ? passColour : failColour);
        m_evaluators->setItem(k, 1, cr);
        m_evaluators->setItem(
            k, 2,
            numberItem(QString::number(e.distanceToGroup * 100, 'f', 1) + QStringLiteral(" %")));
    }
}

void AhpResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AhpResultsPanel::retranslate()
{
    m_weights->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight")});
    m_evaluators->setHorizontalHeaderLabels({tr("Evaluator"), tr("CR"), tr("Distance to group")});
    m_evaluators->horizontalHeaderItem(2)->setToolTip(
        tr("Share of weight that would have to move for this evaluator to agree with the group"));
    m_consistencyBox->setTitle(tr("Consistency"));
    m_lambdaCaption->setText(tr("λmax:"));
    m_ciCaption->setText(tr("CI:"));
    m_riCaption->setText(tr("RI:"));
    m_crCaption->setText(tr("CR:"));
    m_suggestionsBox->setTitle(tr("Judgements to revisit"));
    m_autoRepair->setText(tr("Auto-repair…"));
    for (const SuggestionRow &row : std::as_const(m_suggestionRows))
        row.apply->setText(tr("Apply"));
    m_autoRepair->setToolTip(tr("Propose the fewest changes that make the matrix consistent; "
                                "nothing changes until you accept"));
    m_groupBox->setTitle(tr("Evaluators"));
    refresh();
}

} // namespace valuedesk
