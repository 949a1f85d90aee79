#include "evaluationworkspace.h"

#include "backgroundtask.h"
#include "database.h"
#include "document.h"
#include "evaluation/evaluationfilterproxymodel.h"
#include "evaluation/evaluationresultmodel.h"
#include "evaluation/quadrantsummarymodel.h"
#include "evaluationfilterbar.h"
#include "evaluationoptionsbar.h"
#include "evaluationrunner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace valuedesk {

EvaluationWorkspace::EvaluationWorkspace(QWidget *parent)
    : QWidget(parent), m_snapshotLabel(new QLabel(this)), m_snapshots(new QComboBox(this)),
      m_snapshotInfo(new QLabel(this)), m_options(new EvaluationOptionsBar(this)),
      m_filters(new EvaluationFilterBar(this)), m_mainSplitter(new QSplitter(Qt::Vertical, this)),
      m_sideSplitter(new QSplitter(Qt::Horizontal, this)), m_chartHost(new QWidget(this)),
      m_summaryTable(new QTableView(this)), m_table(new QTableView(this)),
      m_details(new QTabWidget(this)), m_results(new EvaluationResultModel(this)),
      m_proxy(new EvaluationFilterProxyModel(this)), m_summary(new QuadrantSummaryModel(this))
{
    setObjectName(QStringLiteral("EvaluationWorkspace"));
    m_snapshots->setObjectName(QStringLiteral("snapshotCombo"));
    m_snapshots->setMinimumContentsLength(36);
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshotInfo->setObjectName(QStringLiteral("snapshotInfo"));
    m_snapshotInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_results);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EvaluationResultModel::Total, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    m_summaryTable->setObjectName(QStringLiteral("quadrantSummaryTable"));
    m_summaryTable->setModel(m_summary);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryTable->setMaximumHeight(m_summaryTable->verticalHeader()->defaultSectionSize() * 7);

    auto *chartLayout = new QVBoxLayout(m_chartHost);
    chartLayout->setContentsMargins(0, 0, 0, 0);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_summaryTable);
    tablesLayout->addWidget(m_table, 1);
    m_sideSplitter->addWidget(m_chartHost);
    m_sideSplitter->addWidget(tables);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *snapshotBar = new QHBoxLayout;
    snapshotBar->addWidget(m_snapshotLabel);
    snapshotBar->addWidget(m_snapshots);
    snapshotBar->addWidget(m_snapshotInfo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(snapshotBar);
    layout->addWidget(m_options);
    layout->addWidget(m_filters);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_options, &EvaluationOptionsBar::evaluateRequested, this, [this]() {
        if (Status done = evaluate(); !done)
            showError(tr("Evaluate"), done.error());
    });
    connect(m_options, &EvaluationOptionsBar::splitChanged, this, &EvaluationWorkspace::resplit);
    connect(m_filters, &EvaluationFilterBar::filterChanged, this,
            &EvaluationWorkspace::applyFilter);
    connect(m_snapshots, &QComboBox::currentIndexChanged, this,
            &EvaluationWorkspace::snapshotChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectCustomer(
                        current.data(EvaluationResultModel::CustomerIdRole).toLongLong());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerOpenRequested(index.data(EvaluationResultModel::CustomerIdRole).toLongLong());
    });
    retranslate();
    updateHeader();
}

EvaluationWorkspace::~EvaluationWorkspace() = default;

void EvaluationWorkspace::setDocument(Document *document)
{
    m_document = document;
    m_options->setDocument(document);
    setSnapshot(nullptr);
    fillSnapshotList(0);
}

Status EvaluationWorkspace::evaluate()
{
    auto request = m_options->request();
    if (!request)
        return request.error();
    const QString path = m_document->path();
    std::optional<Result<EvaluationSnapshot>> outcome;
    const bool finished =
        BackgroundTask::run(this, tr("Evaluating customers…"),
                            [&outcome, &path, &request](const ProgressCallback &progress) {
                                // A connection belongs to its thread: the worker opens the file
                                // itself.
                                auto db = Database::open(path, Database::OpenMode::OpenExisting);
                                if (!db) {
                                    outcome = db.error();
                                    return;
                                }
                                outcome =
                                    EvaluationRunner::run((*db)->connection(), *request, progress);
                            });
    if (!finished || !outcome)
        return Error(tr("The evaluation was cancelled; nothing changed."));
    if (!*outcome)
        return outcome->error();
    EvaluationSnapshot snapshot = std::move(**outcome);
    snapshot.info.author = QString();
    setSnapshot(std::make_shared<const EvaluationSnapshot>(std::move(snapshot)));
    fillSnapshotList(m_snapshot->info.id);
    return Status::success();
}

