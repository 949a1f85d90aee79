#include "../core/lubricantfixture.h"
#include "evaluation/explanationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

using namespace valuedesk;

class TstExplanationTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyByDefault();
    void showsIndicators();
    void missingValues();
    void tsv();

private:
    CustomerExplanation explain(int row);
    ExplanationTableModel *m_model = nullptr;
};

void TstExplanationTableModel::init()
{
    m_model = new ExplanationTableModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
}

void TstExplanationTableModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

CustomerExplanation TstExplanationTableModel::explain(int row)
{
    const Result<EvaluationResult> r = test::evaluateLubricant();
    if (!r)
        return {};
    const Result<CustomerExplanation> e = ScoreExplanation::explain(*r, row);
    return e.ok() ? *e : CustomerExplanation();
}

void TstExplanationTableModel::emptyByDefault()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ExplanationTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(ExplanationTableModel::Raw, Qt::Horizontal).toString(),
             QStringLiteral("Raw value"));
}

void TstExplanationTableModel::showsIndicators()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const CustomerExplanation e = explain(0);
    m_model->setExplanation(e);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 12);
    const IndicatorExplanation &first = e.indicators.at(0);
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    QCOMPARE(cell(0, ExplanationTableModel::Indicator).toString(), first.name);
    QCOMPARE(cell(0, ExplanationTableModel::Criterion).toString(), QStringLiteral("Current value"));
    QCOMPARE(cell(0, ExplanationTableModel::Metric).toString(), first.metricName);
    QCOMPARE(cell(0, ExplanationTableModel::Metric, ExplanationTableModel::ValueRole).toString(),
             first.metricId);
    QCOMPARE(
        cell(0, ExplanationTableModel::Contribution, ExplanationTableModel::ValueRole).toDouble(),
        first.contribution);
    QCOMPARE(cell(0, ExplanationTableModel::Contribution).toString(),
             QLocale().toString(first.contribution, 'f', 4));
    QCOMPARE(cell(0, ExplanationTableModel::Raw, ExplanationTableModel::ValueRole).toDouble(),
             *first.raw);
    QCOMPARE(
        cell(0, ExplanationTableModel::GlobalWeight, ExplanationTableModel::ValueRole).toDouble(),
        first.globalWeight);
    QVERIFY(cell(0, ExplanationTableModel::GlobalWeight).toString().endsWith(QStringLiteral(" %")));
    // Not under the potential axis: a dash, but 0 as a value.
    QCOMPARE(cell(0, ExplanationTableModel::ContributionPotential).toString(), QStringLiteral("—"));
    QCOMPARE(cell(0, ExplanationTableModel::ContributionPotential, ExplanationTableModel::ValueRole)
                 .toDouble(),
             0.0);
    QCOMPARE(cell(0, ExplanationTableModel::Rule).toString(), QStringLiteral("data"));
    QVERIFY(!cell(0, ExplanationTableModel::Rule, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell(0, ExplanationTableModel::Metric, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell(0, ExplanationTableModel::Indicator, Qt::ForegroundRole).isValid());
    QVERIFY(m_model->headerData(ExplanationTableModel::ContributionCurrent, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("Current value")));
    // Sums of the contribution column are the total score.
    double total = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        total += cell(r, ExplanationTableModel::Contribution, ExplanationTableModel::ValueRole)
                     .toDouble();
    QVERIFY(std::abs(total - e.total) < 1e-12);
}

// Customer 8 has no data: counts filled by zero, averages and ratios excluded.
void TstExplanationTableModel::missingValues()
{
    const CustomerExplanation e = explain(7);
    m_model->setExplanation(e);
    int filled = 0;
    int excluded = 0;
    for (int r = 0; r < e.indicators.size(); ++r) {
        const IndicatorExplanation &x = e.indicators.at(r);
        const QModelIndex raw = m_model->index(r, ExplanationTableModel::Raw);
        const QVariant colour = m_model->data(raw, Qt::ForegroundRole);
        if (x.isExcluded()) {
            ++excluded;
            QCOMPARE(colour.value<QColor>(), ExplanationTableModel::excludedColor());
            QCOMPARE(m_model->data(raw).toString(), QStringLiteral("—"));
            QVERIFY(!m_model->data(raw, ExplanationTableModel::ValueRole).isValid());
            QCOMPARE(m_model->data(m_model->index(r, ExplanationTableModel::Rule)).toString(),
                     QStringLiteral("missing → excluded"));
            QCOMPARE(m_model->data(m_model->index(r, ExplanationTableModel::Normalised)).toString(),
                     QStringLiteral("—"));
        } else if (x.isFilled()) {
            ++filled;
            QCOMPARE(colour.value<QColor>(), ExplanationTableModel::filledColor());
            QVERIFY(
                m_model->data(raw, Qt::ToolTipRole).toString().contains(QStringLiteral("No data")));
        }
    }
    QVERIFY(excluded > 0);

    EvaluationOptions options;
    options.missing = MissingRule::Mean;
    const Result<EvaluationResult> r = test::evaluateLubricant(options);
    m_model->setExplanation(*ScoreExplanation::explain(*r, 7));
    bool sawMean = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sawMean =
            sawMean || m_model->data(m_model->index(row, ExplanationTableModel::Rule)).toString() ==
                           QStringLiteral("missing → column mean");
    QVERIFY(sawMean);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TstExplanationTableModel::tsv()
{
    m_model->setExplanation(explain(1));
    const QStringList lines = m_model->toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), int(ExplanationTableModel::ColumnCount));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Indicator\tCriterion\tMetric\tRaw value")));
}

QTEST_GUILESS_MAIN(TstExplanationTableModel)
#include "tst_explanationtablemodel.moc"
