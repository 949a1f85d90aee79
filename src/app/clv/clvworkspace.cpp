#include "clvworkspace.h"

#include "backgroundtask.h"
#include "clv/clvcustomermodel.h"
#include "clv/clvfilterproxymodel.h"
#include "clv/clvheatmapmodel.h"
#include "clvfitpanel.h"
#include "clvhistogramchart.h"
#include "clvholdoutchart.h"
#include "clvoptionsbar.h"
#include "clvservice.h"
#include "connectionfactory.h"
#include "database.h"
#include "document.h"
#include "evaluationdatareader.h"
#include "palette.h"

#include <QChartView>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

QChartView *chartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

QString unitPlural(ClvTimeUnit unit)
{
    switch (unit) {
    case ClvTimeUnit::Day:
        return ClvWorkspace::tr("days");
    case ClvTimeUnit::Week:
        return ClvWorkspace::tr("weeks");
    case ClvTimeUnit::Month:
        return ClvWorkspace::tr("months");
    }
    return {};
}

} // namespace

ClvWorkspace::ClvWorkspace(QWidget *parent)
    : QWidget(parent), m_options(new ClvOptionsBar(this)), m_message(new QLabel(this)),
      m_fitPanel(new ClvFitPanel), m_charts(new QTabWidget), m_histogram(new ClvHistogramChart),
      m_holdout(new ClvHoldoutChart), m_heatmap(new ClvHeatmapModel(this)),
      m_heatmapView(new QTableView), m_heatmapNote(new QLabel),
      m_customers(new ClvCustomerModel(this)), m_proxy(new ClvFilterProxyModel(this)),
      m_churnOnly(new QCheckBox), m_count(new QLabel), m_table(new QTableView)
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fitScroll = new QScrollArea;
    fitScroll->setWidget(m_fitPanel);
    fitScroll->setWidgetResizable(true);
    fitScroll->setMinimumWidth(260);

    m_charts->addTab(chartView(m_histogram, m_charts), QString());
    m_charts->addTab(chartView(m_holdout, m_charts), QString());
    auto *heatmapPage = new QWidget;
    auto *heatmapLayout = new QVBoxLayout(heatmapPage);
    m_heatmapNote->setWordWrap(true);
    heatmapLayout->addWidget(m_heatmapNote);
    heatmapLayout->addWidget(m_heatmapView);
    m_heatmapView->setModel(m_heatmap);
    m_heatmapView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatmapView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatmapView->setSelectionMode(QAbstractItemView::NoSelection);
    m_charts->addTab(heatmapPage, QString());

    m_proxy->setSourceModel(m_customers);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClvCustomerModel::Clv, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     6); // compact rows for thousands of customers

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_churnOnly);
    filterRow->addStretch();
    filterRow->addWidget(m_count);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(fitScroll);
    top->addWidget(m_charts);
    top->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(tablePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_options, &ClvOptionsBar::fitRequested, this, [this]() { fit(); });
    connect(m_options, &ClvOptionsBar::churnThresholdChanged, this, [this](double threshold) {
        m_customers->setChurnThreshold(threshold);
        updateCount();
    });
    connect(m_churnOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setChurnRiskOnly(on);
        updateCount();
    });
    retranslate();
    setDocument(nullptr);
}

ClvWorkspace::~ClvWorkspace()
{
    if (m_task)
        m_task->cancelAndWait();
}

void ClvWorkspace::setDocument(Document *document)
{
    // A fit still running reads the file being closed: stop it first.
    if (m_task)
        m_task->cancelAndWait();
    delete m_task.data();
    m_document = document;
    showOutcome(nullptr, -1);
    m_message->clear();
    m_options->setEnabled(document != nullptr);
    QDate last;
    if (document) {
        if (auto date =
                EvaluationDataReader(document->database().connection()).lastTransactionDate())
            last = *date;
    }
    m_options->setLastPurchase(last);
}