Status EvaluationWorkspace::openSnapshot(qint64 id)
{
    Q_UNUSED(id)
    return Error(tr("Snapshots cannot be opened yet."));
}

void EvaluationWorkspace::setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_selectedCustomer = 0;
    m_results->setSnapshot(m_snapshot);
    m_filters->setCustomers(m_snapshot ? m_snapshot->customers : QVector<EvaluatedCustomer>());
    m_filters->setSelection({});
    applyFilter();
    m_table->resizeColumnsToContents();
    updateHeader();
}

void EvaluationWorkspace::fillSnapshotList(qint64 select)
{
    m_filling = true;
    m_snapshots->clear();
    if (m_snapshot && !isStored())
        m_snapshots->addItem(tr("Not saved: %1").arg(m_snapshot->info.modelName), qint64(0));
    const int index = m_snapshots->findData(select);
    m_snapshots->setCurrentIndex(index >= 0 ? index : -1);
    m_filling = false;
}

void EvaluationWorkspace::snapshotChosen(int index)
{
    if (m_filling || index < 0)
        return;
    const qint64 id = m_snapshots->itemData(index).toLongLong();
    if (id <= 0 || (m_snapshot && m_snapshot->info.id == id))
        return;
    if (Status opened = openSnapshot(id); !opened)
        showError(tr("Open Snapshot"), opened.error());
}

void EvaluationWorkspace::applyFilter()
{
    m_proxy->setFilter(m_filters->filter());
    m_summary->summarise(*m_results, m_proxy->acceptedSourceRows());
}

void EvaluationWorkspace::resplit()
{
    if (!m_snapshot)
        return;
    auto request = m_options->request();
    if (!request)
        return;
    auto copy = std::make_shared<EvaluationSnapshot>(*m_snapshot);
    ScoreOptions &scoring = copy->info.options.scoring;
    const ScoreOptions &chosen = request->options.scoring;
    scoring.split = chosen.split;
    scoring.currentThreshold = chosen.currentThreshold;
    scoring.potentialThreshold = chosen.potentialThreshold;
    ValueScorer::split(copy->result.scores, scoring);
    copy->info.id = 0; // a changed split is a new, unsaved evaluation
    copy->info.currentThreshold = copy->result.scores.currentThreshold;
    copy->info.potentialThreshold = copy->result.scores.potentialThreshold;
    std::fill(std::begin(copy->info.quadrantCounts), std::end(copy->info.quadrantCounts), 0);
    for (Quadrant q : copy->result.scores.quadrants)
        ++copy->info.quadrantCounts[static_cast<int>(q)];
    const qint64 selected = m_selectedCustomer;
    const QSet<qint64> chartSelection = m_filters->filter().customers;
    m_snapshot = copy;
    m_results->setSnapshot(m_snapshot);
    m_filters->setSelection(chartSelection);
    applyFilter();
    fillSnapshotList(0);
    updateHeader();
    if (selected)
        selectCustomer(selected);
}

bool EvaluationWorkspace::selectCustomer(qint64 customerId)
{
    const int row = m_results->rowOfCustomer(customerId);
    if (row < 0)
        return false;
    m_selectedCustomer = customerId;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_results->index(row, 0));
    if (proxyIndex.isValid() && m_table->currentIndex().row() != proxyIndex.row()) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
        m_table->scrollTo(proxyIndex);
    }
    return true;
}

void EvaluationWorkspace::updateHeader()
{
    if (!m_snapshot) {
        m_snapshotInfo->setText(m_document ? tr("No evaluation shown: choose a model and press "
                                                "Evaluate, or open a snapshot.")
                                           : QString());
        return;
    }
    const EvaluationSnapshotInfo &info = m_snapshot->info;
    const QString window =
        tr("%1 months to %2")
            .arg(info.options.window.months)
            .arg(QLocale().toString(info.options.window.asOf, QLocale::ShortFormat));
    m_snapshotInfo->setText(tr("%1 version %2 · %3 · %n customer(s) · thresholds: current %4, "
                               "potential %5",
                               nullptr, info.customerCount)
                                .arg(info.modelName)
                                .arg(info.modelVersion)
                                .arg(window, QLocale().toString(info.currentThreshold, 'f', 3),
                                     QLocale().toString(info.potentialThreshold, 'f', 3)));
}

void EvaluationWorkspace::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(this, title, error.message());
}

void EvaluationWorkspace::showEvent(QShowEvent *event)
{
    // Models may have been saved on the AHP tab meanwhile.
    m_options->refreshModels();
    QWidget::showEvent(event);
}

void EvaluationWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void EvaluationWorkspace::retranslate()
{
    m_snapshotLabel->setText(tr("Evaluation:"));
}

} // namespace valuedesk
