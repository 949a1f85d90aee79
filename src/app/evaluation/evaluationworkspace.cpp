#include "evaluationworkspace.h"

#include "backgroundtask.h"
#include "connectionfactory.h"
#include "database.h"
#include "document.h"
#include "documentstore.h"
#include "evaluation/evaluationfilterproxymodel.h"
#include "evaluation/evaluationresultmodel.h"
#include "evaluation/quadrantsummarymodel.h"
#include "evaluationfilterbar.h"
#include "evaluationoptionsbar.h"
#include "evaluationservice.h"
#include "explanationpanel.h"
#include "gradehistorypanel.h"
#include "metrics/scoreexplanation.h"
#include "quadrantchartview.h"
#include "sensitivitypanel.h"
#include "snapshotbar.h"
#include "username.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace valuedesk {

EvaluationWorkspace::EvaluationWorkspace(QWidget *parent)
    : QWidget(parent), m_snapshotBar(new SnapshotBar(this)),
      m_options(new EvaluationOptionsBar(this)), m_filters(new EvaluationFilterBar(this)),
      m_mainSplitter(new QSplitter(Qt::Vertical, this)),
      m_sideSplitter(new QSplitter(Qt::Horizontal, this)), m_chartHost(new QWidget(this)),
      m_colouringLabel(new QLabel(this)), m_colouring(new QComboBox(this)),
      m_chart(new QuadrantChartView(this)), m_summaryTable(new QTableView(this)),
      m_table(new QTableView(this)), m_details(new QTabWidget(this)),
      m_openCustomer(new QPushButton(this)), m_explanation(new ExplanationPanel(this)),
      m_sensitivity(new SensitivityPanel(this)), m_history(new GradeHistoryPanel(this)),
      m_results(new EvaluationResultModel(this)), m_proxy(new EvaluationFilterProxyModel(this)),
      m_summary(new QuadrantSummaryModel(this))
{
    setObjectName(QStringLiteral("EvaluationWorkspace"));
    for (int i = 0; i < 5; ++i)
        m_colouring->addItem(QString(), i);

    m_proxy->setSourceModel(m_results);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EvaluationResultModel::Total, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);
    m_summaryTable->setObjectName(QStringLiteral("quadrantSummaryTable"));
    m_summaryTable->setModel(m_summary);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryTable->setFixedHeight(m_summaryTable->horizontalHeader()->sizeHint().height() +
                                   6 * m_summaryTable->verticalHeader()->defaultSectionSize());

    auto *chartBar = new QHBoxLayout;
    chartBar->addStretch(1);
    chartBar->addWidget(m_colouringLabel);
    chartBar->addWidget(m_colouring);
    auto *chartLayout = new QVBoxLayout(m_chartHost);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);
    m_chart->setMinimumSize(420, 320);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_summaryTable);
    tablesLayout->addWidget(m_table, 1);
    m_sideSplitter->addWidget(m_chartHost);
    m_sideSplitter->addWidget(tables);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 1);
    m_openCustomer->setObjectName(QStringLiteral("openCustomerButton"));
    m_details->setCornerWidget(m_openCustomer);
    m_details->addTab(m_explanation, QString());
    m_details->addTab(m_sensitivity, QString());
    m_details->addTab(m_history, QString());
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_snapshotBar);
    layout->addWidget(m_options);
    layout->addWidget(m_filters);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_options, &EvaluationOptionsBar::evaluateRequested, this, [this]() {
        evaluate([this](const Status &done) {
            if (!done)
                showError(tr("Evaluate"), done.error());
        });
    });
    connect(m_options, &EvaluationOptionsBar::splitChanged, this, &EvaluationWorkspace::resplit);
    connect(m_filters, &EvaluationFilterBar::filterChanged, this,
            &EvaluationWorkspace::applyFilter);
    connect(m_snapshotBar, &SnapshotBar::snapshotChosen, this, [this](qint64 id) {
        if (!m_snapshot || m_snapshot->info.id != id)
            openSnapshot(id, [this](const Status &opened) {
                if (!opened)
                    showError(tr("Open Snapshot"), opened.error());
            });
    });
    connect(m_snapshotBar, &SnapshotBar::saveRequested, this, [this]() {
        if (Status saved = saveSnapshot(); !saved)
            showError(tr("Save Snapshot"), saved.error());
    });
    connect(m_snapshotBar, &SnapshotBar::deleteRequested, this, [this](qint64 id) {
        if (Status deleted = deleteSnapshot(id); !deleted)
            showError(tr("Delete Snapshot"), deleted.error());
    });
    connect(m_openCustomer, &QPushButton::clicked, this, [this]() {
        if (m_selectedCustomer)
            emit customerOpenRequested(m_selectedCustomer);
    });
    connect(m_colouring, &QComboBox::currentIndexChanged, this, &EvaluationWorkspace::updateChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectCustomer(
                        current.data(EvaluationResultModel::CustomerIdRole).toLongLong());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerOpenRequested(index.data(EvaluationResultModel::CustomerIdRole).toLongLong());
    });
    m_chart->setTooltipProvider(
        [this](qint64 id) { return EvaluationChartData::tooltip(*m_results, id); });
    connect(m_chart, &QuadrantChartView::customerActivated, this,
            [this](qint64 id) { selectCustomer(id); });
    connect(m_chart, &QuadrantChartView::selectionChanged, this,
            [this](const QVector<qint64> &ids) {
                m_filters->setSelection(QSet<qint64>(ids.cbegin(), ids.cend()));
                applyFilter();
            });
    connect(m_chart, &QuadrantChartView::thresholdsEdited, this,
            [this](double current, double potential) {
                m_options->setThresholds(current, potential);
                resplit();
            });
    connect(m_history, &GradeHistoryPanel::overridesChanged, this, [this]() {
        loadOverrides();
        applyFilter();
        if (m_selectedCustomer)
            selectCustomer(m_selectedCustomer);
    });
    connect(m_sensitivity, &SensitivityPanel::applyRequested, this,
            [this](const AhpModel &, const NodePath &parent, const QVector<double> &weights) {
                if (m_snapshot)
                    emit applyWeightsRequested(m_snapshot->info.modelId,
                                               m_snapshot->info.modelVersion, parent, weights);
            });
    retranslate();
    updateHeader();
}

