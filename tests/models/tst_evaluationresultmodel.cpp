#include "ahp/ahptemplates.h"
#include "evaluation/evaluationfilterproxymodel.h"
#include "evaluation/evaluationresultmodel.h"
#include "evaluation/quadrantsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace valuedesk;

namespace {

// Six customers with revenue and complaints only: revenue (higher better) and complaints (lower
// better) are the two leaves that matter; the scores come from the real Evaluation pipeline.
std::shared_ptr<EvaluationSnapshot> makeSnapshot()
{
    auto snapshot = std::make_shared<EvaluationSnapshot>();
    Result<AhpModel> model =
        AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model)
        return nullptr;
    snapshot->model = *model;
    const QStringList managers{QStringLiteral("Li"), QStringLiteral("Wang")};
    QVector<MetricInputs> inputs;
    for (int i = 0; i < 6; ++i) {
        MetricInputs in;
        in.revenue = Cents(100000) * (i + 1) * (i + 1);
        in.costedRevenue = in.revenue;
        in.cost = in.revenue / 2;
        in.orders = 2 + i;
        in.activeMonths = 1 + i;
        in.firstInWindow = QDate(2024, 2, 1);
        in.lastInWindow = QDate(2024, 11, 1 + i);
        in.firstEver = in.firstInWindow;
        in.lastEver = in.lastInWindow;
        in.complaints = 5 - i;
        if (i % 2 == 0)
            in.trust = ScoreSum{3.0 + i * 0.3, 1};
        inputs.append(in);
        EvaluatedCustomer c;
        c.id = 10 + i;
        c.code = QStringLiteral("C%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        c.manager = managers.at(i % 2);
        c.region = i < 3 ? QStringLiteral("North") : QStringLiteral("South");
        c.industry = QStringLiteral("Steel");
        c.revenue = centsToUnits(in.revenue);
        snapshot->customers.append(c);
    }
    snapshot->info.options.window = EvaluationWindow{QDate(2024, 12, 31), 12};
    Result<EvaluationResult> result =
        Evaluation::run(snapshot->model, inputs, snapshot->info.options);
    if (!result)
        return nullptr;
    snapshot->result = *result;
    return snapshot;
}

} // namespace

class TstEvaluationResultModel final : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndRoles();
    void overrides();
    void filters();
    void summary();
};

void TstEvaluationResultModel::rowsAndRoles()
{
    const auto snapshot = makeSnapshot();
    QVERIFY(snapshot);
    EvaluationResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSnapshot(snapshot);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(EvaluationResultModel::ColumnCount));
    const ValueScores &s = snapshot->result.scores;
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.index(row, EvaluationResultModel::Code).data().toString(),
                 QStringLiteral("C%1").arg(row));
        QCOMPARE(model.index(row, EvaluationResultModel::Total)
                     .data(EvaluationResultModel::ValueRole)
                     .toDouble(),
                 s.total(row));
        QCOMPARE(model.index(row, 0).data(EvaluationResultModel::CustomerIdRole).toLongLong(),
                 qint64(10 + row));
        QCOMPARE(model.index(row, 0).data(EvaluationResultModel::QuadrantRole).toInt(),
                 int(s.quadrants.at(row)));
        QCOMPARE(model.rowOfCustomer(10 + row), row);
    }
    QCOMPARE(model.rowOfCustomer(99), -1);
    // Revenue grows with the row, so the richest customer scores highest in current value.
    QVERIFY(s.current(5) > s.current(0));
    QCOMPARE(model.index(5, EvaluationResultModel::QuadrantColumn).data().toString(),
             ValueScorer::quadrantDisplayName(s.quadrants.at(5)));
    // Customers without trust surveys have incomplete data, and the mark says so.
    QVERIFY(s.completeness(1) < s.completeness(0));
    QCOMPARE(EvaluationResultModel::completenessMark(1.0), QStringLiteral("●●●●"));
    QCOMPARE(EvaluationResultModel::completenessMark(0.5), QStringLiteral("●●○○"));
    QCOMPARE(EvaluationResultModel::completenessMark(0.0), QStringLiteral("○○○○"));
    QVERIFY(model.index(1, EvaluationResultModel::Completeness)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("backed by data")));
}

