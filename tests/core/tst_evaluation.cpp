#include "ahp/ahptemplates.h"
#include "metrics/evaluation.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

const EvaluationWindow window{QDate(2024, 12, 31), 12};

// A customer with `orders` transactions of revenue / orders each, spread over `months` months.
MetricInputs customer(Cents revenue, Cents cost, qint64 orders, int months, Cents previous,
                      double trust, double satisfaction, int complaints, QDate tenureStart)
{
    MetricInputs in;
    in.revenue = revenue;
    in.costedRevenue = revenue;
    in.cost = cost;
    in.orders = orders;
    in.activeMonths = months;
    if (orders > 0) {
        in.firstInWindow = QDate(2024, 1, 3);
        in.lastInWindow = QDate(2024, 12, 20);
        in.firstEver = in.firstInWindow;
        in.lastEver = in.lastInWindow;
    }
    in.previousRevenue = previous;
    in.trust = ScoreSum{trust * 2, 2};
    in.satisfaction = ScoreSum{satisfaction, 1};
    in.complaints = complaints;
    in.tenureStart = tenureStart;
    return in;
}

QVector<MetricInputs> lubricantCustomers()
{
    return {
        customer(48000000, 36000000, 96, 12, 40000000, 4.5, 4.6, 1, QDate(2015, 1, 1)),
        customer(36000000, 28000000, 80, 10, 35000000, 3.2, 3.5, 4, QDate(2021, 9, 1)),
        customer(6000000, 5200000, 40, 11, 4500000, 4.8, 4.4, 0, QDate(2014, 1, 1)),
        customer(2000000, 1800000, 20, 3, 2100000, 2.5, 2.8, 6, QDate(2023, 11, 1)),
        customer(18000000, 14800000, 60, 9, 15000000, 4.0, 4.1, 2, QDate(2018, 3, 1)),
        customer(960000, 880000, 12, 12, 700000, 4.6, 4.7, 1, QDate(2022, 7, 1)),
        customer(60000000, 42000000, 100, 4, 66000000, 3.0, 3.1, 5, QDate(2023, 1, 1)),
    };
}

AhpModel lubricant()
{
    Result<AhpModel> model =
        AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    return model.ok() ? *model : AhpModel{};
}

} // namespace

class TstEvaluation final : public QObject
{
    Q_OBJECT

private slots:
    void lubricantEndToEnd();
    void missingRules();
    void optionsPassThrough();
    void errors();
    void ids();
};

// The lubricant procedure end to end: raw metrics from the inputs, z-scores (n − 1), weighted
// sums by the model's global weights, both axes split at their mean.
void TstEvaluation::lubricantEndToEnd()
{
    const AhpModel model = lubricant();
    const QVector<MetricInputs> customers = lubricantCustomers();
    EvaluationOptions options;
    options.window = window;
    Result<EvaluationResult> r = Evaluation::run(model, customers, options);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const int n = customers.size();
    QCOMPARE(r->metrics.size(), 12);
    QCOMPARE(int(r->raw.values.rows()), n);
    QCOMPARE(r->rules.at(11).direction, MetricDirection::Lower); // complaints
    QCOMPARE(r->rules.at(0).missing, MissingRule::Zero);         // gross_profit
    QCOMPARE(r->rules.at(1).missing, MissingRule::Exclude);      // profit_margin

    double weightSum = 0;
    for (int j = 0; j < 12; ++j) {
        weightSum += r->leafWeights.at(j);
        QCOMPARE(r->leafWeights.at(j),
                 r->hierarchy.nodes.at(r->hierarchy.leaves.at(j)).globalWeight);
        // Raw values are MetricCalculator's; every cell has data here.
        Eigen::VectorXd column(n);
        for (int i = 0; i < n; ++i) {
            const std::optional<double> v =
                MetricCalculator::value(r->metrics.at(j), customers.at(i), window);
            QVERIFY(v.has_value());
            QCOMPARE(r->raw.values(i, j), *v);
            column(i) = *v;
        }
        // z-scores with the sample standard deviation, flipped for "lower".
        const double mean = column.mean();
        const double sd = std::sqrt((column.array() - mean).square().sum() / (n - 1));
        for (int i = 0; i < n; ++i) {
            double z = sd > 0 ? (column(i) - mean) / sd : 0.0;
            if (r->rules.at(j).direction == MetricDirection::Lower)
                z = -z;
            QVERIFY2(std::abs(r->normalised.values(i, j) - z) < 1e-9,
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(j)
                                    .arg(i)
                                    .arg(r->normalised.values(i, j))
                                    .arg(z)));
        }
    }
    QVERIFY(std::abs(weightSum - 1) < 1e-12);

    // Current value = Σ over the first criterion's leaves (4 + 3: profit, sales), potential over
    // the second's (2 + 3: loyalty, trust).
    const ValueScores &s = r->scores;
    double currentMean = 0;
    double potentialMean = 0;
    for (int i = 0; i < n; ++i) {
        double current = 0;
        double potential = 0;
        for (int j = 0; j < 12; ++j) {
            const double c = r->leafWeights.at(j) * r->normalised.values(i, j);
            (j < 7 ? current : potential) += c;
        }
        QVERIFY(std::abs(s.current(i) - current) < 1e-12);
        QVERIFY(std::abs(s.potential(i) - potential) < 1e-12);
        QVERIFY(std::abs(s.total(i) - current - potential) < 1e-12);
        QCOMPARE(s.completeness(i), 1.0);
        currentMean += current / n;
        potentialMean += potential / n;
    }
    QVERIFY(std::abs(s.currentThreshold - currentMean) < 1e-12);
    QVERIFY(std::abs(s.potentialThreshold - potentialMean) < 1e-12);
    for (int i = 0; i < n; ++i)
        QCOMPARE(s.quadrants.at(i),
                 ValueScorer::classify(s.current(i), s.potential(i), currentMean, potentialMean));
    QCOMPARE(r->hierarchy.nodes.at(s.currentNode).name, QStringLiteral("Current value"));
    QCOMPARE(r->hierarchy.nodes.at(s.potentialNode).name, QStringLiteral("Potential value"));
}