EvaluationWorkspace::~EvaluationWorkspace()
{
    if (m_task)
        m_task->cancelAndWait();
}

void EvaluationWorkspace::setDocument(Document *document)
{
    // Work still running reads the file being closed: stop it first.
    if (m_task)
        m_task->cancelAndWait();
    delete m_task.data();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_options->setDocument(document);
    m_history->setDocument(document);
    if (m_document) {
        // Snapshots saved, removed or relabelled anywhere (this tab, the CLI's changes announced
        // later, other users' in team mode): the list follows, and a removed one is closed.
        connect(m_document, &Document::snapshotsChanged, this, [this](qint64 id) {
            if (m_snapshot && isStored() && m_snapshot->info.id == id &&
                !m_document->store().snapshotInfo(id))
                setSnapshot(nullptr);
            fillSnapshotList(m_snapshot && isStored() ? m_snapshot->info.id : 0);
            updateHeader();
        });
    }
    setSnapshot(nullptr);
    fillSnapshotList(0);
    // Show the latest stored evaluation, as the user left it.
    if (m_document && m_snapshotBar->combo()->count() > 0) {
        openSnapshot(m_snapshotBar->combo()->itemData(0).toLongLong(),
                     [this](const Status &opened) {
                         if (!opened)
                             m_snapshotBar->setInfo(opened.error().message());
                     });
    }
}

void EvaluationWorkspace::evaluate(Done finish)
{
    if (!finish)
        finish = [](const Status &) {
        };
    if (m_task)
        return finish(Error(tr("The evaluation is busy; try again when it has finished.")));
    auto request = m_options->request();
    if (!request)
        return finish(request.error());
    EvaluationRequest evaluation = *request;
    evaluation.save = true;
    evaluation.author = userName();
    // The evaluation shown is let go first, so 100 000 customers are not held twice; on failure
    // the stored one is opened again (an unsaved re-split is lost, as the message says).
    const qint64 previous = isStored() ? m_snapshot->info.id : 0;
    const bool hadUnsaved = m_snapshot && !isStored();
    setSnapshot(nullptr);
    const auto restore = [this, previous, hadUnsaved, finish](const Error &error) {
        const Error shown = hadUnsaved ? Error(error.message() + QLatin1Char('\n') +
                                                   tr("The unsaved evaluation shown before was "
                                                      "closed."),
                                               error.detail(), error.code())
                                       : error;
        if (previous <= 0) {
            fillSnapshotList(0);
            return finish(shown);
        }
        // Its own error would hide the first.
        openSnapshot(previous, [finish, shown](const Status &) { finish(shown); });
    };
    m_task = BackgroundTask::start<EvaluationSnapshot>(
        this, tr("Evaluating customers…"),
        [evaluation,
         connections = SqliteConnectionFactory(m_document->database())](TaskContext &context) {
            return EvaluationService::run(evaluation, connections, context);
        },
        [this, restore, finish](Result<EvaluationSnapshot> outcome) {
            m_task = nullptr;
            if (!outcome && outcome.error().code() == Error::Code::Cancelled)
                return restore(Error(tr("The evaluation was cancelled; nothing was stored."), {},
                                     Error::Code::Cancelled));
            if (!outcome)
                return restore(outcome.error());
            setSnapshot(std::make_shared<const EvaluationSnapshot>(std::move(outcome).value()));
            fillSnapshotList(m_snapshot->info.id);
            // Saved by the worker on its own connection: tell the other tabs.
            m_document->announce(DocumentChange::snapshots(m_snapshot->info.id));
            finish(Status::success());
        });
}