void ClvWorkspace::fit(const std::function<void(const Status &)> &done)
{
    const auto finish = [done](const Status &status) {
        if (done)
            done(status);
    };
    if (!m_document) {
        showError(tr("No customer file is open."));
        finish(Error(tr("No customer file is open.")));
        return;
    }
    if (m_task) {
        finish(Error(tr("The lifetime value models are being fitted already.")));
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_task = BackgroundTask::start<ClvOutcome>(
        this, tr("Fitting the lifetime value models…"),
        [request = m_options->request(),
         connections = SqliteConnectionFactory(m_document->database())](TaskContext &context) {
            return ClvService::run(request, connections, context);
        },
        [this, timer, finish](Result<ClvOutcome> outcome) {
            m_task = nullptr;
            const qint64 elapsed = timer->elapsed();
            if (!outcome && outcome.error().code() == Error::Code::Cancelled) {
                const Error error(tr("The fit was cancelled; the previous result is kept."), {},
                                  Error::Code::Cancelled);
                m_message->setText(error.message());
                finish(error);
                return;
            }
            if (!outcome) {
                showOutcome(nullptr, -1);
                showError(outcome.error().message());
                finish(outcome.error());
                return;
            }
            showOutcome(std::make_shared<const ClvOutcome>(std::move(outcome).value()), elapsed);
            finish(Status::success());
        });
}

void ClvWorkspace::showError(const QString &message)
{
    m_message->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_message->setText(tr("The lifetime value models could not be fitted: %1").arg(message));
}

void ClvWorkspace::showOutcome(std::shared_ptr<const ClvOutcome> outcome, qint64 elapsedMs)
{
    m_outcome = std::move(outcome);
    m_message->setStyleSheet(QString());
    m_fitPanel->setOutcome(m_outcome, elapsedMs);
    m_customers->setChurnThreshold(m_options->churnThreshold());
    m_customers->setOutcome(m_outcome);
    QVector<double> values;
    if (m_outcome) {
        values.reserve(m_outcome->result.customers.size());
        for (const CustomerClv &c : m_outcome->result.customers)
            values.append(c.clv);
        m_heatmap->setCustomers(m_outcome->result.customers);
        m_holdout->setGroups(m_outcome->holdout,
                             tr("%1 %2").arg(QLocale().toString(m_outcome->holdoutLength, 'f', 1),
                                             unitPlural(m_outcome->result.unit)));
        m_message->setText(
            m_outcome->result.gammaGamma
                ? tr("Fitted on %n customer(s).", nullptr,
                     static_cast<int>(m_outcome->result.customers.size()))
                : tr("Purchases were fitted, but spend could not be: %1 CLV is shown as “—”.")
                      .arg(m_outcome->result.gammaGammaError.message()));
        m_table->resizeColumnsToContents();
    } else {
        m_heatmap->setCustomers({});
        m_holdout->setGroups({}, {});
    }
    m_histogram->setValues(values, tr("CLV"));
    m_charts->setTabEnabled(1, m_outcome && !m_outcome->holdout.isEmpty());
    updateCount();
}

void ClvWorkspace::updateCount()
{
    if (!m_outcome) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%1 of %2 customers shown, %3 at churn risk")
                         .arg(QLocale().toString(m_proxy->rowCount()),
                              QLocale().toString(m_customers->rowCount()),
                              QLocale().toString(m_customers->churnRiskCount())));
}

void ClvWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void ClvWorkspace::retranslate()
{
    m_charts->setTabText(0, tr("CLV distribution"));
    m_charts->setTabText(1, tr("Holdout check"));
    m_charts->setTabText(2, tr("P(alive) heat map"));
    m_heatmapNote->setText(tr("Average P(alive) by repeat purchases x (columns) and by how late "
                              "in their history customers last bought, t_x ÷ T (rows: the top "
                              "row bought most recently). The count is in brackets."));
    m_churnOnly->setText(tr("Churn risk only"));
}

} // namespace valuedesk