void TstEvaluation::missingRules()
{
    QVector<MetricInputs> customers = lubricantCustomers();
    MetricInputs none; // no transactions, no surveys, no tenure start
    customers.append(none);
    const AhpModel model = lubricant();
    EvaluationOptions options;
    options.window = window;
    Result<EvaluationResult> r = Evaluation::run(model, customers, options);
    QVERIFY(r.ok());
    const int last = customers.size() - 1;
    // Counts and sums are 0, averages and ratios excluded.
    QCOMPARE(r->raw.values(last, 4), 0.0); // orders
    QVERIFY(r->normalised.included(last, 4));
    QVERIFY(!r->normalised.included(last, 1)); // profit_margin
    QVERIFY(!r->normalised.present(last, 1));
    QVERIFY(r->scores.completeness(last) < 1);
    QVERIFY(r->scores.completeness(0) == 1);
    // Scores stay additive with re-normalised weights.
    QVERIFY(std::abs(r->scores.total(last) - r->scores.current(last) - r->scores.potential(last)) <
            1e-12);

    // One rule for all: zero fills every cell.
    options.missing = MissingRule::Zero;
    r = Evaluation::run(model, customers, options);
    QVERIFY(r.ok());
    for (int j = 0; j < 12; ++j) {
        QCOMPARE(r->rules.at(j).missing, MissingRule::Zero);
        QVERIFY(r->normalised.included(last, j));
    }
}

void TstEvaluation::optionsPassThrough()
{
    const AhpModel model = lubricant();
    EvaluationOptions options;
    options.window = window;
    options.normaliser.method = Normalisation::MinMax;
    options.scoring.split = SplitMethod::Thresholds;
    options.scoring.currentThreshold = 20;
    options.scoring.potentialThreshold = 10;
    Result<EvaluationResult> r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(r.ok());
    QCOMPARE(r->scores.currentThreshold, 20.0);
    QCOMPARE(r->scores.potentialThreshold, 10.0);
    QVERIFY(r->normalised.values.minCoeff() >= -1e-9);
    QVERIFY(r->normalised.values.maxCoeff() <= 100 + 1e-9);
    // Swapped axes.
    options.scoring.currentCriterion = 1;
    options.scoring.potentialCriterion = 0;
    Result<EvaluationResult> swapped = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(swapped.ok());
    QVERIFY((swapped->scores.current - r->scores.potential).cwiseAbs().maxCoeff() < 1e-12);
}

void TstEvaluation::errors()
{
    EvaluationOptions options;
    options.window = window;
    AhpModel model = lubricant();
    // A leaf without a metric is named.
    HierarchyNode &leaf = model.root.children().at(1).children().at(0).children().at(0);
    const QString name = leaf.name();
    leaf.setMetric(QString());
    Result<EvaluationResult> r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(name), qPrintable(r.error().message()));
    // An unknown metric.
    leaf.setMetric(QStringLiteral("turnover"));
    r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(name));
    // A bad direction.
    leaf.setMetric(QStringLiteral("revenue"));
    leaf.setDirection(QStringLiteral("sideways"));
    QVERIFY(!Evaluation::run(model, lubricantCustomers(), options).ok());
    // A model that does not evaluate (a parent without judgements or weights).
    AhpModel broken;
    broken.name = QStringLiteral("broken");
    broken.root = HierarchyNode(QStringLiteral("goal"));
    HierarchyNode a(QStringLiteral("a"));
    a.setMetric(QStringLiteral("revenue"));
    HierarchyNode b(QStringLiteral("b"));
    b.setMetric(QStringLiteral("orders"));
    broken.root.addChild(a);
    broken.root.addChild(b);
    r = Evaluation::run(broken, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    // An invalid window.
    options.window = EvaluationWindow{QDate(), 12};
    QVERIFY(!Evaluation::run(lubricant(), lubricantCustomers(), options).ok());
}

void TstEvaluation::ids()
{
    for (MissingRule m : {MissingRule::Zero, MissingRule::Mean, MissingRule::Exclude})
        QCOMPARE(Evaluation::parseMissingRule(Evaluation::missingRuleId(m)), m);
    for (Normalisation m :
         {Normalisation::ZScore, Normalisation::MinMax, Normalisation::PercentileRank})
        QCOMPARE(Evaluation::parseNormalisation(Evaluation::normalisationId(m)), m);
    QVERIFY(!Evaluation::parseNormalisation(QStringLiteral("l2")));
    QCOMPARE(Evaluation::defaultMissingRule(MetricKind::Complaints), MissingRule::Zero);
    QCOMPARE(Evaluation::defaultMissingRule(MetricKind::Rating), MissingRule::Exclude);
}

QTEST_GUILESS_MAIN(TstEvaluation)
#include "tst_evaluation.moc"
