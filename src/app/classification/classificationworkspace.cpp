#include "classificationworkspace.h"

#include "backgroundtask.h"
#include "classification/abcscheme.h"
#include "classification/classificationresultmodel.h"
#include "classification/classificationschemes.h"
#include "classification/classificationsummary.h"
#include "classification/classsummarymodel.h"
#include "classification/crosstabmodel.h"
#include "classification/rfmheatmapmodel.h"
#include "classificationservice.h"
#include "classsharechart.h"
#include "connectionfactory.h"
#include "database.h"
#include "document.h"
#include "documentstore.h"
#include "evaluation/snapshotbar.h"
#include "paretochart.h"
#include "schemeoptionsform.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace valuedesk {

namespace {

enum ChartPage { ParetoPage, RfmPage, SharePage };

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

} // namespace

ClassificationWorkspace::ClassificationWorkspace(QWidget *parent)
    : QWidget(parent), m_snapshotLabel(new QLabel(this)), m_snapshots(new QComboBox(this)),
      m_schemeLabel(new QLabel(this)), m_scheme(new QComboBox(this)),
      m_defaults(new QPushButton(this)), m_classify(new QPushButton(this)),
      m_options(new SchemeOptionsForm(this)), m_summaryText(new QLabel(this)),
      m_summaryTable(makeTable(this)), m_views(new QTabWidget(this)),
      m_charts(new QStackedWidget(this)), m_paretoView(new QChartView(this)),
      m_pareto(new ParetoChart), m_rfmPage(new QWidget(this)), m_heatmapView(makeTable(this)),
      m_shareView(new QChartView(this)), m_share(new ClassShareChart),
      m_rfmShareView(new QChartView(this)), m_rfmShare(new ClassShareChart),
      m_table(makeTable(this)), m_compareLabel(new QLabel(this)), m_compare(new QComboBox(this)),
      m_crossTabView(makeTable(this)), m_summary(new ClassSummaryModel(this)),
      m_results(new ClassificationResultModel(this)), m_heatmap(new RfmHeatmapModel(this)),
      m_crossTab(new CrossTabModel(this))
{
    setObjectName(QStringLiteral("ClassificationWorkspace"));
    m_snapshots->setMinimumContentsLength(36);
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString &id : ClassificationSchemes::ids())
        m_scheme->addItem(QString(), id);
    m_classify->setObjectName(QStringLiteral("classifyButton"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryTable->setModel(m_summary);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->setSelectionMode(QAbstractItemView::NoSelection);
    // Each QChartView(this) made a chart of its own; setChart() releases it without deleting it.
    for (const auto &[view, chart] : {std::pair<QChartView *, QChart *>{m_paretoView, m_pareto},
                                      {m_shareView, m_share},
                                      {m_rfmShareView, m_rfmShare}}) {
        QChart *const placeholder = view->chart();
        view->setChart(chart);
        delete placeholder;
    }
    m_paretoView->setRenderHint(QPainter::Antialiasing);
    m_heatmapView->setModel(m_heatmap);
    m_heatmapView->verticalHeader()->show();
    m_heatmapView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->setAlternatingRowColors(false);
    auto *rfmLayout = new QHBoxLayout(m_rfmPage);
    rfmLayout->setContentsMargins(0, 0, 0, 0);
    rfmLayout->addWidget(m_heatmapView, 1);
    rfmLayout->addWidget(m_rfmShareView, 1);
    m_charts->insertWidget(ParetoPage, m_paretoView);
    m_charts->insertWidget(RfmPage, m_rfmPage);
    m_charts->insertWidget(SharePage, m_shareView);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_results);
    proxy->setSortRole(ClassificationResultModel::ValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setObjectName(QStringLiteral("classificationTable"));
    m_crossTabView->setModel(m_crossTab);
    m_crossTabView->verticalHeader()->show();
    m_crossTabView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *comparePage = new QWidget(this);
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_compareLabel);
    compareBar->addWidget(m_compare);
    compareBar->addStretch(1);
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->addLayout(compareBar);
    compareLayout->addWidget(m_crossTabView, 1);
    m_views->addTab(m_charts, QString());
    m_views->addTab(m_table, QString());
    m_views->addTab(comparePage, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_snapshotLabel);
    top->addWidget(m_snapshots);
    top->addSpacing(12);
    top->addWidget(m_schemeLabel);
    top->addWidget(m_scheme);
    top->addStretch(1);
    top->addWidget(m_defaults);
    top->addWidget(m_classify);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_options);
    sideLayout->addWidget(m_summaryText);
    sideLayout->addWidget(m_summaryTable, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_views);
    side->setMinimumWidth(380);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_scheme, &QComboBox::currentIndexChanged, this,
            &ClassificationWorkspace::schemeChosen);
    connect(m_snapshots, &QComboBox::currentIndexChanged, this, [this]() {
        m_snapshot.reset();
        showStored();
    });
    connect(m_defaults, &QPushButton::clicked, this, [this]() {
        if (auto defaults =
                ClassificationSchemes::defaultOptions(m_scheme->currentData().toString()))
            m_options->setOptions(*defaults);
    });
    connect(m_classify, &QPushButton::clicked, this, [this]() {
        classify([this](const Status &done) {
            if (!done)
                QMessageBox::warning(this, tr("Classify"), done.error().message());
        });
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this,
            &ClassificationWorkspace::updateCompare);
    connect(m_pareto, &ParetoChart::barClicked, this, [this, proxy](int firstRank, int) {
        // Show the customers of the bar in the table, best first.
        m_views->setCurrentIndex(1);
        const int rankColumn =
            ClassificationResultModel::FixedColumnCount +
            static_cast<int>(m_result ? m_result->fieldIds.indexOf(QStringLiteral("rank")) : -1);
        if (rankColumn >= ClassificationResultModel::FixedColumnCount) {
            m_table->sortByColumn(rankColumn, Qt::AscendingOrder);
            m_table->scrollTo(proxy->index(firstRank, 0), QAbstractItemView::PositionAtTop);
            m_table->selectRow(firstRank);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerOpenRequested(
            index.data(ClassificationResultModel::CustomerIdRole).toLongLong());
    });
    retranslate();
    schemeChosen();
}

ClassificationWorkspace::~ClassificationWorkspace()
{
    if (m_task)
        m_task->cancelAndWait();
}

void ClassificationWorkspace::setDocument(Document *document)
{
    // A run still going reads the file being closed: stop it first.
    if (m_task)
        m_task->cancelAndWait();
    delete m_task.data();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_snapshot.reset();
    m_result.reset();
    if (m_document) {
        // Evaluations stored or removed on the Evaluation tab (or by anyone, in team mode).
        connect(m_document, &Document::snapshotsChanged, this,
                &ClassificationWorkspace::refreshSnapshots);
        // A classification of the shown evaluation saved or removed: its view and the
        // schemes to compare with follow.
        connect(m_document, &Document::classificationsChanged, this,
                [this](qint64 snapshotId, const QString &) {
                    if (m_snapshot && m_snapshot->info.id == snapshotId && !m_task)
                        showStored();
                });
    }
    refreshSnapshots();
}

void ClassificationWorkspace::refreshSnapshots()
{
    const qint64 chosen = m_snapshots->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_snapshots);
        m_snapshots->clear();
        if (m_document) {
            auto stored = m_document->store().snapshots();
            if (stored) {
                for (const EvaluationSnapshotInfo &info : std::as_const(*stored))
                    m_snapshots->addItem(SnapshotBar::title(info), info.id);
            }
        }
        const int index = m_snapshots->findData(chosen);
        m_snapshots->setCurrentIndex(index >= 0 ? index : (m_snapshots->count() > 0 ? 0 : -1));
    }
    if (!m_snapshot || m_snapshot->info.id != m_snapshots->currentData().toLongLong()) {
        m_snapshot.reset();
        showStored();
    }
    m_classify->setEnabled(m_snapshots->count() > 0);
}