void TstEvaluationResultModel::overrides()
{
    const auto snapshot = makeSnapshot();
    QVERIFY(snapshot);
    EvaluationResultModel model;
    model.setSnapshot(snapshot);
    const Quadrant evaluated = model.evaluatedQuadrant(0);
    const Quadrant other = evaluated == Quadrant::HighHigh ? Quadrant::LowLow : Quadrant::HighHigh;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOverrides(
        {{10, QuadrantOverride{other, QStringLiteral("Strategic account"), QStringLiteral("Li"),
                               QDateTime::currentDateTimeUtc()}}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.effectiveQuadrant(0), other);
    QCOMPARE(model.evaluatedQuadrant(0), evaluated);
    QVERIFY(model.index(0, 0).data(EvaluationResultModel::OverriddenRole).toBool());
    QVERIFY(!model.index(1, 0).data(EvaluationResultModel::OverriddenRole).toBool());
    const QString tip =
        model.index(0, EvaluationResultModel::QuadrantColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Strategic account")) &&
                 tip.contains(QStringLiteral("Li")),
             qPrintable(tip));
    QVERIFY(model.index(0, EvaluationResultModel::QuadrantColumn)
                .data()
                .toString()
                .contains(QStringLiteral("manual")));
}

void TstEvaluationResultModel::filters()
{
    const auto snapshot = makeSnapshot();
    QVERIFY(snapshot);
    EvaluationResultModel model;
    model.setSnapshot(snapshot);
    EvaluationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 6);

    EvaluationFilterProxyModel::Filter f;
    f.manager = QStringLiteral("Li");
    proxy.setFilter(f);
    QCOMPARE(proxy.acceptedSourceRows(), (QVector<int>{0, 2, 4}));
    f.region = QStringLiteral("South");
    proxy.setFilter(f);
    QCOMPARE(proxy.acceptedSourceRows(), (QVector<int>{4}));

    f = {};
    f.minCompleteness = snapshot->result.scores.completeness(0);
    proxy.setFilter(f);
    QCOMPARE(proxy.acceptedSourceRows(), (QVector<int>{0, 2, 4}));

    f = {};
    f.restrictToCustomers = true;
    f.customers = {11, 15};
    proxy.setFilter(f);
    QCOMPARE(proxy.acceptedSourceRows(), (QVector<int>{1, 5}));

    f = {};
    f.text = QStringLiteral("customer 3");
    proxy.setFilter(f);
    QCOMPARE(proxy.acceptedSourceRows(), (QVector<int>{3}));

    f = {};
    f.quadrants = {int(model.effectiveQuadrant(5))};
    proxy.setFilter(f);
    QVERIFY(proxy.acceptedSourceRows().contains(5));
    for (int row : proxy.acceptedSourceRows())
        QCOMPARE(model.effectiveQuadrant(row), model.effectiveQuadrant(5));

    // Numbers sort as numbers (ValueRole), not as text.
    proxy.setFilter({});
    proxy.sort(EvaluationResultModel::Revenue, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, EvaluationResultModel::Code).data().toString(), QStringLiteral("C5"));
    QCOMPARE(proxy.index(5, EvaluationResultModel::Code).data().toString(), QStringLiteral("C0"));
}

void TstEvaluationResultModel::summary()
{
    const auto snapshot = makeSnapshot();
    QVERIFY(snapshot);
    EvaluationResultModel model;
    model.setSnapshot(snapshot);
    QuadrantSummaryModel summary;
    QAbstractItemModelTester tester(&summary,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.summarise(model, {0, 1, 2, 3, 4, 5});
    const ValueScores &s = snapshot->result.scores;
    int counted = 0;
    double revenue = 0;
    for (int q = 0; q < 4; ++q) {
        int expected = 0;
        double expectedRevenue = 0;
        double current = 0;
        for (int row = 0; row < 6; ++row) {
            if (int(s.quadrants.at(row)) == q) {
                ++expected;
                expectedRevenue += snapshot->customers.at(row).revenue;
                current += s.current(row);
            }
        }
        QCOMPARE(summary.summary(q).customers, expected);
        QCOMPARE(summary.summary(q).revenue, expectedRevenue);
        if (expected > 0)
            QVERIFY(qAbs(summary.summary(q).current - current / expected) < 1e-12);
        counted += expected;
        revenue += expectedRevenue;
    }
    QCOMPARE(counted, 6);
    QCOMPARE(summary.summary(QuadrantSummaryModel::totalRow).customers, 6);
    QCOMPARE(summary.summary(QuadrantSummaryModel::totalRow).revenue, revenue);
    QVERIFY(qAbs(summary.summary(QuadrantSummaryModel::totalRow).total - s.total.mean()) < 1e-12);
    const QModelIndex share =
        summary.index(QuadrantSummaryModel::totalRow, QuadrantSummaryModel::RevenueShare);
    QCOMPARE(share.data(QuadrantSummaryModel::ValueRole).toDouble(), 1.0);

    // An override moves the customer to its new quadrant in the summary.
    const Quadrant from = model.evaluatedQuadrant(0);
    const Quadrant to = from == Quadrant::HighHigh ? Quadrant::LowLow : Quadrant::HighHigh;
    const int before = summary.summary(int(to)).customers;
    model.setOverrides({{10, QuadrantOverride{to, QStringLiteral("why"), QStringLiteral("me"),
                                              QDateTime::currentDateTimeUtc()}}});
    summary.summarise(model, {0, 1, 2, 3, 4, 5});
    QCOMPARE(summary.summary(int(to)).customers, before + 1);

    summary.summarise(model, {});
    QCOMPARE(summary.summary(QuadrantSummaryModel::totalRow).customers, 0);
    QCOMPARE(summary.index(0, QuadrantSummaryModel::AvgTotal).data().toString(),
             QStringLiteral("—"));
}

QTEST_GUILESS_MAIN(TstEvaluationResultModel)
#include "tst_evaluationresultmodel.moc"