void EvaluationWorkspace::openSnapshot(qint64 id, Done finish)
{
    if (!finish)
        finish = [](const Status &) {
        };
    if (!m_document)
        return finish(Error(tr("No customer file is open.")));
    if (m_task)
        return finish(Error(tr("The evaluation is busy; try again when it has finished.")));
    m_task = BackgroundTask::start<EvaluationSnapshot>(
        this, tr("Opening the evaluation…"),
        [id, connections = SqliteConnectionFactory(m_document->database())](TaskContext &) {
            return EvaluationService::load(id, connections);
        },
        [this, id, finish](Result<EvaluationSnapshot> outcome) {
            m_task = nullptr;
            if (!outcome && outcome.error().code() == Error::Code::Cancelled)
                return finish(Error(tr("Opening was cancelled."), {}, Error::Code::Cancelled));
            if (!outcome)
                return finish(outcome.error());
            setSnapshot(std::make_shared<const EvaluationSnapshot>(std::move(outcome).value()));
            m_options->showOptions(m_snapshot->info.modelId, m_snapshot->info.options);
            fillSnapshotList(id);
            finish(Status::success());
        });
}

Status EvaluationWorkspace::saveSnapshot()
{
    if (!m_document || !m_snapshot)
        return Error(tr("There is no evaluation to save."));
    if (isStored())
        return Status::success();
    EvaluationSnapshot copy = *m_snapshot;
    copy.info.author = userName();
    copy.info.createdAt = QDateTime::currentDateTimeUtc();
    auto saved = m_document->store().saveSnapshot(copy);
    if (!saved)
        return saved.error();
    m_snapshot = std::make_shared<const EvaluationSnapshot>(std::move(copy));
    m_results->setSnapshot(m_snapshot);
    applyFilter();
    fillSnapshotList(*saved);
    updateHeader();
    return Status::success();
}

Status EvaluationWorkspace::deleteSnapshot(qint64 id)
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    // The list follows through snapshotsChanged.
    return m_document->store().removeSnapshot(id);
}

void EvaluationWorkspace::setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_selectedCustomer = 0;
    m_results->setSnapshot(m_snapshot);
    loadOverrides();
    m_filters->setCustomers(m_snapshot ? m_snapshot->customers : QVector<EvaluatedCustomer>());
    m_filters->setSelection({});
    m_chart->setSelectedCustomers({});
    applyFilter();
    m_table->resizeColumnsToContents();
    m_explanation->clear();
    m_history->clear();
    if (m_snapshot)
        m_sensitivity->setSnapshot(m_snapshot);
    else
        m_sensitivity->clear();
    updateHeader();
}

void EvaluationWorkspace::loadOverrides()
{
    QHash<qint64, QuadrantOverride> shown;
    if (m_document && m_snapshot) {
        auto current = m_document->store().currentOverrides(quadrantGradeScheme());
        if (current) {
            for (const GradeOverride &o : std::as_const(*current)) {
                const std::optional<Quadrant> q =
                    o.grade ? ValueScorer::parseQuadrant(*o.grade) : std::nullopt;
                if (q)
                    shown.insert(o.customerId,
                                 QuadrantOverride{*q, o.reason, o.author, o.createdAt});
            }
        }
    }
    m_results->setOverrides(shown);
}