void ClassificationWorkspace::schemeChosen()
{
    const QString id = m_scheme->currentData().toString();
    if (auto defaults = ClassificationSchemes::defaultOptions(id))
        m_options->setOptions(*defaults);
    showStored();
}

// The stored result of the chosen snapshot and scheme, if any; else empty views.
void ClassificationWorkspace::showStored()
{
    m_result.reset();
    const qint64 snapshotId = m_snapshots->currentData().toLongLong();
    if (m_document && snapshotId > 0) {
        const DocumentStore &store = m_document->store();
        if (!m_snapshot) {
            auto loaded = store.loadSnapshot(snapshotId);
            if (loaded)
                m_snapshot = std::make_shared<const EvaluationSnapshot>(std::move(*loaded));
        }
        auto stored = store.loadClassification(snapshotId, m_scheme->currentData().toString());
        if (m_snapshot && stored) {
            m_result = std::make_shared<const ClassificationResult>(
                ClassificationService::alignToSnapshot(*stored, *m_snapshot));
            QJsonObject options = m_result->options;
            options.remove(QStringLiteral("applied"));
            if (auto valid = ClassificationSchemes::validate(m_result->scheme, options))
                m_options->setOptions(*valid);
        }
    }
    showResult();
}

void ClassificationWorkspace::classify(const std::function<void(const Status &)> &done)
{
    const auto finish = [done](const Status &status) {
        if (done)
            done(status);
    };
    const Status started = startClassify(finish);
    if (!started)
        finish(started);
}