void EvaluationWorkspace::fillSnapshotList(qint64 select)
{
    QVector<EvaluationSnapshotInfo> stored;
    if (m_document) {
        if (auto list = m_document->store().snapshots())
            stored = std::move(*list);
    }
    m_snapshotBar->setSnapshots(m_snapshot && !isStored() ? &m_snapshot->info : nullptr, stored,
                                select, m_snapshot != nullptr);
    m_snapshotBar->setActions(m_snapshot && !isStored(), isStored());
}

void EvaluationWorkspace::applyFilter()
{
    m_proxy->setFilter(m_filters->filter());
    m_summary->summarise(*m_results, m_proxy->acceptedSourceRows());
    updateChart();
}

void EvaluationWorkspace::updateChart()
{
    // The chart shows every customer the filters keep; a rubber-band selection is highlighted
    // there and narrows the tables.
    QVector<int> rows;
    if (m_snapshot) {
        EvaluationFilterProxyModel::Filter filter = m_filters->filter();
        filter.restrictToCustomers = false;
        rows.reserve(m_results->rowCount());
        for (int row = 0; row < m_results->rowCount(); ++row)
            if (EvaluationFilterProxyModel::accepts(*m_results, row, filter))
                rows.append(row);
    }
    const auto colouring = static_cast<ChartColouring>(m_colouring->currentData().toInt());
    m_chart->setData(EvaluationChartData::build(*m_results, rows, colouring));
    highlight(m_selectedCustomer);
}

void EvaluationWorkspace::highlight(qint64 customerId)
{
    // The chart's selection plus the chosen customer.
    const QSet<qint64> selection = m_filters->filter().customers;
    QVector<qint64> highlighted(selection.cbegin(), selection.cend());
    if (customerId && !selection.contains(customerId))
        highlighted.append(customerId);
    m_chart->setSelectedCustomers(highlighted);
}

void EvaluationWorkspace::resplit()
{
    if (!m_snapshot)
        return;
    auto request = m_options->request();
    if (!request)
        return;
    auto copy =
        std::make_shared<const EvaluationSnapshot>(m_snapshot->resplit(request->options.scoring));
    const qint64 selected = m_selectedCustomer;
    const QSet<qint64> chartSelection = m_filters->filter().customers;
    m_snapshot = copy;
    m_results->setSnapshot(m_snapshot);
    m_filters->setSelection(chartSelection);
    m_sensitivity->setSnapshot(m_snapshot);
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
    showCustomer(row);
    m_openCustomer->setEnabled(true);
    highlight(customerId);
    return true;
}

void EvaluationWorkspace::showCustomer(int row)
{
    const EvaluatedCustomer &customer = m_results->customerAt(row);
    auto explanation =
        ScoreExplanation::explain(m_snapshot->result, row, m_snapshot->info.options.scoring.split);
    if (explanation)
        m_explanation->setExplanation(*explanation, customer);
    else
        m_explanation->clear();
    m_explanation->setManualOverride(m_results->overrideAt(row));
    m_history->setCustomer(customer, m_results->evaluatedQuadrant(row), m_snapshot->info.id);
}

void EvaluationWorkspace::updateHeader()
{
    m_openCustomer->setEnabled(m_snapshot && m_results->rowOfCustomer(m_selectedCustomer) >= 0);
    m_snapshotBar->setActions(m_snapshot && !isStored(), isStored());
    m_snapshotBar->showInfo(m_snapshot ? &m_snapshot->info : nullptr, m_document != nullptr);
}

void EvaluationWorkspace::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(this, title, error.message());
}

void EvaluationWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateHeader();
        if (m_snapshot)
            fillSnapshotList(m_snapshot->info.id);
    }
    QWidget::changeEvent(event);
}

void EvaluationWorkspace::retranslate()
{
    m_colouringLabel->setText(tr("Colour by:"));
    m_openCustomer->setText(tr("Open customer"));
    m_openCustomer->setToolTip(tr("Show the chosen customer's record on the Customers tab"));
    const QStringList colourings{tr("Quadrant"), tr("Account manager"), tr("Region"),
                                 tr("Industry"), tr("Status")};
    for (int i = 0; i < colourings.size(); ++i)
        m_colouring->setItemText(i, colourings.at(i));
    m_details->setTabText(0, tr("Explanation"));
    m_details->setTabText(1, tr("Weight sensitivity"));
    m_details->setTabText(2, tr("Grade history"));
}

} // namespace valuedesk