Status ClassificationWorkspace::startClassify(const std::function<void(const Status &)> &finish)
{
    if (m_task)
        return Error(tr("Classifying is under way; try again when it has finished."));
    if (!m_document)
        return Error(tr("No customer file is open."));
    const qint64 snapshotId = m_snapshots->currentData().toLongLong();
    if (snapshotId <= 0)
        return Error(tr("Classes are kept with a stored evaluation: evaluate the customers on the "
                        "Evaluation tab first."));
    const QString scheme = m_scheme->currentData().toString();
    QString formError;
    const QJsonObject edited = m_options->options(&formError);
    if (!formError.isEmpty())
        return Error(formError);
    auto options = ClassificationSchemes::validate(scheme, edited);
    if (!options)
        return options.error();
    ClassificationRequest request;
    request.snapshotId = snapshotId;
    request.saveInto = snapshotId;
    request.needsClv = ClassificationSchemes::usesClvMetrics(*options);
    request.classify = ClassificationRequest::scheme(scheme, *options);
    m_task = BackgroundTask::start<ClassificationOutcome>(
        this, tr("Classifying customers…"),
        [request,
         connections = SqliteConnectionFactory(m_document->database())](TaskContext &context) {
            return ClassificationService::run(request, connections, context);
        },
        [this, finish, snapshotId](Result<ClassificationOutcome> outcome) {
            m_task = nullptr;
            if (!outcome && outcome.error().code() == Error::Code::Cancelled)
                return finish(Error(tr("Classifying was cancelled; nothing was stored."), {},
                                    Error::Code::Cancelled));
            if (!outcome)
                return finish(outcome.error());
            m_snapshot = std::make_shared<const EvaluationSnapshot>(std::move(*outcome->snapshot));
            m_result = std::make_shared<const ClassificationResult>(std::move(outcome->result));
            showResult();
            // Stored by the worker on its own connection: tell the other tabs.
            m_document->announce(DocumentChange::classifications(snapshotId, m_result->scheme));
            finish(Status::success());
        });
    return Status::success();
}

void ClassificationWorkspace::showResult()
{
    const bool has = m_result && m_snapshot;
    m_results->setResult(has ? m_result : nullptr,
                         has ? m_snapshot->customers : QVector<EvaluatedCustomer>());
    m_summary->setResult(has ? *m_result : ClassificationResult());
    m_table->resizeColumnsToContents();
    if (!has) {
        m_summaryText->setText(m_snapshots->count() == 0
                                   ? tr("No stored evaluation yet: evaluate the customers on the "
                                        "Evaluation tab, then classify them here.")
                                   : tr("Not classified with this scheme yet: adjust the options "
                                        "and press Classify."));
        m_pareto->setData({});
        m_share->setShares({}, {}, {}, QString());
        m_heatmap->setResult(ClassificationResult());
        m_charts->setCurrentIndex(SharePage);
        updateCompare();
        return;
    }
    const ClassificationResult &r = *m_result;
    const ClassificationSummary summary = ClassificationSummary::of(r);
    const QString measure = ClassificationResultModel::fieldTitle(r.measureId);
    QStringList names;
    QVector<double> customerShares;
    QVector<double> measureShares;
    QStringList ids;
    for (const ClassSummary &c : summary.classes) {
        ids << c.definition.id;
        names << c.definition.name;
        customerShares << c.customerShare;
        measureShares << c.measureShare;
    }
    QString text = tr("%n customer(s) graded", nullptr, summary.customers);
    if (summary.unclassified > 0)
        text += QStringLiteral("; ") + tr("%n unclassified", nullptr, summary.unclassified);
    if (r.scheme == QLatin1String("abc") && !summary.classes.isEmpty()) {
        const ClassSummary &a = summary.classes.constFirst();
        text += QStringLiteral(". ") +
                tr("%1 % of customers (class %2) make %3 % of %4; Gini coefficient %5.")
                    .arg(QLocale().toString(100 * a.customerShare, 'f', 1), a.definition.id,
                         QLocale().toString(100 * a.measureShare, 'f', 1), measure,
                         QLocale().toString(AbcScheme::gini(r.measure), 'f', 3));
    }
    m_summaryText->setText(text);

    if (r.scheme == QLatin1String("abc")) {
        const int rankColumn = static_cast<int>(r.fieldIds.indexOf(QStringLiteral("rank")));
        QVector<int> order(r.classOf.size());
        std::iota(order.begin(), order.end(), 0);
        if (rankColumn >= 0)
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                const double ra = r.fields(a, rankColumn);
                const double rb = r.fields(b, rankColumn);
                return std::isnan(rb) ? !std::isnan(ra) : (!std::isnan(ra) && ra < rb);
            });
        ParetoChartData data;
        for (int i : std::as_const(order)) {
            data.values << r.measure.value(i);
            data.customerIds << m_snapshot->customers.at(i).id;
            data.classOf << r.classOf.at(i);
        }
        data.classNames = ids;
        for (const QJsonValue &c : r.options.value(QStringLiteral("cutoffs")).toArray())
            data.cutoffs << c.toDouble() / 100.0;
        data.measureTitle = measure;
        m_pareto->setData(data);
        m_charts->setCurrentIndex(ParetoPage);
    } else if (r.scheme == QLatin1String("rfm")) {
        m_heatmap->setResult(r);
        m_rfmShare->setShares(names, customerShares, measureShares, measure);
        m_charts->setCurrentIndex(RfmPage);
    } else {
        m_share->setShares(names, customerShares, measureShares, measure);
        m_charts->setCurrentIndex(SharePage);
    }
    // Schemes stored with this evaluation to compare against.
    {
        const QString previous = m_compare->currentData().toString();
        const QSignalBlocker blocker(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("Value quadrant"), QStringLiteral("quadrant"));
        if (m_document) {
            auto schemes = m_document->store().classificationSchemes(m_snapshot->info.id);
            if (schemes)
                for (const QString &s : std::as_const(*schemes))
                    if (s != r.scheme)
                        m_compare->addItem(ClassificationSchemes::displayName(s), s);
        }
        const int index = m_compare->findData(previous);
        m_compare->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateCompare();
}

void ClassificationWorkspace::updateCompare()
{
    if (!m_result || !m_snapshot) {
        m_crossTab->setGradings({}, {}, {}, {}, {});
        return;
    }
    const ClassificationResult &r = *m_result;
    QStringList rowNames;
    for (const ClassDefinition &c : r.classes)
        rowNames << c.name;
    QVector<double> revenue;
    for (const EvaluatedCustomer &c : m_snapshot->customers)
        revenue << c.revenue;
    QStringList columnNames;
    QVector<int> columnClass;
    const QString other = m_compare->currentData().toString();
    if (other == QLatin1String("quadrant") || other.isEmpty()) {
        for (Quadrant q :
             {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh, Quadrant::LowLow})
            columnNames << ValueScorer::quadrantStrategyName(q);
        for (Quadrant q : m_snapshot->result.scores.quadrants)
            columnClass << static_cast<int>(q);
    } else if (m_document) {
        auto stored = m_document->store().loadClassification(m_snapshot->info.id, other);
        if (stored) {
            const ClassificationResult aligned =
                ClassificationService::alignToSnapshot(*stored, *m_snapshot);
            for (const ClassDefinition &c : aligned.classes)
                columnNames << c.name;
            columnClass = aligned.classOf;
        }
    }
    m_crossTab->setGradings(rowNames, r.classOf, columnNames, columnClass, revenue);
}

void ClassificationWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showResult();
    }
    QWidget::changeEvent(event);
}

void ClassificationWorkspace::retranslate()
{
    m_snapshotLabel->setText(tr("Evaluation:"));
    m_schemeLabel->setText(tr("Scheme:"));
    for (int i = 0; i < m_scheme->count(); ++i)
        m_scheme->setItemText(i,
                              ClassificationSchemes::displayName(m_scheme->itemData(i).toString()));
    m_defaults->setText(tr("Defaults"));
    m_classify->setText(tr("Classify"));
    m_classify->setToolTip(tr("Grade every customer of the evaluation with this scheme and keep "
                              "the result with the evaluation"));
    m_compareLabel->setText(tr("Compare with:"));
    m_views->setTabText(0, tr("Chart"));
    m_views->setTabText(1, tr("Customers"));
    m_views->setTabText(2, tr("Compare"));
}

} // namespace valuedesk
